"""The SDK's types follow the spec's int64 fields: a string or an int goes out as given, anything else is refused
before sending, naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from visier_data_handling import InvalidArgument
from visier_data_handling_api.models import ExtractDataAndLoadDTO

from .helpers import Service, make_client


@pytest.mark.parametrize("value", [1639382400000, "1639382400000"])
def test_a_string_or_an_int_is_sent_as_given(service: Service, value: int | str) -> None:
    with make_client(service, max_retries=0, access_token="tok") as client:
        client.data_and_job_handling.start_extraction(all_tenants=True, override_last_extraction_timestamp=value,
                                                      extract_to_time_override=value)
    body = json.loads(service.last().content)
    assert body["overrideLastExtractionTimestamp"] == value and body["extractToTimeOverride"] == value
    assert ExtractDataAndLoadDTO.from_dict(body).override_last_extraction_timestamp == value


@pytest.mark.parametrize("value", [1.5, True, [1]])
def test_anything_else_is_refused_before_sending(service: Service, value: Any) -> None:
    with make_client(service, max_retries=0, access_token="tok") as client, pytest.raises(InvalidArgument) as info:
        client.data_and_job_handling.start_extraction(all_tenants=True, override_last_extraction_timestamp=value)
    assert "override_last_extraction_timestamp" in str(info.value)
    assert service.data_requests() == []
