"""Uploading data files (fileUpload), streamed from disk and sent once.

    client.upload("hcm_20260101.zip.gpg", on_progress=print)           # UploadResult(filename=..., size=...)
    client.upload("hcm_20260101.zip", encrypt=True)                     # encrypted first, as hcm_20260101.zip.gpg
    result = client.upload_and_load(["hcm.zip.gpg", "payroll.csv"])     # upload each, then load them (LoadResult)

The upload is the generated ``file_upload`` on ``client.data_upload``, through the one caller like every other call
(auth, timeouts, retries, error naming). Visier answers ``PUT /v1/data/upload/files/{filename}`` with a 307 to its
upload infrastructure; the operation is marked ``redirect`` in the spec's facts, so the caller sends it without the
body, then streams the file in one PUT with its ``Content-Length`` to the 307's ``Location`` (credentials only
when that is on the client's own host: ``_calls/redirect``). The file is read in 1 MiB chunks, so memory stays flat
whatever its size; a retry (a 503, a dropped connection) rewinds it and sends it whole again, and progress starts
again from 0 (``_calls/bodies``, ``upload_progress``). A failed upload registers nothing; uploading again is
safe.

Before anything is sent the file is checked: it exists, its name ends in .zip, .csv, .xls or .xlsx (optionally
followed by .gpg or .pgp), and it is at most 500 MB. Written once as a coroutine on the generated ``afile_upload``:
the async twin awaits it on ``client.data_upload``, the sync twin drives it on ``client.sync_driven_data_upload``.
With ``encrypt=True`` (or ``pgp_key=``) the file is first encrypted for a PGP key of the tenant: ``upload_encrypted``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict, Unpack

from visier_data_handling_api.types import File

from .._calls.arguments import unexpected
from .._exceptions import APIConnectionError, InvalidArgument
from .._jobs.snapshot import JobClient
from .._pgp.key_choice import PgpKey, choose_key
from .._twins import finish
from .flow import LoadOptions
from .upload_check import StrPath, UploadPlan, UploadProgressCallback, UploadResult, check_uploads, plan
from .upload_encrypted import (
    EncryptStep,
    encrypt_here,
    encrypt_in_thread,
    encrypted_name,
    encrypted_plan,
    wants_encryption,
)
from .upload_progress import ProgressFile

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataUpload, PGPKeys

    from .._jobs.future import JobFuture
    from .flow import Flow, LoadResult


class UploadClient(JobClient, Protocol):
    """What an upload needs of a client (``VisierDataHandling`` is one): fileUpload on the caller, sync-driven too;
    and, to load what it uploaded, what the job layer needs."""

    @property
    def data_upload(self) -> DataUpload: ...

    @property
    def sync_driven_data_upload(self) -> DataUpload: ...

    @property
    def pgp_keys(self) -> PGPKeys: ...

    @property
    def sync_driven_pgp_keys(self) -> PGPKeys: ...


class UploadOptions(TypedDict, total=False):
    """``upload``'s options: the name to give the file on Visier (default: its own), progress, the tenant to act as;
    ``encrypt=True`` to encrypt it first for the tenant's newest unexpired PGP key, or for ``pgp_key`` (a key ID or
    a ``PublicKeyDTO``), uploading it as NAME.gpg (needs the ``[pgp]`` extra)."""

    filename: str | None
    on_progress: UploadProgressCallback | None
    target_tenant_id: str | None
    encrypt: bool
    pgp_key: PgpKey | None


def _check_progress(flow: str, name: str, callback: object) -> None:
    if callback is not None and not callable(callback):
        raise InvalidArgument(f"{flow}(): {name} must be callable (or None), not {callback!r}", argument=name)


def _checked(path: StrPath, options: UploadOptions) -> UploadOptions:
    unknown = set(options) - set(UploadOptions.__optional_keys__)
    if unknown:
        raise unexpected("upload", sorted(unknown)[0], UploadOptions.__optional_keys__)
    _check_progress("upload", "on_progress", options.get("on_progress"))
    return options


async def _send(ops: DataUpload, job: UploadPlan, options: UploadOptions) -> UploadResult:
    """A checked file streamed through the generated ``afile_upload``."""
    started = time.monotonic()
    with ProgressFile(job.path, job.filename, job.size, options.get("on_progress")) as body:
        try:
            await ops.afile_upload(
                filename=job.filename,
                body=File(payload=body, file_name=job.filename),
                target_tenant_id=options.get("target_tenant_id"),
            )
        except APIConnectionError as exc:
            raise body.lost(exc, "the file was not registered, upload it again") from exc.__cause__
    return UploadResult(job.filename, job.size, time.monotonic() - started)


async def _upload(
    ops: DataUpload, keys: PGPKeys, step: EncryptStep, path: StrPath, options: UploadOptions
) -> UploadResult:
    """The upload, written once: checked, encrypted if asked, then the file streamed."""
    if not wants_encryption("upload", options.get("encrypt"), options.get("pgp_key")):
        return await _send(ops, plan(path, options.get("filename")), options)
    tenant = options.get("target_tenant_id")
    async with encrypted_plan(keys, step, path, options.get("filename"), options.get("pgp_key"), tenant) as job:
        return await _send(ops, job, options)


def upload(client: UploadClient, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
    """Upload one local file (fileUpload), streamed, its body sent once; see the module docstring."""
    keys = client.sync_driven_pgp_keys
    return finish(_upload(client.sync_driven_data_upload, keys, encrypt_here, path, _checked(path, options)))


async def aupload(client: UploadClient, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
    """The async twin of :func:`upload`: the same plan, awaited on the client's async operations."""
    return await _upload(client.data_upload, client.pgp_keys, encrypt_in_thread, path, _checked(path, options))


