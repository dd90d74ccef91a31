"""The mock's PGP key pairs, real ones: GnuPG (through python-gnupg) makes them in a keyring of the mock's own,
a temporary directory that goes with the store. Visier keeps the private halves and decrypts with them what a
load names; so does the mock, and a file not encrypted for a key it holds fails its receiving job.

Encrypted files uploaded to the mock's upload location are kept here, on disk, so that a load can decrypt them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import weakref
from datetime import UTC, datetime
from pathlib import Path

import attrs
import gnupg

# The key pairs are ed25519 for signing with a cv25519 subkey for encryption: made in milliseconds, unlike RSA.
_KEY_SPEC = {"key_type": "EDDSA", "key_curve": "ed25519", "key_usage": "sign", "subkey_type": "ECDH",
             "subkey_curve": "cv25519", "subkey_usage": "encrypt"}
ENCRYPTED_SUFFIXES = (".gpg", ".pgp")


def _remove_keyring(home: str) -> None:
    subprocess.run(["gpgconf", "--homedir", home, "--kill", "all"], capture_output=True, timeout=10, check=False)
    shutil.rmtree(home, ignore_errors=True)


@attrs.define
class KeyPair:
    key_id: str  # the primary key's long ID, 16 upper-case hex digits
    fingerprint: str
    public_key: str  # ASCII-armored
    created_ms: int
    expires_ms: int
    recipient: str

    def as_json(self) -> dict[str, str]:
        return {"keyID": self.key_id, "publicKey": self.public_key, "dateGenerated": str(self.created_ms),
                "expiryDate": str(self.expires_ms), "recipient": self.recipient}


class PgpStore:
    """Key pairs by key ID, and the encrypted files uploaded, by name."""

    def __init__(self) -> None:
        self._home: Path | None = None
        self._made: gnupg.GPG | None = None
        self._gpg_lock = threading.Lock()  # one gpg process at a time per keyring
        self.keys: dict[str, KeyPair] = {}
        self.files: dict[str, Path] = {}

    def _keyring(self) -> tuple[Path, gnupg.GPG]:
        """The keyring's folder (which holds the kept files too) and gpg on it, made on first use: a mock that never
        sees a key pair or an encrypted file makes neither."""
        if self._home is None or self._made is None:
            home = tempfile.mkdtemp(prefix="visier-mock-pgp-")
            # gpg starts an agent per keyring, which holds the private keys: it is stopped with the store.
            weakref.finalize(self, _remove_keyring, home)
            self._home, self._made = Path(home), gnupg.GPG(gnupghome=home)
        return self._home, self._made

    @property
    def _gpg(self) -> gnupg.GPG:
        return self._keyring()[1]

    def generate(self, tenant: str, expires: datetime) -> KeyPair:
        created = datetime.now(UTC)
        made = self._gpg.gen_key_input(name_real=tenant, name_email=f"{tenant.replace('~', '.')}@pgp.mock.invalid",
                                       expire_date=expires.strftime("%Y%m%dT%H%M%S"), no_protection=True,
                                       **_KEY_SPEC)
        with self._gpg_lock:
            key = self._gpg.gen_key(made)
            if not key.fingerprint:
                raise RuntimeError(f"gpg could not make a key pair: {key.stderr.strip()[-200:]}")
            public = self._gpg.export_keys(key.fingerprint)
        fingerprint = str(key.fingerprint)
        created_ms = int(created.timestamp() * 1000)
        pair = KeyPair(fingerprint[-16:].upper(), fingerprint, public, created_ms, int(expires.timestamp() * 1000),
                       f"{tenant}_{created_ms}")
        self.keys[pair.key_id] = pair
        return pair

    def delete(self, key_id: str) -> KeyPair | None:
        pair = self.keys.pop(key_id.upper(), None)
        if pair is not None:
            with self._gpg_lock:
                self._gpg.delete_keys(pair.fingerprint, secret=True, expect_passphrase=False)
                self._gpg.delete_keys(pair.fingerprint)
        return pair

    # ----- encrypted files
    def file_path(self, name: str) -> Path:
        """Where an uploaded encrypted file is written (registered by keep() once it has arrived whole)."""
        return self._keyring()[0] / f"upload-{len(self.files)}-{os.urandom(4).hex()}"

    def keep(self, name: str, path: Path) -> None:
        old = self.files.get(name)
        self.files[name] = path
        if old is not None and old != path:
            old.unlink(missing_ok=True)

    def decrypt(self, name: str) -> str | None:
        """None when the file decrypts with a key pair held now (or is not one the mock received), else why not."""
        path = self.files.get(name)
        if path is None:
            return None  # a seeded SFTP file: no content to decrypt
        with self._gpg_lock, path.open("rb") as encrypted:
            result = self._gpg.decrypt_file(encrypted, output=os.devnull)
        if result.ok:
            return None
        return (f"[DP510004] The file {name} could not be decrypted: it is not encrypted for a PGP key pair of "
                "this tenant (the key may have been deleted).")
