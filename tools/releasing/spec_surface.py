"""The surface of a spec file: the operations carrying a tag of the curated spec (spec_tags) and every component
they reach, cut out and validated on their own.

Works alike on Visier's published Data-In file and on our curated spec. Only the cut's ``$ref``s are followed: a
``$ref`` elsewhere in the file is never resolved, only looked up. Visier's file is often invalid OpenAPI in operations
we do not carry (malformed parameters, ``$ref``s to schemas that do not exist); that is reported
(``invalid_elsewhere``), never fatal. Invalidity inside the surface raises :class:`SurfaceInvalid` naming the place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .spec_tags import HTTP_METHODS, SurfaceTags, curated_tags, is_curated, read_spec

_MESSAGE_CHARS = 160

Spec = dict[str, Any]


class SurfaceInvalid(Exception):
    """The surface itself is not valid OpenAPI; the message names the place."""


@dataclass
class Surface:
    """The cut: a valid OpenAPI document holding only the surface, and what was wrong elsewhere in the file."""

    source: str
    version: str
    spec: Spec
    tags: SurfaceTags
    curated: bool = False  # our curated spec (or a copy), not a file Visier published
    invalid_elsewhere: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # keywords beside a $ref, which OpenAPI 3.0 ignores
    deviations: list[str] = field(default_factory=list)  # the file's x-deviations: what its curation documents

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in self.spec["paths"].items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield method, path, item[method]

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        seen = set()
        while "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            node = _target(self.spec, node["$ref"])
        return node


def load(path: Path, tags: SurfaceTags | None = None) -> Surface:
    """Read a spec file and cut its surface (see :func:`cut`)."""
    spec = read_spec(path)
    if not isinstance(spec.get("paths"), dict):
        raise SurfaceInvalid(f"{path}: not an OpenAPI document (no paths)")
    return cut(spec, str(path), tags)


def cut(spec: Spec, source: str, tags: SurfaceTags | None = None) -> Surface:
    """The surface of ``spec``, validated; raises SurfaceInvalid naming the place when the surface is invalid.

    The tags default to those of the repository's curated spec, for our files and Visier's alike."""
    tags = tags or curated_tags()
    paths: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        kept = {m: op for m, op in item.items() if m in HTTP_METHODS and isinstance(op, dict) and tags.tag(op)}
        if kept:
            shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            paths[path] = {**shared, **kept}
    if not paths:
        raise SurfaceInvalid(f"{source}: no operation tagged {tags.names()}")
    components: dict[str, dict[str, Any]] = {}
    _reach(spec, {"paths": paths}, (), components)
    schemes = (spec.get("components") or {}).get("securitySchemes")
    if schemes:
        components["securitySchemes"] = schemes
    out: Spec = {key: spec[key] for key in ("openapi", "info", "servers", "security") if key in spec}
    out["paths"], out["components"] = paths, components
    problems = _problems(out)
    if problems:
        raise SurfaceInvalid(f"{source}: the surface is not valid OpenAPI: {problems[0]}")
    version = str((spec.get("info") or {}).get("version", "?"))
    inside = _Inside(paths, components)
    elsewhere = [*_dangling(spec, spec, (), inside), *_structure(spec, inside)]
    ignored = list(_siblings(out, ())) if not str(spec.get("openapi", "")).startswith("3.1") else []
    deviations = [" ".join(str(d).split()) for d in spec.get("x-deviations") or ()]
    return Surface(source, version, out, tags, is_curated(spec), elsewhere, ignored, deviations)


@dataclass(frozen=True)
class _Inside:
    """Which places of the file belong to the cut."""

    paths: dict[str, dict[str, Any]]
    components: dict[str, dict[str, Any]]

    def __contains__(self, where: tuple[object, ...]) -> bool:
        if len(where) >= 2 and where[0] == "paths" and where[1] in self.paths:
            return len(where) == 2 or where[2] in self.paths[str(where[1])]
        return len(where) >= 3 and where[0] == "components" and where[2] in self.components.get(str(where[1]), {})


def _reach(spec: Spec, node: Any, where: tuple[object, ...], components: dict[str, dict[str, Any]]) -> None:
    """Copy every component ``node`` refers to, transitively, into ``components``; a dangling $ref raises."""
    if isinstance(node, list):
        for index, value in enumerate(node):
            _reach(spec, value, (*where, index), components)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        if not _local(ref):
            raise SurfaceInvalid(f"unsupported $ref {ref!r} at {place(where)}")
        _, _, section, name = ref.split("/")
        if name not in components.get(section, {}):
            try:
                target = _target(spec, ref)
            except KeyError:
                raise SurfaceInvalid(f"dangling $ref {ref!r} at {place(where)}") from None
            components.setdefault(section, {})[name] = target
            _reach(spec, target, ("components", section, name), components)
    for key, value in node.items():
        if key != "$ref":
            _reach(spec, value, (*where, key), components)


def _local(ref: str) -> bool:
    return ref.startswith("#/components/") and ref.count("/") == 3


def _target(spec: Spec, ref: str) -> dict[str, Any]:
    _, _, section, name = ref.split("/")
    target = ((spec.get("components") or {}).get(section) or {}).get(name)
    if not isinstance(target, dict):
        raise KeyError(ref)
    return target


def _dangling(spec: Spec, node: Any, where: tuple[object, ...], inside: _Inside) -> Iterator[str]:
    """Every $ref outside the cut that names nothing in the file: looked up, never followed."""
    if where in inside:
        return
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if key == "$ref" and isinstance(value, str):
            if not _local(value):
                yield f"at {place(where)}: $ref {value!r} not followed (only #/components/<section>/<name> is)"
            elif value.split("/")[3] not in ((spec.get("components") or {}).get(value.split("/")[2]) or {}):
                yield f"at {place(where)}: dangling $ref {value!r}"
        else:
            yield from _dangling(spec, value, (*where, key), inside)


def _validator(spec: Spec) -> type[OpenAPIV30SpecValidator] | type[OpenAPIV31SpecValidator]:
    return OpenAPIV31SpecValidator if str(spec.get("openapi", "")).startswith("3.1") else OpenAPIV30SpecValidator


def _structure(spec: Spec, inside: _Inside) -> list[str]:
    """The file against OpenAPI's own JSON Schema, which follows no $ref; problems inside the cut are the cut's."""
    errors = _validator(spec).schema_validator.iter_errors(spec)
    return [_message(e.message, e.absolute_path) for e in errors if tuple(e.absolute_path) not in inside]


def _problems(spec: Spec) -> list[str]:
    return [_message(error.message, error.absolute_path) for error in _validator(spec)(spec).iter_errors()]


def _message(text: str, where: Iterable[object]) -> str:
    message = " ".join(str(text).split()).split(" Failed validating ", 1)[0]
    if " is not " in message and len(message) > _MESSAGE_CHARS:  # drop the offending value, keep the verdict
        message = "is not " + message.rsplit(" is not ", 1)[1]
    return f"at {place(where)}: {message[:_MESSAGE_CHARS]}"


def _siblings(node: Any, where: tuple[object, ...]) -> Iterator[str]:
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from _siblings(value, (*where, index))
    elif isinstance(node, dict):
        beside = [key for key in node if key not in ("$ref", "description", "summary")]
        if "$ref" in node and beside:
            yield f"at {place(where)}: {', '.join(beside)}"
        for key, value in node.items():
            yield from _siblings(value, (*where, key))


def place(parts: Iterable[object]) -> str:
    """A JSON path as people read it: paths['/v1/op/jobs'].get.parameters[0]."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).isidentifier():
            out += f".{part}" if out else str(part)
        else:
            out += f"[{str(part)!r}]"
    return out or "the document"
