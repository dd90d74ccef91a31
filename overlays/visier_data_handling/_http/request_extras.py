"""What one call adds to its request beyond the spec: ``extra_headers``, ``extra_query`` and ``extra_body``.

They are checked when the call is made (``_calls/extras.py``) and merged here into the generated request's httpx
keywords, so retries (which resend that request) and every page of ``iterator=True`` carry them too. The merge:

* headers over the operation's own, case-insensitively (httpx then lays them over the client's); the headers the
  sign-in sets never come from here (the check refuses them);
* query keys next to the operation's (the check refuses a key that is one of its parameters);
* body fields at the top level of the JSON object, over the model's: the extra wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

QueryValue = str | int | float | bool
RequestKeywords = dict[str, Any]  # Any: httpx's request() keywords, of their several types


@attrs.frozen
class RequestExtras:
    """A call's extras, checked: header values are str, query values scalars, body values JSON (copied)."""

    headers: Mapping[str, str] = attrs.field(factory=dict)
    query: Mapping[str, QueryValue] = attrs.field(factory=dict)
    body: Mapping[str, object] = attrs.field(factory=dict)

    @property
    def header_names(self) -> frozenset[str]:
        """Lower-cased: the headers whose values are masked wherever a request is kept (a chained httpx error)."""
        return frozenset(name.lower() for name in self.headers)

    def merged(self, kwargs: RequestKeywords) -> RequestKeywords:
        """The generated request's keywords with the extras merged in (a new dict; ``kwargs`` is left as it is)."""
        if not (self.headers or self.query or self.body):
            return kwargs
        out = dict(kwargs)
        if self.headers:
            replaced = self.header_names
            own = {k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() not in replaced}
            out["headers"] = {**own, **self.headers}
        if self.query:
            out["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.body:
            out["json"] = {**kwargs["json"], **self.body}
        return out

    def removed_from(self, kwargs: RequestKeywords) -> RequestKeywords:
        """``kwargs`` without the extra headers and query keys: the request for a redirect to another host (a
        presigned upload URL), which gets neither, as it gets no credentials."""
        out = dict(kwargs)
        if self.headers and "headers" in out:
            out["headers"] = {k: v for k, v in out["headers"].items() if k.lower() not in self.header_names}
        if self.query and out.get("params"):
            out["params"] = {k: v for k, v in out["params"].items() if k not in self.query} or None
        return out


NO_EXTRAS = RequestExtras()
