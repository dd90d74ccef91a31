"""The control API under /__mock__/, outside the public spec: clock, faults, failures, journal, reset.

Every call checks its whole body first and only then changes anything, under the state's lock: a rejected call
(400 naming the field) leaves the world as it was, and nothing accepted can break a later request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._bodies import declared_length, parse_json, read_body
from ._checks import Invalid, integer, number, only, text
from ._clock import MAX_TIME, iso
from ._errors import MockError
from ._faults import MAX_SLOW, check_rule
from ._state import State
from ._state_jobs import STAGES

MAX_SEEDED = 200_000
MAX_FILES = 10_000


async def handle(state: State, request: Request) -> Response:
    route = (request.method, request.url.path.removeprefix("/__mock__"))
    try:
        headers = {k.lower(): v for k, v in request.headers.items()}
        raw = await read_body(request.receive, declared_length(headers))
        body = parse_json(raw, "control body") if raw.strip() else {}
        if not isinstance(body, dict):
            raise Invalid("body", f"must be a JSON object, not {type(body).__name__}")
        action = ROUTES.get(route)
        if action is None:
            return JSONResponse({"error": f"no control route {route[0]} {route[1]}"}, status_code=404)
        with state.lock:
            answer = action(state, body)
    except Invalid as error:
        return JSONResponse({"error": str(error)}, status_code=400)
    except MockError as error:
        return JSONResponse({"error": error.message}, status_code=error.status)
    return JSONResponse(answer)


def _state(state: State, body: dict[str, Any]) -> Any:
    only(body, ())
    now = state.now()
    jobs = sum(j.exists(now) for j in state.job_store.jobs.values())
    return {"now": iso(now), "admin": state.admin, "tenants": state.tenants, "consolidated": state.consolidated,
            "sftp": state.sftp, "jobs": jobs, "tokens": len(state.tokens)}


def _reset(state: State, body: dict[str, Any]) -> Any:
    only(body, ("seed",))
    state.reset(integer(body, "seed", 0, 2**63 - 1, state.config.seed))
    return {"reset": True, "now": iso(state.now())}


def _advance(state: State, body: dict[str, Any]) -> Any:
    only(body, ("seconds",))
    seconds = number(body, "seconds", 0, MAX_TIME - state.now())
    state.advance(seconds)
    return {"now": iso(state.now())}


def _expire_tokens(state: State, body: dict[str, Any]) -> Any:
    only(body, ())
    state.tokens.clear()
    return {"expired": True}


def _requests(state: State, body: dict[str, Any]) -> Any:
    only(body, ())
    return {"requests": list(state.journal)}


def _clear_requests(state: State, body: dict[str, Any]) -> Any:
    only(body, ())
    state.journal.clear()
    return {"cleared": True}


def _set_faults(state: State, body: dict[str, Any]) -> Any:
    rule = dict(body)
    operation_id = text(rule, "operationId", "*", 200)
    rule.pop("operationId", None)
    state.faults.rules[operation_id] = check_rule(rule)
    return {"faults": state.faults.rules}


def _clear_faults(state: State, body: dict[str, Any]) -> Any:
    only(body, ())
    state.faults.clear()
    return {"faults": {}}


def _plant_failure(state: State, body: dict[str, Any]) -> Any:
    only(body, ("tenantCode", "stage", "message"))
    tenant = text(body, "tenantCode")
    stage = text(body, "stage", "processing")
    if stage not in STAGES:
        raise Invalid("stage", f"must be one of {', '.join(STAGES)}")
    message = text(body, "message") if body.get("message") is not None else None
    state.job_store.plant_failure(tenant, stage, message)
    return {"planted": body}


def _slow(state: State, body: dict[str, Any]) -> Any:
    only(body, ("tenantCode", "seconds", "stage"))
    tenant = text(body, "tenantCode")
    stage = text(body, "stage") if body.get("stage") is not None else None
    if stage is not None and stage not in STAGES:
        raise Invalid("stage", f"must be one of {', '.join(STAGES)}")
    state.job_store.set_slow(tenant, number(body, "seconds", 0, MAX_SLOW * 6), stage)
    return {"slow": state.job_store.slow}


def _sftp(state: State, body: dict[str, Any]) -> Any:
    only(body, ("files",))
    files = body.get("files")
    if not isinstance(files, list) or not 0 < len(files) <= MAX_FILES:
        raise Invalid("files", f"must be a list of 1 to {MAX_FILES} file names")
    names = [text({"files": name}, "files", max_length=255) for name in files]
    state.sftp.extend(names)
    return {"sftp": state.sftp}


def _seed_credentials(state: State, body: dict[str, Any]) -> Any:
    only(body, ("tenantCode", "count"))
    tenant = text(body, "tenantCode", state.admin)
    if tenant != state.admin and tenant not in state.visible_tenants():
        raise Invalid("tenantCode", f"unknown tenant {tenant!r}")
    count = integer(body, "count", 0, MAX_SEEDED - len(state.connector_store.credentials))
    for index in range(count):
        state.connector_store.add_credential(tenant, f"Seeded credential {index}", "Redshift")
    return {"credentials": len(state.connector_store.credentials)}


def _seed_tenants(state: State, body: dict[str, Any]) -> Any:
    only(body, ("count",))
    count = integer(body, "count", 0, MAX_SEEDED - len(state.tenants))
    state.add_tenants(count)
    return {"tenants": len(state.tenants)}


def _intake(state: State, body: dict[str, Any]) -> Any:
    """Direct Data Intake's counts: per transaction its status and commits, the open ones, the double commits."""
    only(body, ())
    return state.intake_store.summary()


ROUTES: dict[tuple[str, str], Callable[[State, dict[str, Any]], Any]] = {
    ("GET", "/state"): _state,
    ("POST", "/reset"): _reset,
    ("POST", "/clock/advance"): _advance,
    ("POST", "/tokens/expire"): _expire_tokens,
    ("GET", "/requests"): _requests,
    ("DELETE", "/requests"): _clear_requests,
    ("POST", "/faults"): _set_faults,
    ("DELETE", "/faults"): _clear_faults,
    ("POST", "/failures"): _plant_failure,
    ("POST", "/slow"): _slow,
    ("POST", "/sftp"): _sftp,
    ("POST", "/seed/credentials"): _seed_credentials,
    ("POST", "/seed/tenants"): _seed_tenants,
    ("GET", "/intake"): _intake,
}
