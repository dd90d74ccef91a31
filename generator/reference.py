"""The API reference pages (docs/reference/*.md), written by ``make generate`` and checked by ``--check``.

A page per operation group lists each operation's sync, async and raw methods, its parameters, return model, paging,
errors and a short example; ``models.md`` lists every model with its fields. Signatures are read from the generated
``surface.py`` with ``ast`` (never imported), so what the page shows is what mypy sees, call keywords included; the
rest comes from the spec and from openapi-python-client's parse, as the surface itself does.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from spec_names import HTTP_METHODS, snake
from surface import groups, operations

HEADER = "<!-- Generated from the spec by generator/reference.py (make generate): do not edit. -->\n\n"
# The overlay's exception for each error status the spec documents (visier_data_handling/_exceptions.py; a test
# holds the two together). Any other 5xx is ServerError; any other status ApiException.
STATUS_ERRORS = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 429: "RateLimited"}
ALWAYS = ("`InvalidArgument` (a wrong or missing argument, before anything is sent)",
          "`APIConnectionError` or `APITimeoutError` (the network, after the retries)")
# An example value for a required parameter, by the type its signature shows.
EXAMPLE_VALUES = {"str": '"ID"', "int": "1", "bool": "True", "float": "1.0", "list[str]": '["ID"]', "File": "file"}


def _signatures(surface_py: Path) -> dict[str, dict[str, list[str]]]:
    """Each group class's methods (sync and async, not the raw twins) -> the text of each typed overload."""
    tree = ast.parse(surface_py.read_text(encoding="utf-8"))
    found: dict[str, dict[str, list[str]]] = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Raw") or "Fields" in cls.name:
            continue
        methods = found.setdefault(cls.name, {})
        typed = [n for node in cls.body for n in (node.body if isinstance(node, ast.If) else [node])]
        for node in typed:  # the class's own definitions and those under ``if TYPE_CHECKING:``
            # The typed forms: each overload, or the one typed definition; not the ``*args, **kwargs`` implementation.
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.kwonlyargs:
                methods.setdefault(node.name, []).append(_signature_text(node))
    return found


