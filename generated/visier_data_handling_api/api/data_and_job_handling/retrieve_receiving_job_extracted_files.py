from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.receiving_job_extracted_files_for_tenant_response_dto import (
    ReceivingJobExtractedFilesForTenantResponseDTO,
)
from ...models.receiving_job_extracted_files_list_response_dto import ReceivingJobExtractedFilesListResponseDTO
from ...operation import Operation, Paging, Signature
from ...types import UNSET, Response, Unset


def build_request(
    job_id: str,
    *,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["fileNameRegex"] = file_name_regex

    params["limit"] = limit

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1alpha/op/data/receiving-jobs/{job_id}/files".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ReceivingJobExtractedFilesListResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = ReceivingJobExtractedFilesListResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReceivingJobExtractedFilesListResponseDTO]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ReceivingJobExtractedFilesListResponseDTO]:
    """List a receiving job's files

     Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

    Args:
        job_id (str): The receiving job's ID.
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many files to return at most, across tenants, up to 1000 (the
            service uses 500 when left out).
        start (int | Unset): The zero-based offset of the first file to return, counted across
            tenants.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivingJobExtractedFilesListResponseDTO]
    """

    kwargs = build_request(
        job_id=job_id,
        file_name_regex=file_name_regex,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ReceivingJobExtractedFilesListResponseDTO:
    """List a receiving job's files

     Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

    Args:
        job_id (str): The receiving job's ID.
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many files to return at most, across tenants, up to 1000 (the
            service uses 500 when left out).
        start (int | Unset): The zero-based offset of the first file to return, counted across
            tenants.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivingJobExtractedFilesListResponseDTO
    """

    return cast(
        ReceivingJobExtractedFilesListResponseDTO,
        sync_detailed(
            job_id=job_id,
            client=client,
            file_name_regex=file_name_regex,
            limit=limit,
            start=start,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[ReceivingJobExtractedFilesListResponseDTO]:
    """List a receiving job's files

     Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

    Args:
        job_id (str): The receiving job's ID.
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many files to return at most, across tenants, up to 1000 (the
            service uses 500 when left out).
        start (int | Unset): The zero-based offset of the first file to return, counted across
            tenants.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceivingJobExtractedFilesListResponseDTO]
    """

    kwargs = build_request(
        job_id=job_id,
        file_name_regex=file_name_regex,
        limit=limit,
        start=start,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    file_name_regex: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    start: int | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> ReceivingJobExtractedFilesListResponseDTO:
    """List a receiving job's files

     Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

    Args:
        job_id (str): The receiving job's ID.
        file_name_regex (str | Unset): Only files whose name matches this regular expression (URL-
            encoded on the wire).
        limit (int | Unset): How many files to return at most, across tenants, up to 1000 (the
            service uses 500 when left out).
        start (int | Unset): The zero-based offset of the first file to return, counted across
            tenants.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceivingJobExtractedFilesListResponseDTO
    """

    return cast(
        ReceivingJobExtractedFilesListResponseDTO,
        (
            await asyncio_detailed(
                job_id=job_id,
                client=client,
                file_name_regex=file_name_regex,
                limit=limit,
                start=start,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[ReceivingJobExtractedFilesListResponseDTO, ReceivingJobExtractedFilesForTenantResponseDTO] = (
    Operation(
        name="retrieve_receiving_job_extracted_files",
        signature=Signature(
            path=("job_id",),
            path_defaults={},
            query={
                "file_name_regex": str,
                "limit": int,
                "start": int,
                "target_tenant_id": str,
            },
            body=None,
            inner=None,
            bounds={
                "limit": (0, 1000),
                "start": (0, None),
            },
        ),
        build_request=build_request,
        parse=parse,
        paging=Paging(
            start="start",
            limit="limit",
            limit_wire="limit",
            items="tenants",
            counts="extractedFiles",
            requires={},
        ),
        page_item=ReceivingJobExtractedFilesForTenantResponseDTO.from_dict,
    )
)
