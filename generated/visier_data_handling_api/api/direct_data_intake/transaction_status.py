from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direct_data_job_status_response_dto import DirectDataJobStatusResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    draft_id: str,
    transaction_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data/directloads/{draft_id}/transactions/{transaction_id}".format(
            draft_id=quote(str(draft_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataJobStatusResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataJobStatusResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DirectDataJobStatusResponseDTO]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    draft_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataJobStatusResponseDTO]:
    """Get a committed transaction's status

     The status of the processing job that committing the transaction started.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataJobStatusResponseDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        transaction_id=transaction_id,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    draft_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataJobStatusResponseDTO:
    """Get a committed transaction's status

     The status of the processing job that committing the transaction started.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataJobStatusResponseDTO
    """

    return cast(
        DirectDataJobStatusResponseDTO,
        sync_detailed(
            draft_id=draft_id,
            transaction_id=transaction_id,
            client=client,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    draft_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataJobStatusResponseDTO]:
    """Get a committed transaction's status

     The status of the processing job that committing the transaction started.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataJobStatusResponseDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        transaction_id=transaction_id,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    draft_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataJobStatusResponseDTO:
    """Get a committed transaction's status

     The status of the processing job that committing the transaction started.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataJobStatusResponseDTO
    """

    return cast(
        DirectDataJobStatusResponseDTO,
        (
            await asyncio_detailed(
                draft_id=draft_id,
                transaction_id=transaction_id,
                client=client,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DirectDataJobStatusResponseDTO, None] = Operation(
    name="transaction_status",
    signature=Signature(
        path=(
            "draft_id",
            "transaction_id",
        ),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
