"""Authentication: one ``httpx.Auth`` for the sync and async clients.

* ``apikey`` header on every request, sign-in included;
* the token is sent as ``Authorization: Bearer`` or as the ``VisierASIDToken`` cookie (see ``_config`` for which);
* the token is obtained lazily, on the first request, and renewed once on a 401, after which the request is
  replayed once. Sign-in requests are yielded from the auth flow, so they go through the same transport (retries,
  logging, test doubles).
* Many threads *and* tasks meeting a missing or expired token sign in once: they claim one :class:`SignInGate`
  per client; one signs in, the others wait and then use the newer token (the generation moved on).
* A sign-in carries the timeout of the request it serves, and the retry transport repeats it on connection
  failures (repeating a sign-in is harmless), all within the sign-in's own deadline (``sign_in_timeout``).
* The flow is written once (``_flow``) and driven by ``sync_auth_flow`` and ``async_auth_flow``, which differ only
  in how they wait for another caller's sign-in and read a body.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Generator, Iterator
from urllib.parse import urlencode

import httpx
from visier_data_handling_api.facts import ASID_COOKIE_NAME, ASID_SIGN_IN_PATH, OAUTH_TOKEN_PATH

from .._config import DEFAULT_SIGN_IN_TIMEOUT, Scheme, Settings, SignIn
from .._exceptions import APIConnectionError, ApiException
from .log import SECRETS, SIGN_IN_ENDED, SIGN_IN_STARTED, logger, sign_in_log
from .retry import DEADLINE, MAX_RETRIES
from .sign_in_gate import Claim, SignInGate

ASID_PATH, OAUTH_PATH, COOKIE_NAME = ASID_SIGN_IN_PATH, OAUTH_TOKEN_PATH, ASID_COOKIE_NAME  # from the spec


def _call_options_of(request: httpx.Request) -> dict[str, object]:
    """The data request's timeout (client-wide or per call) and per-call retries, which bound its sign-in too."""
    return {key: request.extensions[key] for key in ("timeout", MAX_RETRIES) if key in request.extensions}


# What a server that is not Visier's API answers a sign-in with: no such path, no POST there, no POST at all.
NOT_VISIER_STATUSES = frozenset({404, 405, 501})


def _check_visier_answered(response: httpx.Response) -> None:
    """Raise APIConnectionError when the sign-in's answer shows that the host is no Visier API: a plain web server
    answers 404/405/501, or a web page; a wrong host is a connection problem, not a refusal by the service."""
    page = response.status_code == 200 and "text/html" in response.headers.get("content-type", "")
    if response.status_code not in NOT_VISIER_STATUSES and not page:
        return
    answer = "a web page" if page else f"{response.status_code} {response.reason_phrase}".strip()
    url = response.request.url.copy_with(query=None)
    raise APIConnectionError(
        f"signing in at {url} failed ({answer}): {url.host} may not be a Visier API; check the host setting "
        "(--host or VISIER_HOST: the service's URL, such as https://tenant.api.visier.io)"
    )


