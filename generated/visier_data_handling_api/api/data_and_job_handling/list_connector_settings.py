from typing import Any

import httpx

from ... import errors
from ...models.extractor_settings_apidto import ExtractorSettingsAPIDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-connectors/connector-settings",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ExtractorSettingsAPIDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ExtractorSettingsAPIDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[ExtractorSettingsAPIDTO, None] = Operation(
    name="list_connector_settings",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/data-connectors/connector-settings",
)
