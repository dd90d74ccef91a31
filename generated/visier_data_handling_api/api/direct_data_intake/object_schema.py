from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.direct_data_schema_dto import DirectDataSchemaDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    draft_id: str,
    object_name: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data/directloads/{draft_id}/schemas/{object_name}".format(
            draft_id=quote(str(draft_id), safe=""),
            object_name=quote(str(object_name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataSchemaDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataSchemaDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DirectDataSchemaDTO, None] = Operation(
    name="object_schema",
    signature=Signature(
        path=(
            "draft_id",
            "object_name",
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
    template="/v1/data/directloads/{draftId}/schemas/{objectName}",
)
