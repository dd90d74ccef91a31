"""The spec facts the SDK and the mock rely on: ``facts.py`` in the generated package, plain typed constants.

Each fact is read from the spec by operationId and a path inside that operation (following ``$ref``), never copied
by hand; a fact the spec does not state fails generation with a message naming it and where it was looked for.
Importing ``facts.py`` costs nothing beyond the package itself: no model, no YAML.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spec_names import HTTP_METHODS, snake


class Missing(SystemExit):
    pass


def _operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation) of ``operation_id``."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is not None and op.get("operationId") == operation_id:
                return path, method, op
    raise Missing(f"no operation {operation_id!r}")


def _dig(spec: dict[str, Any], node: Any, *keys: str) -> Any:
    """``node[k1][k2]...``, following a local ``$ref`` wherever one stands in the way."""
    where = ""
    for key in keys:
        node = _follow(spec, node)
        if not isinstance(node, dict) or key not in node:
            raise Missing(f"nothing at {where or '/'} -> {key!r}")
        node, where = node[key], f"{where}/{key}"
    return node


def _json_body(spec: dict[str, Any], operation_id: str, *properties: str) -> Any:
    """The schema of a property of an operation's JSON body (nested properties through ``properties``)."""
    node = _dig(spec, _operation(spec, operation_id)[2], "requestBody", "content", "application/json", "schema")
    for name in properties:
        node = _dig(spec, node, "properties", name)
    return node


def _multipart_body(spec: dict[str, Any], operation_id: str, name: str) -> Any:
    """The schema of a part of an operation's multipart/form-data body."""
    node = _dig(spec, _operation(spec, operation_id)[2], "requestBody", "content", "multipart/form-data", "schema")
    return _dig(spec, node, "properties", name)


def _parameter(spec: dict[str, Any], operation_id: str, name: str) -> dict[str, Any]:
    for parameter in _operation(spec, operation_id)[2].get("parameters", []):
        parameter = _follow(spec, parameter)  # a parameter may be a $ref itself
        if isinstance(parameter, dict) and parameter.get("name") == name:
            return parameter
    raise Missing(f"{operation_id} has no parameter {name!r}")


