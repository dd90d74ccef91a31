"""Uploading data files (fileUpload), streamed from disk and sent once.

    client.upload("hcm_20260101.zip.gpg", on_progress=print)           # UploadResult(filename=..., size=...)
    result = client.upload_and_load(["hcm.zip.gpg", "payroll.csv"])     # upload each, then load them (LoadResult)

How the body is sent once: Visier answers ``PUT /v1/data/upload/files/{filename}`` with a 307 to its upload
infrastructure and recommends ``Expect: 100-continue``. httpx does not wait for a ``100 Continue`` (it sends the
body right after the headers), and a redirect followed by httpx would send the body twice. So the SDK probes: it
sends the PUT with an empty body, takes the 307's ``Location``, and streams the file there in a single PUT with
its ``Content-Length``. Like httpx following a redirect, it sends credentials to that location only when it is on
the client's own host; a location elsewhere (a presigned URL) gets none. The streamed PUT is never retried, since
its body cannot be replayed; a failed upload registers nothing, and uploading again is safe.

Before anything is sent the file is checked: it exists, its name ends in .zip, .csv, .xls or .xlsx (optionally
followed by .gpg or .pgp), and it is at most 500 MB. The file is read in 1 MiB chunks, so memory stays flat
whatever its size.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TypedDict, Unpack
from urllib.parse import quote

import attrs
import httpx
from visier_data_handling_api.facts import UPLOAD_PATH

from .._calls.arguments import unexpected
from .._exceptions import APIConnectionError, ApiException, APITimeoutError, InvalidArgument
from .._http.connection_errors import connection_error, describe, scrub
from .._http.network_errors import Refused
from .._http.retry import CallOptions
from .._jobs.snapshot import JobClient
from .._twins import finish, ready
from .flow import LoadOptions
from .upload_check import (
    StrPath,
    UploadPlan,
    UploadProgress,
    UploadProgressCallback,
    UploadResult,
    check_uploads,
    plan,
)

if TYPE_CHECKING:
    from .._jobs.future import JobFuture
    from .flow import Flow, LoadResult

CHUNK_BYTES = 1024 * 1024


def _headers(target_tenant_id: str | None, length: int) -> dict[str, str]:
    headers = {"Content-Type": "application/octet-stream", "Content-Length": str(length)}
    if target_tenant_id:
        headers["TargetTenantID"] = target_tenant_id
    return headers


def _location(host: str, plan: UploadPlan, probe: httpx.Response) -> tuple[str, bool]:
    """The absolute upload location of a 307, and whether credentials go there (same host as the client)."""
    location = probe.headers.get("location")
    if probe.status_code != 307 or not location:
        if probe.status_code >= 400:
            raise ApiException.from_response(probe.status_code, probe.content, probe.headers)
        raise ApiException(
            probe.status_code,
            f"expected a 307 redirect to the upload location for {plan.filename!r}, got {probe.status_code}",
            headers=probe.headers,
        )
    url = probe.request.url.join(location)
    own = httpx.URL(host)
    return str(url), (url.scheme, url.host, url.port) == (own.scheme, own.host, own.port)


def _result(plan: UploadPlan, response: httpx.Response, started: float) -> UploadResult:
    if response.status_code >= 300:
        raise ApiException.from_response(response.status_code, response.content, response.headers)
    return UploadResult(plan.filename, plan.size, time.monotonic() - started)


def _lost(plan: UploadPlan, sent: int, exc: httpx.TransportError, location: str) -> APIConnectionError:
    if isinstance(exc, Refused):  # a proxy or a certificate stopped it before a byte was sent
        where = httpx.URL(location)  # its origin only: the query may be a presigned URL's signature
        return connection_error("upload", f"{where.scheme}://{where.netloc.decode('ascii')}", exc, time.monotonic())
    scrub(exc)  # the chained httpx error must not hand out the credentials
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return kind(
        f"uploading {plan.filename!r} failed after {sent} of {plan.size} bytes ({describe(exc)}); "
        "the file was not registered, upload it again"
    )


class _Reader:
    """The file as chunks (sync or async iteration), counting bytes sent and reporting progress."""

    def __init__(self, plan: UploadPlan, on_progress: UploadProgressCallback | None) -> None:
        self.plan, self.on_progress, self.sent = plan, on_progress, 0

    def _next(self, file: BinaryIO) -> bytes:
        chunk: bytes = file.read(min(CHUNK_BYTES, self.plan.size - self.sent))
        self.sent += len(chunk)
        if self.on_progress is not None:
            self.on_progress(UploadProgress(self.plan.filename, self.sent, self.plan.size))
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        with self.plan.path.open("rb") as file:
            while self.sent < self.plan.size and (chunk := self._next(file)):
                yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Local disk reads of 1 MiB are short; a thread per chunk would cost more than it saves.
        with self.plan.path.open("rb") as file:
            while self.sent < self.plan.size and (chunk := self._next(file)):
                yield chunk


def _probe_url(plan: UploadPlan) -> str:
    return UPLOAD_PATH.format(filename=quote(plan.filename, safe=""))


@attrs.frozen
class _Put:
    """One PUT of an upload: the empty probe, or the file to the 307's location (never retried)."""

    url: str
    headers: dict[str, str]
    body: _Reader | None = None
    with_credentials: bool = True

    @property
    def auth(self) -> Any:  # Any: httpx.USE_CLIENT_DEFAULT's type is private to httpx
        return httpx.USE_CLIENT_DEFAULT if self.with_credentials else None

    def sync_content(self) -> bytes | Iterator[bytes]:
        return b"" if self.body is None else iter(self.body)

    def async_content(self) -> bytes | AsyncIterator[bytes]:
        return b"" if self.body is None else aiter(self.body)

    def request(
        self, http: httpx.Client | httpx.AsyncClient, content: bytes | Iterator[bytes] | AsyncIterator[bytes]
    ) -> httpx.Request:
        # The file's PUT is never retried: a streamed body cannot be sent again.
        extensions = {} if self.body is None else CallOptions(max_retries=0).extensions()
        return http.build_request("PUT", self.url, content=content, headers=self.headers, extensions=extensions)


