"""The generated API reference (docs/reference, written by make generate) against the spec: every operation of every
group, sync and async, N of N; its example calls are methods the client has, with the keywords they take; the errors
it names are the client's."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import yaml
from visier_data_handling import VisierDataHandling, _exceptions

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"
SPEC = yaml.safe_load((ROOT / "openapi" / "visier-data-handling.yaml").read_text(encoding="utf-8"))
NOT_A_GROUP = {"Authentication"}  # the sign-in, the client's own business
sys.path.insert(0, str(ROOT / "generator"))
import reference  # noqa: E402  (generator/reference.py)
from spec_names import snake as _snake  # noqa: E402  (the generator's naming of groups and methods)


def _spec_operations() -> dict[str, set[str]]:
    """Each group (tag) of the spec -> its operations' snake_case names."""
    found: dict[str, set[str]] = {}
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op and op["tags"][0] not in NOT_A_GROUP:
                found.setdefault(op["tags"][0], set()).add(_snake(op["operationId"]))
    return found


def _page(tag: str) -> str:
    return (REFERENCE / f"{_snake(tag)}.md").read_text(encoding="utf-8")


def test_every_operation_of_every_group_is_in_the_reference_sync_and_async() -> None:
    expected = _spec_operations()
    assert set(expected) == {"DataAndJobHandling", "DataUpload", "DirectDataIntake", "DataIntake", "PGPKeys"}
    documented = 0
    for tag, names in expected.items():
        page = _page(tag)
        sections = set(re.findall(r"^### (\w+)$", page, re.M))
        sync = set(re.findall(r"^(?:async )?def (\w+)\(", page, re.M)) & names
        asynchronous = {n[1:] for n in re.findall(r"^(?:async )?def (a\w+)\(", page, re.M)} & names
        assert sections == names, (tag, sections ^ names)
        assert sync == names and asynchronous == names, (tag, names - sync, names - asynchronous)
        documented += len(sections)
    total = sum(len(n) for n in expected.values())
    assert documented == total, f"{documented} of {total}"
    index = (REFERENCE / "index.md").read_text(encoding="utf-8")
    assert f"{total} operations in all" in index


def test_every_schema_is_a_model_of_the_models_page() -> None:
    page = (REFERENCE / "models.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (\w+)$", page, re.M))
    assert len(headings) >= 100
    for name in ("DataLoadResponse", "PublicKeyDTO", "Status"):
        assert name in headings, name


def test_each_example_calls_a_method_of_the_client_with_keywords_it_takes() -> None:
    client = VisierDataHandling(host="http://127.0.0.1:9", api_key="k", username="u", password="p")
    checked = 0
    for tag in _spec_operations():
        page = _page(tag)
        for section in re.split(r"^### ", page, flags=re.M)[1:]:
            example = re.search(r"\*\*Example\*\*:\n\n```python\n(.*?)```", section, re.S)
            assert example, section[:40]
            call = next(n for n in ast.walk(ast.parse(example.group(1))) if isinstance(n, ast.Call))
            assert isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Attribute)
            group, method = call.func.value.attr, call.func.attr
            assert callable(getattr(getattr(client, group), method))
            signatures = re.findall(rf"^def {method}\(\n(.*?)^\)", section, re.S | re.M)
            taken = {k for s in signatures for k in re.findall(r"^    (\w+):", s, re.M)}
            assert {k.arg for k in call.keywords} <= taken, (method, taken)
            checked += 1
    assert checked == sum(len(n) for n in _spec_operations().values())


def test_the_errors_the_reference_names_are_the_clients() -> None:
    assert {s: e.__name__ for s, e in _exceptions._CLASSES.items()} == reference.STATUS_ERRORS
    named = {n for page in REFERENCE.glob("*.md") for n in re.findall(r"`(\w+)` \(\d{3}\)", page.read_text())}
    assert named and all(hasattr(_exceptions, n) for n in named)
