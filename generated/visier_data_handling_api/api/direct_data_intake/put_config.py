from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.direct_data_load_config_dto import DirectDataLoadConfigDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    draft_id: str,
    *,
    body: DirectDataLoadConfigDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/data/directloads/{draft_id}/configs".format(
            draft_id=quote(str(draft_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> DirectDataLoadConfigDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = DirectDataLoadConfigDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[DirectDataLoadConfigDTO, None] = Operation(
    name="put_config",
    signature=Signature(
        path=("draft_id",),
        path_defaults={
            "draft_id": "prod",
        },
        query={
            "target_tenant_id": str,
        },
        body=DirectDataLoadConfigDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/data/directloads/{draftId}/configs",
)
