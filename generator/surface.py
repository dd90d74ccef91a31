"""The typed operation surface: ``surface.py`` and ``operation.py`` in the generated package, and the
``OPERATION`` that ends each Data and Job Handling endpoint module.

Rendered from ``templates/surface.py.jinja``, ``operation.py.jinja`` and ``operation_tail.py.jinja`` with
openapi-python-client's own parsed endpoints, so parameter and return types are those of the generated functions.
``surface.py`` has the methods with their types inline (keyword-only parameters, ``iterator=True`` overloads,
``RawResponse[Model]``); each hands its endpoint module's ``OPERATION`` (request builder, parser, parameters, paging)
to a ``Caller`` (the hand-written client), which checks the arguments for untyped callers and sends the request.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.properties import (
    EnumProperty,
    FileProperty,
    ListProperty,
    ModelProperty,
    StringProperty,
    UnionProperty,
)
from openapi_python_client.strings import safe_for_docstring
from spec_names import snake

# The spec's tags whose operations the SDK calls, each generated as a class of methods (the tag's name:
# DataAndJobHandling) with its raw twin. Authentication is the client's own business (the sign-in), never a method.
NOT_A_GROUP = {"Authentication"}
DEFAULT_GROUP = "DataAndJobHandling"
# Seed 000's (the earlier generated SDK's) names that differ from the operationIds: alias -> operation.
ALIASES = {"exclude_data_uplaods": "exclude_data_uploads"}
# Keywords the surface adds to every operation (the body ones only where there is a body, extra_body only where it is
# a JSON object); no spec parameter may take these names. operation.py carries the call keywords to the client, which
# names them in did-you-mean hints.
CALL_KEYWORDS = ("timeout", "max_retries", "iterator", "page_size", "page_ahead", "extra_headers", "extra_query")
RESERVED = {*CALL_KEYWORDS, "model", "body", "extra_body"}


def _code(prop: Any) -> str:
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


def _accepts(prop: Any) -> str:
    """What a caller may pass for ``prop``: the generated type, plus a plain dict for a model and a literal for an
    enum (the client converts both)."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name} | Mapping[str, object]"
    if isinstance(prop, ListProperty):
        return f"list[{_accepts(prop.inner_property)}]"
    if isinstance(prop, EnumProperty):
        values = ", ".join(repr(v) for v in prop.values.values())
        return f"{prop.class_info.name} | Literal[{values}]"
    if isinstance(prop, UnionProperty):
        return " | ".join(_accepts(p) for p in prop.inner_properties)
    return _code(prop).replace("Any", "object")


def _fields(model: ModelProperty) -> list[dict[str, Any]]:
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    return [{"name": p.python_name, "accepts": _accepts(p), "required": p.required} for p in props]


def _doc(endpoint: Any, method: str, path: str) -> str:
    parts = [safe_for_docstring(endpoint.summary), safe_for_docstring(endpoint.description).strip()]
    parts.append(f"{method.upper()} {path}")
    return "\n\n".join(p for p in parts if p)


def _pagination_item(response: Any, wire: str) -> tuple[str, str]:
    """The item model's class and module of a paged response's ``wire`` array (items are built from their dicts)."""
    for prop in list(response.required_properties or []) + list(response.optional_properties or []):
        if prop.name == wire and isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            inner = prop.inner_property
            return str(inner.class_info.name), str(inner.class_info.module_name)
    raise SystemExit(f"x-pagination items {wire!r} is not an array of models in {response.class_info.name}")


def _path_defaults(spec_op: dict[str, Any]) -> dict[str, str]:
    """``x-sdk-default`` on a path parameter: the value the SDK sends when the caller leaves it out (DDI's draftId,
    which the service takes only as ``prod`` today). Not a schema ``default:``, which would not make it optional."""
    return {
        snake(p["name"]): str(p["x-sdk-default"])
        for p in spec_op.get("parameters", [])
        if p.get("in") == "path" and "x-sdk-default" in p
    }


def _bounds(spec_op: dict[str, Any], params: list[Any]) -> dict[str, tuple[Any, Any]]:
    """The spec's ``minimum``/``maximum`` of each query or header parameter that states one, by Python name: the
    client checks them before sending, so a bad value is the caller's error, not the service's 400."""
    schemas = {p["name"]: p.get("schema", {}) for p in spec_op.get("parameters", []) if "name" in p}
    found = {p.python_name: schemas.get(p.name, {}) for p in params}
    return {
        name: (schema.get("minimum"), schema.get("maximum"))
        for name, schema in found.items()
        if "minimum" in schema or "maximum" in schema
    }


