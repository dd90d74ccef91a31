"""How the spec differ names and reads schemas: the SDK's names for operations and models, and a schema's types."""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import pascal_case, snake_case

from .spec_surface import Surface

Node = dict[str, Any]


def model_name(ref: str) -> str:
    return str(pascal_case(ref.rsplit("/", 1)[1].rsplit(".", 1)[-1]))


def method_name(surface: Surface, op: Node, method: str, path: str) -> str:
    """``tag.method`` in the SDK's names: our curated tag, and the operationId without the file's tag prefix."""
    theirs, ours = surface.tags.tag(op) or ("", "")
    operation_id = op.get("operationId")
    if not operation_id:
        return f"{snake_case(ours)}.<{method.upper()} {path}>"
    return f"{snake_case(ours)}.{snake_case(str(operation_id).removeprefix(theirs + '_'))}"


def body_schema(surface: Surface, holder: Node) -> Node | None:
    content = surface.resolve(holder).get("content") or {}
    for media in content.values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            return dict(media["schema"])
    return None


def unwrap(node: Node) -> Node:
    # allOf around a single $ref is how Visier's file attaches a description to a reference.
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
        return unwrap(all_of[0])
    return node


def is_model(schema: Node) -> bool:
    return bool(schema.get("properties")) or "enum" in schema


def types(surface: Surface, node: Node) -> frozenset[str]:
    branches = node.get("anyOf") or node.get("oneOf")
    if isinstance(branches, list):
        return frozenset(t for b in branches for t in types(surface, unwrap(surface.resolve(b))))
    kind = node.get("type")
    if kind is None:
        return frozenset({"object"} if "properties" in node or not node else {"any"})
    return frozenset(kind if isinstance(kind, list) else [kind])


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return "any" in wide or all(t in wide or (t == "integer" and "number" in wide) for t in narrow)
