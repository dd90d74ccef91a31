"""`make spec-history DIR=<folder> [ORDER=<file>]`: the release tools over a run of Visier's published Data-In specs.

    python tools/releasing/spec_history.py DIR [--order FILE] [--debug]

The versions are DIR's *.yaml files, oldest first by name, or in the order FILE lists their names (one a line).
spec-diff runs on each consecutive pair, and spec-update on each file in turn, as a curator would have met them,
in a scratch copy (a temporary folder holding a copy of the curated spec and an empty upstream store): the
repository is never written. Each pair prints a line: the two versions, the verdict (what users see, as spec-diff's
bump, with upstream's own beside it) and spec-diff's time. A pair is crashed when its spec-diff does not end in the
summary line or its spec-update fails (exit 1 or 2); its line says why. The last line is

    spec-history: P pairs, C crashed, B breaking, M minor, T patch, N none
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing import spec_diff, spec_update
from releasing.cli import guarded, shorten
from releasing.spec_tags import CURATED

SUMMARY = re.compile(r"spec-diff: \d+ breaking, \d+ non-breaking on the Data and Job Handling surface; "
                     r"bump: (major|minor|patch|none)")
UPSTREAM = re.compile(r"upstream: .*?; bump: (major|minor|patch|none)")
VERDICTS = {"major": "breaking", "minor": "minor", "patch": "patch", "none": "none"}


@dataclass(frozen=True)
class Pair:
    base: Path
    head: Path
    verdict: str  # breaking, minor, patch, none; or crashed
    upstream: str  # upstream's own bump, before judging against the curated spec
    seconds: float  # spec-diff's time
    why: str = ""  # what went wrong, when crashed

    def line(self) -> str:
        told = f"{self.verdict} (upstream: {self.upstream})" if self.verdict != "crashed" else f"crashed: {self.why}"
        return f"{self.base.stem} -> {self.head.stem}  {told}  {self.seconds:.2f} s"


def versions(folder: Path, order: Path | None = None) -> list[Path]:
    """The folder's versions, oldest first: by name, or as ``order`` lists them."""
    if order is None:
        return sorted(folder.glob("*.yaml"))
    names = [line.strip() for line in order.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{order} lists {missing[0]}, which is not in {folder}")
    return [folder / name for name in names]


def history(files: list[Path], curated: Path = CURATED) -> Iterator[Pair]:
    """spec-diff on each consecutive pair, spec-update on each file, in a scratch copy; one Pair at a time."""
    with tempfile.TemporaryDirectory(prefix="spec-history-") as scratch:
        copy = Path(scratch) / "openapi" / curated.name
        store = copy.parent / "upstream"
        store.mkdir(parents=True)
        shutil.copyfile(curated, copy)
        first_update = _update(files[0], store, copy) if files else ""
        for index, (base, head) in enumerate(itertools.pairwise(files)):
            began = time.perf_counter()
            code, out, err = _captured(spec_diff.main, [str(base), str(head), "--curated", str(copy)])
            seconds = time.perf_counter() - began
            lines = out.rstrip("\n").split("\n")
            verdict, upstream = SUMMARY.fullmatch(lines[-1]), UPSTREAM.match(lines[-2] if len(lines) > 1 else "")
            why = (first_update if index == 0 else "") or _update(head, store, copy)
            if code != 0 or verdict is None or upstream is None:
                yield Pair(base, head, "crashed", "", seconds, f"spec-diff exit {code}: {_first(err, out)}")
            elif why:
                yield Pair(base, head, "crashed", "", seconds, why)
            else:
                yield Pair(base, head, VERDICTS[verdict[1]], VERDICTS[upstream[1]], seconds)


def _update(file: Path, store: Path, curated: Path) -> str:
    """Empty when spec-update took ``file``; else what went wrong."""
    code, out, err = _captured(spec_update.main, [str(file), "--store", str(store), "--curated", str(curated),
                                                  "--source", file.name])
    return "" if code == 0 else f"spec-update {file.name} exit {code}: {_first(err, out)}"


def _captured(main: Callable[[list[str]], int], argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = guarded("spec-history", False, lambda: main(argv))
    return code, out.getvalue(), err.getvalue()


def _first(*texts: str) -> str:
    return next((shorten(line) for text in texts for line in text.splitlines() if line.strip()), "?")


def summary(pairs: list[Pair]) -> str:
    count = {verdict: sum(p.verdict == verdict for p in pairs) for verdict in ("crashed", *VERDICTS.values())}
    return (f"spec-history: {len(pairs)} pairs, {count['crashed']} crashed, {count['breaking']} breaking, "
            f"{count['minor']} minor, {count['patch']} patch, {count['none']} none")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--order", type=Path, help="a file naming the folder's versions, oldest first, one a line")
    parser.add_argument("--curated", type=Path, default=CURATED, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    args = parser.parse_args(argv)

    def run() -> int:
        files = versions(args.folder, args.order)
        if len(files) < 2:
            raise ValueError(f"{args.folder}: fewer than two versions (*.yaml) to compare")
        pairs = []
        for pair in history(files, args.curated):
            pairs.append(pair)
            print(pair.line(), flush=True)
        print(summary(pairs))
        return 1 if any(p.verdict == "crashed" for p in pairs) else 0

    return guarded("spec-history", args.debug, run)


if __name__ == "__main__":
    sys.exit(main())
