from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disable_dv_model import DisableDVModel
from ...models.disable_dv_request import DisableDVRequest
from ...models.disable_dv_response import DisableDVResponse
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-versions/disable",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DisableDVResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DisableDVResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DisableDVResponse]:
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
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DisableDVResponse]:
    """Disable data versions

     Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled
    one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older
    data version may not change what users see.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DisableDVRequest): The body of `disableDv`: the data versions wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisableDVResponse]
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
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> DisableDVResponse:
    """Disable data versions

     Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled
    one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older
    data version may not change what users see.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DisableDVRequest): The body of `disableDv`: the data versions wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisableDVResponse
    """

    return cast(
        DisableDVResponse,
        sync_detailed(
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DisableDVResponse]:
    """Disable data versions

     Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled
    one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older
    data version may not change what users see.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DisableDVRequest): The body of `disableDv`: the data versions wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisableDVResponse]
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
    body: DisableDVRequest,
    target_tenant_id: str | Unset = UNSET,
) -> DisableDVResponse:
    """Disable data versions

     Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled
    one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older
    data version may not change what users see.

    Args:
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DisableDVRequest): The body of `disableDv`: the data versions wrapped in `model`.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisableDVResponse
    """

    return cast(
        DisableDVResponse,
        (
            await asyncio_detailed(
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DisableDVResponse, None] = Operation(
    name="disable_dv",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=DisableDVRequest,
        inner=DisableDVModel,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
