"""Sign-in handlers and the security checks connexion calls for every data operation."""

from __future__ import annotations

from typing import Any

from ._context import state
from ._errors import MockError


def _issue() -> str:
    s = state()
    token = "tok-" + s.new_id().replace("-", "")
    s.tokens[token] = s.now() + s.config.token_ttl
    return token


def _valid(token: str) -> bool:
    s = state()
    expires = s.tokens.get(token)
    return expires is not None and s.now() < expires


def _form(body: Any, extra: dict[str, Any]) -> dict[str, Any]:
    form = dict(body) if isinstance(body, dict) else {}
    form.update({k: v for k, v in extra.items() if isinstance(v, str)})
    return form


async def asid_token_authentication(body: Any = None, **extra: Any) -> Any:
    s = state()
    form = _form(body, extra)
    if form.get("username") != s.config.username or form.get("password") != s.config.password:
        raise MockError(401, "The username or password is not valid.")
    return _issue()


async def oauth2_token(body: Any = None, **extra: Any) -> Any:
    s = state()
    form = _form(body, extra)
    grant = form.get("grant_type")
    client_ok = form.get("client_id") == s.config.client_id and form.get("client_secret") == s.config.client_secret
    if grant == "password":
        user_ok = form.get("username") == s.config.username and form.get("password") == s.config.password
        # A client id is optional for the password grant; when one is sent it must be right.
        if not user_ok or ("client_id" in form and not client_ok):
            raise MockError(401, "The credentials are not valid.")
    elif grant == "client_credentials":
        if not client_ok:
            raise MockError(401, "The client credentials are not valid.")
    elif grant == "refresh_token":
        if not _valid(form.get("refresh_token") or ""):
            raise MockError(401, "The refresh token is not valid.")
    elif not grant:
        raise MockError(400, "Invalid value for 'grant_type': required")
    else:
        raise MockError(400, f"Invalid value for 'grant_type': {grant!r} is not supported")
    return {"access_token": _issue(), "refresh_token": _issue(), "token_type": "Bearer",
            "expires_in": int(s.config.token_ttl)}


# Security checks: return token info (a dict) to accept, None to refuse.
def check_api_key(api_key: str, **_: Any) -> dict[str, Any] | None:
    return {"sub": "api-key"} if api_key == state().config.api_key else None


def check_token(token: str, **_: Any) -> dict[str, Any] | None:
    return {"sub": state().config.username, "scope": ["read", "write"]} if _valid(token) else None
