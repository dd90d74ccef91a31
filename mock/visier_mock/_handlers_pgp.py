"""Handlers of the PGP key pairs: listing, generating (expiring 2 to 10 years from now, as the spec states),
getting and deleting them. The key pairs are real (see _state_pgp)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from visier_data_handling_api.facts import (
    PGP_KEY_DEFAULT_EXPIRY_YEARS,
    PGP_KEY_ID_PATTERN,
    PGP_KEY_MAX_EXPIRY_YEARS,
    PGP_KEY_MIN_EXPIRY_YEARS,
)

from ._context import state, target_tenant
from ._errors import bad_request, not_found

KEY_ID = re.compile(PGP_KEY_ID_PATTERN)
# A day of slack at either end of the allowed expiry: "2 years from now" computed a moment earlier by the client.
_SLACK = timedelta(days=1)


def _years_from(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year + years)
    except ValueError:  # 29 February
        return now.replace(year=now.year + years, day=28)


def _expiry(text: str | None) -> datetime:
    now = datetime.now(UTC)
    if not text:
        return _years_from(now, PGP_KEY_DEFAULT_EXPIRY_YEARS)
    try:
        expires = datetime.fromisoformat(text)
    except ValueError:
        raise bad_request("expirationDate", f"{text!r} is not an ISO 8601 date") from None
    expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    soonest = _years_from(now, PGP_KEY_MIN_EXPIRY_YEARS) - _SLACK
    latest = _years_from(now, PGP_KEY_MAX_EXPIRY_YEARS) + _SLACK
    if not soonest <= expires <= latest:
        raise bad_request("expirationDate", f"{text!r} must be between {PGP_KEY_MIN_EXPIRY_YEARS} and "
                                            f"{PGP_KEY_MAX_EXPIRY_YEARS} years from now")
    return expires


async def get_all_pgp_public_keys(**_: Any) -> Any:
    return {"keys": [pair.as_json() for pair in state().pgp_store.keys.values()]}


async def generate_pgp_key_pair(body: dict[str, Any] | None = None, **_: Any) -> Any:
    s = state()
    expires = _expiry((body or {}).get("expirationDate"))
    with s.lock:
        pair = s.pgp_store.generate(target_tenant() or s.admin, expires)
    return pair.as_json()


def _key_id(key_id: str) -> str:
    if not KEY_ID.fullmatch(key_id):
        raise bad_request("keyID", f"{key_id!r} is not a key ID of 16 hexadecimal digits")
    return key_id.upper()


async def get_pgp_public_key(key_id: str, **_: Any) -> Any:
    key_id = _key_id(key_id)
    pair = state().pgp_store.keys.get(key_id)
    if pair is None:
        raise not_found("PGP key pair", key_id)
    return pair.as_json()


async def delete_pgp_key_pair(key_id: str, **_: Any) -> Any:
    key_id = _key_id(key_id)
    with state().lock:
        pair = state().pgp_store.delete(key_id)
    if pair is None:
        raise not_found("PGP key pair", key_id)
    return {"keyID": pair.key_id}
