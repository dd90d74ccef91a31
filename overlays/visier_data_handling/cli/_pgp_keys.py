"""``visier-dh pgp-keys``: the tenant's PGP key pairs (list, create, get, delete), whose public keys encrypt files
before they are uploaded (``visier-dh upload --encrypt``). JSON is the service's own PublicKeyDTO, camelCase."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from visier_data_handling_api.facts import (
    PGP_KEY_DEFAULT_EXPIRY_YEARS,
    PGP_KEY_MAX_EXPIRY_YEARS,
    PGP_KEY_MIN_EXPIRY_YEARS,
)

from ._session import Command, Opt, QuietOpt, TenantOpt, session_of
from ._table import Column, grid

if TYPE_CHECKING:
    from visier_data_handling_api.models import PublicKeyDTO

pgp_keys_app = typer.Typer(help="PGP key pairs for encrypted uploads: list, create, get, delete.", no_args_is_help=True)

KeyIdArg = Annotated[str, typer.Argument(metavar="KEY_ID", help="The key pair's ID (16 hexadecimal digits).")]
KEY = Column("key", whole=True)


def _tenant(tenant: str | None) -> dict[str, Any]:
    return {} if tenant is None else {"target_tenant_id": tenant}


def _when(millis: object) -> str:
    try:
        return datetime.fromtimestamp(int(str(millis)) / 1000, UTC).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return ""


def _rows(keys: list[PublicKeyDTO]) -> list[tuple[object, ...]]:
    return [(k.key_id, _when(k.date_generated), _when(k.expiry_date), k.recipient) for k in keys]


COLUMNS = (KEY, Column("created (UTC)", whole=True), Column("expires (UTC)", whole=True),
           Column("recipient", whole=True))


@pgp_keys_app.command("list", cls=Command)
def keys_list(ctx: typer.Context, tenant: TenantOpt = None, quiet: QuietOpt = False) -> None:
    """The tenant's PGP public keys."""
    session = session_of(ctx)
    with session.client() as client:
        listed = client.pgp_keys.get_all_pgp_public_keys(**_tenant(tenant))
    keys = [] if not isinstance(listed.keys, list) else listed.keys
    session.listing(keys, quiet, lambda k: k.key_id, lambda: grid("PGP keys", COLUMNS, _rows(keys)))


@pgp_keys_app.command("create", cls=Command)
def keys_create(
    ctx: typer.Context,
    expires: Annotated[
        str | None,
        Opt("--expires", metavar="DATE", show_default=False,
            help=f"When it expires, an ISO 8601 date {PGP_KEY_MIN_EXPIRY_YEARS} to {PGP_KEY_MAX_EXPIRY_YEARS} years "
                 f"from now [default: in {PGP_KEY_DEFAULT_EXPIRY_YEARS} years]."),
    ] = None,
    tenant: TenantOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Create a key pair: Visier keeps the private key and answers the public one."""
    session = session_of(ctx)
    with session.client() as client:
        made = client.pgp_keys.generate_pgp_key_pair(expiration_date=expires, **_tenant(tenant))
    if quiet:
        session.ids([str(made.key_id)])
        return
    session.emit(made.to_dict(), lambda: grid("created", COLUMNS, _rows([made])))


@pgp_keys_app.command("get", cls=Command)
def keys_get(ctx: typer.Context, key_id: KeyIdArg, tenant: TenantOpt = None) -> None:
    """One key pair's public key (ASCII-armored in the JSON and in the table)."""
    session = session_of(ctx)
    with session.client() as client:
        key = client.pgp_keys.get_pgp_public_key(key_id=key_id, **_tenant(tenant))
    session.emit(key.to_dict(), lambda: f"{grid('PGP key', COLUMNS, _rows([key])).render(None)}\n{key.public_key}")


@pgp_keys_app.command("delete", cls=Command)
def keys_delete(ctx: typer.Context, key_id: KeyIdArg, tenant: TenantOpt = None) -> None:
    """Delete a key pair: files encrypted for it can no longer be loaded."""
    session = session_of(ctx)
    with session.client() as client:
        deleted = client.pgp_keys.delete_pgp_key_pair(key_id=key_id, **_tenant(tenant))
    session.emit({**deleted.to_dict(), "deleted": True}, lambda: f"deleted PGP key pair {deleted.key_id}")
