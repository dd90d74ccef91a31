from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...operation import Operation, Signature
from ...types import UNSET, File, Response, Unset


def build_request(
    filename: str,
    *,
    body: File | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/data/upload/files/{filename}".format(
            filename=quote(str(filename), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 307:
        return None

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    # Parse first: an error status raises before HTTPStatus() can reject an unregistered code.
    parsed = parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[Any]:
    """Upload a data file

     Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as
    `.zip.gpg`). At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

    The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
    infrastructure, where the same PUT is repeated with the body. Send the file once, to that location:
    use `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream
    the file to the location the 307 names.

    Args:
        filename (str): The file's name with its extension, such as `.zip`, `.csv` or `.zip.gpg`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (File | Unset):

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        filename=filename,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    target_tenant_id: str | Unset = UNSET,
) -> Response[Any]:
    """Upload a data file

     Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as
    `.zip.gpg`). At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

    The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
    infrastructure, where the same PUT is repeated with the body. Send the file once, to that location:
    use `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream
    the file to the location the 307 names.

    Args:
        filename (str): The file's name with its extension, such as `.zip`, `.csv` or `.zip.gpg`.
        target_tenant_id (str | Unset): The tenant to run the call as. Leave it out to act as the
            administrating tenant you signed in to.
        body (File | Unset):

    Raises:
        errors.ErrorResponse: If the service answers with any status but the documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = build_request(
        filename=filename,
        body=body,
        target_tenant_id=target_tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


OPERATION: Operation[None, None] = Operation(
    name="file_upload",
    signature=Signature(
        path=("filename",),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=File,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    redirect=True,
)