def _path_param(p: Any, defaults: dict[str, str]) -> dict[str, Any]:
    default = defaults.get(p.python_name)
    accepts = _code(p) + ("" if default is None else f" = {default!r}")
    return {"name": p.python_name, "accepts": accepts, "type": _code(p), "default": default}


def _operation(
    endpoint: Any, spec_op: dict[str, Any], path: str, models: dict[str, Any], tag: str
) -> dict[str, Any]:
    ok = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 400]
    response = ok[0].prop
    params = [*endpoint.query_parameters, *endpoint.header_parameters]
    defaults = _path_defaults(spec_op)
    op: dict[str, Any] = {
        "name": str(endpoint.name),
        "tag": tag,
        "imports": [],
        "doc": _doc(endpoint, endpoint.method, path),
        "path": [_path_param(p, defaults) for p in endpoint.path_parameters],
        "query": [{"name": p.python_name, "accepts": _accepts(p), "type": _code(p)} for p in params],
        "bounds": _bounds(spec_op, params),
        "returns": "None" if _code(response) == "Any" else _code(response),  # fileUpload's 307 has no body
        "item": None,
        "body": None,
        "redirect": 300 <= ok[0].status_code.range[0] < 400,  # fileUpload: the body goes to the 307's Location
        # A JSON object body, which extra_body can add fields to (not pushData's JSON string, a file or a multipart).
        "json_body": bool(endpoint.bodies)
        and endpoint.bodies[0].body_type == BodyType.JSON
        and isinstance(endpoint.bodies[0].prop, ModelProperty),
        "template": path,
    }
    if endpoint.bodies and isinstance(endpoint.bodies[0].prop, FileProperty):  # a raw binary body (fileUpload)
        op["body"] = {"fields_class": None, "type": "File", "inner": None, "fields": [], "model": "File"}
    elif endpoint.bodies and isinstance(endpoint.bodies[0].prop, StringProperty):  # a JSON string body (pushData)
        op["body"] = {"fields_class": None, "type": "str", "inner": None, "fields": [], "model": "str"}
    elif endpoint.bodies:
        body = endpoint.bodies[0].prop
        fields = _fields(body)
        inner = None
        if [f["name"] for f in fields] == ["model"]:  # wrapped bodies (startLoad, disableDv): flatten the model
            wrapped = body.required_properties[0] if body.required_properties else body.optional_properties[0]
            inner = models[wrapped.class_info.name]  # the parsed model, with its properties
            fields = _fields(inner)
            op["imports"].append((inner.class_info.module_name, inner.class_info.name))
        op["body"] = {
            "fields_class": "".join(w.capitalize() for w in str(endpoint.name).split("_")) + "Fields",
            "type": body.class_info.name,
            "inner": inner.class_info.name if inner is not None else None,
            "fields": fields,
            "model": inner.class_info.name if inner is not None else body.class_info.name,
        }
    pagination = spec_op.get("x-pagination")
    if pagination:
        if op["body"] is not None:
            raise SystemExit(f"{op['name']}: paging an operation with a body is not supported")
        op["item"], item_module = _pagination_item(response, pagination["items"])
        if item_module:
            op["imports"].append((item_module, op["item"]))
        op["paging"] = {
            "start": snake(pagination["start"]),
            "limit": snake(pagination["limit"]),
            "limit_wire": pagination["limit"],
            "items": pagination["items"],
            "counts": pagination.get("counts"),
            "requires": {snake(k): v for k, v in (pagination.get("requires") or {}).items()},
        }
    # Keyword order in signatures: path parameters, then the body's fields, then query and header parameters.
    op["path_params"] = [f"{p['name']}: {p['accepts']}" for p in op["path"]]
    op["query_params"] = [f"{p['name']}: {p['accepts']} | None = None" for p in op["query"]]
    op["shapes"] = _body_shapes(op["body"])
    names = [p["name"] for p in op["path"] + op["query"]] + [f["name"] for f in (op["body"] or {}).get("fields", [])]
    clash = RESERVED.intersection(names) or {n for n in names if names.count(n) > 1}
    if clash:
        raise SystemExit(f"{op['name']}: parameter name(s) {sorted(clash)} clash; the surface cannot flatten them")
    return op


