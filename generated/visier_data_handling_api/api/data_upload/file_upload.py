from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...operation import Operation, Signature
from ...types import UNSET, File, Unset


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
    template="/v1/data/upload/files/{filename}",
)
