"""The release tooling keeps the project's shape: short modules, outside the SDK and the mock, which never import
it."""

from __future__ import annotations

from ._specs import ROOT

TOOLS = ROOT / "tools" / "releasing"


def test_the_tooling_modules_are_short() -> None:
    lengths = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in TOOLS.glob("*.py")}
    assert len(lengths) >= 8 and max(lengths.values()) <= 300, lengths


def test_neither_the_sdk_nor_the_mock_imports_the_tooling() -> None:
    shipped = [*(ROOT / "overlays").rglob("*.py"), *(ROOT / "mock").rglob("*.py"), *(ROOT / "generated").rglob("*.py")]
    imports = ("import releasing", "from releasing")
    assert shipped and not [p for p in shipped if any(i in p.read_text(encoding="utf-8") for i in imports)]
