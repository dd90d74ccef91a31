"""Errors answered as Visier's `Status` body, whatever raised them (our handlers, connexion's validation, the
router), so clients see one error shape with one content type."""

from __future__ import annotations

import json
import uuid
from typing import Any

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from . import _last_resort
from ._context import current_state

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
    if status >= 500:  # the service's failures carry a root-cause ID for its support (the spec's Status.rci)
        body["rci"] = str(uuid.uuid4())
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


# connexion's error handlers: its validation, routing and our handlers' errors all answer as Status bodies, and any
# other exception reaches the handler of last resort (see _last_resort).
async def _on_mock_error(request: Any, error: Exception) -> Any:
    assert isinstance(error, MockError)
    return connexion_status(error.status, error.message, error.headers)


async def _on_problem(request: Any, error: Exception) -> Any:
    assert isinstance(error, ProblemException)
    # jsonschema appends the whole failing schema; the first line says what is wrong and where.
    detail = str(error.detail or error.title or "Invalid request").splitlines()[0]
    headers = dict(error.headers or {})
    return connexion_status(error.status or 400, detail, headers)


async def _on_http_error(request: Any, error: Exception) -> Any:
    assert isinstance(error, HTTPException)
    return connexion_status(error.status_code, str(error.detail), dict(error.headers or {}))


async def _on_decode_error(request: Any, error: Exception) -> Any:
    return connexion_status(400, "The request body is not valid UTF-8 JSON.")


async def _on_unexpected(request: Any, error: Exception) -> Any:
    message = _last_resort.report(current_state.get(None), request.method, request.url.path, error)
    return connexion_status(500, message)


def add_error_handlers(app: Any) -> None:
    app.add_error_handler(MockError, _on_mock_error)
    app.add_error_handler(ProblemException, _on_problem)
    app.add_error_handler(UnicodeDecodeError, _on_decode_error)
    app.add_error_handler(Exception, _on_unexpected)
    for status in (404, 405):
        app.add_error_handler(status, _on_http_error)
