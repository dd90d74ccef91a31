"""Which of the tenant's PGP public keys a file is encrypted for, decided before the file is read.

Without ``pgp_key=``, the newest key (by ``dateGenerated``) that has not expired; with it, that key: a key ID
(fetched with getPgpPublicKey) or a ``PublicKeyDTO`` already fetched. An expired key, an unknown ID or a tenant with
no usable key is an :class:`InvalidArgument` naming the key, so nothing of the file is sent. Written once as a
coroutine on the generated async operations (awaited on ``client.pgp_keys``, finished on ``sync_driven_pgp_keys``).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from visier_data_handling_api.models.public_key_dto import PublicKeyDTO
from visier_data_handling_api.types import Unset

from .._calls.fact_checks import check_key_id
from .._exceptions import InvalidArgument, NotFound

if TYPE_CHECKING:
    from visier_data_handling_api.surface import PGPKeys

PgpKey = str | PublicKeyDTO


def _millis(value: str | Unset) -> int | None:
    try:
        return int(str(value)) if not isinstance(value, Unset) else None
    except ValueError:
        return None


def _when(millis: int) -> str:
    return datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def usable(key: PublicKeyDTO, now_ms: int) -> bool:
    expires = _millis(key.expiry_date)
    return isinstance(key.public_key, str) and bool(key.public_key) and (expires is None or expires > now_ms)


def _checked(key: PublicKeyDTO, now_ms: int) -> PublicKeyDTO:
    name = key.key_id if isinstance(key.key_id, str) else "(no ID)"
    expires = _millis(key.expiry_date)
    if expires is not None and expires <= now_ms:
        raise InvalidArgument(f"pgp_key {name} expired on {_when(expires)}; create a new key pair "
                              "(client.pgp_keys.generate_pgp_key_pair) and encrypt for it", argument="pgp_key")
    if not isinstance(key.public_key, str) or not key.public_key:
        raise InvalidArgument(f"pgp_key {name} has no public key to encrypt with", argument="pgp_key")
    return key


async def choose_key(ops: PGPKeys, pgp_key: PgpKey | None, tenant: str | None) -> PublicKeyDTO:
    """The public key to encrypt for (see the module docstring)."""
    now_ms = int(time.time() * 1000)
    if isinstance(pgp_key, PublicKeyDTO):
        return _checked(pgp_key, now_ms)
    if isinstance(pgp_key, str):
        check_key_id("upload", pgp_key, "pgp_key")
        try:
            found = await ops.aget_pgp_public_key(key_id=pgp_key, target_tenant_id=tenant)
        except NotFound:
            raise InvalidArgument(f"pgp_key {pgp_key} is not a PGP key pair of the tenant (it may have been "
                                  "deleted); list them with client.pgp_keys.get_all_pgp_public_keys()",
                                  argument="pgp_key") from None
        return _checked(found, now_ms)
    if pgp_key is not None:
        raise InvalidArgument(f"pgp_key must be a key ID or a PublicKeyDTO, not {type(pgp_key).__name__}",
                              argument="pgp_key")
    listed = await ops.aget_all_pgp_public_keys(target_tenant_id=tenant)
    keys = [] if isinstance(listed.keys, Unset) else listed.keys
    candidates = [k for k in keys if usable(k, now_ms)]
    if not candidates:
        expired = ", ".join(k.key_id for k in keys if isinstance(k.key_id, str)) or "none"
        raise InvalidArgument(f"pgp_key: the tenant has no unexpired PGP key (its keys: {expired}); create one with "
                              "client.pgp_keys.generate_pgp_key_pair()", argument="pgp_key")
    return max(candidates, key=lambda k: _millis(k.date_generated) or 0)
