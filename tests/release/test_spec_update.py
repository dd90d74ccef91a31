"""`make spec-update`: a new upstream is stored beside the last one with where it came from, Visier's changes are
diffed, the curated spec is compared with it, and the curated spec itself is never touched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from releasing.spec_update import CURATED, STORE, entries, main, update

from ._specs import HISTORY


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_stored_upstream_again_is_no_change_and_no_gap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "upstream"
    shutil.copytree(STORE, store)
    newest = store / entries(store)[-1]["file"]
    before = _digest(CURATED)
    assert main([str(newest), "--store", str(store)]) == 0
    report = capsys.readouterr().out
    assert report.rstrip().endswith(f"spec-update: no change from the stored upstream {newest.name}; curated spec: "
                                    "0 gaps beyond the documented deviations")
    assert report.count("documented deviation: ") == 6  # uploadData's sequence among them
    assert entries(store) == entries(STORE) and _digest(CURATED) == before


def test_a_new_upstream_is_stored_beside_the_last_and_diffed(tmp_path: Path) -> None:
    store = tmp_path / "upstream"
    before = _digest(CURATED)
    first = update(HISTORY / "data-in-e7ebef8-before.yaml", "visier/openapi-clients@e7ebef8^", store)
    assert first.visier is None and first.stored is not None
    second = update(HISTORY / "data-in-e7ebef8-after.yaml", "visier/openapi-clients@e7ebef8", store)
    assert second.previous == first.stored and second.stored is not None and second.stored.exists()
    stored = entries(store)
    assert [e["source"] for e in stored] == ["visier/openapi-clients@e7ebef8^", "visier/openapi-clients@e7ebef8"]
    assert stored[1]["sha256"] == _digest(HISTORY / "data-in-e7ebef8-after.yaml") == _digest(second.stored)
    assert second.visier is not None and len(second.visier.upstream) == 2 and not second.visier.changes
    # What Visier added the curated spec already carries (it follows the newest upstream), so it is not on the
    # curator's list; what the curated spec has that this older upstream has not is.
    assert not any("viva_glint_auth_params" in t for t in second.todo)
    gap = "POST /v1/op/data-connector-credentials request:dataProviderAuthParams.databricksOidcAuthParams: invented"
    assert f"- curate: {gap}" in second.todo
    assert second.summary().startswith(f"spec-update: stored {second.stored.name}; Visier changed 0 breaking, "
                                       "2 non-breaking on our surface; curated spec: ")
    assert _digest(CURATED) == before  # curation stays by hand