class VisierAuth(httpx.Auth):
    # The sign-in response body (the token) must be read before the flow continues, sync and async alike.
    requires_response_body = True

    def __init__(self, settings: Settings, sign_in_timeout: float = DEFAULT_SIGN_IN_TIMEOUT) -> None:
        self._settings = settings
        self._sign_in_timeout = sign_in_timeout
        self._gate = SignInGate(settings.access_token or settings.asid_token)
        self.sign_ins = 0
        SECRETS.add(self, *settings.secrets())

    def __repr__(self) -> str:
        return f"VisierAuth(scheme={self._settings.scheme.value}, sign_in={self._settings.sign_in.value})"

    @property
    def _token(self) -> str | None:
        return self._gate.token

    # -- requests ---------------------------------------------------------------------------------------------------

    def _apply(self, request: httpx.Request, token: str | None) -> None:
        request.headers["apikey"] = self._settings.api_key
        if token is None:
            return
        if self._settings.scheme is Scheme.BEARER:
            request.headers["Authorization"] = f"Bearer {token}"
        else:
            # Set as a header rather than through the cookie jar: the jar is shared and scoped by domain.
            request.headers["Cookie"] = f"{COOKIE_NAME}={token}"

    def _sign_in_request(self, request: httpx.Request) -> httpx.Request:
        s = self._settings
        if s.sign_in is SignIn.ASID:
            path, form = ASID_PATH, {"username": s.username, "password": s.password}
        elif s.sign_in is SignIn.OAUTH_PASSWORD:
            path = OAUTH_PATH
            form = {"grant_type": "password", "username": s.username, "password": s.password, "client_id": s.client_id}
            if s.client_secret:
                form["client_secret"] = s.client_secret
        else:
            path = OAUTH_PATH
            form = {"grant_type": "client_credentials", "client_id": s.client_id, "client_secret": s.client_secret}
        url = request.url.copy_with(raw_path=path.encode("ascii"))
        return httpx.Request(
            "POST",
            url,
            headers={"apikey": s.api_key, "Content-Type": "application/x-www-form-urlencoded"},
            content=urlencode({k: v for k, v in form.items() if v is not None}).encode(),
            extensions={
                "visier_sign_in": True,
                **_call_options_of(request),
                DEADLINE: time.monotonic() + self._sign_in_timeout,
            },
        )

    def _accept(self, response: httpx.Response) -> None:
        """Keep the token from a sign-in response, or raise what went wrong (without the form, which has secrets)."""
        _check_visier_answered(response)
        if response.status_code != 200:
            raise ApiException.from_response(response.status_code, response.content, response.headers)
        if self._settings.sign_in is SignIn.ASID:
            token = response.text.strip()
        else:
            try:
                token = str(response.json()["access_token"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ApiException(response.status_code, "no access_token in the sign-in response") from exc
        if not token:
            raise ApiException(response.status_code, "empty token in the sign-in response")
        SECRETS.add(self, token)
        self._gate.publish(token)
        self.sign_ins += 1
        logger.debug("signed in (%s)", self._settings.sign_in.value)

    # -- one flow, driven by a sync and an async driver ------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> Flow:
        """Yields requests to send (and gets their responses), ``Claim.WAIT`` (and gets None once woken), or a
        sign-in response whose body to read."""
        can_sign_in = self._settings.sign_in is not SignIn.NONE
        if can_sign_in and self._gate.token is None:
            yield from self._renew(request, None)
        generation = self._gate.generation
        self._apply(request, self._gate.token)
        response = yield request
        if response is None or response.status_code != 401 or not can_sign_in:
            return
        yield from self._renew(request, generation)
        self._apply(request, self._gate.token)
        yield request

    def _renew(self, request: httpx.Request, stale: int | None) -> Flow:
        while True:
            claim = self._gate.claim(stale)
            if claim is Claim.READY:
                return
            if claim is Claim.WAIT:
                yield Claim.WAIT
                continue
            try:
                sign_in = self._sign_in_request(request)
                sign_in_log.debug(SIGN_IN_STARTED, sign_in.url.copy_with(query=None), self._sign_in_timeout)
                response = yield sign_in
                assert response is not None
                yield response  # the token is in the body; overriding the flow skips httpx's own read
                self._accept(response)
            finally:
                sign_in_log.debug(SIGN_IN_ENDED)
                self._gate.release()  # also when the sign-in failed or the caller was cancelled
            return

    # A step that is not a request (a wait, a body to read) gets no reply.

    def _sync_side_step(self, step: Claim | httpx.Response) -> httpx.Response | None:
        if isinstance(step, Claim):
            self._gate.wait()
        else:
            step.read()
        return None

    async def _async_side_step(self, step: Claim | httpx.Response) -> httpx.Response | None:
        if isinstance(step, Claim):
            await self._gate.await_release()
        else:
            await step.aread()
        return None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with _Steps(self._flow(request)) as steps:
            for step in steps:
                steps.reply = (yield step) if isinstance(step, httpx.Request) else self._sync_side_step(step)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        with _Steps(self._flow(request)) as steps:
            for step in steps:
                steps.reply = (yield step) if isinstance(step, httpx.Request) else await self._async_side_step(step)


# A step of the flow: a request to send (its response comes back), a sign-in to wait for, or a response whose
# body must be read (the token) before the flow goes on.
Step = httpx.Request | Claim | httpx.Response
Flow = Generator[Step, httpx.Response | None, None]


class _Steps:
    """A flow's steps, one by one; ``reply`` goes back with the next. Leaving the ``with`` closes the flow, which
    releases a sign-in it claimed (also when httpx abandons the request)."""

    def __init__(self, flow: Flow) -> None:
        self._flow = flow
        self.reply: httpx.Response | None = None

    def __iter__(self) -> Iterator[Step]:
        try:
            step = next(self._flow)
            while True:
                yield step
                reply, self.reply = self.reply, None
                step = self._flow.send(reply)
        except StopIteration:
            return

    def __enter__(self) -> _Steps:
        return self

    def __exit__(self, *exc: object) -> None:
        self._flow.close()
