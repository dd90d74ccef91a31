"""Paths and spec copies for the release-tooling tests: the curated spec, Visier's history pairs (fixtures), and
hand-made copies of the curated spec written to a temporary folder."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "visier-data-handling.yaml"
HISTORY = ROOT / "tests" / "fixtures" / "visier-spec-history"

Spec = dict[str, Any]
Edit = Callable[[Spec], None]


@functools.cache
def _curated() -> Spec:
    return dict(yaml.load(SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))


def curated() -> Spec:
    """A fresh copy of the curated spec to edit."""
    return copy.deepcopy(_curated())


def write(spec: Spec, folder: Path, name: str = "copy.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return path


def edited(folder: Path, *edits: Edit, name: str = "copy.yaml") -> Path:
    """The curated spec with ``edits`` applied, written into ``folder``."""
    spec = curated()
    for edit in edits:
        edit(spec)
    return write(spec, folder, name)


def schemas(spec: Spec) -> dict[str, Any]:
    return dict(spec["components"]["schemas"])


def invalid_elsewhere(spec: Spec) -> None:
    """Add an operation outside the surface that is not valid OpenAPI (a path parameter not marked required), as
    Visier's file has had in its planning operations."""
    spec["paths"]["/v1alpha/planning/plans/{planId}"] = {"patch": {
        "tags": ["PlanningDataLoad"], "operationId": "planningPatch",
        "parameters": [{"name": "planId", "in": "path", "required": False, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "OK"}},
    }}


def rename_schema(spec: Spec, old: str, new: str) -> None:
    """Rename a schema and every reference to it."""
    table = spec["components"]["schemas"]
    table[new] = table.pop(old)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") == f"#/components/schemas/{old}":
                node["$ref"] = f"#/components/schemas/{new}"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
