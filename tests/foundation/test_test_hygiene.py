"""Every test checks something, and none waits on a clock before it checks (issue #32, point 13).

Read statically: a test function checks when it asserts, expects an exception or a warning, or calls a helper of
the test suite that does (followed through helpers that call helpers). A ``time.sleep`` directly before an
``assert`` is a test that passes whenever the code under test happens to be quick enough: wait on an event or a
condition instead."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
EXPECTING = frozenset({"raises", "warns", "fail", "deprecated_call"})


def _where(path: Path) -> str:
    return str(path.relative_to(TESTS.parent)) if path.is_relative_to(TESTS.parent) else str(path)


def _called(node: ast.AST) -> set[str]:
    """The helpers a function calls for their checks: calls made as statements (``name(...)``,
    ``self.name(...)``, their value unused, as an asserting helper is called), less the functions it defines inside
    itself (their bodies are read as its own). A helper whose value is used (a path, a client) is set-up, even when
    it asserts something of its own."""
    inner = {n.name for n in ast.walk(node) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n is not node}
    names = set()
    for statement in ast.walk(node):
        call = statement.value if isinstance(statement, ast.Expr) else None
        if isinstance(call, ast.Await):
            call = call.value
        if isinstance(call, ast.Call):
            function = call.func
            if isinstance(function, ast.Name):
                names.add(function.id)
            elif isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) \
                    and function.value.id == "self":
                names.add(function.attr)
    return names - inner


def _expects(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in EXPECTING
               for n in ast.walk(node))


def _asserts(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Assert) for n in ast.walk(node)) or _expects(node)


def _functions(trees: Iterable[ast.Module]) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def unchecked_tests(files: Iterable[Path]) -> list[str]:
    """The test functions of ``files`` that check nothing, as ``file:line:name``."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    functions = _functions(trees.values())
    # Helpers that check, by name, to a fixed point: a helper that calls a checking helper checks too.
    checking = {f.name for f in functions if _asserts(f)}
    while True:
        more = {f.name for f in functions if f.name not in checking and _called(f) & checking}
        if not more:
            break
        checking |= more
    return [
        f"{_where(path)}:{f.lineno}:{f.name}"
        for path, tree in trees.items()
        for f in _functions([tree])
        if f.name.startswith("test") and f.name not in checking
    ]


def sleeps_before_asserts(files: Iterable[Path]) -> list[str]:
    """``time.sleep(...)`` statements directly followed by an ``assert``, as ``file:line``."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            body = getattr(node, "body", None)
            if not isinstance(body, list):
                continue
            for statement, following in itertools.pairwise(body):
                if (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)
                        and ast.unparse(statement.value.func) in ("time.sleep", "sleep")
                        and isinstance(following, ast.Assert)):
                    found.append(f"{_where(path)}:{statement.lineno}")
    return found


def _suite() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def test_every_test_checks_something() -> None:
    assert unchecked_tests(_suite()) == []


def test_no_test_sleeps_then_asserts() -> None:
    assert sleeps_before_asserts(_suite()) == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    """The shapes point 13 found: a test that only calls a helper that asserts nothing, and a sleep before an
    assert."""
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import time\n"
        "def call_once(x):\n    return x\n"
        "def expect_one(x):\n    assert x == 1\n"
        "def test_only_calls():\n    call_once(1)\n"
        "def test_through_a_helper():\n    expect_one(1)\n"
        "def test_sleeps():\n    time.sleep(0.2)\n    assert True\n",
        encoding="utf-8",
    )
    assert [s.rsplit(":", 1)[1] for s in unchecked_tests([sample])] == ["test_only_calls"]
    assert [int(s.rsplit(":", 1)[1]) for s in sleeps_before_asserts([sample])] == [11]
