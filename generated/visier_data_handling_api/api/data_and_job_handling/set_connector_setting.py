from typing import Any

import httpx

from ... import errors
from ...models.set_connector_settings_request_dto import SetConnectorSettingsRequestDTO
from ...models.set_connector_settings_response_dto import SetConnectorSettingsResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: SetConnectorSettingsRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-connectors/connector-settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> SetConnectorSettingsResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = SetConnectorSettingsResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[SetConnectorSettingsResponseDTO, None] = Operation(
    name="set_connector_setting",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=SetConnectorSettingsRequestDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data-connectors/connector-settings",
)