def _signature_text(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    keywords = []
    for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
        text = f"{arg.arg}: {ast.unparse(arg.annotation) if arg.annotation else 'object'}"
        keywords.append(text + ("" if default is None else f" = {ast.unparse(default)}"))
    returns = ast.unparse(node.returns) if node.returns else "None"
    prefix = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    return f"{prefix} {node.name}(\n    *,\n" + "".join(f"    {k},\n" for k in keywords) + f") -> {returns}"


def _call_options(signatures: dict[str, list[str]], ops: list[dict[str, Any]]) -> list[str]:
    """The keywords every method of a group takes besides its spec parameters (timeout=, max_retries=, ...), in
    signature order; paging's own keywords are described with each paged operation."""
    keyword_sets = [re.findall(r"^    (\w+):", text, re.M) for texts in signatures.values() for text in texts]
    spec = {p["name"] for op in ops for p in op["path"] + op["query"]}
    spec |= {f["name"] for op in ops for f in (op["body"] or {}).get("fields", [])}
    common = set.intersection(*(set(k) for k in keyword_sets)) - spec
    common -= {"iterator", "page_size", "page_ahead", "model", "body"}
    return [k for k in keyword_sets[0] if k in common]


def _spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """snake_case operation name -> (method, path, the spec's operation)."""
    return {
        snake(op["operationId"]): (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if isinstance(op := item.get(method), dict)
    }


def _text(value: Any) -> str:
    """openapi-python-client's wrapped spec strings (UntrustedString), as the plain text a page shows."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value or "")


def _one_line(text: object) -> str:
    """One line of Markdown, safe in a table cell."""
    return " ".join(_text(text).split()).replace("|", "\\|").replace("<", "&lt;")


def _anchor(name: str) -> str:
    return name.lower()


def _model_link(type_text: str, models: set[str]) -> str:
    return re.sub(r"\b([A-Z]\w*)\b", lambda m: f"[{m[1]}](models.md#{_anchor(m[1])})" if m[1] in models else m[1],
                  type_text)


def _parameter_rows(op: dict[str, Any], spec_op: dict[str, Any], body_schema: dict[str, Any]) -> list[str]:
    described = {snake(p["name"]): p for p in spec_op.get("parameters", []) if "name" in p}
    rows = []
    for p in op["path"]:
        default = "-" if p["default"] is None else f"`{p['default']!r}`"
        rows.append((p["name"], "path", p["type"], p["default"] is None, default, described.get(p["name"], {})))
    for p in op["query"]:
        where = described.get(p["name"], {}).get("in", "query")
        rows.append((p["name"], where, p["accepts"], False, "`None`", described.get(p["name"], {})))
    props = body_schema.get("properties", {})
    for field in (op["body"] or {}).get("fields", []):
        wire = next((k for k in props if snake(k) == field["name"]), field["name"])
        rows.append((field["name"], "body", field["accepts"], field["required"], "-" if field["required"] else
                     "`None`", props.get(wire, {})))
    if op["body"] and not op["body"]["fields"]:
        rows.append(("body", "body", op["body"]["type"], True, "-", spec_op.get("requestBody", {})))
    lines = ["| parameter | in | type | required | default | description |", "|---|---|---|---|---|---|"]
    for name, where, type_text, required, default, about in rows:
        text = about.get("description") or about.get("schema", {}).get("description", "")
        low, high = op["bounds"].get(name, (None, None))
        if low is not None and high is not None:  # the client checks bounds before anything is sent
            text += f" From {low} to {high}."
        elif low is not None or high is not None:
            text += f" At least {low}." if low is not None else f" At most {high}."
        lines.append(f"| `{name}` | {where} | `{_one_line(type_text)}` | {'yes' if required else 'no'} | {default} | "
                     f"{_one_line(text)} |")
    return lines if rows else ["No parameters besides the call options."]


def _body_schema(spec: dict[str, Any], spec_op: dict[str, Any]) -> dict[str, Any]:
    content = spec_op.get("requestBody", {}).get("content", {})
    schema = next(iter(content.values()), {}).get("schema", {})
    for _ in range(3):  # a $ref, or a wrapped body ({"model": $ref}) whose fields the surface flattens
        if "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        elif list(schema.get("properties", {})) == ["model"]:
            schema = schema["properties"]["model"]
    return schema


def _errors(spec_op: dict[str, Any]) -> str:
    codes = sorted(int(c) for c in spec_op.get("responses", {}) if str(c).isdigit() and int(c) >= 400)
    named = [f"`{STATUS_ERRORS.get(c) or ('ServerError' if c >= 500 else 'ApiException')}` ({c})" for c in codes]
    return ", ".join(named + list(ALWAYS))


def _example(group_attr: str, op: dict[str, Any]) -> str:
    arguments = [f"{p['name']}={EXAMPLE_VALUES.get(p['type'], repr('ID'))}" for p in op["path"]
                 if p["default"] is None]
    for field in (op["body"] or {}).get("fields", []):
        if field["required"]:
            arguments.append(f"{field['name']}={EXAMPLE_VALUES.get(field['accepts'], '...')}")
    if op["body"] and not op["body"]["fields"]:
        arguments.append(f"body={EXAMPLE_VALUES.get(op['body']['type'], '...')}")
    call = f"client.{group_attr}.{op['name']}"
    if op["item"]:
        return (f"for item in {call}({', '.join([*arguments, 'iterator=True'])}):  # {op['item']}\n"
                "    print(item)")
    result = "response = " if op["returns"] != "None" else ""
    return f"{result}{call}({', '.join(arguments)})"


def _operation_section(group: str, op: dict[str, Any], signatures: dict[str, list[str]],
                       spec_ops: dict[str, tuple[str, str, dict[str, Any]]], spec: dict[str, Any],
                       models: set[str]) -> list[str]:
    method, path, spec_op = spec_ops[op["name"]]
    attr = snake(group)
    returns = "`None` (the answer has no body)" if op["returns"] == "None" else _model_link(op["returns"], models)
    lines = [
        f"### {op['name']}", "",
        f"`{method} {path}` (operationId `{spec_op['operationId']}`). {_one_line(spec_op.get('summary'))}.", "",
        _one_line(spec_op.get("description")), "",
        f"- Sync: `client.{attr}.{op['name']}(...)`",
        f"- Async: `await client.{attr}.a{op['name']}(...)`",
        f"- Raw: `client.{attr}.raw.{op['name']}(...)` returns `RawResponse[{op['returns']}]`", "",
        "```python",
        "\n\n".join(signatures[op["name"]]), "",
        "\n\n".join(signatures["a" + op["name"]]),
        "```", "",
        *_parameter_rows(op, spec_op, _body_schema(spec, spec_op)), "",
        f"**Returns** {returns}.", "",
    ]
    if op["item"]:
        paging = op["paging"]
        lines += [f"**Paging**: `iterator=True` yields every {_model_link(op['item'], models)} of the response's "
                  f"`{paging['items']}`, page after page (`{paging['start']}`/`{paging['limit']}`; `page_size=` sets "
                  f"the page, `page_ahead=` the pages read ahead); `a{op['name']}(iterator=True)` is an "
                  f"`AsyncIterator[{op['item']}]`.", ""]
    lines += [f"**Errors**: {_errors(spec_op)}.", "", "**Example**:", "", "```python", _example(attr, op), "```", ""]
    return lines


def _group_page(tag: str, description: str, ops: list[dict[str, Any]], signatures: dict[str, list[str]],
                spec_ops: dict[str, tuple[str, str, dict[str, Any]]], spec: dict[str, Any],
                models: set[str]) -> str:
    options = ", ".join(f"`{k}=`" for k in _call_options(signatures, ops))
    count = f"{len(ops)} operation{'s' if len(ops) != 1 else ''}"
    lines = [f"# {tag}", "", _one_line(description), "",
             f"`client.{snake(tag)}` ({count}; class `{tag}` in `visier_data_handling_api.surface`). "
             f"Every method takes keyword arguments only, plus the call options {options}; each has an async twin "
             "named with an `a` in front and a raw twin under `.raw`.", "",
             "| operation | method and path | returns |", "|---|---|---|"]
    for op in ops:
        method, path, _ = spec_ops[op["name"]]
        returns = f"Iterator[{op['item']}]" if op["item"] else op["returns"]
        lines.append(f"| [`{op['name']}`](#{op['name']}) | `{method} {path}` | `{returns}` |")
    lines.append("")
    for op in ops:
        lines += _operation_section(tag, op, signatures, spec_ops, spec, models)
    return HEADER + "\n".join(lines).rstrip() + "\n"


def _model_page(data_models: list[Any], enums: list[Any]) -> str:
    lines = ["# Models", "",
             "The request and response models, generated with attrs from the spec's schemas "
             "(`visier_data_handling_api.models`). Fields are snake_case in Python and camelCase on the wire; "
             "`to_dict()` and `from_dict()` convert.", ""]
    names = {m.class_info.name for m in data_models} | {e.class_info.name for e in enums}
    for model in sorted(data_models, key=lambda m: m.class_info.name):
        lines += [f"## {model.class_info.name}", ""]
        if model.description:
            lines += [_one_line(model.description), ""]
        props = list(model.required_properties or []) + list(model.optional_properties or [])
        if not props:
            lines += ["No fields.", ""]
            continue
        lines += ["| field | wire name | type | required | description |", "|---|---|---|---|---|"]
        for prop in props:
            type_text = _model_link(_one_line(prop.get_type_string(no_optional=True).as_unembedded_code()), names)
            lines.append(f"| `{prop.python_name}` | `{_text(prop.name)}` | {type_text} | "
                         f"{'yes' if prop.required else 'no'} | {_one_line(prop.description)} |")
        lines.append("")
    for enum in sorted(enums, key=lambda e: e.class_info.name):
        values = ", ".join(f"`{v}`" for v in enum.values.values())
        lines += [f"## {enum.class_info.name}", "", f"An enumeration: {values}.", ""]
    return HEADER + "\n".join(lines).rstrip() + "\n"


def _index_page(spec: dict[str, Any], ops: list[dict[str, Any]]) -> str:
    lines = ["# API reference", "",
             "Every operation of the spec, by group, as methods of the client (`VisierDataHandling`), and every "
             "model. These pages are generated from the spec and the typed surface by `make generate`, so they "
             "change with them.", "", "| group | client attribute | operations |", "|---|---|---|"]
    for tag in groups(spec):
        count = sum(1 for o in ops if o["tag"] == snake(tag))
        lines.append(f"| [{tag}]({snake(tag)}.md) | `client.{snake(tag)}` | {count} |")
    lines += ["", f"{len(ops)} operations in all, each sync, async and raw. [Models](models.md) lists the "
              "request and response models.", ""]
    return HEADER + "\n".join(lines)


def render(package_dir: Path, spec_path: Path, config_path: Path, out_dir: Path) -> list[Path]:
    """Write the reference pages into ``out_dir`` from the spec and the generated package in ``package_dir``."""
    project, ops = operations(spec_path, config_path)
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec_ops = _spec_operations(spec)
    signatures = _signatures(package_dir / "surface.py")
    data_models = [m for m in project.openapi.models if isinstance(m, ModelProperty)]
    enums = [e for e in project.openapi.enums if isinstance(e, EnumProperty)]
    names = {m.class_info.name for m in data_models} | {e.class_info.name for e in enums}
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = {"index.md": _index_page(spec, ops), "models.md": _model_page(data_models, enums)}
    described = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    for tag in groups(spec):
        mine = [o for o in ops if o["tag"] == snake(tag)]
        pages[f"{snake(tag)}.md"] = _group_page(tag, described[tag], mine, signatures[tag], spec_ops, spec, names)
    for name, text in pages.items():
        (out_dir / name).write_text(text, encoding="utf-8")
    return [out_dir / name for name in pages]
