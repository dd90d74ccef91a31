from typing import Any

import httpx

from ... import errors
from ...models.authentication_request import AuthenticationRequest


def build_request(
    *,
    body: AuthenticationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/visierSecureToken",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> str:
    """The answer's model; an error status raises errors.ErrorResponse."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise errors.ErrorResponse(response.status_code, response.content, response.headers)
