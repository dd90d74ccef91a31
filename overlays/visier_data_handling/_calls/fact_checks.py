"""Checks of argument values against limits the spec states in prose (generated facts), before anything is sent.

The generated types say a PGP key ID and a key pair's expiry are strings; the spec's facts say more: a key ID is 16
hexadecimal digits, and a new key pair expires 2 to 10 years from now. A wrong one is refused here, naming the
argument, instead of by the service after a round trip.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from datetime import UTC, date, datetime

from visier_data_handling_api.facts import PGP_KEY_ID_PATTERN, PGP_KEY_MAX_EXPIRY_YEARS, PGP_KEY_MIN_EXPIRY_YEARS

from .._exceptions import InvalidArgument

KEY_ID = re.compile(PGP_KEY_ID_PATTERN)


def check_key_id(method: str, key_id: str, argument: str = "key_id") -> None:
    if not KEY_ID.fullmatch(key_id):
        raise InvalidArgument(f"{method}(): {argument} {key_id!r} is not a PGP key ID (16 hexadecimal digits)",
                              argument=argument)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_expiry(method: str, text: str, today: date | None = None) -> None:
    """``text`` is an ISO 8601 date 2 to 10 years from today (by the day: the service allows for the moment that
    passes between here and there)."""
    try:
        expires = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidArgument(f"{method}(): expiration_date {text!r} is not an ISO 8601 date such as '2030-01-31'",
                              argument="expiration_date") from None
    expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
    today = today or datetime.now(UTC).date()
    soonest, latest = _years_after(today, PGP_KEY_MIN_EXPIRY_YEARS), _years_after(today, PGP_KEY_MAX_EXPIRY_YEARS)
    if not soonest <= expires.astimezone(UTC).date() <= latest:
        raise InvalidArgument(
            f"{method}(): expiration_date {text!r} must be {PGP_KEY_MIN_EXPIRY_YEARS} to {PGP_KEY_MAX_EXPIRY_YEARS} "
            f"years from now ({soonest.isoformat()} to {latest.isoformat()})",
            argument="expiration_date",
        )


def check(method: str, bound: Mapping[str, object]) -> None:
    """The bound arguments of any call: those the facts constrain are checked (only the PGP key operations' now)."""
    key_id = bound.get("key_id")
    if isinstance(key_id, str):
        check_key_id(method, key_id)
    # The model's module is imported only by a call that builds one: until then no body can be one (and a first call
    # imports only its own models).
    generate = sys.modules.get("visier_data_handling_api.models.key_pair_generate_request_dto")
    body = bound.get("body")
    expiry = body.expiration_date if generate and isinstance(body, generate.KeyPairGenerateRequestDTO) else None
    if isinstance(expiry, str):  # not Unset: the service's default, 2 years
        check_expiry(method, expiry)
