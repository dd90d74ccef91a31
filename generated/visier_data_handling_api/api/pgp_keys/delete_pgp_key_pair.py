from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.key_pair_delete_response_dto import KeyPairDeleteResponseDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    key_id: str,
    *,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api/pgp-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> KeyPairDeleteResponseDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = KeyPairDeleteResponseDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[KeyPairDeleteResponseDTO, None] = Operation(
    name="delete_pgp_key_pair",
    signature=Signature(
        path=("key_id",),
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
    template="/v1/api/pgp-keys/{keyID}",
)
