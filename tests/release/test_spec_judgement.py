"""Between two of Visier's files, each change is judged by what users of this SDK see: the curated spec already says
it (no change), says what the old file said (the change as classified), or says neither (for the curator). Upstream
files are made here from the curated spec without its curation mark, then edited."""

from __future__ import annotations

from pathlib import Path

from releasing.spec_diff import diff
from releasing.spec_shapes import method_name
from releasing.spec_surface import Surface, load
from releasing.spec_tags import curated_tags

from ._specs import HISTORY, Edit, Spec, curated, schemas, write


def _upstream(folder: Path, name: str, *edits: Edit) -> Path:
    """The curated spec as if Visier had published it (no x-curation), with ``edits``."""
    spec = curated()
    del spec["x-curation"]
    for edit in edits:
        edit(spec)
    return write(spec, folder, name)


def _months_type(kind: str) -> Edit:
    def edit(spec: Spec) -> None:
        schemas(spec)["ExtractDataAndLoadDTO"]["properties"]["monthsToExtract"] = {"type": kind}
    return edit


def _drop_months(spec: Spec) -> None:
    del schemas(spec)["ExtractDataAndLoadDTO"]["properties"]["monthsToExtract"]


def _tenant_code_integer(spec: Spec) -> None:
    for param in spec["paths"]["/v1/op/data/uploads"]["get"]["parameters"]:
        if param["name"] == "tenantCode":
            param["schema"] = {"type": "integer", "format": "int32"}


def test_a_change_the_curated_spec_has_not_made_reaches_users_as_classified(tmp_path: Path) -> None:
    result = diff(_upstream(tmp_path, "old.yaml"), _upstream(tmp_path, "new.yaml", _drop_months))
    assert result.verdicts is not None and [v.standing for v in result.verdicts] == ["as-today"]
    assert [(c.kind, c.place) for c in result.breaking] == [
        ("property-removed", "ExtractDataAndLoadDTO.months_to_extract")]
    assert result.summary().endswith("1 breaking, 0 non-breaking on the Data and Job Handling surface; bump: major")


def test_a_change_the_curated_spec_already_says_is_none_and_names_the_documented_deviation(tmp_path: Path) -> None:
    # Visier declaring retrieveDataUploads' tenantCode a string, as the curated spec does (a documented deviation).
    result = diff(_upstream(tmp_path, "old.yaml", _tenant_code_integer), _upstream(tmp_path, "new.yaml"))
    assert result.verdicts is not None
    [verdict] = result.verdicts
    assert (verdict.standing, verdict.change.place) == ("already", "data_and_job_handling.retrieve_data_uploads("
                                                                   "tenant_code=)")
    assert verdict.deviation.startswith("retrieveDataUploads declares tenantCode as a string")
    assert result.changes == [] and result.bump == "none"
    assert "Deviation to retire: `data_and_job_handling.retrieve_data_uploads(tenant_code=)`" in result.markdown()


def test_a_change_where_the_curated_spec_differs_from_both_goes_to_the_curator(tmp_path: Path) -> None:
    # Visier: string -> boolean; the curated spec says integer. Users would meet integer -> boolean.
    result = diff(_upstream(tmp_path, "old.yaml", _months_type("string")),
                  _upstream(tmp_path, "new.yaml", _months_type("boolean")))
    assert result.verdicts is not None
    [verdict] = result.verdicts
    assert verdict.standing == "for-the-curator" and verdict.change.detail == "string -> boolean"
    assert [c.detail for c in result.changes] == ["integer -> boolean"]
    text = result.markdown()
    assert "### For the curator: the curated spec differs from both" in text
    assert text.rstrip().split("\n")[-2].endswith("0 already in the curated spec, 1 for the curator")


def _with_groups(spec: Spec) -> None:
    """Two more curated operation groups, as the curation adds them: one DirectDataIntake, one PGPKeys."""
    spec["paths"]["/v1/op/data/directloads/{draftId}/config"] = {"get": {
        "tags": ["DirectDataIntake"], "operationId": "getConfig", "responses": {"200": {"description": "OK"}},
        "parameters": [{"name": "draftId", "in": "path", "required": True, "schema": {"type": "string"}}]}}
    spec["paths"]["/v1/op/pgp-keys"] = {"get": {
        "tags": ["PGPKeys"], "operationId": "getAllPgpPublicKeys", "responses": {"200": {"description": "OK"}}}}


def test_the_surface_covers_the_operation_groups_the_curated_spec_carries(tmp_path: Path) -> None:
    spec = curated()
    _with_groups(spec)
    tags = curated_tags(write(spec, tmp_path, "curated.yaml"))
    assert set(tags.ours.values()) == {"DataAndJobHandling", "DataUpload", "DirectDataIntake", "DataIntake", "PGPKeys"}
    # 2026-05-29 names the group PGPKeys, 2024-11-23 named it PGPKey: the methods keep the curated group's name.
    newer = load(HISTORY / "data-in-e7ebef8-after.yaml", tags)
    older = load(HISTORY / "data-in-5bb0761-after.yaml", tags)
    groups = {name.split(".")[0] for name in _methods(newer)}
    assert groups == {"data_and_job_handling", "data_upload", "direct_data_intake", "data_intake", "pgp_keys"}
    assert {n for n in _methods(older) if n.startswith("pgp_keys.")} == {
        n for n in _methods(newer) if n.startswith("pgp_keys.")} != set()


def _methods(surface: Surface) -> set[str]:
    return {method_name(surface, op, m, p) for m, p, op in surface.operations()}
