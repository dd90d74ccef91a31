"""Every operation method's run-time ``__doc__`` (``help()``, IDEs reading live objects) is the spec's summary, then
its description, then ``METHOD /path``, as paragraphs: nothing glued together, nothing lost.

Only whitespace is normalised (each paragraph's runs of spaces and newlines become one space), so a docstring may
be wrapped differently from the spec but must keep every word and every paragraph break.
"""

from __future__ import annotations

import re

import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling_api.surface import DataAndJobHandling

from ._spec import operations

TAG = "DataAndJobHandling"  # the operations client.data_and_job_handling carries
SURFACE_OPERATIONS = [(method, path, op) for method, path, op in operations() if TAG in op.get("tags", [])]


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]


def _expected(method: str, path: str, op: dict[str, object]) -> list[str]:
    return [*_paragraphs(str(op["summary"])), *_paragraphs(str(op.get("description") or "")), f"{method} {path}"]


@pytest.fixture(scope="module")
def client() -> VisierDataHandling:
    return VisierDataHandling(host="https://example.invalid", api_key="k", access_token="t")


def test_the_surface_carries_every_operation_of_the_tag() -> None:
    assert len(SURFACE_OPERATIONS) >= 29
    names = [_snake(str(op["operationId"])) for _, _, op in SURFACE_OPERATIONS]
    missing = [name for name in names if not hasattr(DataAndJobHandling, name)]
    assert missing == []


@pytest.mark.parametrize(
    ("method", "path", "op"), [pytest.param(*o, id=str(o[2]["operationId"])) for o in SURFACE_OPERATIONS]
)
def test_runtime_docstring_is_summary_description_and_request_line(
    client: VisierDataHandling, method: str, path: str, op: dict[str, object]
) -> None:
    name = _snake(str(op["operationId"]))
    expected = _expected(method, path, op)
    for attribute in (name, "a" + name):
        for owner in (client.data_and_job_handling, client.data_and_job_handling.raw, DataAndJobHandling):
            doc = getattr(owner, attribute).__doc__
            assert doc is not None, f"{attribute} has no docstring"
            assert _paragraphs(doc) == expected, f"{type(owner).__name__}.{attribute}.__doc__ = {doc!r}"
