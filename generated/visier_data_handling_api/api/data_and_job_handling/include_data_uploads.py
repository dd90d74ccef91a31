from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.include_data_uploads_request import IncludeDataUploadsRequest
from ...models.tenant_data_uploads_update_response_dto import TenantDataUploadsUpdateResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: IncludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data/uploads/include",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> TenantDataUploadsUpdateResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = TenantDataUploadsUpdateResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TenantDataUploadsUpdateResponseDTO]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantDataUploadsUpdateResponseDTO]:
    """Include data uploads

     Includes data uploads in data version generation again, per analytic tenant, selected the same way
    as for `excludeDataUploads`. The response has one result line per upload.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (IncludeDataUploadsRequest): The body of `includeDataUploads`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantDataUploadsUpdateResponseDTO]
    """

    kwargs = build_request(
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IncludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> TenantDataUploadsUpdateResponseDTO:
    """Include data uploads

     Includes data uploads in data version generation again, per analytic tenant, selected the same way
    as for `excludeDataUploads`. The response has one result line per upload.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (IncludeDataUploadsRequest): The body of `includeDataUploads`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantDataUploadsUpdateResponseDTO
    """

    return cast(
        TenantDataUploadsUpdateResponseDTO,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[TenantDataUploadsUpdateResponseDTO]:
    """Include data uploads

     Includes data uploads in data version generation again, per analytic tenant, selected the same way
    as for `excludeDataUploads`. The response has one result line per upload.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (IncludeDataUploadsRequest): The body of `includeDataUploads`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantDataUploadsUpdateResponseDTO]
    """

    kwargs = build_request(
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncludeDataUploadsRequest,
    target_tenant_id: str | Unset = UNSET,
) -> TenantDataUploadsUpdateResponseDTO:
    """Include data uploads

     Includes data uploads in data version generation again, per analytic tenant, selected the same way
    as for `excludeDataUploads`. The response has one result line per upload.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (IncludeDataUploadsRequest): The body of `includeDataUploads`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantDataUploadsUpdateResponseDTO
    """

    return cast(
        TenantDataUploadsUpdateResponseDTO,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[TenantDataUploadsUpdateResponseDTO, None] = Operation(
    name="include_data_uploads",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=IncludeDataUploadsRequest,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
