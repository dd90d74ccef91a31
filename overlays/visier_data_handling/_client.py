"""``VisierDataHandling``: the client. It owns settings, auth, retries and timeouts; the operations are the generated
surface (``visier_data_handling_api.surface``), whose methods hand every call to one :class:`OperationCaller`.

Its keywords are checked once into a :class:`ClientOptions`; its HTTP clients (sync, and async per event loop) and
its one :class:`VisierAuth` (one token) live in a :class:`SharedHttp`, which ``with_options`` copies share.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import attrs
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
    CertTypes,
    ProxyTypes,
    Settings,
    TimeoutTypes,
    VerifyTypes,
    build_settings,
    call_timeout,
    env_settings,
    max_retries_setting,
)
from ._http.auth import VisierAuth
from ._http.network import Routes
from ._http.options import ClientOptions, default_headers_setting
from ._http.retry import CallOptions
from ._http.shared import SharedHttp

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
    Sync calls run on urllib3's pool when urllib3 2 is installed (the ``urllib3`` extra), else on httpx's own:
    ``sync_backend="auto"``, the default; ``"urllib3"`` or ``"httpx"`` forces one (see ``docs/client-options.md``).
    Retries, auth, proxies, TLS and errors are the same on both.

    ``default_headers`` go with every operation's request (not the sign-in's; an operation's own header of the same
    name wins); the headers the sign-in sets
    (``Authorization``, ``apikey``, ``Cookie``, ``Proxy-Authorization``) are refused there. ``http_client`` /
    ``async_http_client`` hand in the user's own ``httpx.Client`` / ``httpx.AsyncClient`` (their transports, mounts,
    limits and event hooks are kept; the SDK's auth, retries and timeouts are layered on them, and the SDK never
    closes them: see ``_http/user_client.py``). :meth:`with_options` gives a copy with another timeout, retries or
    headers on the same connections and sign-in.
    ``transport``/``async_transport`` and ``sleep``/``async_sleep`` replace the network and the backoff waits
    (tests).
    """

    # The generated surface's namespaces (``_assemble`` binds them to this client's caller); the sync-driven ones run
    # the async twins synchronously for the job and flow plans.
    data_and_job_handling: DataAndJobHandling
    sync_driven_operations: DataAndJobHandling

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
        sync_backend: Literal["auto", "httpx", "urllib3"] = "auto",
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        credentials = build_settings(
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
        options = ClientOptions.check(
            credentials,
            timeout=timeout,
            max_retries=max_retries,
            sign_in_timeout=sign_in_timeout,
            limits=limits,
            async_backend=async_backend,
            sync_backend=sync_backend,
            default_headers=default_headers,
            network=(proxy, verify, cert, trust_env),
            transports=(transport, async_transport),
            clients=(http_client, async_http_client),
            sleeps=(sleep, async_sleep),
        )
        self._assemble(options, SharedHttp(options), CallOptions(), {}, owner=True)

    def _assemble(
        self,
        options: ClientOptions,
        shared: SharedHttp,
        per_request: CallOptions,
        headers: Mapping[str, str],
        *,
        owner: bool,
    ) -> None:
        """Build the operation namespaces on ``shared``; ``per_request`` and ``headers`` are what a copy made by
        :meth:`with_options` sends with each request over the shared clients' own (None, empty: theirs)."""
        self._options, self._shared, self._owns_http = options, shared, owner
        host = options.settings.host
        defaults = {"target_tenant_id": options.settings.target_tenant_id}
        caller = OperationCaller(shared.sync, shared.async_client, host, defaults, per_request, headers)
        self.data_and_job_handling = DataAndJobHandling(caller)
        self.data_upload = DataUpload(caller)
        self.direct_data_intake = DirectDataIntake(caller)
        self.data_intake = DataIntake(caller)
        self.pgp_keys = PGPKeys(caller)
        # The same operations, their async twins run synchronously: the sync driver of code written once as
        # coroutines (the job and flow plans).
        sync_driven = SyncDrivenCaller(shared.sync, shared.async_client, host, defaults, per_request, headers)
        self.sync_driven_operations = DataAndJobHandling(sync_driven)
        self.sync_driven_data_upload = DataUpload(sync_driven)
        self.sync_driven_direct_data_intake = DirectDataIntake(sync_driven)
        self.sync_driven_data_intake = DataIntake(sync_driven)
        self.sync_driven_pgp_keys = PGPKeys(sync_driven)
        self._jobs: Jobs | None = None

    def with_options(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with another ``timeout``, ``max_retries`` or more ``default_headers`` (added to
        this client's; the same name replaces), on the same connections and the same sign-in: no second sign-in,
        no second pool. Per-call ``timeout``/``max_retries`` still win over the copy's. The copy's
        :meth:`close` leaves the shared connections open; the client it was made from closes them.

        ``client.with_options(timeout=600).upload(...)``: one slow call without a second client.
        """
        old = self._options
        new_timeout = old.timeout if timeout is None else call_timeout(timeout)
        new_retries = old.max_retries if max_retries is None else max_retries_setting(max_retries)
        added = default_headers_setting(default_headers)
        options = attrs.evolve(
            old, timeout=new_timeout, max_retries=new_retries, default_headers={**old.default_headers, **added}
        )
        shared = self._shared
        # The shared clients send the first client's timeout, retries and headers; a copy sends its own with each
        # request (request extensions and headers, which the transports and httpx read first).
        first = shared.options
        per_request = CallOptions(
            None if new_timeout == first.timeout else new_timeout,
            None if new_retries == first.max_retries else new_retries,
        )
        headers = {k: v for k, v in options.default_headers.items() if first.default_headers.get(k) != v}
        copy = object.__new__(type(self))
        copy._assemble(options, shared, per_request, headers, owner=False)
        return copy

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
        return self._options.settings.host

    # -- the shared HTTP side (tests look at it) --------------------------------------------------------------------

    @property
    def _settings(self) -> Settings:
        return self._options.settings

    @property
    def _auth(self) -> VisierAuth:
        return self._shared.auth

    @property
    def _http(self) -> httpx.Client:
        return self._shared.sync

    @property
    def _routes(self) -> Routes | None:
        return self._shared.routes

    def _async_client(self) -> httpx.AsyncClient:
        """The async HTTP client of the running event loop (see ``_http/per_loop.py``)."""
        return self._shared.async_client()

    # -- lifecycle --------------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync HTTP client (the async one needs :meth:`aclose`); a :meth:`with_options` copy leaves the
        shared connections to the client it was made from."""
        if self._owns_http:
            self._shared.close()

    async def aclose(self) -> None:
        """Close the sync HTTP client and the running event loop's async one (another loop's closes with it)."""
        if self._owns_http:
            await self._shared.aclose()

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
