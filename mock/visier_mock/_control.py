"""The control API under /__mock__/, outside the public spec: clock, faults, failures, journal, reset."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._state import State, iso


async def handle(state: State, request: Request) -> Response:
    route = (request.method, request.url.path.removeprefix("/__mock__"))
    try:
        body: dict[str, Any] = json.loads(await request.body() or b"{}")
        answer = _dispatch(state, route, body)
    except (ValueError, TypeError, KeyError) as error:
        return JSONResponse({"error": f"{type(error).__name__}: {error}"}, status_code=400)
    if answer is None:
        return JSONResponse({"error": f"no control route {route[0]} {route[1]}"}, status_code=404)
    return JSONResponse(answer)


def _dispatch(state: State, route: tuple[str, str], body: dict[str, Any]) -> Any:
    with state.lock:
        match route:
            case ("GET", "/state"):
                now = state.now()
                return {"now": iso(now), "admin": state.admin, "tenants": state.tenants, "sftp": state.sftp,
                        "jobs": sum(j.exists(now) for j in state.jobs.values()), "tokens": len(state.tokens)}
            case ("POST", "/reset"):
                state.reset(int(body.get("seed", state.config.seed)))
                return {"reset": True}
            case ("POST", "/clock/advance"):
                state.advance(float(body["seconds"]))
                return {"now": iso(state.now())}
            case ("POST", "/tokens/expire"):
                state.tokens.clear()
                return {"expired": True}
            case ("GET", "/requests"):
                return {"requests": list(state.journal)}
            case ("DELETE", "/requests"):
                state.journal.clear()
                return {"cleared": True}
            case ("POST", "/faults"):
                state.faults.set(str(body.pop("operationId", "*")), body)
                return {"faults": state.faults.rules}
            case ("DELETE", "/faults"):
                state.faults.clear()
                return {"faults": {}}
            case ("POST", "/failures"):
                state.plant_failure(**body)
                return {"planted": body}
            case ("POST", "/slow"):
                state.set_slow(str(body["tenantCode"]), float(body["seconds"]))
                return {"slow": state.slow}
            case ("POST", "/sftp"):
                state.sftp.extend(str(name) for name in body["files"])
                return {"sftp": state.sftp}
            case ("POST", "/seed/credentials"):
                tenant = str(body.get("tenantCode", state.admin))
                for index in range(int(body["count"])):
                    state.add_credential(tenant, f"Seeded credential {index}", "Redshift")
                return {"credentials": len(state.credentials)}
            case ("POST", "/seed/tenants"):
                start = len(state.tenants)
                state.tenants.extend(f"{state.admin}~t{start + i}" for i in range(int(body["count"])))
                return {"tenants": len(state.tenants)}
    return None
