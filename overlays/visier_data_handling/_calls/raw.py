"""The generated operation classes and ``RawResponse`` (what ``client.data_and_job_handling.raw.<method>`` returns),
under the SDK's name, plus building a ``RawResponse`` from a generated ``Response``."""

from __future__ import annotations

from typing import TypeVar

from visier_data_handling_api.surface import DataAndJobHandling, RawDataAndJobHandling, RawResponse
from visier_data_handling_api.types import Response

T = TypeVar("T")


def raw_response(response: Response[T], round_trip_time: float) -> RawResponse[T | None]:
    return RawResponse.from_content(
        response.content, response.headers, int(response.status_code), round_trip_time, response.parsed
    )


__all__ = ["DataAndJobHandling", "RawDataAndJobHandling", "RawResponse", "raw_response"]
