from typing import Any

import httpx

from ... import errors
from ...models.push_data_source_definitions_dto import PushDataSourceDefinitionsDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/op/data-sources",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PushDataSourceDefinitionsDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PushDataSourceDefinitionsDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PushDataSourceDefinitionsDTO, None] = Operation(
    name="get_sources",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    template="/v1/op/data-sources",
)
