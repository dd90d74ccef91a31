"""The shape of the hand-written SDK, read with ``ast``: short modules, and no import circle (type-only imports and
imports inside functions count too, since a reader follows them just the same). The mock's modules are short too."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = ROOT / "overlays"
MOCK = ROOT / "mock" / "visier_mock"
MAX_LINES = 300


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module under overlays/ (a package is its ``__init__``)."""
    found = {}
    for path in sorted(OVERLAYS.rglob("*.py")):
        parts = list(path.relative_to(OVERLAYS).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The overlay modules ``name`` imports anywhere in its body, resolved to module names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets.add(module)
            targets.update(f"{module}.{alias.name}" for alias in node.names)  # `from . import submodule`
    resolved = set()
    for target in targets:
        # importing a.b.c runs the packages a.b and a.b.c too; a module's own enclosing packages are left out: they
        # are always initialised before it runs (`from . import sibling` names the package, not a new import of it)
        parts = target.split(".")
        for end in range(1, len(parts) + 1):
            candidate = ".".join(parts[:end])
            if candidate in known and candidate != name and not name.startswith(candidate + "."):
                resolved.add(candidate)
    return resolved


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_overlay_module_is_over_300_lines() -> None:
    long = {name: n for name, path in _modules().items() if (n := len(path.read_text().splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_mock_module_is_over_300_lines() -> None:
    paths = sorted(MOCK.rglob("*.py"))
    assert len(paths) > 20, "the mock's modules were not found"
    long = {path.name: n for path in paths if (n := len(path.read_text().splitlines())) > MAX_LINES}
    assert not long, f"mock modules over {MAX_LINES} lines: {long}"


def test_no_import_circle_among_the_overlays() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert graph["visier_data_handling._client"], "the import reader found nothing: it is broken"
    assert _cycles(graph) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_every_sub_package_says_what_it_owns() -> None:
    packages = [p for p in (OVERLAYS / "visier_data_handling").rglob("__init__.py")]
    assert len(packages) >= 5
    for init in packages:
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"{init.relative_to(ROOT)} has no docstring saying what it owns"


def _sdk_modules_outside_cli() -> dict[str, Path]:
    return {name: path for name, path in _modules().items() if ".cli" not in name}


def test_no_operation_is_reached_by_import_machinery() -> None:
    found = []
    for name, path in _sdk_modules_outside_cli().items():
        if path.name == "__init__.py":
            continue  # a package may resolve its public names lazily
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if called in {"import_module", "__import__"}:
                    found.append(f"{name}:{node.lineno}")
    assert found == []


def test_no_operation_name_is_a_string_in_the_sdk() -> None:
    from visier_data_handling_api.operations import OPERATIONS

    found = []
    for name, path in _sdk_modules_outside_cli().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in OPERATIONS:
                found.append(f"{name}:{node.lineno} {node.value!r}")
    assert found == []


def test_few_any_annotations_each_with_its_reason() -> None:
    uses = []
    for name, path in _sdk_modules_outside_cli().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.Name) and node.id == "Any":
                # the reason stands on the line, or on a comment line just above it
                near = " ".join(lines[max(0, node.lineno - 3) : node.lineno])
                uses.append((f"{name}:{node.lineno}", "Any" in near.partition("#")[2] or "# Any" in near))
    assert len(uses) <= 30, uses
    assert [where for where, explained in uses if not explained] == []
