"""Headers a user adds (``default_headers=``, a call's ``extra_headers``): checked the same way wherever given.

They may not set what the SDK owns: the sign-in's headers (``apikey``, ``Authorization``, ``Cookie``), the proxy's
credentials, and the message framing (``Host``, ``Content-Length``, ``Transfer-Encoding``), which a wrong value would
corrupt. Names must be HTTP tokens and values ASCII text on one line. Errors name the header, never its value (it
may be a secret).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .._exceptions import InvalidArgument

# Lower-cased: what the sign-in sets, the proxy's credentials, and what frames the message.
OWNED_HEADERS = frozenset(
    {"apikey", "authorization", "cookie", "proxy-authorization", "host", "content-length", "transfer-encoding"}
)
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110's token: a header's name
_FIELD_VALUE = re.compile(r"[\t\x20-\x7e]*")  # one line of visible ASCII, spaces and tabs


def checked_headers(given: object, argument: str, where: str) -> dict[str, str]:
    """``given`` (None, or a mapping of header names to values) checked as the module docstring says; ``where``
    names it in errors (``start_load() extra_headers``), ``argument`` is the keyword the user wrote."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise InvalidArgument(f"{where} must be a dict of header names to values, not {type(given).__name__}",
                              argument=argument)
    out: dict[str, str] = {}
    for name, value in given.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidArgument(f"{where}[{name!r}]: not a valid header name", argument=argument)
        if name.lower() in OWNED_HEADERS:
            raise InvalidArgument(
                f"{where}[{name!r}]: the SDK sets this header itself (sign-in, proxy or message framing); it cannot "
                "be replaced",
                argument=argument,
            )
        if not isinstance(value, str):
            raise InvalidArgument(f"{where}[{name!r}] must be a str, not {type(value).__name__}", argument=argument)
        if not _FIELD_VALUE.fullmatch(value):  # the value is never shown: it may be a secret
            raise InvalidArgument(f"{where}[{name!r}]: the value must be one line of ASCII text", argument=argument)
        out[name] = value
    return out
