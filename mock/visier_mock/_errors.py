"""Errors answered as Visier's `Status` body, whatever raised them (our handlers, connexion's validation, the
router), so clients see one error shape with one content type."""

from __future__ import annotations

import json
from typing import Any

from connexion.lifecycle import ConnexionResponse
from starlette.responses import Response

CODES = {400: "InvalidArgument", 401: "Unauthenticated", 403: "PermissionDenied", 404: "NotFound",
         405: "MethodNotAllowed", 409: "Conflict", 413: "PayloadTooLarge", 415: "UnsupportedMediaType",
         429: "TooManyRequests",
         500: "Internal", 503: "Unavailable"}


class MockError(Exception):
    """Raised by handlers: answered with this status and a Status body naming what was wrong."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _body(status: int, message: str) -> str:
    body: dict[str, Any] = {
        "code": CODES.get(status, "Error"),
        "message": message,
        "localizedMessage": message,
        "userError": 400 <= status < 500,
    }
    return json.dumps(body)


def status_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A Status answer sent by the mock's own layer, outside connexion."""
    return Response(_body(status, message), status_code=status, headers=headers, media_type="application/json")


def connexion_status(status: int, message: str, headers: dict[str, str] | None = None) -> ConnexionResponse:
    """The same answer, in the form connexion's error handlers return."""
    return ConnexionResponse(status_code=status, mimetype="application/json", body=_body(status, message),
                             headers=dict(headers or {}))


def bad_request(field: str, problem: str) -> MockError:
    return MockError(400, f"Invalid value for '{field}': {problem}")


def not_found(what: str, ident: str) -> MockError:
    return MockError(404, f"{what} [{ident}] was not found.")
