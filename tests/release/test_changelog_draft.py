"""`make changelog-draft`: spec-diff and api-diff become the next CHANGELOG entry, breaking changes first, each with
what a user changes in their code, and the version the release needs."""

from __future__ import annotations

import re

import griffe
import pytest
from releasing.api_diff import ApiDiff
from releasing.changelog_draft import RELEASED_SPEC, draft, main
from releasing.spec_diff import diff

from ._specs import HISTORY, ROOT


# Visier's history pairs, not judged against the curated spec (curated=None), stand in for two curated specs.
def test_breaking_changes_come_first_with_what_to_change() -> None:
    spec = diff(HISTORY / "data-in-018e05e-before.yaml", HISTORY / "data-in-018e05e-after.yaml", curated=None)
    removed = griffe.Breakage(griffe.Attribute("public.models.DataLoadResponse.job_id"), None, None)
    removed.kind = griffe.BreakageKind.OBJECT_REMOVED
    text = draft(spec, ApiDiff("0.1.0", "0.1.0", [removed]))
    assert text.index("### Changed (breaking)") < text.index("### Added")
    breaking = text.split("### Changed (breaking)")[1].split("###")[0].strip().splitlines()
    assert len(breaking) == 5 and all("In your code: " in line for line in breaking)
    assert "- `models.DataLoadResponse.job_id`: Public object was removed. In your code: stop using it." in breaking
    assert text.rstrip().endswith("Version: 0.2.0 (breaking since 0.1.0).")


def test_additions_alone_need_a_patch_release_while_0x() -> None:
    spec = diff(HISTORY / "data-in-e7ebef8-before.yaml", HISTORY / "data-in-e7ebef8-after.yaml", curated=None)
    text = draft(spec, ApiDiff("0.1.0", "0.1.0", []))
    assert "### Changed (breaking)" not in text and "### Added" in text
    assert text.rstrip().endswith("Version: 0.1.1 (minor since 0.1.0).")


def test_the_draft_starts_from_the_released_spec(capsys: pytest.CaptureFixture[str]) -> None:
    # `make api-snapshot` stores the curated spec beside the API snapshot at a release; the draft diffs from it.
    assert RELEASED_SPEC.parent == ROOT / "release" and RELEASED_SPEC.exists()
    assert main() == 0
    out = capsys.readouterr().out
    assert out.startswith("## [Unreleased]\n")
    assert re.search(r"\nVersion: \d+\.\d+\.\d+ \(.+\)\.$", out.rstrip())
