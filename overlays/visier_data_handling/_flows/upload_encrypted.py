"""``upload(path, encrypt=True)``: the file encrypted for one of the tenant's PGP keys, then uploaded as NAME.gpg.

    client.upload("hcm.zip", encrypt=True)                        # the newest unexpired key: hcm.zip.gpg on Visier
    client.upload("hcm.zip", encrypt=True, pgp_key="0A1B2C3D4E5F6071")

Before the file is read: its name with ``.gpg`` is a data file's name Visier takes, and the key is chosen and
checked (``_pgp/key_choice``: expired, unknown or missing keys are refused, named). Then gpg encrypts it as a
stream into a private temporary directory (``_pgp/encrypt``), and the encrypted copy goes through the one upload
path like any other file; the directory is removed afterwards, whether the upload succeeded or not. The sync twin
encrypts in the calling thread; the async twin hands the encryption to a worker thread, so the event loop runs on.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .._exceptions import InvalidArgument
from .._pgp.encrypt import encrypt_file, require, scratch
from .._pgp.key_choice import PgpKey, choose_key
from .._twins import ready
from .upload_check import FILENAME, StrPath, UploadPlan, check_filename, local_file, plan

if TYPE_CHECKING:
    from visier_data_handling_api.models import PublicKeyDTO
    from visier_data_handling_api.surface import PGPKeys

# encrypt_file's arguments: the file, the armored public key, the key's name for errors, the scratch folder, the name.
EncryptStep = Callable[[Path, str, str, Path, str], Awaitable[Path]]
encrypt_here: EncryptStep = ready(encrypt_file)


async def encrypt_in_thread(source: Path, public_key: str, key_name: str, work: Path, filename: str) -> Path:
    return await asyncio.to_thread(encrypt_file, source, public_key, key_name, work, filename)


def wants_encryption(flow: str, encrypt: object, pgp_key: object) -> bool:
    """``encrypt=True``, or a ``pgp_key`` given (which implies it); ``pgp_key`` with ``encrypt=False`` is an error."""
    if encrypt is not None and not isinstance(encrypt, bool):
        raise InvalidArgument(f"{flow}(): encrypt must be True or False, not {encrypt!r}", argument="encrypt")
    if encrypt is False and pgp_key is not None:
        raise InvalidArgument(f"{flow}(): pgp_key is the key to encrypt for; it needs encrypt=True", argument="pgp_key")
    wanted = bool(encrypt) or pgp_key is not None
    if wanted:
        require()
    return wanted


def encrypted_name(name: str, argument: str = "filename") -> str:
    """The name an encrypted copy of ``name`` gets on Visier: ``name.gpg`` (hcm.zip -> hcm.zip.gpg)."""
    # By the spec's pattern: a data file's name that takes no .gpg after it already has one (or .pgp).
    if FILENAME.fullmatch(name) and not FILENAME.fullmatch(f"{name}.gpg"):
        raise InvalidArgument(f"{argument} {name!r} is already encrypted; upload it without encrypt=True",
                              argument=argument)
    check_filename(f"{name}.gpg", argument)
    return f"{name}.gpg"


@asynccontextmanager
async def encrypted_plan(
    keys: PGPKeys, step: EncryptStep, path: StrPath, filename: str | None, pgp_key: PgpKey | None, tenant: str | None
) -> AsyncIterator[UploadPlan]:
    """The encrypted copy of ``path``, planned for upload; it is removed on leaving (see the module docstring)."""
    local = local_file(path)
    name = encrypted_name(filename or local.name, "filename" if filename else "path")
    key: PublicKeyDTO = await choose_key(keys, pgp_key, tenant)
    with scratch() as work:
        encrypted = await step(local, str(key.public_key), str(key.key_id), work, name)
        yield plan(encrypted, name)
