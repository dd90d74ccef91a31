"""``VisierDataHandling``: the client. It owns settings, auth, retries, timeouts and paging; the operations are the
generated surface (``visier_data_handling_api.surface``), which hands every call to :meth:`VisierDataHandling.call`.

Two httpx clients (sync and async) share one :class:`VisierAuth` (one token) and are handed to the generated client
with ``set_httpx_client`` / ``set_async_httpx_client``: a transport given via ``httpx_args`` would be shared by both
and must then implement both protocols. The async one is created on first async use.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx
from visier_data_handling_api.client import Client as _ApiClient
from visier_data_handling_api.errors import ErrorResponse
from visier_data_handling_api.surface import DataAndJobHandling

from ._calls import arguments as _arguments
from ._calls import page_ahead as _page_ahead
from ._calls.pagination import Pager, aiterate, iterate
from ._calls.raw import raw_response
from ._client_flows import FlowMethods
from ._config import (
    DEFAULT_MAX_RETRIES,
    USER_AGENT,
    Settings,
    TimeoutTypes,
    build_settings,
    call_timeout,
    env_settings,
    max_retries_setting,
)
from ._exceptions import ApiException, InvalidArgument
from ._http.aiohttp_transport import check_backend, network_transport
from ._http.auth import VisierAuth
from ._http.connection_errors import connection_error
from ._http.cookies import without_cookie_jar
from ._http.log import install_filters
from ._http.retry import CALL_OPTIONS, AsyncRetryTransport, CallOptions, RetryPolicy, RetryTransport
from ._twins import finish, ready

if TYPE_CHECKING:
    from ._jobs.namespace import Jobs

class VisierDataHandling(FlowMethods):
    """A client for Visier's Data and Job Handling API.

    Credentials (precedence when several are given): ``access_token``, then ``cookie_auth`` (an ASID token), then
    ``username``/``password``/``client_id`` (OAuth password grant), then ``client_id``/``client_secret`` (client
    credentials), then ``username``/``password`` (ASID sign-in). ``api_key`` (alias ``api_key_auth``) is always
    needed. ``timeout`` is seconds or an ``httpx.Timeout`` (default: 5 s connect, 60 s read); ``max_retries``
    defaults to 3. ``limits`` caps the connection pools (httpx's default: 100 connections, 20 kept alive).
    ``async_backend="aiohttp"`` (the ``aiohttp`` extra) runs async calls on aiohttp's connection pool: the fastest
    configuration for many concurrent async calls. ``transport``/``async_transport`` and ``sleep``/``async_sleep``
    replace the network and the backoff waits (tests).
    """

    def __init__(
        self,
        host: str | None = None,
        api_key: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        target_tenant_id: str | None = None,
        api_key_auth: str | None = None,
        cookie_auth: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits | None = None,
        async_backend: Literal["httpx", "aiohttp"] = "httpx",
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._settings: Settings = build_settings(
            host=host,
            api_key=api_key,
            api_key_auth=api_key_auth,
            username=username,
            password=password,
            access_token=access_token,
            cookie_auth=cookie_auth,
            client_id=client_id,
            client_secret=client_secret,
            target_tenant_id=target_tenant_id,
        )
        install_filters()
        self._timeout = call_timeout(timeout)
        self._policy = RetryPolicy(max_retries_setting(max_retries))
        self._auth = VisierAuth(self._settings)
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport  # e.g. httpx.MockTransport serves both
        self._async_inner = async_transport
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._async_backend = check_backend(async_backend)
        self._http = httpx.Client(
            base_url=self._settings.host,
            auth=self._auth,
            timeout=self._timeout,
            headers={"User-Agent": USER_AGENT},
            transport=RetryTransport(transport or httpx.HTTPTransport(limits=self._limits), self._policy, self._sleep),
        )
        without_cookie_jar(self._http)
        self._ahttp: httpx.AsyncClient | None = None
        self._api = _ApiClient(base_url=self._settings.host, timeout=self._timeout)
        self._api.set_httpx_client(self._http)
        self._defaults = {"target_tenant_id": self._settings.target_tenant_id}
        self.data_and_job_handling = DataAndJobHandling(self)
        self._jobs: Jobs | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """A client from VISIER_HOST (or VISIER_VANITY), VISIER_APIKEY, VISIER_USERNAME, VISIER_PASSWORD,
        VISIER_CLIENT_ID and VISIER_CLIENT_SECRET; keyword arguments override them."""
        settings: dict[str, Any] = {k: v for k, v in env_settings(environ).items() if v is not None}
        settings.update(overrides)
        return cls(**settings)

    def __repr__(self) -> str:
        s = self._settings
        return f"VisierDataHandling(host={s.host!r}, auth={s.scheme.value}, sign_in={s.sign_in.value})"

    @property
    def host(self) -> str:
        return self._settings.host

    # -- lifecycle --------------------------------------------------------------------------------------------------

    def _async_client(self) -> httpx.AsyncClient:
        if self._ahttp is None:
            sleep = self._async_sleep
            inner = self._async_inner or network_transport(self._async_backend, self._limits)
            transport = (
                AsyncRetryTransport(inner, self._policy)
                if sleep is None
                else AsyncRetryTransport(inner, self._policy, sleep)
            )
            self._ahttp = httpx.AsyncClient(
                base_url=self._settings.host,
                auth=self._auth,
                timeout=self._timeout,
                headers={"User-Agent": USER_AGENT},
                transport=transport,
            )
            without_cookie_jar(self._ahttp)
            self._api.set_async_httpx_client(self._ahttp)
        return self._ahttp

    def close(self) -> None:
        """Close the sync HTTP client (the async one needs :meth:`aclose`)."""
        self._http.close()

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        if self._ahttp is not None:
            await self._ahttp.aclose()
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- the one place operations are called ------------------------------------------------------------------------

    def call(
        self,
        operation: str,
        method: str,
        args: tuple[object, ...],
        kwargs: dict[str, object],
        *,
        raw: bool,
        asynchronous: bool,
    ) -> object:
        """The generated surface's entry point (its ``Caller`` protocol): every operation method lands here."""
        if args:
            raise InvalidArgument(f"{method}() takes keyword arguments only, not {len(args)} positional", argument="")
        invoke = self._ainvoke if asynchronous else self._invoke
        return invoke(operation, kwargs, raw=raw)

    @staticmethod
    def _options(kwargs: dict[str, Any]) -> CallOptions:
        timeout, retries = kwargs.pop("timeout", None), kwargs.pop("max_retries", None)
        timeout = None if timeout is None else call_timeout(timeout)
        return CallOptions(timeout, None if retries is None else max_retries_setting(retries))

    def _prepare(self, name: str, kwargs: Mapping[str, Any], raw: bool) -> tuple[dict[str, Any], CallOptions, Any]:
        """Split off the SDK's own keywords and bind the rest (so bad arguments fail here, before any request, and
        at the call even when it is awaited later); with iterator=True, return the pager instead."""
        rest = dict(kwargs)
        options = self._options(rest)
        iterator, page_size = rest.pop("iterator", False), rest.pop("page_size", None)
        ahead = _page_ahead.check(name, rest.pop("page_ahead", None), iterator)
        if not iterator:
            if page_size is not None:
                raise InvalidArgument(f"{name}(): page_size needs iterator=True", argument="page_size")
            return self._bind(name, rest), options, None
        if raw:
            raise InvalidArgument(f"raw.{name}() does not take iterator=True", argument="iterator")
        pager = Pager.create(name, _arguments.operations()[name]["pagination"], rest, page_size)
        pager.ahead = ahead
        self._bind(name, pager.request())
        return rest, options, pager

    def _bind(self, name: str, given: Mapping[str, Any]) -> dict[str, Any]:
        """The generated function's keyword arguments for ``given`` (checked and converted)."""
        return _arguments.bind(name, name, given, self._defaults)

    async def _sending(
        self, name: str, call_kwargs: Mapping[str, Any], options: CallOptions, function: Callable[..., Awaitable[Any]]
    ) -> tuple[Any, float]:
        """One call of a generated function with bound arguments, its errors turned into the SDK's: written once for
        both twins."""
        token = CALL_OPTIONS.set(options)
        started = time.monotonic()
        try:
            return await function(client=self._api, **call_kwargs), time.monotonic() - started
        except ErrorResponse as exc:
            raise ApiException.from_response(
                exc.status_code, exc.content, exc.headers, time.monotonic() - started
            ) from None
        except httpx.TransportError as exc:
            raise connection_error(name, self._settings.host, exc, started) from exc
        finally:
            CALL_OPTIONS.reset(token)

    def _send(
        self, name: str, call_kwargs: Mapping[str, Any], options: CallOptions,
        function: Callable[..., Any] | None = None,
    ) -> tuple[Any, float]:
        """``function`` defaults to the operation's generated ``sync_detailed``; page-ahead passes a body-only one."""
        function = function or _arguments.module(name).sync_detailed
        return finish(self._sending(name, call_kwargs, options, ready(function)))

    async def _asend(
        self, name: str, call_kwargs: Mapping[str, Any], options: CallOptions,
        function: Callable[..., Awaitable[Any]] | None = None,
    ) -> tuple[Any, float]:
        self._async_client()  # the generated client needs the async httpx client set
        function = function or _arguments.module(name).asyncio_detailed
        return await self._sending(name, call_kwargs, options, function)

    def _invoke(self, name: str, kwargs: Mapping[str, Any], *, raw: bool = False) -> Any:
        call_kwargs, options, pager = self._prepare(name, kwargs, raw)
        if pager is not None and pager.ahead:
            body = _page_ahead.body_only(_arguments.module(name))
            return _page_ahead.iterate_ahead(
                pager, lambda request: self._send(name, self._bind(name, request), options, body)[0],
                _arguments.module(name),
            )
        if pager is not None:
            return iterate(pager, lambda request: self._send(name, self._bind(name, request), options)[0].parsed)
        response, elapsed = self._send(name, call_kwargs, options)
        return raw_response(response, elapsed) if raw else response.parsed

    def _ainvoke(self, name: str, kwargs: Mapping[str, Any], *, raw: bool = False) -> Any:
        """A coroutine, or with iterator=True an async iterator (so ``async for`` needs no ``await``)."""
        call_kwargs, options, pager = self._prepare(name, kwargs, raw)
        if pager is not None:
            return self._apages(name, pager, options)
        return self._aone(name, call_kwargs, options, raw)

    def _apages(self, name: str, pager: Pager, options: CallOptions) -> AsyncIterator[Any]:
        body = _page_ahead.abody_only(_arguments.module(name)) if pager.ahead else None

        async def fetch(request: dict[str, Any]) -> Any:
            response = (await self._asend(name, self._bind(name, request), options, body))[0]
            return response if body else response.parsed

        if body is not None:
            return _page_ahead.aiterate_ahead(pager, fetch, _arguments.module(name))
        return aiterate(pager, fetch)

    async def _aone(self, name: str, call_kwargs: Mapping[str, Any], options: CallOptions, raw: bool) -> Any:
        response, elapsed = await self._asend(name, call_kwargs, options)
        return raw_response(response, elapsed) if raw else response.parsed


__all__ = ["VisierDataHandling"]
