"""`make spec-update UPSTREAM=<file> [SOURCE=<where it came from>]`: the curator's round when Visier publishes a new
Data-In spec.

    python tools/releasing/spec_update.py UPSTREAM [--source TEXT]

1. Stores the file in openapi/upstream/ beside the last one, with where it came from, its version and its SHA-256
   (openapi/upstream/sources.yaml); the same bytes as the last one are not stored again.
2. Runs spec-diff from the last stored upstream to this one: what Visier changed on our surface, each change judged
   against the curated spec (what users would see, what the curated spec already says, what differs from both).
3. Compares our curated spec with it by operation and property path (generator/compare_with_reference.py): what we
   now lack, type differently or invent, beyond the deviations the spec documents.
4. Prints the curator's to-do. It never edits openapi/visier-data-handling.yaml: curation stays by hand.

A new file whose surface is invalid is not stored (exit 1, naming the place); any other failure is one line (exit 2),
with the traceback only under --debug.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing.cli import guarded
from releasing.spec_diff import SpecDiff, diff
from releasing.spec_judgement import Verdict
from releasing.spec_surface import SurfaceInvalid, load
from releasing.spec_tags import CURATED, ROOT, curated_tags

STORE = ROOT / "openapi" / "upstream"
MANIFEST = "sources.yaml"
sys.path.insert(0, str(ROOT / "generator"))
from compare_with_reference import Comparison, compare  # noqa: E402  (generator/ is a folder of scripts)


@dataclass
class Update:
    stored: Path | None  # where the new file went; None when it equals the last stored upstream
    previous: Path | None
    visier: SpecDiff | None  # from the previous upstream to the new one
    curated: Comparison
    todo: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.stored is None:
            what = f"no change from the stored upstream {self.previous.name if self.previous else ''}".rstrip()
        elif self.visier is None:
            what = f"stored {self.stored.name}, the first stored upstream"
        else:
            broke = sum(c.breaking for c in self.visier.upstream)
            what = (f"stored {self.stored.name}; Visier changed {broke} breaking, "
                    f"{len(self.visier.upstream) - broke} non-breaking on our surface")
        return f"spec-update: {what}; curated spec: {len(self.curated.gaps)} gaps beyond the documented deviations"

    def report(self) -> str:
        lines = ["# Spec update", ""]
        if self.visier is not None:
            lines += [self.visier.markdown(), ""]
        lines += ["## The curated spec against the new upstream", "", *self.curated.lines(), "",
                  "## To do", "", *(self.todo or ["- nothing: the curated spec carries the new upstream as it is"]),
                  "", self.summary()]
        return "\n".join(lines)


def entries(store: Path) -> list[dict[str, Any]]:
    manifest = store / MANIFEST
    if not manifest.exists():
        return []
    return list(yaml.safe_load(manifest.read_text(encoding="utf-8")) or [])


def update(upstream: Path, source: str, store: Path = STORE, curated: Path = CURATED) -> Update:
    data = upstream.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    known = entries(store)
    previous = store / known[-1]["file"] if known else None
    head: Path
    if known and known[-1]["sha256"] == digest:
        stored, head = None, store / known[-1]["file"]
    else:
        version = load(upstream, curated_tags(curated)).version  # an invalid surface fails before anything is stored
        stored = head = store / f"data-in-{version}-{digest[:8]}.yaml"
        store.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(upstream, stored)
        known.append({"file": stored.name, "version": version, "sha256": digest, "source": source,
                      "stored": datetime.date.today().isoformat()})
        (store / MANIFEST).write_text(_manifest_header() + yaml.safe_dump(known, sort_keys=False), encoding="utf-8")
    visier = diff(previous, head, curated) if previous is not None and stored is not None else None
    comparison = compare(_load(curated), _load(head))
    result = Update(stored, previous, visier, comparison)
    result.todo = _todo(result)
    return result


def _todo(result: Update) -> list[str]:
    todo = []
    for verdict in result.visier.verdicts or _unjudged(result.visier) if result.visier else []:
        change = verdict.change
        if verdict.standing == "as-today":
            verb = "decide whether to follow" if change.breaking else "consider carrying"
            todo.append(f"- {verb}: `{change.place}` {change.detail} ({change.kind})")
        elif verdict.standing == "for-the-curator":
            todo.append(f"- curate: `{change.place}` {change.detail} ({change.kind}), where the curated spec differs "
                        "from both the old and the new upstream")
        elif verdict.deviation:
            todo.append(f"- retire the deviation the curated spec documents, now that Visier says the same "
                        f"(`{change.place}`): {verdict.deviation}")
    for gap in result.curated.gaps:
        todo.append(f"- curate: {gap}")
    if todo:
        todo.append("- then: edit openapi/visier-data-handling.yaml by hand, `make generate`, `make spec-diff` from "
                    "the last release's spec, `make api-diff`, and draft the CHANGELOG entry from both")
    return todo


def _unjudged(visier: SpecDiff) -> list[Verdict]:
    # A curated file stored as upstream is not judged against the curated spec: every change stands as it is.
    return [Verdict(change, "as-today", (change,)) for change in visier.upstream]


def _manifest_header() -> str:
    return ("# Visier's published Data-In spec as stored by `make spec-update` (Apache-2.0, see\n"
            "# LICENSE-visier-openapi), oldest first: the file, its info.version (a build number), SHA-256, where it\n"
            "# came from, and when it was stored.\n")


def _load(path: Path) -> dict[str, Any]:
    return dict(yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream", type=Path)
    parser.add_argument("--source", default="", help="where the file came from (repository, path, commit)")
    parser.add_argument("--store", type=Path, default=STORE, help=argparse.SUPPRESS)
    parser.add_argument("--curated", type=Path, default=CURATED, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    args = parser.parse_args(argv)

    def run() -> int:
        print(update(args.upstream, args.source or str(args.upstream), args.store, args.curated).report())
        return 0

    return guarded("spec-update", args.debug, run, (SurfaceInvalid,))


if __name__ == "__main__":
    sys.exit(main())
