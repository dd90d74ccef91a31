"""``RawResponse``: what ``client.data_and_job_handling.raw.<method>`` returns."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class RawResponse:
    """The HTTP response of a successful call: ``body`` is the decoded JSON (or text), ``parsed`` the model."""

    body: Any
    headers: Mapping[str, str]
    status: int
    round_trip_time: float
    parsed: Any = attrs.field(repr=False)

    @classmethod
    def from_generated(cls, response: Any, round_trip_time: float) -> RawResponse:
        content: bytes = response.content
        try:
            body: Any = json.loads(content) if content else None
        except (ValueError, UnicodeDecodeError):
            body = content.decode("utf-8", errors="replace")
        return cls(body, response.headers, int(response.status_code), round_trip_time, response.parsed)