UploadSteps = Generator[_Put, httpx.Response, UploadResult]


class UploadClient(JobClient, Protocol):
    """What an upload needs of a client (``VisierDataHandling`` is one): its host and its two httpx clients, whose
    auth and transports the PUTs go through; and, to load what it uploaded, what the job layer needs."""

    @property
    def host(self) -> str: ...

    @property
    def _http(self) -> httpx.Client: ...

    def _async_client(self) -> httpx.AsyncClient: ...


def _steps(host: str, path: StrPath, filename: str | None, on_progress: UploadProgressCallback | None,
           target_tenant_id: str | None) -> UploadSteps:
    """The upload as steps, written once: yields each PUT, receives its answer (or its transport error)."""
    job = plan(path, filename)
    started = time.monotonic()
    try:
        probe = yield _Put(_probe_url(job), _headers(target_tenant_id, 0))
    except httpx.TransportError as exc:
        raise connection_error("upload", host, exc, started) from exc
    url, own_host = _location(host, job, probe)
    reader = _Reader(job, on_progress)
    try:
        response = yield _Put(url, _headers(None, job.size), reader, own_host)
    except httpx.TransportError as exc:
        raise _lost(job, reader.sent, exc, url) from exc
    return _result(job, response, started)


class UploadOptions(TypedDict, total=False):
    """``upload``'s options: the name to give the file on Visier (default: its own), progress, the tenant to act as."""

    filename: str | None
    on_progress: UploadProgressCallback | None
    target_tenant_id: str | None


async def _put_all(steps: UploadSteps, send: Callable[[_Put], Awaitable[httpx.Response]]) -> UploadResult:
    """Drive the steps: each PUT through ``send`` (sync or async), its answer or transport error back to them."""
    put = next(steps)
    while True:
        try:
            response = await send(put)
        except httpx.TransportError as exc:
            put = steps.throw(exc)  # the steps raise the SDK's error
            continue
        try:
            put = steps.send(response)
        except StopIteration as done:
            result: UploadResult = done.value
            return result


def _check_progress(flow: str, name: str, callback: object) -> None:
    if callback is not None and not callable(callback):
        raise InvalidArgument(f"{flow}(): {name} must be callable (or None), not {callback!r}", argument=name)


def _upload_steps(host: str, path: StrPath, options: UploadOptions) -> UploadSteps:
    unknown = set(options) - set(UploadOptions.__optional_keys__)
    if unknown:
        raise unexpected("upload", sorted(unknown)[0], UploadOptions.__optional_keys__)
    _check_progress("upload", "on_progress", options.get("on_progress"))
    return _steps(host, path, options.get("filename"), options.get("on_progress"), options.get("target_tenant_id"))


def upload(client: UploadClient, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
    """Upload one local file (fileUpload), streamed, its body sent once; see the module docstring."""
    http: httpx.Client = client._http

    def send(put: _Put) -> httpx.Response:
        return http.send(put.request(http, put.sync_content()), auth=put.auth)

    return finish(_put_all(_upload_steps(client.host, path, options), ready(send)))


async def aupload(client: UploadClient, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
    """The async twin of :func:`upload`: the same steps, driven with the async client."""
    http: httpx.AsyncClient = client._async_client()

    def send(put: _Put) -> Awaitable[httpx.Response]:
        return http.send(put.request(http, put.async_content()), auth=put.auth)

    return await _put_all(_upload_steps(client.host, path, options), send)


class UploadAndLoadOptions(LoadOptions, total=False):
    """``upload_and_load``'s options: ``load``'s, and a progress callback for the uploads."""

    on_upload_progress: UploadProgressCallback | None


def _upload_and_load(
    client: UploadClient, flow: str, paths: Sequence[StrPath], wait: bool, options: UploadAndLoadOptions
) -> tuple[list[tuple[Path, UploadOptions]], Flow[LoadResult]]:
    """Every file and every load option checked before the first byte is sent: each upload, and the load planned
    with the files' names on Visier."""
    from .flow import plan_load

    given: dict[str, object] = dict(options)
    progress = options.get("on_upload_progress")
    given.pop("on_upload_progress", None)
    _check_progress(flow, "on_upload_progress", progress)
    plans = check_uploads(paths)
    load = plan_load(client, flow, [p.filename for p in plans], wait, given)
    tenant = options.get("target_tenant_id")
    uploads: list[tuple[Path, UploadOptions]] = [
        (p.path, {"filename": p.filename, "on_progress": progress, "target_tenant_id": tenant}) for p in plans
    ]
    return uploads, load


def upload_and_load(
    client: UploadClient, paths: Sequence[StrPath], *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
) -> LoadResult | JobFuture:
    """Upload local files, then load them in one startLoad (``client.load``'s options and result)."""
    from .flow import drive

    uploads, load = _upload_and_load(client, "upload_and_load", paths, wait, options)
    for path, upload_options in uploads:
        upload(client, path, **upload_options)
    return drive(load)


async def aupload_and_load(
    client: UploadClient, paths: Sequence[StrPath], *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
) -> LoadResult | JobFuture:
    """The async twin of :func:`upload_and_load`."""
    from .flow import adrive

    uploads, load = _upload_and_load(client, "aupload_and_load", paths, wait, options)
    for path, upload_options in uploads:
        await aupload(client, path, **upload_options)
    return await adrive(load)
