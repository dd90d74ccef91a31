"""loadSampleData's sample name where the official SDK sends it.

Visier's published spec, and ours, take ``sampleName`` as a query parameter, but the official visier-platform-sdk
sends it as a JSON body, ``{"sampleName": ...}``. The mock takes either: before connexion (which would ignore a body
the spec does not declare) a sample name in a JSON body becomes the query parameter, when the query has none."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from starlette.types import Receive, Scope

from ._bodies import declared_length, parse_json, read_body
from ._errors import MockError

OPERATION_ID = "loadSampleData"
FIELD = "sampleName"


async def with_sample_name(scope: Scope, receive: Receive, headers: dict[str, str]) -> Scope:
    """The scope, with the body's sample name in its query when only the body names one. A body that is not a JSON
    object naming a sample is ignored, as the service ignores a body where it takes none."""
    query = scope.get("query_string", b"")
    body = await read_body(receive, declared_length(headers))
    if FIELD in parse_qs(query.decode("latin-1")):
        return scope
    try:
        parsed = parse_json(body) if body.strip() else None  # bounded nesting, unlike json.loads
    except MockError:
        return scope
    name = parsed.get(FIELD) if isinstance(parsed, dict) else None
    if not isinstance(name, str):
        return scope
    extra = urlencode({FIELD: name}).encode()
    return {**scope, "query_string": query + b"&" + extra if query else extra}
