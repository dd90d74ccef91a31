"""Loads the curated spec once for the foundation tests."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "visier-data-handling.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation in the spec."""
    return [
        (method.upper(), path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref (one level at a time, until a non-ref)."""
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = spec()["components"][kind][name]
    return node
