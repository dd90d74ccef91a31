from typing import Any

import httpx

from ... import errors
from ...models.public_keys_dto import PublicKeysDTO
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
        "url": "/v1/api/pgp-keys",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PublicKeysDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PublicKeysDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PublicKeysDTO, None] = Operation(
    name="get_all_pgp_public_keys",
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
    template="/v1/api/pgp-keys",
)
