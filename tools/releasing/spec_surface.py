"""The Data and Job Handling surface of a spec file: its operations (tag DataAndJobHandling, plus DataUpload) and
every component they reach, cut out and validated on their own.

Works alike on Visier's published Data-In file and on our curated spec. Visier's file is often invalid OpenAPI in
operations we do not carry; that is reported (``invalid_elsewhere``), never fatal. Invalidity inside the surface
raises :class:`SurfaceInvalid` naming the place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

TAGS = ("DataAndJobHandling", "DataUpload")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_MESSAGE_CHARS = 160

Spec = dict[str, Any]


class SurfaceInvalid(Exception):
    """The Data and Job Handling surface itself is not valid OpenAPI; the message names the place."""


@dataclass
class Surface:
    """The cut: a valid OpenAPI document holding only the surface, and what was wrong elsewhere in the file."""

    source: str
    version: str
    spec: Spec
    invalid_elsewhere: list[str] = field(default_factory=list)

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


def load(path: Path) -> Surface:
    """Read a spec file and cut its surface (see :func:`cut`)."""
    text = path.read_text(encoding="utf-8")
    spec = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(spec, dict) or "paths" not in spec:
        raise SurfaceInvalid(f"{path}: not an OpenAPI document (no paths)")
    return cut(spec, str(path))


def cut(spec: Spec, source: str) -> Surface:
    """The surface of ``spec``, validated; raises SurfaceInvalid naming the place when the surface is invalid."""
    paths: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        kept = {m: op for m, op in item.items() if m in HTTP_METHODS and _on_surface(op)}
        if kept:
            shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            paths[path] = {**shared, **kept}
    if not paths:
        raise SurfaceInvalid(f"{source}: no operation tagged {' or '.join(TAGS)}")
    components: dict[str, dict[str, Any]] = {}
    _reach(spec, {"paths": paths}, (), components)
    schemes = (spec.get("components") or {}).get("securitySchemes")
    if schemes:
        components["securitySchemes"] = schemes
    out: Spec = {key: spec[key] for key in ("openapi", "info", "servers", "security") if key in spec}
    out["paths"], out["components"] = paths, components
    # A valid file makes a valid cut (it holds every component the operations reach), so the cut is validated on
    # its own only when the file is not.
    elsewhere = _problems(spec)
    problems = _problems(out) if elsewhere else []
    if problems:
        raise SurfaceInvalid(f"{source}: the Data and Job Handling surface is not valid OpenAPI: {problems[0]}")
    version = str((spec.get("info") or {}).get("version", "?"))
    return Surface(source, version, out, elsewhere)


def _on_surface(op: Any) -> bool:
    return isinstance(op, dict) and any(tag in TAGS for tag in op.get("tags") or ())


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
        if not ref.startswith("#/components/") or ref.count("/") != 3:
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


def _target(spec: Spec, ref: str) -> dict[str, Any]:
    _, _, section, name = ref.split("/")
    target = spec["components"][section][name]
    if not isinstance(target, dict):
        raise KeyError(ref)
    return target


def _problems(spec: Spec) -> list[str]:
    validator = OpenAPIV31SpecValidator if str(spec.get("openapi", "")).startswith("3.1") else OpenAPIV30SpecValidator
    problems = []
    for error in validator(spec).iter_errors():
        message = " ".join(str(error.message).split()).split(" Failed validating ", 1)[0]
        if " is not " in message and len(message) > _MESSAGE_CHARS:  # drop the offending value, keep the verdict
            message = "is not " + message.rsplit(" is not ", 1)[1]
        problems.append(f"at {place(error.absolute_path)}: {message[:_MESSAGE_CHARS]}")
    return problems


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
