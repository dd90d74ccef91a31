"""Encrypting a local file for a PGP public key with GnuPG, as a stream: gpg reads the file and writes the encrypted
copy to a temporary file, so memory stays flat whatever the file's size.

GnuPG through python-gnupg, the ``[pgp]`` extra (``pip install "visier-data-handling[pgp]"``), over the system's
``gpg`` binary: the same library the mock decrypts with. Both are imported or looked for only when a file is
encrypted, so the core install needs neither. The public key goes into a keyring of its own, in a temporary
directory removed afterwards (with any agent gpg started there), never the user's keyring.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from .._exceptions import InvalidArgument

INSTALL = 'pip install "visier-data-handling[pgp]"'
GPG_TIMEOUT = 10  # seconds for gpgconf to stop a keyring's agent


class _Imported(Protocol):
    fingerprints: list[str]


class _Encrypted(Protocol):
    ok: bool
    status: str | None


class _Keyring(Protocol):
    """What is used of python-gnupg's ``GPG`` (the library has no type hints)."""

    def import_keys(self, key_data: str) -> _Imported: ...

    def encrypt_file(self, fileobj_or_path: str, recipients: list[str], *, always_trust: bool, armor: bool,
                     output: str) -> _Encrypted: ...


class _KeyringClass(Protocol):
    def __call__(self, *, gnupghome: str) -> _Keyring: ...


def _library() -> _KeyringClass:
    """python-gnupg's ``GPG``, imported now: only an encrypting upload needs it."""
    try:
        # python-gnupg has no type hints, and without the pgp extra it is absent: users' mypy must not stop at it.
        import gnupg  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise InvalidArgument(f"encrypt=True needs the pgp extra: {INSTALL}", argument="encrypt") from None
    keyring_class: _KeyringClass = gnupg.GPG
    return keyring_class


def require() -> None:
    """Raise InvalidArgument, naming what to install, unless python-gnupg and gpg are both there."""
    _library()
    if shutil.which("gpg") is None:
        raise InvalidArgument("encrypt=True needs GnuPG's gpg on PATH (Debian/Ubuntu: apt-get install gnupg)",
                              argument="encrypt")


def _gnupg(home: str) -> _Keyring:
    require()
    try:
        return _library()(gnupghome=home)
    except OSError as exc:  # python-gnupg could not run gpg
        raise InvalidArgument(f"encrypt=True could not run GnuPG's gpg: {exc}", argument="encrypt") from None


@contextmanager
def scratch() -> Iterator[Path]:
    """A private temporary directory for a keyring and the encrypted copy, removed on leaving."""
    home = tempfile.mkdtemp(prefix="visier-dh-pgp-")
    try:
        yield Path(home)
    finally:
        if shutil.which("gpgconf"):
            subprocess.run(["gpgconf", "--homedir", home, "--kill", "all"], capture_output=True,
                           timeout=GPG_TIMEOUT, check=False)
        shutil.rmtree(home, ignore_errors=True)


def encrypt_file(source: Path, public_key: str, key_name: str, work: Path, filename: str) -> Path:
    """``source`` encrypted for ``public_key`` (ASCII-armored; ``key_name`` names it in errors) into ``work`` as
    ``filename``; ``work`` is a :func:`scratch` directory, whose ``keyring`` subfolder holds the key."""
    home = work / "keyring"
    home.mkdir(mode=0o700)
    gpg = _gnupg(str(home))
    imported = gpg.import_keys(public_key)
    fingerprints = [f for f in imported.fingerprints if f]
    if not fingerprints:
        raise InvalidArgument(f"pgp_key {key_name} is not a PGP public key GnuPG can read", argument="pgp_key")
    target = work / filename
    result = gpg.encrypt_file(str(source), recipients=fingerprints[:1], always_trust=True, armor=False,
                              output=str(target))
    if not result.ok or not target.is_file():
        why = (result.status or "gpg failed").strip()
        raise InvalidArgument(f"pgp_key {key_name} could not encrypt {source.name!r}: {why}", argument="pgp_key")
    return target
