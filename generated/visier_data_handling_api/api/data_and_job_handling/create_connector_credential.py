from typing import Any

import httpx

from ... import errors
from ...models.credential_creation_api_response_dto import CredentialCreationAPIResponseDTO
from ...models.data_provider_auth_information_dto import DataProviderAuthInformationDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: DataProviderAuthInformationDTO,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["tenantCode"] = tenant_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data-connector-credentials",
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> CredentialCreationAPIResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = CredentialCreationAPIResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[CredentialCreationAPIResponseDTO, None] = Operation(
    name="create_connector_credential",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=DataProviderAuthInformationDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/op/data-connector-credentials",
)
