"""The IDs that let Visier support find a failed request: the ``rci`` (root-cause identifier) of the service's error
body (its ``Status`` schema), and a request ID from the response's headers.

Visier documents no request-ID header, so the usual ``X-Request-Id`` is read (in any letter case) when a proxy or
the service sends one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

REQUEST_ID_HEADER = "x-request-id"


def rci_of(body: object) -> str | None:
    """The ``rci`` of a decoded error body, when it has one."""
    if not isinstance(body, dict):
        return None
    value = body.get("rci")
    return value.strip() if isinstance(value, str) and value.strip() else None


def rci_in(content: bytes) -> str | None:
    """The ``rci`` of an error body as sent (JSON), when it has one; anything else gives None."""
    if b'"rci"' not in content:  # most bodies: no parse
        return None
    try:
        return rci_of(json.loads(content))
    except (ValueError, UnicodeDecodeError):
        return None


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The response's request ID, when it carries one (headers of any letter case, httpx's or a plain dict)."""
    for name, value in headers.items():
        if name.lower() == REQUEST_ID_HEADER and value.strip():
            return value.strip()
    return None
