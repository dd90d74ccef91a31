"""Sign-in handlers and the security checks connexion calls for every data operation."""

from __future__ import annotations

from typing import Any

from visier_data_handling_api.facts import ASID_COOKIE_NAME

from ._context import state
from ._errors import MockError
from ._state import State


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
    else:
        raise MockError(401, f"Invalid value for 'grant_type': {grant!r} is not a grant this service accepts")
    return {"access_token": _issue(), "refresh_token": _issue(), "token_type": "Bearer",
            "expires_in": int(s.config.token_ttl)}


def authorize(s: State, headers: dict[str, str]) -> str | None:
    """Why a data operation's request is refused, or None. As the spec's security says: the apikey header and
    either the VisierASIDToken cookie or a bearer token (from either sign-in)."""
    if "apikey" not in headers:
        return "The apikey header is missing."
    if headers["apikey"] != s.config.api_key:
        return "The API key is not valid."
    token = _cookie(headers.get("cookie", ""), ASID_COOKIE_NAME)
    authorization = headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        token = authorization[7:].strip()
    if not token:
        return "No session token: send the VisierASIDToken cookie or an Authorization: Bearer token."
    expires = s.tokens.get(token)
    if expires is None or s.now() >= expires:
        return "The session token is not valid or has expired; sign in again."
    return None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None
