from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    id: str,
    *,
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
        "method": "delete",
        "url": "/v1/op/data-connector-credentials/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> str:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[str]:
    """Delete a data connector credential

     Deletes a connector credential from a tenant, for example one that is no longer valid.

    Args:
        id (str): The `credentialId` of the credential to delete.
        tenant_code (str | Unset): The analytic tenant that holds the credential.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = build_request(
        id=id,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> str:
    """Delete a data connector credential

     Deletes a connector credential from a tenant, for example one that is no longer valid.

    Args:
        id (str): The `credentialId` of the credential to delete.
        tenant_code (str | Unset): The analytic tenant that holds the credential.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return cast(
        str,
        sync_detailed(
            id=id,
            client=client,
            tenant_code=tenant_code,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[str]:
    """Delete a data connector credential

     Deletes a connector credential from a tenant, for example one that is no longer valid.

    Args:
        id (str): The `credentialId` of the credential to delete.
        tenant_code (str | Unset): The analytic tenant that holds the credential.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = build_request(
        id=id,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> str:
    """Delete a data connector credential

     Deletes a connector credential from a tenant, for example one that is no longer valid.

    Args:
        id (str): The `credentialId` of the credential to delete.
        tenant_code (str | Unset): The analytic tenant that holds the credential.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return cast(
        str,
        (
            await asyncio_detailed(
                id=id,
                client=client,
                tenant_code=tenant_code,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[str, None] = Operation(
    name="delete_connector_credential",
    signature=Signature(
        path=("id",),
        path_defaults={},
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
