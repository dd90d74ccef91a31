from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_load_request import DataLoadRequest
from ...models.data_load_request_model import DataLoadRequestModel
from ...models.data_load_response import DataLoadResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/op/data/startload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DataLoadResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DataLoadResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataLoadResponse]:
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
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DataLoadResponse]:
    """Start a data load from uploaded files

     Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg`
    archives). Visier creates a receiving job, which spawns a receiving job and then a processing job
    per analytic tenant in the files. The response carries the receiving job's ID.

    Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataLoadRequest): The body of `startLoad`: the load settings wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataLoadResponse]
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
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> DataLoadResponse:
    """Start a data load from uploaded files

     Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg`
    archives). Visier creates a receiving job, which spawns a receiving job and then a processing job
    per analytic tenant in the files. The response carries the receiving job's ID.

    Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataLoadRequest): The body of `startLoad`: the load settings wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataLoadResponse
    """

    return cast(
        DataLoadResponse,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DataLoadResponse]:
    """Start a data load from uploaded files

     Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg`
    archives). Visier creates a receiving job, which spawns a receiving job and then a processing job
    per analytic tenant in the files. The response carries the receiving job's ID.

    Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataLoadRequest): The body of `startLoad`: the load settings wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataLoadResponse]
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
    body: DataLoadRequest,
    target_tenant_id: str | Unset = UNSET,
) -> DataLoadResponse:
    """Start a data load from uploaded files

     Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg`
    archives). Visier creates a receiving job, which spawns a receiving job and then a processing job
    per analytic tenant in the files. The response carries the receiving job's ID.

    Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DataLoadRequest): The body of `startLoad`: the load settings wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataLoadResponse
    """

    return cast(
        DataLoadResponse,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DataLoadResponse, None] = Operation(
    name="start_load",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=DataLoadRequest,
        inner=DataLoadRequestModel,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
