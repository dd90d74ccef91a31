"""The troubles met in Visier's whole published history, each read right from a fixture pair: a dangling `$ref`
outside the surface, a `$ref` with siblings, schemas renamed into namespaces. And every other failure of the tools
is one line, never a traceback (unless asked for)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from releasing import api_diff, spec_diff, spec_update
from releasing.spec_update import entries, update

from ._specs import HISTORY, ROOT, SPEC

SUMMARY = re.compile(r"spec-diff: (\d+) breaking, (\d+) non-breaking on the Data and Job Handling surface; "
                     r"bump: (major|minor|patch|none)")
NAMESPACED = HISTORY / "data-in-2b3e371-before.yaml", HISTORY / "data-in-2b3e371-after.yaml"
SIBLINGS = HISTORY / "data-in-1a681e5-before.yaml", HISTORY / "data-in-1a681e5-after.yaml"
DANGLING = "dangling $ref '#/components/schemas/planning.transfers.PlanDataLoadErrorDTO'"


def _json(capsys: pytest.CaptureFixture[str], base: Path, head: Path) -> dict[str, object]:
    assert spec_diff.main([str(base), str(head), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert SUMMARY.fullmatch(err.strip())
    return dict(json.loads(out))


def test_a_dangling_ref_outside_the_surface_is_a_note() -> None:
    # 2025-03-15: three $refs in planning schemas name a schema that does not exist. Make ends in the summary line.
    result = subprocess.run(["make", "--no-print-directory", "spec-diff", f"BASE={NAMESPACED[0]}",
                             f"HEAD={NAMESPACED[1]}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.rstrip("\n").split("\n")
    assert SUMMARY.fullmatch(lines[-1]) and "Traceback" not in result.stderr
    note = next(line for line in lines if "data-in-2b3e371-after.yaml` is not valid OpenAPI outside" in line)
    assert "(3 problems; first at components.schemas.PlanDataUploadResponseDTO" in note and DANGLING in note


def test_spec_update_takes_a_file_with_a_dangling_ref_outside_the_surface(tmp_path: Path) -> None:
    store = tmp_path / "upstream"
    update(NAMESPACED[0], "visier/openapi-clients@2b3e371^", store)
    assert spec_update.main([str(NAMESPACED[1]), "--store", str(store)]) == 0
    assert [e["version"] for e in entries(store)] == ["22222222.99201.1772", "22222222.99201.1793"]


def test_schemas_renamed_into_namespaces_are_no_renamed_classes(capsys: pytest.CaptureFixture[str]) -> None:
    # 2025-03-15: 135 of 141 schemas moved into namespaces (X -> data_in.X, designer.transfers.X, ...). Curation drops
    # the prefix, so no class is renamed or removed; the one real change is Status.errorCode -> code, which the
    # curated spec already says.
    report = _json(capsys, *NAMESPACED)
    upstream = report["upstream"]
    assert isinstance(upstream, dict)
    assert [(c["kind"], c["place"], c["standing"]) for c in upstream["changes"]] == [
        ("property-renamed", "Status.error_code", "already")]
    assert report["changes"] == [] and report["bump"] == "none"


def test_a_ref_with_siblings_changed_into_what_the_curated_spec_says_is_no_change(
        capsys: pytest.CaptureFixture[str]) -> None:
    # 2026-05-22: jobIdStatus answered {type: array, $ref: ReceivingJobStatusResponse} (the sibling is ignored in
    # OpenAPI 3.0: an object), then an array of JobStatusWithStartTime, as the curated spec has said all along.
    report = _json(capsys, *SIBLINGS)
    upstream = report["upstream"]
    assert isinstance(upstream, dict) and upstream["bump"] == "major"
    change = next(c for c in upstream["changes"] if c["place"] == "data_and_job_handling.job_id_status answer 200")
    assert (change["kind"], change["detail"], change["standing"]) == ("type-changed", "object -> array", "already")
    assert report["changes"] == [] and report["bump"] == "none"
    base = report["base"]
    assert isinstance(base, dict) and base["ignored_beside_ref"] == [
        "at paths['/v1/op/job-status/jobs/{jobId}'].get.responses['200'].content['application/json'].schema: type"]


def test_the_markdown_names_the_deviation_to_retire(capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_diff.main([str(SIBLINGS[0]), str(SIBLINGS[1])]) == 0
    lines = capsys.readouterr().out.rstrip("\n").split("\n")
    assert lines[-2] == ("upstream: 1 breaking, 1 non-breaking; bump: major; 2 already in the curated spec, "
                         "0 for the curator")
    assert lines[-1] == "spec-diff: 0 breaking, 0 non-breaking on the Data and Job Handling surface; bump: none"
    retire = next(line for line in lines if line.startswith("- `data_and_job_handling.job_id_status answer 200`"))
    assert "upstream object -> array (breaking); the curated spec already says so" in retire
    assert "Deviation to retire: `data_and_job_handling.job_id_status answer 200`" in retire


def _one_line(err: str, tool: str) -> None:
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith(f"{tool}: failed: ")
    assert "--debug shows the traceback" in err


def test_any_other_failure_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.yaml"
    garbage.write_text("openapi: [unclosed\n", encoding="utf-8")
    assert spec_diff.main([str(SPEC), str(garbage)]) == 2
    _one_line(capsys.readouterr().err, "spec-diff")
    assert spec_diff.main([str(SPEC), str(tmp_path / "missing.yaml")]) == 2
    err = capsys.readouterr().err
    _one_line(err, "spec-diff")
    assert "missing.yaml" in err
    assert spec_update.main([str(garbage), "--store", str(tmp_path / "store")]) == 2
    _one_line(capsys.readouterr().err, "spec-update")
    assert not (tmp_path / "store").exists()  # nothing stored from a file that does not read
    assert api_diff.main(["diff", "--generated", str(tmp_path / "no-package")]) == 2
    _one_line(capsys.readouterr().err, "api-diff")


def test_the_traceback_comes_with_debug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_diff.main([str(SPEC), str(tmp_path / "missing.yaml"), "--debug"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback") and err.rstrip("\n").split("\n")[-1].startswith("spec-diff: failed: ")


def test_spec_update_takes_a_media_type_that_states_no_schema(tmp_path: Path) -> None:
    """Visier's 2024 files list some Data Intake bodies with a media type and no schema: compared, not a crash."""
    import yaml

    upstream = yaml.safe_load((HISTORY / "data-in-2b3e371-after.yaml").read_text(encoding="utf-8"))
    curated = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    path, item = next((p, i) for p, i in curated["paths"].items() if "get" in i and "DataIntake" in i["get"]["tags"])
    no_schema = {"200": {"description": "OK", "content": {"application/json": {}}}}
    upstream["paths"][path] = {"get": {**item["get"], "responses": no_schema}}
    file = tmp_path / "no-schema.yaml"
    file.write_text(yaml.safe_dump(upstream), encoding="utf-8")
    report = update(file, "a file whose media type states no schema", tmp_path / "store", SPEC).report()
    assert "spec-update: stored" in report
