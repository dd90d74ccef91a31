"""The generated operation classes and ``RawResponse`` (what ``client.data_and_job_handling.raw.<method>`` returns),
under the SDK's name."""

from __future__ import annotations

from visier_data_handling_api.operation import RawResponse
from visier_data_handling_api.surface import (
    DataAndJobHandling,
    DirectDataIntake,
    RawDataAndJobHandling,
    RawDirectDataIntake,
)

__all__ = ["DataAndJobHandling", "DirectDataIntake", "RawDataAndJobHandling", "RawDirectDataIntake", "RawResponse"]
