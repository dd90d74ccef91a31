"""`make api-diff` / `make api-check` / `make api-snapshot`: the SDK's public Python API against the last release.

    python tools/releasing/api_diff.py diff       # markdown: what broke since the released API, and the verdict
    python tools/releasing/api_diff.py check      # exit 1 when it broke and pyproject's version does not say so
    python tools/releasing/api_diff.py snapshot   # at a release: store the current API as the released one

Any failure (a missing snapshot, a generated package griffe cannot read) is one line, exit 2; --debug shows the
traceback.

The released API is a committed snapshot (release/released-api.json, see api_surface); griffe compares it with
the current tree. A breaking change needs the next major version, or while the version is 0.x the next minor one
(docs/releasing.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import griffe

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from releasing.api_surface import GENERATED, OVERLAYS, ROOT, Json, as_module, public_api
from releasing.cli import guarded

SNAPSHOT = ROOT / "release" / "released-api.json"
PYPROJECT = ROOT / "pyproject.toml"
# What a user changes in their code, per kind of breakage griffe finds.
ACTIONS = {
    griffe.BreakageKind.OBJECT_REMOVED: "stop using it",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "use it as what it now is",
    griffe.BreakageKind.PARAMETER_REMOVED: "stop passing it",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "pass it",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "always pass it",
    griffe.BreakageKind.PARAMETER_MOVED: "pass it by keyword",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "pass it the way the signature now asks",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "pass the old default explicitly if you relied on it",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "handle the new return type",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "handle the new type",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE: "check code that relied on the old value",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "stop relying on the removed base class",
}


def version_tuple(text: str) -> tuple[int, int, int]:
    major, minor, patch = [*(int(part) for part in text.split(".")[:3]), 0, 0, 0][:3]
    return major, minor, patch


def needed_version(released: str) -> str:
    """The lowest version a breaking change allows after ``released``."""
    major, minor, _ = version_tuple(released)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def project_version() -> str:
    return str(tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"])


@dataclass
class ApiDiff:
    released: str
    current: str
    breakages: list[griffe.Breakage]

    @property
    def bumped_enough(self) -> bool:
        return not self.breakages or version_tuple(self.current) >= version_tuple(needed_version(self.released))

    def summary(self) -> str:
        verdict = ("no bump needed" if not self.breakages else
                   f"version {self.current} is enough" if self.bumped_enough else
                   f"version {self.current} must be at least {needed_version(self.released)}")
        return f"api-diff: {len(self.breakages)} breaking since {self.released}; {verdict}"

    def markdown(self) -> str:
        lines = ["## Public Python API", "", f"Compared with the released {self.released} (release/released-api.json).",
                 ""]
        if self.breakages:
            lines += ["### Breaking", ""]
            lines += [f"- `{_path(b)}`: {b.kind.value}{_values(b)}. In your code: {ACTIONS[b.kind]}."
                      for b in self.breakages] + [""]
        else:
            lines += ["Nothing breaks.", ""]
        return "\n".join([*lines, self.summary()])


def _path(breakage: griffe.Breakage) -> str:
    # The snapshot's root is a synthetic module named "public"; users know the path below it.
    return breakage.obj.path.removeprefix("public.")


def _values(breakage: griffe.Breakage) -> str:
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return ""
    return f" ({_show(breakage.old_value)} -> {_show(breakage.new_value)})"


def _show(value: object) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(value, griffe.Parameter) and name else str(value)


def load_snapshot(path: Path = SNAPSHOT) -> tuple[str, Json]:
    stored = json.loads(path.read_text(encoding="utf-8"))
    return str(stored["version"]), dict(stored["api"])


def compare(generated: Path = GENERATED, overlays: Path = OVERLAYS, snapshot: Path = SNAPSHOT,
            version: str | None = None) -> ApiDiff:
    released, old = load_snapshot(snapshot)
    breakages = list(griffe.find_breaking_changes(as_module(old), as_module(public_api(generated, overlays))))
    breakages.sort(key=lambda b: (_path(b), b.kind.value))
    return ApiDiff(released, version or project_version(), breakages)


def write_snapshot(version: str, path: Path = SNAPSHOT) -> None:
    """Store the current API as the one released as ``version``: one line per public name, so a refresh reads as a
    diff of names. The curated spec is stored beside it, as what the next changelog's spec-diff starts from."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "openapi" / "visier-data-handling.yaml", path.parent / "released-spec.yaml")
    api = public_api()
    lines = ["{", f'"version": {json.dumps(version)},', '"api": {"kind": "module", "name": "public", "lineno": 1, '
             '"endlineno": 1, "members": {']
    namespaces = list(api["members"].items())
    for index, (name, namespace) in enumerate(namespaces):
        lines.append(f'{json.dumps(name)}: {{"kind": "module", "name": {json.dumps(name)}, "lineno": 1, '
                     '"endlineno": 1, "members": {')
        members = list(namespace["members"].items())
        lines += [f"{json.dumps(key)}: {json.dumps(value, sort_keys=True, separators=(',', ':'))}"
                  + ("," if i < len(members) - 1 else "") for i, (key, value) in enumerate(members)]
        lines.append("}}" + ("," if index < len(namespaces) - 1 else ""))
    lines += ["}}", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("diff", "check", "snapshot"))
    parser.add_argument("--generated", type=Path, default=GENERATED, help="folder holding visier_data_handling_api")
    parser.add_argument("--version", help="the version to judge (default: pyproject.toml's)")
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    args = parser.parse_args(argv)

    def run() -> int:
        if args.command == "snapshot":
            write_snapshot(args.version or project_version())
            print(f"api-diff: stored the public API as released {args.version or project_version()}")
            return 0
        result = compare(generated=args.generated, version=args.version)
        if args.command == "diff":
            print(result.markdown())
            return 0
        print(result.summary() if result.bumped_enough else result.markdown())
        return 0 if result.bumped_enough else 1

    return guarded("api-diff", args.debug, run)


if __name__ == "__main__":
    sys.exit(main())
