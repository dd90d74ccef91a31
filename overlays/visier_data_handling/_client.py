"""``VisierDataHandling``: the client. It owns settings, auth, retries and timeouts; the operations are the generated
surface (``visier_data_handling_api.surface``), whose methods hand every call to one :class:`OperationCaller`.

Two httpx clients (sync and async) share one :class:`VisierAuth` (one token); the async one is created on first
async use.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx
from visier_data_handling_api.surface import (
    DataAndJobHandling,
    DataIntake,
    DataUpload,
    DirectDataIntake,
    PGPKeys,
)

from ._calls.caller import OperationCaller, SyncDrivenCaller
from ._client_flows import FlowMethods
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_SIGN_IN_TIMEOUT,
    USER_AGENT,
    CertTypes,
    ProxyTypes,
    Settings,
    TimeoutTypes,
    VerifyTypes,
    build_settings,
    call_timeout,
    env_settings,
    max_retries_setting,
    network_settings,
    sign_in_timeout_setting,
)
from ._http.aiohttp_transport import check_backend, network_transport
from ._http.auth import VisierAuth
from ._http.cookies import without_cookie_jar
from ._http.log import SECRETS, install_filters
from ._http.network import Routes
from ._http.network_errors import AsyncNamedRefusals, NamedRefusals
from ._http.per_loop import PerLoop
from ._http.retry import AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from ._jobs.namespace import Jobs

class VisierDataHandling(FlowMethods):
    """A client for Visier's Data and Job Handling API.

    Credentials (precedence when several are given): ``access_token``, then ``cookie_auth`` (an ASID token), then
    ``username``/``password``/``client_id`` (OAuth password grant), then ``client_id``/``client_secret`` (client
    credentials), then ``username``/``password`` (ASID sign-in). ``api_key`` (alias ``api_key_auth``) is always
    needed. ``timeout`` is seconds or an ``httpx.Timeout`` (default: 5 s connect, 60 s read); ``max_retries``
    defaults to 3. ``sign_in_timeout`` bounds a sign-in, its retries included (default 30 s: a sign-in answers in
    seconds, so a silent host fails in half a minute, not after four read timeouts). ``limits`` caps the connection
    pools (httpx's default: 100 connections, 20 kept alive).
    Async calls run on aiohttp's connection pool when the ``aiohttp`` extra is installed (the README's install lines
    include it), else on httpx's own: ``async_backend="auto"``, the default. aiohttp's pool is several times cheaper
    under concurrency; ``async_backend="httpx"`` or ``"aiohttp"`` forces one. Retries, auth, timeouts and errors are
    the same on both.

    The network is reached as httpx reaches it: ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY`` and
    ``SSL_CERT_FILE``/``SSL_CERT_DIR`` apply unless ``trust_env=False``. ``proxy`` (a URL, credentials allowed, or an
    ``httpx.Proxy``) and ``verify`` (a CA bundle file or directory, an ``ssl.SSLContext``, or False: logged as a
    warning) win over them; ``cert`` is a client certificate (a file, or (certificate, key[, password])).
    ``transport``/``async_transport`` and ``sleep``/``async_sleep`` replace the network and the backoff waits
    (tests).
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
        sign_in_timeout: float = DEFAULT_SIGN_IN_TIMEOUT,
        limits: httpx.Limits | None = None,
        async_backend: Literal["auto", "httpx", "aiohttp"] = "auto",
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
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
        network = network_settings(proxy, verify, cert, trust_env)
        SECRETS.add(self, *network.secrets())
        self._timeout = call_timeout(timeout)
        self._policy = RetryPolicy(max_retries_setting(max_retries))
        self._auth = VisierAuth(self._settings, sign_in_timeout_setting(sign_in_timeout))
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport  # e.g. httpx.MockTransport serves both
        self._async_inner = async_transport
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._async_backend = check_backend(async_backend)
        # Built only when a network transport is (as httpx reads the environment only when it builds the transport).
        self._routes = Routes.of(network) if transport is None or async_transport is None else None
        if self._routes is not None:
            SECRETS.add(self, *self._routes.secrets())
        if transport is None:
            assert self._routes is not None
            context = self._routes.context
            sync, mounts = self._routes.transports(
                lambda p: self._retrying(
                    NamedRefusals(httpx.HTTPTransport(limits=self._limits, verify=context, proxy=p), p)
                )
            )
        else:
            sync, mounts = self._retrying(transport), {}
        self._http = httpx.Client(
            base_url=self._settings.host,
            auth=self._auth,
            timeout=self._timeout,
            headers={"User-Agent": USER_AGENT},
            transport=sync,
            mounts=mounts,
        )
        without_cookie_jar(self._http)
        self._ahttp = PerLoop(self._new_async_client)
        defaults = {"target_tenant_id": self._settings.target_tenant_id}
        caller = OperationCaller(self._http, self._async_client, self._settings.host, defaults)
        self.data_and_job_handling = DataAndJobHandling(caller)
        self.data_upload = DataUpload(caller)
        self.direct_data_intake = DirectDataIntake(caller)
        self.data_intake = DataIntake(caller)
        self.pgp_keys = PGPKeys(caller)
        # The same operations, their async twins run synchronously: the sync driver of code written once as
        # coroutines (the job and flow plans).
        sync_driven = SyncDrivenCaller(self._http, self._async_client, self._settings.host, defaults)
        self.sync_driven_operations = DataAndJobHandling(sync_driven)
        self.sync_driven_data_upload = DataUpload(sync_driven)
        self.sync_driven_direct_data_intake = DirectDataIntake(sync_driven)
        self.sync_driven_data_intake = DataIntake(sync_driven)
        self.sync_driven_pgp_keys = PGPKeys(sync_driven)
        self._jobs: Jobs | None = None

    @classmethod
    # Any: the overrides are __init__'s own keywords, of their several types, checked there.
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """A client from VISIER_HOST (or VISIER_VANITY), VISIER_APIKEY, VISIER_USERNAME, VISIER_PASSWORD,
        VISIER_CLIENT_ID and VISIER_CLIENT_SECRET; keyword arguments override them."""
        settings: dict[str, Any] = {k: v for k, v in env_settings(environ).items() if v is not None}  # Any: as above
        settings.update(overrides)
        return cls(**settings)

    def __repr__(self) -> str:
        s = self._settings
        return f"VisierDataHandling(host={s.host!r}, auth={s.scheme.value}, sign_in={s.sign_in.value})"

    @property
    def host(self) -> str:
        return self._settings.host

    # -- lifecycle --------------------------------------------------------------------------------------------------

    def _retrying(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        return RetryTransport(inner, self._policy, self._sleep)

    def _async_retrying(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        if self._async_sleep is None:
            return AsyncRetryTransport(inner, self._policy)
        return AsyncRetryTransport(inner, self._policy, self._async_sleep)

    def _async_client(self) -> httpx.AsyncClient:
        """The async HTTP client of the running event loop (see ``_http/per_loop.py``)."""
        return self._ahttp.get()

    def _new_async_client(self) -> httpx.AsyncClient:
        if self._async_inner is None:
            assert self._routes is not None
            backend, limits, context = self._async_backend, self._limits, self._routes.context
            transport, mounts = self._routes.transports(
                lambda p: self._async_retrying(AsyncNamedRefusals(network_transport(backend, limits, context, p), p))
            )
        else:
            transport, mounts = self._async_retrying(self._async_inner), {}
        client = httpx.AsyncClient(
            base_url=self._settings.host,
            auth=self._auth,
            timeout=self._timeout,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
            mounts=mounts,
        )
        without_cookie_jar(client)
        return client

    def close(self) -> None:
        """Close the sync HTTP client (the async one needs :meth:`aclose`)."""
        self._http.close()

    async def aclose(self) -> None:
        """Close the sync HTTP client and the running event loop's async one (another loop's closes with it)."""
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


__all__ = ["VisierDataHandling"]
