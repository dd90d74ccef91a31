"""The tenant a request names, checked against the tenants the mock knows."""

from __future__ import annotations

from ._context import state
from ._errors import MockError

NO_PERMISSION = "Insufficient permissions to access the specified tenant."


def known_tenant(field: str, tenant: str) -> str:
    """The tenant, when the mock lists it; otherwise a 404 naming the field."""
    if tenant not in state().visible_tenants():
        raise MockError(404, f"Invalid value for '{field}': unknown tenant {tenant!r}")
    return tenant
