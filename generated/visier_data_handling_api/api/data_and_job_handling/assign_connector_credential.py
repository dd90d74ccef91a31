from typing import Any

import httpx

from ... import errors
from ...models.assign_connector_credential_request import AssignConnectorCredentialRequest
from ...models.assign_connector_credentials_response_dto import AssignConnectorCredentialsResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: AssignConnectorCredentialRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-connectors/assignCredentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> AssignConnectorCredentialsResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = AssignConnectorCredentialsResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[AssignConnectorCredentialsResponseDTO, None] = Operation(
    name="assign_connector_credential",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=AssignConnectorCredentialRequest,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data-connectors/assignCredentials",
)
