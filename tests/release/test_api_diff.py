"""`make api-diff` / `make api-check`: griffe compares the SDK's public API with the released snapshot, and the check
fails when the API broke and pyproject's version does not say so."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from releasing.api_diff import (
    SNAPSHOT,
    ApiDiff,
    compare,
    load_snapshot,
    main,
    needed_version,
    project_version,
    version_tuple,
)

from ._specs import ROOT, Spec, edited, schemas

sys.path.insert(0, str(ROOT / "generator"))
from generate import generate  # generator/ is a folder of scripts, not a package


def _rename_job_id(spec: Spec) -> None:
    props = schemas(spec)["DataLoadResponse"]["properties"]
    props["receivingJobId"] = props.pop("jobId")


def test_a_renamed_model_property_breaks_the_api_until_the_version_is_bumped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generated = tmp_path / "generated"
    generate(generated / "visier_data_handling_api", edited(tmp_path, _rename_job_id))
    assert main(["diff", "--generated", str(generated)]) == 0
    report = capsys.readouterr().out
    assert "- `models.DataLoadResponse.job_id`: Public object was removed. In your code: stop using it." in report
    # Other breaking changes since the release may already be on main (and the version bumped for them).
    assert re.search(r"api-diff: [1-9]\d* breaking since 0\.1\.0; version \S+ (must be at least 0\.2\.0|is enough)$",
                     report.rstrip()), report.rstrip().splitlines()[-1]
    # The CI check fails at the released version...
    assert main(["check", "--generated", str(generated), "--version", "0.1.0"]) == 1
    assert "version 0.1.0 must be at least 0.2.0" in capsys.readouterr().out
    # ...and at a patch bump; a minor bump (0.x) is enough.
    result = compare(generated=generated)
    for version, enough in (("0.1.7", False), ("0.2.0", True), ("1.0.0", True)):
        assert ApiDiff(result.released, version, result.breakages).bumped_enough is enough, version


@pytest.mark.parametrize(("released", "needed"), [("0.1.0", "0.2.0"), ("0.9.3", "0.10.0"), ("1.4.2", "2.0.0")])
def test_a_breaking_change_needs_the_next_minor_while_0x_and_the_next_major_after(released: str,
                                                                                   needed: str) -> None:
    assert needed_version(released) == needed


def test_the_snapshot_is_a_released_version_not_ahead_of_the_project() -> None:
    released, api = load_snapshot(SNAPSHOT)
    assert version_tuple(released) <= version_tuple(project_version())
    assert set(api["members"]) == {"visier_data_handling", "models", "surface", "types"}
    # What users import: the client, the errors, the models and the operation surface are all in it.
    assert {"VisierDataHandling", "ApiException", "JobFuture"} <= set(api["members"]["visier_data_handling"]["members"])
    assert "DataLoadResponse" in api["members"]["models"]["members"]
    assert "DataAndJobHandling" in api["members"]["surface"]["members"]


def test_make_test_runs_the_check() -> None:
    # CI runs `make test`; the check is one of its prerequisites, so a break without a bump fails CI.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert any(line.startswith("test:") and "api-check" in line.split() for line in makefile.splitlines())