def _follow(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node


def _security_scheme(spec: dict[str, Any], kind: str, place: str) -> str:
    """The name of the one ``apiKey`` scheme sent in ``place`` (cookie or header)."""
    names = [s["name"] for s in _dig(spec, spec, "components", "securitySchemes").values()
             if s.get("type") == kind and s.get("in") == place]
    if len(names) != 1:
        raise Missing(f"components/securitySchemes has {len(names)} {kind} schemes in {place}, not one")
    return str(names[0])


def _page_limits(spec: dict[str, Any], keyword: str) -> dict[str, int]:
    """Per paged operation (snake_case name), ``keyword`` of its limit parameter's schema, where stated."""
    out: dict[str, int] = {}
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            pagination = (op or {}).get("x-pagination")
            if not pagination:
                continue
            schema = _follow(spec, _parameter(spec, op["operationId"], pagination["limit"]).get("schema", {}))
            if keyword in schema:
                out[snake(op["operationId"])] = schema[keyword]
    return dict(sorted(out.items()))


# name -> (type, what it is, how to read it from the spec)
FACTS: dict[str, tuple[type, str, Callable[[dict[str, Any]], Any]]] = {
    "UPLOAD_PATH": (str, "fileUpload's path", lambda s: _operation(s, "fileUpload")[0]),
    "UPLOAD_FILENAME_PATTERN": (
        str, "fileUpload's filename: the regular expression a data file's name matches",
        lambda s: _dig(s, _parameter(s, "fileUpload", "filename"), "schema", "pattern"),
    ),
    "UPLOAD_MAX_BYTES": (
        int, "fileUpload's largest file, in bytes (x-max-bytes on its request body)",
        lambda s: _dig(s, _operation(s, "fileUpload")[2], "requestBody", "x-max-bytes"),
    ),
    "CANCEL_JOBS_MAX_IDS": (
        int, "cancelJobs: the most job IDs one call takes (jobIds maxItems)",
        lambda s: _dig(s, _json_body(s, "cancelJobs", "jobIds"), "maxItems"),
    ),
    "DISABLE_DV_MAX_OBJECTS": (
        int, "disableDv: the most data versions one call disables (model.dataVersionObjects maxItems)",
        lambda s: _dig(s, _json_body(s, "disableDv", "model", "dataVersionObjects"), "maxItems"),
    ),
    "ASID_SIGN_IN_PATH": (str, "asidTokenAuthentication's path", lambda s: _operation(s, "asidTokenAuthentication")[0]),
    "OAUTH_TOKEN_PATH": (str, "oauth2Token's path", lambda s: _operation(s, "oauth2Token")[0]),
    "JOB_STATUSES": (
        tuple, "jobStatus's status filter: the job statuses the spec names (x-known-values; the service may add more)",
        lambda s: tuple(_dig(s, _parameter(s, "jobStatus", "status"), "schema", "x-known-values")),
    ),
    "INTAKE_FILE_EXTENSIONS": (
        tuple, "uploadFile (Direct Data Intake): the file types a transaction takes (x-file-extensions on its file)",
        lambda s: tuple(_dig(s, _multipart_body(s, "uploadFile", "file"), "x-file-extensions")),
    ),
    "INTAKE_DRAFT_ID": (
        str, "Direct Data Intake's draftId when none is given (x-sdk-default: the only draft the service takes today)",
        lambda s: _dig(s, _parameter(s, "startTransaction", "draftId"), "x-sdk-default"),
    ),
    "INTAKE_UPLOAD_PATH": (
        str, "uploadFile's path (Direct Data Intake: a file for one object of a transaction)",
        lambda s: _operation(s, "uploadFile")[0],
    ),
    "TRANSFER_BATCH_MAX_RECORDS": (
        int, "pushData (Data Intake): the most records one batch holds (x-max-records on its body)",
        lambda s: _dig(s, _operation(s, "pushData")[2], "requestBody", "x-max-records"),
    ),
    "TRANSFER_BATCH_MAX_BYTES": (
        int, "pushData (Data Intake): the largest batch, in bytes (x-max-bytes on its body)",
        lambda s: _dig(s, _operation(s, "pushData")[2], "requestBody", "x-max-bytes"),
    ),
    "TRANSFER_SEQUENCE_MAXIMUM": (
        int, "pushData and uploadData: the largest sequence number (a uint32; the smallest is 0)",
        lambda s: _dig(s, _parameter(s, "pushData", "sequence"), "schema", "maximum"),
    ),
    "TRANSFER_FILE_MAX_BYTES": (
        int, "uploadData (Data Intake): the largest file, in bytes (x-max-bytes on its body)",
        lambda s: _dig(s, _operation(s, "uploadData")[2], "requestBody", "x-max-bytes"),
    ),
    "TRANSFER_FILE_EXTENSIONS": (
        tuple, "uploadData (Data Intake): the file types a transfer session takes (x-file-extensions on its file)",
        lambda s: tuple(_dig(s, _multipart_body(s, "uploadData", "file"), "x-file-extensions")),
    ),
    "TRANSFER_UPLOAD_PATH": (
        str, "uploadData's path (Data Intake: a file for a transfer session)", lambda s: _operation(s, "uploadData")[0],
    ),
    "PGP_KEY_MIN_EXPIRY_YEARS": (
        int, "generatePgpKeyPair: the soonest a new key pair may expire, in years from now",
        lambda s: _dig(s, _json_body(s, "generatePgpKeyPair", "expirationDate"), "x-expiry-years", "minimum"),
    ),
    "PGP_KEY_MAX_EXPIRY_YEARS": (
        int, "generatePgpKeyPair: the latest a new key pair may expire, in years from now",
        lambda s: _dig(s, _json_body(s, "generatePgpKeyPair", "expirationDate"), "x-expiry-years", "maximum"),
    ),
    "PGP_KEY_DEFAULT_EXPIRY_YEARS": (
        int, "generatePgpKeyPair: when a new key pair expires, in years, if no date is given (the service's default)",
        lambda s: _dig(
            s, _json_body(s, "generatePgpKeyPair", "expirationDate"), "x-expiry-years", "x-service-default"
        ),
    ),
    "PGP_KEY_ID_PATTERN": (
        str, "a PGP key pair's ID: the regular expression it matches (16 hexadecimal digits)",
        lambda s: _dig(s, _parameter(s, "getPgpPublicKey", "keyID"), "schema", "pattern"),
    ),
    "ASID_COOKIE_NAME": (
        str, "the cookie an ASID token is sent in (the apiKey security scheme in a cookie)",
        lambda s: _security_scheme(s, "apiKey", "cookie"),
    ),
}
PAGE_FACTS = {
    "PAGE_LIMIT_MAXIMUM": ("maximum", "per paged operation: the largest limit it takes, where the spec states one"),
    "PAGE_LIMIT_SERVICE_DEFAULT": (
        "x-service-default", "per paged operation: the limit the service uses when none is sent, where stated",
    ),
}


def render(spec: dict[str, Any], spec_name: str) -> str:
    lines = [
        f'"""Facts stated by the spec ({spec_name}), read by generator/facts.py. Do not edit."""',
        "",
    ]
    for name, (kind, what, read) in FACTS.items():
        try:
            value = read(spec)
        except Missing as missing:
            raise SystemExit(f"spec fact {name} ({what}) is not stated in {spec_name}: {missing}") from None
        strings = kind is tuple and all(type(item) is str for item in value)
        if type(value) is not kind or (kind is tuple and not strings):
            kind_name = {int: "an integer", str: "a string", tuple: "a list of strings"}[kind]
            raise SystemExit(f"spec fact {name} ({what}) must be {kind_name} in {spec_name}, not {value!r}")
        annotation = "tuple[str, ...]" if kind is tuple else kind.__name__
        lines += ["", f"# {what}", f"{name}: {annotation} = {value!r}"]
    for name, (keyword, what) in PAGE_FACTS.items():
        try:
            limits = _page_limits(spec, keyword)
        except Missing as missing:
            raise SystemExit(f"spec fact {name} ({what}) cannot be read from {spec_name}: {missing}") from None
        wrong = {k: v for k, v in limits.items() if type(v) is not int}
        if wrong:
            raise SystemExit(f"spec fact {name}: {keyword} must be an integer in {spec_name}, not {wrong!r}")
        lines += ["", f"# {what}", f"{name}: dict[str, int] = {limits!r}"]
    return "\n".join(lines) + "\n"
