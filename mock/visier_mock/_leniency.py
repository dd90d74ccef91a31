"""Where the service's protobuf JSON is more lenient than the spec's types, as the spec declares it.

The service reads protobuf JSON, where an int64 is written as a string but read from a string or a number. The
spec keeps such fields ``type: string`` (what the SDK sends) and marks them ``x-protobuf-json: int64``; the mock
validates them, and serves its /openapi.json, with the marked schemas widened to string-or-int64. The list of
fields lives in the spec only (docs/spec-curation.md records each)."""

from __future__ import annotations

import copy
from typing import Any

MARKER = "x-protobuf-json"
INT64 = {"type": "integer", "format": "int64", "minimum": -(2**63), "maximum": 2**63 - 1}


def widened(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec whose marked schemas also accept what protobuf JSON accepts."""
    out = copy.deepcopy(spec)
    _widen(out)
    return out


def marked(spec: dict[str, Any]) -> list[str]:
    """The JSON paths of every marked schema (for tests and docs)."""
    found: list[str] = []
    _walk(spec, "", lambda path, node: found.append(path))
    return found


def _widen(node: Any) -> None:
    def apply(_: str, schema: dict[str, Any]) -> None:
        if schema[MARKER] == "int64" and schema.get("type") == "string":
            string = {k: v for k, v in schema.items() if k not in ("description", MARKER)}
            for key in list(string):
                schema.pop(key)
            schema["anyOf"] = [string, dict(INT64)]

    _walk(node, "", apply)


def _walk(node: Any, path: str, visit: Any) -> None:
    if isinstance(node, dict):
        if MARKER in node:
            visit(path, node)
        for key, value in node.items():
            _walk(value, f"{path}/{key}", visit)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk(value, f"{path}/{index}", visit)
