from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.push_data_response import PushDataResponse
from ...models.upload_data_body import UploadDataBody
from ...operation import Operation, Signature
from ...types import UNSET, Response, Unset


def build_request(
    transfer_session_id: str,
    *,
    body: UploadDataBody,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    params: dict[str, Any] = {}

    params["sourceId"] = source_id

    params["sequence"] = sequence

    params["tenantCode"] = tenant_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/op/data-transfer-sessions/{transfer_session_id}/upload".format(
            transfer_session_id=quote(str(transfer_session_id), safe=""),
        ),
        "params": params or None,  # an empty dict would still make httpx re-parse the URL
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataResponse:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataResponse.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PushDataResponse]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadDataBody,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataResponse]:
    """Send a file

     Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch
    of records. With a source, the whole file goes to it; without one, each file is routed to the source
    whose file name pattern it matches. An administrating tenant may send one ZIP file with a folder per
    analytic tenant, named by its tenant code.

    Args:
        transfer_session_id (str): The transfer session, as startTransfer answered.
        source_id (str | Unset): The source to send to, as getSources lists it.
        sequence (int | Unset): The file's sequence number within the session.
        tenant_code (str | Unset): The tenant to send to, such as `WFF_j1r` or the analytic tenant
            `WFF_j1r~c7o`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (UploadDataBody): The body of `uploadData`, a multipart form with the file and
            nothing else.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataResponse]
    """

    kwargs = build_request(
        transfer_session_id=transfer_session_id,
        body=body,
        source_id=source_id,
        sequence=sequence,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadDataBody,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataResponse:
    """Send a file

     Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch
    of records. With a source, the whole file goes to it; without one, each file is routed to the source
    whose file name pattern it matches. An administrating tenant may send one ZIP file with a folder per
    analytic tenant, named by its tenant code.

    Args:
        transfer_session_id (str): The transfer session, as startTransfer answered.
        source_id (str | Unset): The source to send to, as getSources lists it.
        sequence (int | Unset): The file's sequence number within the session.
        tenant_code (str | Unset): The tenant to send to, such as `WFF_j1r` or the analytic tenant
            `WFF_j1r~c7o`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (UploadDataBody): The body of `uploadData`, a multipart form with the file and
            nothing else.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataResponse
    """

    return cast(
        PushDataResponse,
        sync_detailed(
            transfer_session_id=transfer_session_id,
            client=client,
            body=body,
            source_id=source_id,
            sequence=sequence,
            tenant_code=tenant_code,
            target_tenant_id=target_tenant_id,
        ).parsed,
    )


async def asyncio_detailed(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadDataBody,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[PushDataResponse]:
    """Send a file

     Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch
    of records. With a source, the whole file goes to it; without one, each file is routed to the source
    whose file name pattern it matches. An administrating tenant may send one ZIP file with a folder per
    analytic tenant, named by its tenant code.

    Args:
        transfer_session_id (str): The transfer session, as startTransfer answered.
        source_id (str | Unset): The source to send to, as getSources lists it.
        sequence (int | Unset): The file's sequence number within the session.
        tenant_code (str | Unset): The tenant to send to, such as `WFF_j1r` or the analytic tenant
            `WFF_j1r~c7o`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (UploadDataBody): The body of `uploadData`, a multipart form with the file and
            nothing else.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PushDataResponse]
    """

    kwargs = build_request(
        transfer_session_id=transfer_session_id,
        body=body,
        source_id=source_id,
        sequence=sequence,
        tenant_code=tenant_code,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadDataBody,
    source_id: str | Unset = UNSET,
    sequence: int | Unset = UNSET,
    tenant_code: str | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> PushDataResponse:
    """Send a file

     Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch
    of records. With a source, the whole file goes to it; without one, each file is routed to the source
    whose file name pattern it matches. An administrating tenant may send one ZIP file with a folder per
    analytic tenant, named by its tenant code.

    Args:
        transfer_session_id (str): The transfer session, as startTransfer answered.
        source_id (str | Unset): The source to send to, as getSources lists it.
        sequence (int | Unset): The file's sequence number within the session.
        tenant_code (str | Unset): The tenant to send to, such as `WFF_j1r` or the analytic tenant
            `WFF_j1r~c7o`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (UploadDataBody): The body of `uploadData`, a multipart form with the file and
            nothing else.

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PushDataResponse
    """

    return cast(
        PushDataResponse,
        (
            await asyncio_detailed(
                transfer_session_id=transfer_session_id,
                client=client,
                body=body,
                source_id=source_id,
                sequence=sequence,
                tenant_code=tenant_code,
                target_tenant_id=target_tenant_id,
            )
        ).parsed,
    )


OPERATION: Operation[PushDataResponse, None] = Operation(
    name="upload_data",
    signature=Signature(
        path=("transfer_session_id",),
        path_defaults={},
        query={
            "source_id": str,
            "sequence": int,
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=UploadDataBody,
        inner=None,
    ),
    build_request=build_request,
    parse=parse,
)
