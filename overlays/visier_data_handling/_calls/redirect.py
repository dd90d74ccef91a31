"""Where the body of an operation answered by a redirect goes (fileUpload's 307 to Visier's upload infrastructure).

The caller sends such an operation without its body first: httpx does not wait for ``100 Continue``, and a redirect
followed by httpx would send a large body twice. The answer's ``Location`` then gets the same request with the body.
Like httpx following a redirect, credentials go there only when it is on the client's own host; a location
elsewhere (a presigned URL) gets none, nor the tenant header meant for Visier's API, nor the call's
``extra_headers`` and ``extra_query`` (which the same host gets, as it gets the rest of the request).
"""

from __future__ import annotations

import attrs
import httpx

from .._exceptions import ApiException
from .._http.request_extras import NO_EXTRAS, RequestExtras
from .bodies import RequestKeywords


@attrs.frozen
class Target:
    """The request for the Location: httpx's request() keywords, and its origin (named in errors, never its query,
    which may be a presigned URL's signature)."""

    kwargs: RequestKeywords
    origin: str


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def target(
    operation: str, kwargs: RequestKeywords, probe: httpx.Response, host: str, extras: RequestExtras | None = None
) -> Target:
    """The body's request to the probe's Location; raises ApiException when the answer is not a redirect."""
    if not probe.is_redirect:
        raise ApiException(
            probe.status_code,
            f"{operation}(): expected a redirect naming where the body goes, got {probe.status_code}",
            headers=probe.headers,
        )
    url = probe.request.url.join(probe.headers["location"])
    own = httpx.URL(host)
    out = dict(kwargs)
    if (url.scheme, url.host, url.port) != (own.scheme, own.host, own.port):
        out = (extras or NO_EXTRAS).removed_from(out)
        out["headers"] = {k: v for k, v in out.get("headers", {}).items() if k != "TargetTenantID"}
        out["auth"] = None  # httpx: no auth at all, not the client's
    # httpx's params= would replace the Location's own query (an upload ticket, a signature): merge into it instead.
    params = out.pop("params", None)
    out["url"] = str(url.copy_merge_params(params) if params else url)
    return Target(out, _origin(url))
