from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.direct_data_upload_file_response_dto import DirectDataUploadFileResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["sampleName"] = sample_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data/directloads/{draft_id}/transactions/{transaction_id}/{object_name}/sample-data".format(
            draft_id=quote(str(draft_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
            object_name=quote(str(object_name), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

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
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataUploadFileResponseDTO]:
    """Load sample data into a transaction

     Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is
    processed only when the transaction is committed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object's name, such as `Employee`.
        sample_name (str | Unset): Which sample to load: `employee` (the Employee subject),
            `employee_exit` (the Employee Exit event), `employment_start` (the Employment Start event)
            or `organization_hierarchy` (the Organization Hierarchy dimension).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

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
        sample_name=sample_name,
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
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataUploadFileResponseDTO:
    """Load sample data into a transaction

     Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is
    processed only when the transaction is committed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object's name, such as `Employee`.
        sample_name (str | Unset): Which sample to load: `employee` (the Employee subject),
            `employee_exit` (the Employee Exit event), `employment_start` (the Employment Start event)
            or `organization_hierarchy` (the Organization Hierarchy dimension).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

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
            sample_name=sample_name,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    draft_id: str,
    transaction_id: str,
    object_name: str,
    *,
    client: AuthenticatedClient | Client,
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[DirectDataUploadFileResponseDTO]:
    """Load sample data into a transaction

     Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is
    processed only when the transaction is committed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object's name, such as `Employee`.
        sample_name (str | Unset): Which sample to load: `employee` (the Employee subject),
            `employee_exit` (the Employee Exit event), `employment_start` (the Employment Start event)
            or `organization_hierarchy` (the Organization Hierarchy dimension).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

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
        sample_name=sample_name,
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
    sample_name: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> DirectDataUploadFileResponseDTO:
    """Load sample data into a transaction

     Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is
    processed only when the transaction is committed.

    Args:
        draft_id (str): The draft to load into. The service takes only `prod` (the production
            version) today, which is the SDK's default.
        transaction_id (str): The transaction's ID, as startTransaction answered.
        object_name (str): The object's name, such as `Employee`.
        sample_name (str | Unset): Which sample to load: `employee` (the Employee subject),
            `employee_exit` (the Employee Exit event), `employment_start` (the Employment Start event)
            or `organization_hierarchy` (the Organization Hierarchy dimension).
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

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
                sample_name=sample_name,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[DirectDataUploadFileResponseDTO, None] = Operation(
    name="load_sample_data",
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
            "sample_name": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
)