class UploadAndLoadOptions(LoadOptions, total=False):
    """``upload_and_load``'s options: ``load``'s, a progress callback for the uploads, and ``upload``'s ``encrypt``
    and ``pgp_key`` (every file encrypted for the same key, chosen once before the first is read)."""

    on_upload_progress: UploadProgressCallback | None
    encrypt: bool
    pgp_key: PgpKey | None


def _upload_and_load(
    client: UploadClient, flow: str, paths: Sequence[StrPath], wait: bool, options: UploadAndLoadOptions
) -> tuple[list[tuple[Path, UploadOptions]], Flow[LoadResult]]:
    """Every file and every load option checked before the first byte is sent: each upload, and the load planned
    with the files' names on Visier (NAME.gpg when they are encrypted)."""
    from .flow import plan_load

    given: dict[str, object] = dict(options)
    for own in ("on_upload_progress", "encrypt", "pgp_key"):
        given.pop(own, None)
    progress = options.get("on_upload_progress")
    _check_progress(flow, "on_upload_progress", progress)
    encrypt = wants_encryption(flow, options.get("encrypt"), options.get("pgp_key"))
    plans = check_uploads(paths)
    names = [encrypted_name(p.filename, "paths") if encrypt else p.filename for p in plans]
    load = plan_load(client, flow, names, wait, given)
    tenant = options.get("target_tenant_id")
    uploads: list[tuple[Path, UploadOptions]] = [
        (p.path, {"filename": p.filename, "on_progress": progress, "target_tenant_id": tenant}) for p in plans
    ]
    if encrypt:
        for _, upload_options in uploads:
            upload_options["encrypt"], upload_options["pgp_key"] = True, options.get("pgp_key")
    return uploads, load


def _encrypt_for(uploads: list[tuple[Path, UploadOptions]], key: PgpKey) -> None:
    for _, upload_options in uploads:
        upload_options["pgp_key"] = key  # the key chosen once, checked again by each upload without a request


def upload_and_load(
    client: UploadClient, paths: Sequence[StrPath], *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
) -> LoadResult | JobFuture:
    """Upload local files, then load them in one startLoad (``client.load``'s options and result)."""
    from .flow import drive

    uploads, load = _upload_and_load(client, "upload_and_load", paths, wait, options)
    if uploads[0][1].get("encrypt"):
        key = choose_key(client.sync_driven_pgp_keys, options.get("pgp_key"), options.get("target_tenant_id"))
        _encrypt_for(uploads, finish(key))
    for path, upload_options in uploads:
        upload(client, path, **upload_options)
    return drive(load)


async def aupload_and_load(
    client: UploadClient, paths: Sequence[StrPath], *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
) -> LoadResult | JobFuture:
    """The async twin of :func:`upload_and_load`."""
    from .flow import adrive

    uploads, load = _upload_and_load(client, "aupload_and_load", paths, wait, options)
    if uploads[0][1].get("encrypt"):
        key = await choose_key(client.pgp_keys, options.get("pgp_key"), options.get("target_tenant_id"))
        _encrypt_for(uploads, key)
    for path, upload_options in uploads:
        await aupload(client, path, **upload_options)
    return await adrive(load)
