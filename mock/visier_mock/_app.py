"""The ASGI app: connexion routes and validates every request against the spec; an outer layer in front of it
serves the control API, injects faults, keeps the request journal and tells handlers which mock they serve.
Which handler answers which operation is _handlers' registry."""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import re
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

import connexion
import yaml
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send
from visier_data_handling_api.facts import TRANSFER_UPLOAD_PATH

from . import _auth, _bodies, _control, _intake_samples, _intake_uploads, _last_resort, _transfer_uploads, _uploads
from ._config import MockConfig
from ._connection import DroppedConnection, TrackingSend, drop_connection
from ._context import current_headers, current_state
from ._errors import MockError, add_error_handlers, status_response
from ._handlers import resolve
from ._state import State
from ._validation import VALIDATORS


@functools.cache
def _spec() -> dict[str, Any]:
    """The spec the generated client ships (a copy of openapi/visier-data-handling.yaml)."""
    text = (resources.files("visier_data_handling_api") / "openapi.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.cache
def _spec_json() -> bytes:
    """The spec as the mock serves it, which is what it accepts."""
    return json.dumps(_spec()).encode()


# The operations MockApp answers itself, streaming their bodies: connexion would read a whole body first.
STREAMED: dict[str, Callable[[State, Scope, Receive, Send], Awaitable[None]]] = {
    _uploads.OPERATION_ID: _uploads.redirect,
    _intake_uploads.OPERATION_ID: _intake_uploads.receive_file,
    _transfer_uploads.OPERATION_ID: _transfer_uploads.receive_data,
}


def _routing_spec() -> dict[str, Any]:
    """The spec connexion routes and validates with. Security is checked by MockApp itself, from the same
    spec (see _auth.authorize): connexion's security layer inspected the check functions' signatures on every
    request and halved the mock's throughput."""
    spec = copy.deepcopy(_spec())
    spec.pop("security", None)
    # fileUpload, uploadFile and uploadData are answered by MockApp itself (STREAMED), before connexion would read
    # the whole body.
    spec["paths"].pop(_uploads.API_PATH)
    spec["paths"].pop(_intake_uploads.API_PATH)
    spec["paths"].pop(TRANSFER_UPLOAD_PATH)
    for item in spec["paths"].values():
        for op in item.values():
            op.pop("security", None)
    return spec


@functools.cache
def body_types(operation_id: str) -> tuple[str, ...]:
    """The media types an operation's request body may have; empty when it takes no body."""
    return _body_types().get(operation_id, ())


@functools.cache
def _body_types() -> dict[str, tuple[str, ...]]:
    return {op["operationId"]: tuple(op["requestBody"]["content"]) for item in _spec()["paths"].values()
            for op in item.values() if "requestBody" in op}


@functools.cache
def _routes() -> list[tuple[str, re.Pattern[str], str, bool]]:
    """(METHOD, path pattern, operationId, needs credentials) for every operation, before routing."""
    out = []
    for path, item in _spec()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, op in item.items():
            secured = bool(op.get("security", _spec().get("security")))
            out.append((method.upper(), pattern, op["operationId"], secured))
    return out


def allowed_methods(path: str) -> list[str]:
    return sorted({method for method, pattern, _, _ in _routes() if pattern.match(path)})


def operation_for(method: str, path: str) -> tuple[str | None, bool]:
    for route_method, pattern, operation_id, secured in _routes():
        if route_method == method and pattern.match(path):
            return operation_id, secured
    return None, True


def _connexion_app(config: MockConfig) -> connexion.AsyncApp:
    app = connexion.AsyncApp(__name__)
    app.add_api(
        _routing_spec(),
        resolver=Resolver(function_resolver=resolve),
        pythonic_params=True,
        # Reject parameters the spec does not declare: a misspelt filter must not be silently ignored.
        strict_validation=True,
        validate_responses=config.validate_responses,
        validator_map=VALIDATORS,
        swagger_ui_options=SwaggerUIOptions(swagger_ui=False),
    )
    add_error_handlers(app)
    return app


class MockApp:
    """The mock service as an ASGI app. ``state`` is its world, reachable in-process by tests."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.state = State(config)
        self.inner = _connexion_app(config)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        state_token = current_state.set(self.state)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        headers_token = current_headers.set(headers)
        tracking = TrackingSend(send)
        try:
            await self._route(scope, receive, tracking)
        except DroppedConnection:
            raise
        except Exception as error:  # the handler of last resort; see _last_resort
            message = _last_resort.report(self.state, scope["method"], scope["path"], error)
            if not tracking.started:
                await status_response(500, message)(scope, receive, send)
        finally:
            current_headers.reset(headers_token)
            current_state.reset(state_token)

    async def _route(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] == "/openapi.json":
            await Response(_spec_json(), media_type="application/json")(scope, receive, send)
            return
        if scope["path"].startswith(_uploads.UPLOAD_PREFIX):
            await _uploads.receive_upload(self.state, scope, receive, send)
            return
        if scope["path"].startswith("/__mock__/"):
            response = await _control.handle(self.state, Request(scope, receive))
            await response(scope, receive, send)
            return
        await self._serve(scope, receive, send)


    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation_id, secured = operation_for(scope["method"], scope["path"])
        allowed = allowed_methods(scope["path"]) if operation_id is None else []
        if allowed:
            # A spec path with another method: 405 naming the spec's methods for it.
            headers = {"Allow": ", ".join(allowed)}
            await status_response(405, f"Method {scope['method']} is not allowed here.", headers)(scope, receive, send)
            return
        entry: dict[str, Any] = {"method": scope["method"], "path": scope["path"], "operationId": operation_id,
                                 "time": self.state.now(), "status": None, "fault": None}
        self.state.record(entry)
        decision = self.state.faults.decide(operation_id)
        if decision.delay_before:
            await asyncio.sleep(decision.delay_before)
        if decision.drop:
            entry["fault"] = "drop"
            drop_connection(send)
            return
        if decision.status is not None:
            entry["fault"] = entry["status"] = decision.status
            headers = {"Retry-After": str(decision.retry_after)} if decision.retry_after is not None else None
            await status_response(decision.status, "Injected fault.", headers)(scope, receive, send)
            return

        refusal = _auth.authorize(self.state, current_headers.get()) if secured and operation_id else None
        if refusal:
            entry["status"] = 401
            await status_response(401, refusal)(scope, receive, send)
            return

        try:
            scope, receive = await _request_body(operation_id or "", scope, receive)
        except MockError as error:
            entry["status"] = error.status
            await status_response(error.status, error.message)(scope, receive, send)
            return

        started = time.perf_counter()
        lost = False

        async def recording_send(message: Message) -> None:
            nonlocal lost
            if lost:
                return  # the connection is gone; the rest of the answer goes nowhere
            if message["type"] == "http.response.start" and decision.lost:
                entry["fault"], lost = "lost", True
                drop_connection(send)
                return
            if message["type"] == "http.response.start":
                entry["status"] = message["status"]
                entry["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 2)
                if decision.delay_after:
                    entry["fault"] = "slow"
                    await asyncio.sleep(decision.delay_after)
            await send(message)

        streamed = STREAMED.get(operation_id or "")
        if streamed is not None:
            await streamed(self.state, scope, receive, recording_send)
            return
        await self.inner(scope, receive, recording_send)


async def _request_body(operation_id: str, scope: Scope, receive: Receive) -> tuple[Scope, Receive]:
    """The scope and receive connexion gets: a body checked against the operation's media types, or none. The
    uploads stream their bodies themselves (STREAMED)."""
    accepted = body_types(operation_id)
    if operation_id in STREAMED:
        return scope, receive
    if accepted:
        return await _bodies.checked_body(scope, receive, current_headers.get(), accepted)
    if operation_id == _intake_samples.OPERATION_ID:
        scope = await _intake_samples.with_sample_name(scope, receive, current_headers.get())
    return _bodies.without_body(scope, receive)


def create_app(config: MockConfig | None = None) -> MockApp:
    return MockApp(config or MockConfig())
