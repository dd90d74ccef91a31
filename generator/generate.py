"""Generate generated/visier_data_handling_api from the curated spec, or check that it is current.

    python generator/generate.py            # (re)write generated/
    python generator/generate.py --check    # regenerate into a temporary folder and compare

Besides what openapi-python-client writes, three files are added to the package so that the
overlays and the mock never need the YAML parser or a hand-kept list at run time:
``openapi.yaml`` (a byte copy of the spec), ``py.typed``, ``operations.py`` (each operation's method, path,
``x-pagination`` and ``links``), ``facts.py`` (the limits, patterns and paths the SDK and the mock rely on; see
generator/facts.py), and the typed operation surface (``surface.py``, ``operation.py`` and each endpoint module's
``OPERATION``; see generator/surface.py).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import pprint
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import facts  # generator/facts.py, next to this script
import reference  # generator/reference.py: the API reference pages
import surface  # generator/surface.py, next to this script
from spec_names import HTTP_METHODS, snake

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "visier-data-handling.yaml"
PACKAGE = "visier_data_handling_api"
TARGET = ROOT / "generated" / PACKAGE
# The API reference pages (generator/reference.py), generated and checked with the package.
REFERENCE = ROOT / "docs" / "reference"


def _operations_module(spec: dict) -> str:
    operations: dict[str, dict] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            entry = {
                "operation_id": op["operationId"],
                "tag": snake(op["tags"][0]),
                "method": method.upper(),
                "path": path,
                "pagination": op.get("x-pagination"),
                "links": {
                    name: link["operationId"]
                    for name, link in (op["responses"].get("200", {}).get("links") or {}).items()
                },
            }
            operations[snake(op["operationId"])] = entry
    body = pprint.pformat(dict(sorted(operations.items())), width=110, sort_dicts=True)
    return (
        '"""Operation facts taken from the spec by generator/generate.py. Do not edit."""\n\n'
        "from typing import Any\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {body}\n"
    )


_LAZY_MODEL_IMPORT = re.compile(r"^(?P<indent>        +)from \.\.models\.", flags=re.MULTILINE)  # in a method


def _absolute_model_imports(out_dir: Path) -> None:
    """A model's ``from_dict`` imports its nested models inside the function (the models refer to one another), so
    the import runs on every call. A relative import makes Python work out the package each time; an absolute one
    goes straight to ``sys.modules``: a tenth less work parsing the data versions answer (callgrind). Only
    function-level imports move."""
    for module in sorted((out_dir / "models").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        absolute = _LAZY_MODEL_IMPORT.sub(rf"\g<indent>from {PACKAGE}.models.", text)
        if absolute != text:
            module.write_text(absolute, encoding="utf-8")


def generate(out_dir: Path, spec_path: Path = SPEC) -> None:
    """Write the package generated from spec_path into out_dir (which must not exist)."""
    env = dict(os.environ)
    # The post hooks call ruff; use the one installed next to this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--meta", "none",
        "--output-path", str(out_dir),
        "--config", str(ROOT / "generator" / "config.yaml"),
        "--custom-template-path", str(ROOT / "generator" / "templates"),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")
    # Only what the SDK calls is emitted: each endpoint module's build_request, parse and OPERATION. The generator's
    # own client (client.py) and per-module sync/asyncio functions were a second request path without the SDK's
    # auth, retries and errors; nothing called them.
    (out_dir / "client.py").unlink()
    _absolute_model_imports(out_dir)
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    shutil.copyfile(spec_path, out_dir / "openapi.yaml")
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    (out_dir / "operations.py").write_text(_operations_module(spec), encoding="utf-8")
    (out_dir / "facts.py").write_text(facts.render(spec, spec_path.name), encoding="utf-8")
    extras = [out_dir / "operations.py", out_dir / "facts.py"]
    extras += surface.render(out_dir, spec_path, ROOT / "generator" / "config.yaml")
    ruff = [str(Path(sys.executable).parent / "ruff")]
    options = ["--isolated", "--no-cache", "--quiet", "--line-length", "120"]
    subprocess.run([*ruff, "check", *options, "--fix-only", "--select", "F,I,UP", *map(str, extras)], check=True)
    subprocess.run([*ruff, "format", *options, *map(str, extras)], check=True)


def _differences(left: Path, right: Path) -> list[str]:
    diffs: list[str] = []
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__"])
    diffs += [f"only in generated/: {left / n}" for n in cmp.left_only]
    diffs += [f"missing from generated/: {left / n}" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)
    diffs += [f"differs: {left / n}" for n in mismatch + errors]
    for sub in cmp.common_dirs:
        diffs += _differences(left / sub, right / sub)
    return diffs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("--target", type=Path, default=TARGET, help="the package folder to write or check")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec to generate from")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh, args.spec)
        fresh_reference = Path(tmp) / "reference"
        reference.render(fresh, args.spec, ROOT / "generator" / "config.yaml", fresh_reference)
        if args.check:
            if not args.target.is_dir():
                print(f"{args.target} does not exist: run `make generate`", file=sys.stderr)
                return 1
            diffs = _differences(args.target, fresh)
            diffs += _differences(REFERENCE, fresh_reference) if REFERENCE.is_dir() else [f"missing: {REFERENCE}"]
            if diffs:
                print("generated/ is not what the spec and generator produce:", file=sys.stderr)
                print("\n".join("  " + d for d in diffs), file=sys.stderr)
                print("Never edit generated/ by hand; change openapi/ or generator/ and run `make generate`.",
                      file=sys.stderr)
                return 1
            print("generated/ is up to date")
            return 0
        if args.target.exists():
            shutil.rmtree(args.target)
        args.target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, args.target)
        shutil.rmtree(REFERENCE, ignore_errors=True)
        shutil.copytree(fresh_reference, REFERENCE)
        print(f"wrote {args.target} and {REFERENCE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
