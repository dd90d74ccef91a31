"""`make spec-diff`: Visier's real history gets the right verdicts, and so does a hand-made copy of the curated spec
for each kind of change the SDK's users meet."""

from __future__ import annotations

import functools
import json
import re
import subprocess
from pathlib import Path

import pytest
from releasing.spec_changes import compare
from releasing.spec_diff import SpecDiff, diff, main
from releasing.spec_surface import Surface, SurfaceInvalid, load
from visier_data_handling_api.models import JobCancellationResultDTO

from ._specs import HISTORY, ROOT, SPEC, Edit, Spec, edited, invalid_elsewhere, rename_schema, schemas

SUMMARY = re.compile(r"spec-diff: (\d+) breaking, (\d+) non-breaking on the Data and Job Handling surface; "
                     r"bump: (major|minor|patch|none)")


@functools.cache
def _base() -> Surface:
    return load(SPEC)


def _diff(head: Path) -> SpecDiff:
    surface = load(head)
    return SpecDiff(_base(), surface, compare(_base(), surface))


@pytest.mark.parametrize(("pair", "breaking", "bump", "kinds"), [
    ("5bb0761", 4, "major", {"operation-removed", "model-removed"}),
    ("018e05e", 4, "major", {"property-removed", "property-added", "model-removed"}),
    ("e7ebef8", 0, "minor", {"property-added", "enum-value-added"}),
])
def test_visier_history_gets_the_right_verdict(capsys: pytest.CaptureFixture[str], pair: str, breaking: int,
                                               bump: str, kinds: set[str]) -> None:
    base, head = HISTORY / f"data-in-{pair}-before.yaml", HISTORY / f"data-in-{pair}-after.yaml"
    assert main([str(base), str(head), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    upstream = report["upstream"]["changes"]
    assert (sum(c["breaking"] for c in upstream), report["upstream"]["bump"]) == (breaking, bump)
    assert {c["kind"] for c in upstream} == kinds
    # The curated spec follows the newest upstream, so it already says what each of these changes says: for users
    # of this SDK nothing changed.
    assert {c["standing"] for c in upstream} == {"already"} and report["changes"] == []
    assert report["bump"] == "none" and SUMMARY.fullmatch(err.strip()) and report["summary"] == err.strip()
    # The two older pairs are invalid OpenAPI in planning operations: reported, not fatal.
    assert bool(report["base"]["invalid_elsewhere"]) == (pair != "e7ebef8")


def test_the_markdown_puts_breaking_changes_first_with_what_to_change() -> None:
    # Not judged against the curated spec (curated=None): the changes as they are, as between two curated specs.
    text = diff(HISTORY / "data-in-018e05e-before.yaml", HISTORY / "data-in-018e05e-after.yaml", None).markdown()
    lines = text.rstrip("\n").split("\n")
    assert lines[-1] == "spec-diff: 4 breaking, 2 non-breaking on the Data and Job Handling surface; bump: major"
    assert lines[-2].startswith("upstream: 4 breaking, 2 non-breaking; bump: major")
    assert text.index("### Breaking") < text.index("### Not breaking") < text.index("### Notes")
    assert ("- `IncludeDataUploadsRequest.model`: request property model is gone. In your code: stop setting "
            "`model`.") in lines
    assert "not valid OpenAPI outside the surface" in text


def test_the_same_file_is_no_change() -> None:
    result = subprocess.run(["make", "--no-print-directory", "spec-diff", f"BASE={SPEC}", f"HEAD={SPEC}"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout.rstrip("\n").split("\n")[-1] == (
        "spec-diff: 0 breaking, 0 non-breaking on the Data and Job Handling surface; bump: none")


def _drop_operation(spec: Spec) -> None:
    del spec["paths"]["/v1/op/data/startload"]["post"]


def _drop_parameter(spec: Spec) -> None:
    op = spec["paths"]["/v1/op/data-connectors"]["get"]
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "limit"]


def _drop_property(spec: Spec) -> None:
    del schemas(spec)["ExtractDataAndLoadDTO"]["properties"]["monthsToExtract"]


def _add_parameter(required: bool) -> Edit:
    def edit(spec: Spec) -> None:
        spec["paths"]["/v1/op/data-connectors"]["get"]["parameters"].append(
            {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}})
    return edit


def _add_required_property(spec: Spec) -> None:
    model = schemas(spec)["DataLoadRequestModel"]
    model["properties"]["priority"] = {"type": "integer"}
    model["required"].append("priority")


def _narrow_type(spec: Spec) -> None:
    schemas(spec)["ExtractDataAndLoadDTO"]["properties"]["extractToTimeOverride"] = {"type": "string"}


def _rename_property(spec: Spec) -> None:
    props = schemas(spec)["DataLoadResponse"]["properties"]
    props["receivingJobId"] = props.pop("jobId")


def _add_operation(spec: Spec) -> None:
    invalid_elsewhere(spec)  # this copy is also invalid outside the surface
    spec["paths"]["/v1/op/data/categories/{id}"] = {"get": {
        "tags": ["DataAndJobHandling"], "operationId": "dataCategory",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "OK", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/DataCategoryResponseDTO"}}}}},
    }}


def _add_response_property(spec: Spec) -> None:
    schemas(spec)["DataLoadResponse"]["properties"]["queuedAt"] = {"type": "string"}


def _add_enum_value(spec: Spec) -> None:
    schemas(spec)["JobCancellationResultDTO"]["properties"]["cancelStatus"]["enum"].append("CANCEL_PENDING")


def _namespaces(spec: Spec) -> None:
    for name in list(schemas(spec)):
        rename_schema(spec, name, f"data_in.{name}")


@pytest.mark.parametrize(("edit", "kind", "level", "place"), [
    (_drop_operation, "operation-removed", "breaking", "data_and_job_handling.start_load"),
    (_drop_parameter, "parameter-removed", "breaking", "data_and_job_handling.data_connectors(limit=)"),
    (_drop_property, "property-removed", "breaking", "ExtractDataAndLoadDTO.months_to_extract"),
    (_add_parameter(True), "parameter-added", "breaking", "data_and_job_handling.data_connectors(region=)"),
    (_add_required_property, "property-added", "breaking", "DataLoadRequestModel.priority"),
    (_narrow_type, "type-narrowed", "breaking", "ExtractDataAndLoadDTO.extract_to_time_override"),
    (lambda spec: rename_schema(spec, "DataLoadRequest", "StartLoadRequest"), "model-renamed", "breaking",
     "DataLoadRequest"),
    (_rename_property, "property-renamed", "breaking", "DataLoadResponse.job_id"),
    (_add_operation, "operation-added", "minor", "data_and_job_handling.data_category"),
    (_add_parameter(False), "parameter-added", "minor", "data_and_job_handling.data_connectors(region=)"),
    (_add_response_property, "property-added", "minor", "DataLoadResponse.queued_at"),
    (_add_enum_value, "enum-value-added", "minor", "JobCancellationResultDTO.cancel_status"),
], ids=lambda value: value if isinstance(value, str) and "." not in value else "")
def test_each_kind_of_change_is_classified(tmp_path: Path, edit: Edit, kind: str, level: str, place: str) -> None:
    result = _diff(edited(tmp_path, edit))
    found = [(c.kind, c.level, c.place) for c in result.changes]
    # A removed operation takes the models only it used with it.
    assert found[0] == (kind, level, place) and {f[0] for f in found[1:]} <= {"model-removed"}
    assert len(found) == (4 if edit is _drop_operation else 1)
    assert result.bump == {"breaking": "major", "minor": "minor"}[level]
    change = result.changes[0]
    assert bool(change.action) == change.breaking  # every breaking change says what a user changes
    assert bool(result.head.invalid_elsewhere) == (edit is _add_operation)


def test_schemas_renamed_into_namespaces_change_nothing_for_sdk_users(tmp_path: Path) -> None:
    # Curation drops the package prefix (data_in.X -> X), so the generated classes keep their names.
    assert _diff(edited(tmp_path, _namespaces)).changes == []


def test_an_unknown_enum_value_is_kept_so_a_new_one_never_breaks_parsing() -> None:
    result = JobCancellationResultDTO.from_dict({"jobId": "j1", "cancelStatus": "CANCEL_PENDING"})
    assert result.cancel_status == "CANCEL_PENDING"
    assert result.to_dict()["cancelStatus"] == "CANCEL_PENDING"


def _dangling(spec: Spec) -> None:
    content = spec["paths"]["/v1/op/data/startload"]["post"]["requestBody"]["content"]["application/json"]
    content["schema"] = {"$ref": "#/components/schemas/NoSuchModel"}


def _malformed_parameter(spec: Spec) -> None:
    spec["paths"]["/v1/op/data-connectors"]["get"]["parameters"].append({"name": "tenantCode", "in": "path"})


@pytest.mark.parametrize(("edit", "named"), [
    (_dangling, "dangling $ref '#/components/schemas/NoSuchModel' at paths['/v1/op/data/startload'].post"),
    (_malformed_parameter, "paths['/v1/op/data-connectors'].get.parameters[4]"),
])
def test_an_invalid_surface_fails_naming_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Edit,
                                                   named: str) -> None:
    broken = edited(tmp_path, edit)
    with pytest.raises(SurfaceInvalid, match=re.escape(named)):
        load(broken)
    assert main([str(SPEC), str(broken)]) == 1
    assert named in capsys.readouterr().err
