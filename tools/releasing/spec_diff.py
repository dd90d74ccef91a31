"""`make spec-diff BASE=<file> HEAD=<file>`: what changed on the Data and Job Handling surface, for SDK users.

    python tools/releasing/spec_diff.py BASE HEAD [--format markdown|json] [--curated FILE] [--debug]

Each file is Visier's published Data-In spec or our curated spec, in any combination. Both surfaces are cut out and
validated first (spec_surface); invalidity elsewhere in a file is a note, invalidity inside the surface an error
naming the place (exit 1); any other failure is one line (exit 2), with the traceback only under --debug. The changes
are classified by spec_changes. Between two of Visier's files, each change is then judged against the curated spec
(spec_judgement): users see only what the curated spec does not already say. Markdown is for people and ends with
the raw upstream counts and the summary line; JSON is for tools: stdout is one JSON document (its "summary" holds the
same line), and the line goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing.cli import guarded
from releasing.spec_changes import Change, compare
from releasing.spec_judgement import Verdict, judge, seen
from releasing.spec_surface import Surface, SurfaceInvalid, load
from releasing.spec_tags import CURATED, curated_tags

_SURFACE = "on the Data and Job Handling surface"


def bump(changes: list[Change]) -> str:
    levels = {c.level for c in changes}
    return next((bump for level, bump in (("breaking", "major"), ("minor", "minor"), ("patch", "patch"))
                 if level in levels), "none")


@dataclass
class SpecDiff:
    base: Surface
    head: Surface
    upstream: list[Change]  # every change between the two files
    verdicts: list[Verdict] | None = None  # each judged against the curated spec; None when a file is curated

    @property
    def changes(self) -> list[Change]:
        """What users of this SDK see."""
        return self.upstream if self.verdicts is None else seen(self.verdicts)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def non_breaking(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    @property
    def bump(self) -> str:
        return bump(self.changes)

    def standing(self, standing: str) -> list[Verdict]:
        return [v for v in self.verdicts or () if v.standing == standing]

    def summary(self) -> str:
        return (f"spec-diff: {len(self.breaking)} breaking, {len(self.non_breaking)} non-breaking {_SURFACE}; "
                f"bump: {self.bump}")

    def upstream_line(self) -> str:
        broke = sum(c.breaking for c in self.upstream)
        counts = f"{broke} breaking, {len(self.upstream) - broke} non-breaking; bump: {bump(self.upstream)}"
        if self.verdicts is None:
            return f"upstream: {counts} (a curated spec is compared: users see these as they are)"
        return (f"upstream: {counts}; {len(self.standing('already'))} already in the curated spec, "
                f"{len(self.standing('for-the-curator'))} for the curator")

    def markdown(self) -> str:
        lines = ["## What changed on the Data and Job Handling surface", "",
                 f"From `{self.base.source}` (version {self.base.version}) to `{self.head.source}` "
                 f"(version {self.head.version}).", ""]
        if self.verdicts is not None:
            lines += ["Judged against the curated spec: what users of this SDK see.", ""]
        if self.breaking:
            lines += ["### Breaking", ""]
            lines += [f"- `{c.place}`: {c.detail}. In your code: {c.action}." for c in self.breaking] + [""]
        if self.non_breaking:
            lines += ["### Not breaking", ""]
            lines += [f"- `{c.place}`: {c.detail} ({c.level})." for c in self.non_breaking] + [""]
        if not self.changes:
            lines += ["No change for users." if self.upstream else "No change.", ""]
        if self.standing("already"):
            lines += ["### Already in the curated spec: users see no change", ""]
            lines += [_already(v) for v in self.standing("already")] + [""]
        if self.standing("for-the-curator"):
            lines += ["### For the curator: the curated spec differs from both", ""]
            lines += [_for_curator(v) for v in self.standing("for-the-curator")] + [""]
        notes = [f"- `{s.source}` is not valid OpenAPI outside the surface ({len(s.invalid_elsewhere)} problems; "
                 f"first {s.invalid_elsewhere[0]})" for s in (self.base, self.head) if s.invalid_elsewhere]
        notes += [f"- `{s.source}`: keywords beside a `$ref` on the surface are ignored, as OpenAPI 3.0 says "
                  f"({len(s.ignored)} places; first {s.ignored[0]})" for s in (self.base, self.head) if s.ignored]
        if notes:
            lines += ["### Notes", "", *notes, ""]
        return "\n".join([*lines, self.upstream_line(), self.summary()])

    def as_json(self) -> str:
        upstream = ([v.as_dict() for v in self.verdicts] if self.verdicts is not None
                    else [c.as_dict() for c in self.upstream])
        return json.dumps({"base": _side(self.base), "head": _side(self.head),
                           "changes": [c.as_dict() for c in self.changes], "breaking": len(self.breaking),
                           "non_breaking": len(self.non_breaking), "bump": self.bump, "summary": self.summary(),
                           "upstream": {"changes": upstream, "line": self.upstream_line(),
                                        "bump": bump(self.upstream), "judged": self.verdicts is not None}},
                          indent=2)


def _already(verdict: Verdict) -> str:
    change = verdict.change
    listed = (f"listed as: {verdict.deviation}" if verdict.deviation else
              "not listed in x-deviations or docs/spec-curation.md")
    return (f"- `{change.place}`: upstream {change.detail} ({change.level}); the curated spec already says so. "
            f"Deviation to retire: `{change.place}`, the curated spec against the older upstream ({listed}).")


def _for_curator(verdict: Verdict) -> str:
    ours = "; ".join(f"{c.detail} ({c.level})" for c in verdict.seen)
    return (f"- `{verdict.change.place}`: upstream {verdict.change.detail} ({verdict.change.level}); from the curated "
            f"spec to the new upstream: {ours}.")


def _side(surface: Surface) -> dict[str, object]:
    return {"file": surface.source, "version": surface.version, "invalid_elsewhere": surface.invalid_elsewhere,
            "ignored_beside_ref": surface.ignored}


def diff(base: Path, head: Path, curated: Path | None = CURATED) -> SpecDiff:
    """Cut, validate and compare two spec files (raises SurfaceInvalid naming the place); between two of Visier's
    files, judge each change against the ``curated`` spec (None: do not judge)."""
    tags = curated_tags(curated or CURATED)
    base_surface, head_surface = load(base, tags), load(head, tags)
    changes = compare(base_surface, head_surface)
    if curated is None or base_surface.curated or head_surface.curated:
        return SpecDiff(base_surface, head_surface, changes)
    verdicts = judge(base_surface, head_surface, changes, load(curated, tags))
    return SpecDiff(base_surface, head_surface, changes, verdicts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", type=Path)
    parser.add_argument("head", type=Path)
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--curated", type=Path, default=CURATED, help="the curated spec to judge against")
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    args = parser.parse_args(argv)

    def run() -> int:
        result = diff(args.base, args.head, args.curated)
        if args.format == "json":
            print(result.as_json())
            print(result.summary(), file=sys.stderr)
        else:
            print(result.markdown())
        return 0

    return guarded("spec-diff", args.debug, run, (SurfaceInvalid,))


if __name__ == "__main__":
    sys.exit(main())
