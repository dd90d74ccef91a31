"""The generated operation classes and ``RawResponse`` (what ``client.data_and_job_handling.raw.<method>`` returns),
under the SDK's name."""

from __future__ import annotations

from visier_data_handling_api.operation import RawResponse
from visier_data_handling_api.surface import (
    DataAndJobHandling,
    DataIntake,
    DirectDataIntake,
    PGPKeys,
    RawDataAndJobHandling,
    RawDataIntake,
    RawDirectDataIntake,
    RawPGPKeys,
)

__all__ = [
    "DataAndJobHandling",
    "DataIntake",
    "DirectDataIntake",
    "PGPKeys",
    "RawDataAndJobHandling",
    "RawDataIntake",
    "RawDirectDataIntake",
    "RawPGPKeys",
    "RawResponse",
]
