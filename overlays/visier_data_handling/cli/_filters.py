"""The ``jobs list`` filters, checked before anything is sent: a bad one is a usage error naming the expected form,
never a silently unfiltered (or empty) list."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import typer
from visier_data_handling_api.facts import JOB_STATUSES

_AGE = re.compile(r"(\d+)([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
SINCE_FORM = "ISO 8601 (2026-01-31T00:00:00Z, or a date) or an age such as 30m, 24h, 7d or 2w"


def since(value: str | None) -> str | None:
    """``--since``: an ISO 8601 time (UTC unless it says otherwise) or an age, as the ISO 8601 UTC time to send."""
    if value is None:
        return None
    age = _AGE.fullmatch(value.strip())
    if age:
        moment = datetime.now(UTC) - timedelta(**{_UNITS[age.group(2)]: int(age.group(1))})
    else:
        try:
            moment = datetime.fromisoformat(value.strip().replace("z", "Z"))
        except ValueError:
            raise typer.BadParameter(f"expected {SINCE_FORM}, not {value!r}") from None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def status(value: str | None) -> str | None:
    """``--status``: one of the spec's job statuses, in any case, as the service spells it."""
    if value is None:
        return None
    known = {name.lower(): name for name in JOB_STATUSES}
    if value.lower() not in known:
        raise typer.BadParameter(f"expected one of {', '.join(JOB_STATUSES)}, not {value!r}")
    return known[value.lower()]
