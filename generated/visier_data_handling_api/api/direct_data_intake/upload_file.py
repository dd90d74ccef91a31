from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direct_data_upload_file_body import DirectDataUploadFileBody
from ...models.direct_data_upload_file_response_dto import DirectDataUploadFileResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    body: DirectDataUploadFileBody,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/data/directloads/{draft_id}/transactions/{transaction_id}/{object_name}".format(
            draft_id=quote(str(draft_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
            object_name=quote(str(object_name), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataUploadFileResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataUploadFileResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DirectDataUploadFileResponseDTO]:
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
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataUploadFileBody,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataUploadFileResponseDTO]:
    """Upload a file to a transaction

     Adds one CSV or ZIP file for one object to an open transaction. A success means the file was
    received, not that it loads; that is known once the transaction is committed and processed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object the file loads into, such as `Employee`; for a multi-value
            property, `{object}--{property}` (`Employee--Employee_Budgeted_Compensation`).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataUploadFileBody): The body of `uploadFile`, a multipart form with the file.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataUploadFileResponseDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        transaction_id=transaction_id,
        object_name=object_name,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataUploadFileBody,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataUploadFileResponseDTO:
    """Upload a file to a transaction

     Adds one CSV or ZIP file for one object to an open transaction. A success means the file was
    received, not that it loads; that is known once the transaction is committed and processed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object the file loads into, such as `Employee`; for a multi-value
            property, `{object}--{property}` (`Employee--Employee_Budgeted_Compensation`).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataUploadFileBody): The body of `uploadFile`, a multipart form with the file.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataUploadFileResponseDTO
    """

    return cast(
        DirectDataUploadFileResponseDTO,
        sync_detailed(
            draft_id=draft_id,
            transaction_id=transaction_id,
            object_name=object_name,
            client=client,
            body=body,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataUploadFileBody,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataUploadFileResponseDTO]:
    """Upload a file to a transaction

     Adds one CSV or ZIP file for one object to an open transaction. A success means the file was
    received, not that it loads; that is known once the transaction is committed and processed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object the file loads into, such as `Employee`; for a multi-value
            property, `{object}--{property}` (`Employee--Employee_Budgeted_Compensation`).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataUploadFileBody): The body of `uploadFile`, a multipart form with the file.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectDataUploadFileResponseDTO]
    """

    kwargs = build_request(
        draft_id=draft_id,
        transaction_id=transaction_id,
        object_name=object_name,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DirectDataUploadFileBody,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataUploadFileResponseDTO:
    """Upload a file to a transaction

     Adds one CSV or ZIP file for one object to an open transaction. A success means the file was
    received, not that it loads; that is known once the transaction is committed and processed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object the file loads into, such as `Employee`; for a multi-value
            property, `{object}--{property}` (`Employee--Employee_Budgeted_Compensation`).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (DirectDataUploadFileBody): The body of `uploadFile`, a multipart form with the file.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectDataUploadFileResponseDTO
    """

    return cast(
        DirectDataUploadFileResponseDTO,
        (
            await asyncio_detailed(
                draft_id=draft_id,
                transaction_id=transaction_id,
                object_name=object_name,
                client=client,
                body=body,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DirectDataUploadFileResponseDTO, None] = Operation(
    name="upload_file",
    signature=Signature(
        path=(
            "draft_id",
            "transaction_id",
            "object_name",
        ),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "target_tenant_id": str,
        },
        body=DirectDataUploadFileBody,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
