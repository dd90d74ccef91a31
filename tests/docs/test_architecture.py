"""docs/architecture.md names code as ``file.py:Name`` (or ``file.py:Class.method``) and models by name: each must
exist, so the page cannot drift from the code unnoticed."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
SOURCES = [ROOT / "overlays" / "visier_data_handling", ROOT / "generated" / "visier_data_handling_api"]
REFERENCE = re.compile(r"`((?:[\w.]+/)*[\w]+\.py):([\w.]+)`")


@functools.cache
def _files(tail: str) -> list[Path]:
    """The source files whose path ends with ``tail`` (the page shortens folders to ``.../`` or leaves them out)."""
    tail = tail.split(".../")[-1]
    return [p for root in SOURCES for p in root.rglob("*.py") if p.as_posix().endswith("/" + tail)]


def _names(body: list[ast.stmt]) -> dict[str, ast.AST]:
    found: dict[str, ast.AST] = {}
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found[node.name] = node
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.update({t.id: node for t in targets if isinstance(t, ast.Name)})
    return found


def _defines(path: Path, dotted: str) -> bool:
    body: list[ast.stmt] = ast.parse(path.read_text(encoding="utf-8")).body
    for part in dotted.split("."):
        node = _names(body).get(part)
        if node is None:
            return False
        body = getattr(node, "body", [])  # a class's methods, or a function's nested definitions
    return True


def test_every_file_and_function_the_page_names_exists() -> None:
    references = REFERENCE.findall(PAGE)
    assert len(references) > 40  # the pattern still reads the page's way of naming code
    missing = [f"{file}:{name}" for file, name in references
               if not any(_defines(path, name) for path in _files(file))]
    assert missing == []


def test_every_model_and_type_the_page_names_exists() -> None:
    named = set(re.findall(r"`(?:Iterator\[)?(\w+(?:DTO|Request|Response))\]?`", PAGE))
    defined = {m for root in SOURCES for f in root.rglob("*.py")
               for m in re.findall(r"^(?:class )?(\w+)\b(?: = |\(|:)", f.read_text(encoding="utf-8"), re.M)}
    assert named and named - defined == set()
