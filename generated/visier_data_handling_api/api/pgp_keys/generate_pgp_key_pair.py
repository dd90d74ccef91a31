from typing import Any

import httpx

from ... import errors
from ...models.key_pair_generate_request_dto import KeyPairGenerateRequestDTO
from ...models.public_key_dto import PublicKeyDTO
from ...operation import Operation, Signature
from ...types import UNSET, Unset


def build_request(
    *,
    body: KeyPairGenerateRequestDTO,
    target_tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(target_tenant_id, Unset):
        headers["TargetTenantID"] = target_tenant_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/pgp-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> PublicKeyDTO:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = PublicKeyDTO.from_dict(response.json())

        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)


OPERATION: Operation[PublicKeyDTO, None] = Operation(
    name="generate_pgp_key_pair",
    signature=Signature(
        path=(),
        path_defaults={},
        query={
            "target_tenant_id": str,
        },
        body=KeyPairGenerateRequestDTO,
        inner=None,
        bounds={},
    ),
    build_request=build_request,
    parse=parse,
    json_body=True,
    template="/v1/api/pgp-keys",
)
