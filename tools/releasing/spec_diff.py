"""`make spec-diff BASE=<file> HEAD=<file>`: what changed on the Data and Job Handling surface, for SDK users.

    python tools/releasing/spec_diff.py BASE HEAD [--format markdown|json]

Each file is Visier's published Data-In spec or our curated spec, in any combination. Both surfaces are cut out and
validated first (spec_surface); invalidity elsewhere in a file is a note, invalidity inside the surface an error
(exit 1). The changes are classified by spec_changes. Markdown is for people and ends with the summary line; JSON
is for tools: stdout is one JSON document (its "summary" holds the same line), and the line goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing.spec_changes import Change, compare
from releasing.spec_surface import Surface, SurfaceInvalid, load


@dataclass
class SpecDiff:
    base: Surface
    head: Surface
    changes: list[Change]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def non_breaking(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    @property
    def bump(self) -> str:
        levels = {c.level for c in self.changes}
        return next((bump for level, bump in (("breaking", "major"), ("minor", "minor"), ("patch", "patch"))
                     if level in levels), "none")

    def summary(self) -> str:
        return (f"spec-diff: {len(self.breaking)} breaking, {len(self.non_breaking)} non-breaking on the Data and "
                f"Job Handling surface; bump: {self.bump}")

    def markdown(self) -> str:
        lines = ["## What changed on the Data and Job Handling surface", "",
                 f"From `{self.base.source}` (version {self.base.version}) to `{self.head.source}` "
                 f"(version {self.head.version}).", ""]
        if self.breaking:
            lines += ["### Breaking", ""]
            lines += [f"- `{c.place}`: {c.detail}. In your code: {c.action}." for c in self.breaking] + [""]
        if self.non_breaking:
            lines += ["### Not breaking", ""]
            lines += [f"- `{c.place}`: {c.detail} ({c.level})." for c in self.non_breaking] + [""]
        if not self.changes:
            lines += ["No change.", ""]
        notes = [f"- `{s.source}` is not valid OpenAPI outside the surface ({len(s.invalid_elsewhere)} problems; "
                 f"first {s.invalid_elsewhere[0]})" for s in (self.base, self.head) if s.invalid_elsewhere]
        if notes:
            lines += ["### Notes", "", *notes, ""]
        return "\n".join([*lines, self.summary()])

    def as_json(self) -> str:
        return json.dumps({"base": _side(self.base), "head": _side(self.head),
                           "changes": [c.as_dict() for c in self.changes], "breaking": len(self.breaking),
                           "non_breaking": len(self.non_breaking), "bump": self.bump, "summary": self.summary()},
                          indent=2)


def _side(surface: Surface) -> dict[str, object]:
    return {"file": surface.source, "version": surface.version, "invalid_elsewhere": surface.invalid_elsewhere}


def diff(base: Path, head: Path) -> SpecDiff:
    """Cut, validate and compare two spec files (raises SurfaceInvalid naming the place)."""
    base_surface, head_surface = load(base), load(head)
    return SpecDiff(base_surface, head_surface, compare(base_surface, head_surface))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", type=Path)
    parser.add_argument("head", type=Path)
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    try:
        result = diff(args.base, args.head)
    except (SurfaceInvalid, OSError) as error:
        print(f"spec-diff: error: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(result.as_json())
        print(result.summary(), file=sys.stderr)
    else:
        print(result.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
