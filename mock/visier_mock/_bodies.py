"""Request bodies read, bounded and checked before connexion sees them, so no body can make the mock answer 5xx.

Connexion parses JSON with the standard library, which raises RecursionError on deep nesting and ValueError on
integers over 4,300 digits, and it hands a JSON operation's body to the handler unparsed when the Content-Type is
missing. Every body of a spec operation is therefore read here first (at most MAX_BODY_BYTES, else 413), its
Content-Type checked against the operation's (415), JSON parsed with a nesting bound (400), and then replayed to
connexion unchanged.

A JSON operation's body without any Content-Type is read as JSON: Visier's own curl samples send bodies with
``-d`` and no JSON type, so the service reads them. A body declared as something else gets 415."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import Message, Receive, Scope

from ._errors import MockError

MAX_BODY_BYTES = 1024 * 1024
MAX_DEPTH = 64
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def _too_deep(text: str) -> bool:
    """Whether brackets outside strings nest deeper than MAX_DEPTH (checked before json.loads recurses)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def parse_json(raw: bytes, what: str = "request body") -> Any:
    """JSON text as Python values, or a 400 naming what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MockError(400, f"The {what} is not UTF-8 text.") from None
    if _too_deep(text):
        raise MockError(400, f"The {what} nests arrays or objects more than {MAX_DEPTH} deep.")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except MockError:
        raise
    except ValueError as error:
        # Covers malformed JSON and integers over the interpreter's digit limit alike.
        raise MockError(400, f"The {what} is not valid JSON: {str(error).splitlines()[0]}") from None


def _reject_constant(name: str) -> Any:
    raise MockError(400, f"The request body is not valid JSON: {name} is not a JSON number.")


async def read_body(receive: Receive, declared: int | None) -> bytes:
    """The whole body, or 413 as soon as it is known to exceed MAX_BODY_BYTES."""
    if declared is not None and declared > MAX_BODY_BYTES:
        raise MockError(413, f"The request body is {declared} bytes; at most {MAX_BODY_BYTES} are accepted.")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise MockError(413, f"The request body exceeds {MAX_BODY_BYTES} bytes.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def declared_length(headers: dict[str, str]) -> int | None:
    value = headers.get("content-length", "")
    return int(value) if value.isdigit() and len(value) < 20 else None


def media_type(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


async def checked_body(scope: Scope, receive: Receive, headers: dict[str, str],
                       accepted: tuple[str, ...]) -> tuple[Scope, Receive]:
    """Reads and checks the body for an operation accepting these media types; returns the scope and receive to
    pass on (the body replayed, a missing JSON Content-Type filled in)."""
    body = await read_body(receive, declared_length(headers))
    kind = media_type(headers)
    if not body and not kind:
        return scope, _replay(body, receive)
    if not kind and JSON in accepted:
        kind = JSON
        scope = _with_content_type(scope, JSON)
    if kind not in accepted:
        raise MockError(415, f"Content-Type {kind or '(none)'!r} is not accepted here; send {' or '.join(accepted)}.")
    if kind == JSON:
        parse_json(body)
    return scope, _replay(body, receive)


def without_body(scope: Scope, receive: Receive) -> tuple[Scope, Receive]:
    """For an operation that takes no body: whatever was sent is ignored, as the service does, and its
    Content-Type (which connexion would otherwise try to parse) is dropped."""
    headers = [(k, v) for k, v in scope["headers"] if k.lower() not in (b"content-type", b"content-length")]
    return {**scope, "headers": headers}, _replay(b"", receive)


def _with_content_type(scope: Scope, content_type: str) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-type"]
    return {**scope, "headers": [*headers, (b"content-type", content_type.encode())]}


def _replay(body: bytes, original: Receive) -> Receive:
    """The body in one message, then the connection's own messages (a disconnect, when it comes)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
