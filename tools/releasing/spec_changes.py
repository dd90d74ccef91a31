"""Every change between two Data and Job Handling surfaces, classified for users of this SDK.

Names are the SDK's: an operation is ``tag.method`` (the snake_case operationId without Visier's ``Tag_`` prefix, as
our curation names methods), a model is its schema name without Visier's package prefix (``data_in.X`` -> ``X``,
as curation names classes), a property or parameter is its snake_case attribute or argument. So a renamed schema,
operationId or property is a renamed class, method or attribute: breaking.

- breaking: a removed operation, parameter, property, model class or enum value; a new required parameter or
  property; a narrowed request type or constraint; any other type change a caller's code sees; a renamed method,
  model class or attribute; a response property that may now be missing.
- minor (not breaking, new features): added operations, optional parameters and properties, response properties,
  enum values (the generated enums keep values they do not know, so a new one never breaks parsing).
- patch (not breaking, fixes): a request type or constraint that accepts more, a requirement dropped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from openapi_python_client.strings import snake_case

from .spec_shapes import Node, body_schema, covers, is_model, method_name, model_name, types, unwrap
from .spec_surface import Surface

Level = Literal["breaking", "minor", "patch"]
Side = Literal["request", "response"]
# A narrower request constraint: the keyword, and whether a smaller value narrows.
_LIMITS = {"maxItems": True, "maxLength": True, "maximum": True, "minItems": False, "minLength": False,
           "minimum": False}


@dataclass(frozen=True)
class Change:
    kind: str  # what changed, e.g. property-removed
    level: Level
    place: str  # in the SDK's names: data_and_job_handling.start_load, DataLoadRequest.files
    detail: str
    action: str  # what a user changes in their code; empty when nothing

    @property
    def breaking(self) -> bool:
        return self.level == "breaking"

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "breaking": self.breaking}


def compare(base: Surface, head: Surface) -> list[Change]:
    return _Comparison(base, head).run()


class _Comparison:
    def __init__(self, base: Surface, head: Surface) -> None:
        self.base, self.head = base, head
        self.changes: list[Change] = []
        self.seen: set[tuple[str, str, Side]] = set()
        self.renamed: set[str] = set()

    def emit(self, kind: str, level: Level, place: str, detail: str, action: str = "") -> None:
        self.changes.append(Change(kind, level, place, detail, action))

    def run(self) -> list[Change]:
        ours = {(m, p): op for m, p, op in self.base.operations()}
        theirs = {(m, p): op for m, p, op in self.head.operations()}
        for key, op in ours.items():
            name = method_name(self.base, op, *key)
            if key not in theirs:
                self.emit("operation-removed", "breaking", name, f"{key[0].upper()} {key[1]} is gone",
                          f"stop calling `{name}`")
            else:
                self.operation(name, op, theirs[key], key)
        for key, op in theirs.items():
            if key not in ours:
                name = method_name(self.head, op, *key)
                self.emit("operation-added", "minor", name, f"new operation {key[0].upper()} {key[1]}")
        self.models_removed()
        return self.changes

    def operation(self, name: str, b: Node, h: Node, key: tuple[str, str]) -> None:
        new_name = method_name(self.head, h, *key)
        if new_name != name:
            self.emit("method-renamed", "breaking", name, f"now `{new_name}` (operationId "
                      f"{b.get('operationId')} -> {h.get('operationId')})", f"call `{new_name}` instead")
        self.parameters(new_name, b.get("parameters") or [], h.get("parameters") or [])
        self.request_body(new_name, b.get("requestBody"), h.get("requestBody"))
        for status, response in (b.get("responses") or {}).items():
            other = (h.get("responses") or {}).get(status)
            if other is None:
                if str(status).startswith("2"):
                    self.emit("success-response-removed", "breaking", new_name, f"no {status} answer any more",
                              "stop relying on its result")
                continue
            b_schema, h_schema = body_schema(self.base, response), body_schema(self.head, other)
            if b_schema is not None and h_schema is not None:
                self.schema(b_schema, h_schema, f"{new_name} answer {status}", "response")

    def parameters(self, name: str, b_list: list[Node], h_list: list[Node]) -> None:
        b_params = {(p["in"], p["name"]): p for p in map(self.base.resolve, b_list)}
        h_params = {(p["in"], p["name"]): p for p in map(self.head.resolve, h_list)}
        for key, param in b_params.items():
            arg = f"{name}({snake_case(key[1])}=)"
            other = h_params.get(key)
            if other is None:
                self.emit("parameter-removed", "breaking", arg, f"{key[0]} parameter {key[1]} is gone",
                          f"stop passing `{snake_case(key[1])}`")
                continue
            if other.get("required") and not param.get("required"):
                self.emit("parameter-became-required", "breaking", arg, "now required",
                          f"always pass `{snake_case(key[1])}`")
            elif param.get("required") and not other.get("required"):
                self.emit("parameter-became-optional", "patch", arg, "no longer required")
            self.schema(param.get("schema") or {}, other.get("schema") or {}, arg, "request")
        for key, param in h_params.items():
            if key not in b_params:
                arg = f"{name}({snake_case(key[1])}=)"
                if param.get("required"):
                    self.emit("parameter-added", "breaking", arg, f"new required {key[0]} parameter {key[1]}",
                              f"pass `{snake_case(key[1])}`")
                else:
                    self.emit("parameter-added", "minor", arg, f"new optional {key[0]} parameter {key[1]}")

    def request_body(self, name: str, b: Node | None, h: Node | None) -> None:
        b_body = self.base.resolve(b) if b else None
        h_body = self.head.resolve(h) if h else None
        if b_body is None and h_body is None:
            return
        if h_body is None:
            self.emit("request-body-removed", "breaking", name, "takes no body any more",
                      "stop passing the body's arguments")
            return
        if b_body is None:
            level: Level = "breaking" if h_body.get("required") else "minor"
            self.emit("request-body-added", level, name, "takes a request body",
                      "pass the body's arguments" if level == "breaking" else "")
            return
        if h_body.get("required") and not b_body.get("required"):
            self.emit("request-body-became-required", "breaking", name, "the body is now required",
                      "always pass the body's arguments")
        b_schema, h_schema = body_schema(self.base, b_body), body_schema(self.head, h_body)
        if b_schema is not None and h_schema is not None:
            self.schema(b_schema, h_schema, f"{name} body", "request")

    def schema(self, b: Node, h: Node, place: str, side: Side) -> None:
        b, h = unwrap(b), unwrap(h)
        b_ref, h_ref = b.get("$ref"), h.get("$ref")
        if b_ref and h_ref:
            if (b_ref, h_ref, side) in self.seen:
                return
            self.seen.add((b_ref, h_ref, side))
            old, new = model_name(b_ref), model_name(h_ref)
            if old != new and is_model(self.base.resolve(b)) and is_model(self.head.resolve(h)):
                self.renamed.add(old)
                self.emit("model-renamed", "breaking", old, f"now `{new}` (schema {b_ref} -> {h_ref})",
                          f"use `{new}` instead of `{old}`")
            place = new
        b, h = unwrap(self.base.resolve(b)), unwrap(self.head.resolve(h))
        b_types, h_types = types(self.base, b), types(self.head, h)
        if b_types != h_types:
            self.type_change(place, side, b_types, h_types)
            return
        self.enum(place, b, h)
        if side == "request":
            self.limits(place, b, h)
        if "array" in b_types and isinstance(b.get("items"), dict) and isinstance(h.get("items"), dict):
            self.schema(b["items"], h["items"], f"{place}[]", side)
        self.properties(place, side, b, h)

    def type_change(self, place: str, side: Side, b_types: frozenset[str], h_types: frozenset[str]) -> None:
        shown = f"{'|'.join(sorted(b_types))} -> {'|'.join(sorted(h_types))}"
        if side == "request" and covers(h_types, b_types):
            self.emit("type-widened", "patch", place, f"accepts more: {shown}")
        elif side == "request" and covers(b_types, h_types):
            self.emit("type-narrowed", "breaking", place, f"accepts less: {shown}",
                      f"send only {'|'.join(sorted(h_types))}")
        elif side == "response" and covers(b_types, h_types):
            self.emit("type-narrowed", "patch", place, f"answers less: {shown}")
        else:
            self.emit("type-changed", "breaking", place, shown, f"handle {'|'.join(sorted(h_types))} here")

    def enum(self, place: str, b: Node, h: Node) -> None:
        b_values, h_values = b.get("enum"), h.get("enum")
        if b_values is None or h_values is None:
            if b_values is not None and h_values is None and place:
                self.emit("enum-dropped", "breaking", place, "no longer an enum", "use plain values")
            return
        for value in b_values:
            if value not in h_values:
                self.emit("enum-value-removed", "breaking", place, f"value {value!r} is gone",
                          f"stop using {value!r}")
        for value in h_values:
            if value not in b_values:
                self.emit("enum-value-added", "minor", place, f"new value {value!r}")

    def limits(self, place: str, b: Node, h: Node) -> None:
        for key, smaller_narrows in _LIMITS.items():
            old, new = b.get(key), h.get(key)
            if old == new:
                continue
            narrower = old is None or (new is not None and (new < old) == smaller_narrows)
            if new is None or not narrower:
                self.emit("constraint-relaxed", "patch", place, f"{key} {old} -> {new}")
            else:
                self.emit("constraint-narrowed", "breaking", place, f"{key} {old} -> {new}",
                          f"send values within {key} {new}")
        if b.get("pattern") != h.get("pattern"):
            level: Level = "patch" if h.get("pattern") is None else "breaking"
            self.emit("pattern-changed", level, place, f"pattern {b.get('pattern')!r} -> {h.get('pattern')!r}",
                      f"send values matching {h.get('pattern')!r}" if level == "breaking" else "")

    def properties(self, place: str, side: Side, b: Node, h: Node) -> None:
        b_props, h_props = b.get("properties") or {}, h.get("properties") or {}
        b_req, h_req = set(b.get("required") or ()), set(h.get("required") or ())
        removed = [n for n in b_props if n not in h_props]
        added = [n for n in h_props if n not in b_props]
        verb = "setting" if side == "request" else "reading"
        if len(removed) == 1 and len(added) == 1 and _same_shape(self, b_props[removed[0]], h_props[added[0]]):
            old, new = snake_case(removed[0]), snake_case(added[0])
            self.emit("property-renamed", "breaking", f"{place}.{old}", f"now `{new}` ({removed[0]} -> {added[0]})",
                      f"use `{new}` instead of `{old}`")
            removed, added = [], []
        for name in removed:
            self.emit("property-removed", "breaking", f"{place}.{snake_case(name)}", f"{side} property {name} is gone",
                      f"stop {verb} `{snake_case(name)}`")
        for name in added:
            required = side == "request" and name in h_req
            self.emit("property-added", "breaking" if required else "minor", f"{place}.{snake_case(name)}",
                      f"new {'required' if required else 'optional' if side == 'request' else ''} {side} "
                      f"property {name}".replace("  ", " "), f"set `{snake_case(name)}`" if required else "")
        for name in b_props:
            if name not in h_props:
                continue
            attr = f"{place}.{snake_case(name)}"
            self.requirement(attr, side, name in b_req, name in h_req)
            self.schema(b_props[name], h_props[name], attr, side)

    def requirement(self, attr: str, side: Side, before: bool, after: bool) -> None:
        if before == after:
            return
        if side == "request":
            if after:
                self.emit("property-became-required", "breaking", attr, "now required",
                          f"always set `{attr.rsplit('.', 1)[1]}`")
            else:
                self.emit("property-became-optional", "patch", attr, "no longer required")
        elif before:
            self.emit("property-became-optional", "breaking", attr, "may now be missing from answers",
                      "check for UNSET before reading it")
        else:
            self.emit("property-became-required", "patch", attr, "now always in answers")

    def models_removed(self) -> None:
        head = {model_name(f"/{n}") for n, s in self.head.spec["components"].get("schemas", {}).items()}
        for name, schema in self.base.spec["components"].get("schemas", {}).items():
            model = model_name(f"/{name}")
            if model not in head and model not in self.renamed and is_model(schema):
                self.emit("model-removed", "breaking", model, f"schema {name} is gone",
                          f"stop importing `{model}`")


def _same_shape(comparison: _Comparison, b: Node, h: Node) -> bool:
    b_node, h_node = unwrap(comparison.base.resolve(unwrap(b))), unwrap(comparison.head.resolve(unwrap(h)))
    return types(comparison.base, b_node) == types(comparison.head, h_node)
