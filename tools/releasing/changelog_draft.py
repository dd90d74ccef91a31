"""`make changelog-draft`: the next CHANGELOG.md entry, drafted from spec-diff and api-diff.

    python tools/releasing/changelog_draft.py

spec-diff runs from the spec as last released (release/released-spec.yaml) to the curated spec, api-diff from the
released API snapshot to the current tree. The draft is a Keep a Changelog "Unreleased" section: breaking changes
first, each with what a user changes in their code, then additions and fixes, and the version the release needs.
A maintainer edits it into CHANGELOG.md; the tool writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing.api_diff import ACTIONS, ApiDiff, compare, needed_version
from releasing.spec_diff import SpecDiff, diff

ROOT = Path(__file__).resolve().parents[2]
RELEASED_SPEC = ROOT / "release" / "released-spec.yaml"
CURATED = ROOT / "openapi" / "visier-data-handling.yaml"


def draft(spec: SpecDiff, api: ApiDiff) -> str:
    lines = ["## [Unreleased]", ""]
    breaking = [f"- `{c.place}`: {c.detail}. In your code: {c.action}." for c in spec.breaking]
    breaking += [f"- `{b.obj.path.removeprefix('public.')}`: {b.kind.value}. In your code: {ACTIONS[b.kind]}."
                 for b in api.breakages]
    if breaking:
        lines += ["### Changed (breaking)", "", *dict.fromkeys(breaking), ""]
    added = [f"- `{c.place}`: {c.detail}." for c in spec.non_breaking if c.level == "minor"]
    fixed = [f"- `{c.place}`: {c.detail}." for c in spec.non_breaking if c.level == "patch"]
    if added:
        lines += ["### Added", "", *added, ""]
    if fixed:
        lines += ["### Fixed", "", *fixed, ""]
    if not (breaking or added or fixed):
        lines += ["Nothing since the last release.", ""]
    lines.append(f"Version: {_version(spec, api)}.")
    return "\n".join(lines)


def _version(spec: SpecDiff, api: ApiDiff) -> str:
    released = api.released
    major, minor, patch = (int(part) for part in released.split(".")[:3])
    if spec.breaking or api.breakages:
        return f"{needed_version(released)} (breaking since {released})"
    if spec.changes:
        bump = f"{major}.{minor + 1}.0" if major > 0 and spec.bump == "minor" else f"{major}.{minor}.{patch + 1}"
        return f"{bump} ({spec.bump} since {released})"
    return f"{released} (no change)"


def main() -> int:
    print(draft(diff(RELEASED_SPEC, CURATED), compare()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