def _body_shapes(body: dict[str, Any] | None) -> list[list[str]]:
    """The ways to pass the body, one overload each: its fields as keywords, ``model=``, ``body=``."""
    if body is None:
        return [[]]
    if body["type"] in ("File", "str"):  # a body without fields: only body=
        return [[f"body: {body['type']}"]]
    flat = [f"{f['name']}: {f['accepts']}" for f in body["fields"] if f["required"]]
    flat += [f"{f['name']}: {f['accepts']} | None = None" for f in body["fields"] if not f["required"]]
    return [flat, [f"model: {body['model']} | Mapping[str, object]"], [f"body: {body['type']} | Mapping[str, object]"]]


def _type_texts(op: dict[str, Any]) -> list[str]:
    texts = [op["returns"], op["item"] or "", *(p["accepts"] for p in op["path"] + op["query"])]
    if op["body"]:
        texts += [op["body"]["type"], op["body"]["model"], *(f["accepts"] for f in op["body"]["fields"])]
    return texts


def _models(operations: list[dict[str, Any]]) -> list[str]:
    """The model and enum names the stubs refer to (the generated package's ``models`` exports them all)."""
    text = " ".join(t for op in operations for t in _type_texts(op))
    builtin = {"Mapping", "Literal", "None", "Any", "File", "UUID"}
    return sorted({n for n in re.findall(r"\b[A-Z]\w*", text) if n not in builtin})


def operations(spec_path: Path, config_path: Path) -> tuple[Project, list[dict[str, Any]]]:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
    )
    data = GeneratorData.from_dict(_get_document(source=spec_path, timeout=5), config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"openapi-python-client could not read the spec: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=Path(__file__).parent / "templates")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    by_id: dict[str, tuple[str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for spec_op in item.values():
            if isinstance(spec_op, dict) and "operationId" in spec_op:
                by_id[spec_op["operationId"]] = (path, spec_op)
    models = {m.class_info.name: m for m in data.models}
    ops = []
    for tag in groups(spec):
        for endpoint in data.endpoint_collections_by_tag[snake(tag)].endpoints:  # type: ignore[index]
            operation_id = next(k for k in by_id if snake(k) == str(endpoint.name))
            path, spec_op = by_id[operation_id]
            ops.append(_operation(endpoint, spec_op, path, models, snake(tag)))
    return project, sorted(ops, key=lambda o: o["name"])


def groups(spec: dict[str, Any]) -> list[str]:
    """The spec's tags that are operation groups, in the spec's order."""
    return [t["name"] for t in spec.get("tags", []) if t["name"] not in NOT_A_GROUP]


def _group_contexts(spec: dict[str, Any], ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    described = {t["name"]: " ".join(str(t.get("description", "")).split()) for t in spec.get("tags", [])}
    return [
        {
            "name": tag,
            "doc": described[tag],
            "operations": [o for o in ops if o["tag"] == snake(tag)],
            "aliases": sorted(ALIASES.items()) if tag == DEFAULT_GROUP else [],
        }
        for tag in groups(spec)
    ]


def render(out_dir: Path, spec_path: Path, config_path: Path) -> list[Path]:
    """Write the surface modules into the generated package ``out_dir``; return their paths."""
    project, ops = operations(spec_path, config_path)
    unknown = set(ALIASES.values()) - {o["name"] for o in ops}
    if unknown:
        raise SystemExit(f"aliases name unknown operations: {sorted(unknown)}")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    context = {
        "operations": ops,
        "groups": _group_contexts(spec, ops),
        "models": _models(ops),
        "call_keywords": CALL_KEYWORDS,
    }
    written = []
    for name in ("surface.py", "operation.py"):
        target = out_dir / name
        target.write_text(project.env.get_template(f"{name}.jinja").render(**context), encoding="utf-8")
        written.append(target)
    tail = project.env.get_template("operation_tail.py.jinja")
    for op in ops:
        written.append(_append_operation(out_dir / "api" / op["tag"] / f"{op['name']}.py", op, tail.render(op=op)))
    return written


def _append_operation(module: Path, op: dict[str, Any], tail: str) -> Path:
    """End the endpoint module with its OPERATION; the imports go first (ruff sorts them in, and drops unused ones)."""
    imports = [
        "from ...operation import Operation, Paging, Signature",
        *(f"from ...models.{module_name} import {name}" for module_name, name in op["imports"]),
    ]
    module.write_text("\n".join(imports) + "\n" + module.read_text(encoding="utf-8") + tail, encoding="utf-8")
    return module
