"""``visier-dh`` data-versions, uploads, connectors, credentials and auth: the management commands.

A command that changes several things (data versions, uploads, connectors) prints each one's outcome and exits 1 if
any of them failed.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer
from visier_data_handling_api import models

from ._session import Command, Opt, QuietOpt, TenantOpt, dicts, list_command, session_of, tenant_kwargs
from ._table import Column, grid

versions_app = typer.Typer(help="Data versions: list the latest, disable.", no_args_is_help=True)
uploads_app = typer.Typer(help="Data uploads: list, include, exclude.", no_args_is_help=True)
connectors_app = typer.Typer(help="Data connectors.", no_args_is_help=True)
credentials_app = typer.Typer(help="Data connector credentials: list, assign, delete.", no_args_is_help=True)
auth_app = typer.Typer(help="Credentials check.", no_args_is_help=True)

TENANT = Column("tenant", whole=True)
VERSION = Column("data version", whole=True)
NeededTenantOpt = Annotated[str, Opt("--tenant", "-t", metavar="TENANT", help="The analytic tenant's code.")]
FAILED = "Failed"


@versions_app.command("list", cls=Command)
def versions_list(ctx: typer.Context, tenant: TenantOpt = None, quiet: QuietOpt = False) -> None:
    """The latest enabled data versions per tenant."""
    session = session_of(ctx)
    with session.client() as client:
        tenants = list(client.data_and_job_handling.latest_enabled_dv(iterator=True, **tenant_kwargs(tenant)))
    rows = [(t.tenant_code, v.data_version, v.data_version_date) for t in tenants for v in (t.data_versions or [])]
    if quiet:
        session.ids(str(row[1]) for row in rows)
        return
    session.emit(dicts(tenants), lambda: grid("data versions", (TENANT, VERSION, Column("created", whole=True)), rows))


@versions_app.command("disable", cls=Command)
def versions_disable(
    ctx: typer.Context,
    tenant: NeededTenantOpt,
    versions: Annotated[list[str], typer.Argument(metavar="DATA_VERSION...", help="The data versions to disable.")],
) -> None:
    """Disable data versions of one tenant. Exits 1 if any of them could not be disabled."""
    session = session_of(ctx)
    body = models.DisableDVRequest(
        model=models.DisableDVModel(
            data_version_objects=[models.DataVersionObject(tenant_code=tenant, data_version=v) for v in versions]
        )
    )
    with session.client() as client:
        answer = client.data_and_job_handling.disable_dv(body=body)
    results = list(answer.results or [])
    session.emit(
        answer.to_dict(),
        lambda: grid(
            f"disabled {answer.total_success or 0}, failed {answer.total_failures or 0}",
            (TENANT, VERSION, "status", Column("job", whole=True), "message"),
            [(r.tenant_code, r.data_version, r.status, r.job_id, r.message) for r in results],
        ),
        failed=bool(answer.total_failures) or any(r.status == FAILED for r in results),
    )


@uploads_app.command("list", cls=Command)
def uploads_list(ctx: typer.Context, tenant: TenantOpt = None) -> None:
    """Data uploads per tenant and whether each is included in loads."""
    session = session_of(ctx)
    with session.client() as client:
        tenants = list(client.data_and_job_handling.retrieve_data_uploads(iterator=True, **tenant_kwargs(tenant)))
    rows = [(t.tenant_code, u.upload_time, u.included) for t in tenants for u in (t.uploads or [])]
    session.emit(
        dicts(tenants), lambda: grid("data uploads", (TENANT, Column("upload time", whole=True), "included"), rows)
    )


def _include_exclude(ctx: typer.Context, include: bool, tenant: str, upload_times: list[str] | None) -> None:
    session = session_of(ctx)
    fields: dict[str, Any] = {"tenant_code": tenant}
    if upload_times:
        fields["upload_times"] = upload_times
    else:
        fields["include_all" if include else "exclude_all"] = True
    with session.client() as client:
        operations = client.data_and_job_handling
        if include:
            answer = operations.include_data_uploads(uploads=[models.UploadToInclude(**fields)])
        else:
            answer = operations.exclude_data_uploads(uploads=[models.UploadToExclude(**fields)])
    lines = list(answer.uploads or [])
    session.emit(
        answer.to_dict(),
        lambda: grid(
            f"{'included' if include else 'excluded'}: {answer.total_success or 0} ok, "
            f"{answer.total_failures or 0} failed",
            (TENANT, Column("upload time", whole=True), "status", "message"),
            [(u.tenant_code, u.upload_time, u.status, u.message) for u in lines],
        ),
        failed=bool(answer.total_failures) or any(u.status == FAILED for u in lines),
    )


UploadTimeOpt = Annotated[
    list[str] | None,
    Opt("--upload-time", metavar="TIME", help="An upload's time as `uploads list` shows it; default: all."),
]


@uploads_app.command("include", cls=Command)
def uploads_include(ctx: typer.Context, tenant: NeededTenantOpt, upload_time: UploadTimeOpt = None) -> None:
    """Include a tenant's data uploads in future loads. Exits 1 if any could not be included."""
    _include_exclude(ctx, True, tenant, upload_time)


@uploads_app.command("exclude", cls=Command)
def uploads_exclude(ctx: typer.Context, tenant: NeededTenantOpt, upload_time: UploadTimeOpt = None) -> None:
    """Exclude a tenant's data uploads from future loads. Exits 1 if any could not be excluded."""
    _include_exclude(ctx, False, tenant, upload_time)


@connectors_app.command("list", cls=Command)
def connectors_list(ctx: typer.Context, tenant: TenantOpt = None, quiet: QuietOpt = False) -> None:
    """Data connectors and the credential each uses."""
    list_command(
        ctx,
        quiet,
        lambda client: list(client.data_and_job_handling.data_connectors(iterator=True, **tenant_kwargs(tenant))),
        lambda c: c.connector_id,
        "data connectors",
        (Column("connector", whole=True), "name", Column("credential", whole=True)),
        lambda c: (c.connector_id, c.display_name, c.credential_id),
    )


@credentials_app.command("list", cls=Command)
def credentials_list(ctx: typer.Context, tenant: TenantOpt = None, quiet: QuietOpt = False) -> None:
    """Data connector credentials."""
    list_command(
        ctx,
        quiet,
        lambda client: list(
            client.data_and_job_handling.data_connector_credentials(iterator=True, **tenant_kwargs(tenant))
        ),
        lambda c: c.credential_id,
        "credentials",
        (Column("credential", whole=True), "name", "provider", "inherited"),
        lambda c: (c.credential_id, c.display_name, c.data_provider, c.is_inherited),
    )


@credentials_app.command("assign", cls=Command)
def credentials_assign(
    ctx: typer.Context,
    connector: Annotated[str, Opt(metavar="ID", help="The data connector's ID.")],
    credential: Annotated[str, Opt(metavar="ID", help="The credential's ID.")],
    tenant: NeededTenantOpt,
) -> None:
    """Assign a credential to a data connector in one tenant. Exits 1 if the service refused it."""
    session = session_of(ctx)
    body = models.AssignConnectorCredentialRequest(
        connectors=[
            models.Connector(
                connector_id=connector,
                tenants=[models.TenantAndCredential(tenant_code=tenant, credential_id=credential)],
            )
        ]
    )
    with session.client() as client:
        answer = client.data_and_job_handling.assign_connector_credential(body=body)
    lines = list(answer.tenants or [])
    statuses = [str(t.status) for t in lines]
    session.emit(
        answer.to_dict(),
        lambda: grid(
            "assigned",
            (TENANT, Column("connector", whole=True), Column("credential", whole=True), "status", "message"),
            [
                (t.tenant_code, connector, credential, status, t.message)
                for t, status in zip(lines, statuses, strict=True)
            ],
        ),
        failed=not lines or any(status == FAILED for status in statuses),
    )


@credentials_app.command("delete", cls=Command)
def credentials_delete(
    ctx: typer.Context,
    credential_id: Annotated[str, typer.Argument(metavar="CREDENTIAL_ID", help="The credential's ID.")],
    tenant: TenantOpt = None,
) -> None:
    """Delete a data connector credential."""
    session = session_of(ctx)
    with session.client() as client:
        client.data_and_job_handling.delete_connector_credential(id=credential_id, **tenant_kwargs(tenant))
    session.emit({"credentialId": credential_id, "deleted": True}, lambda: f"deleted credential {credential_id}")


@auth_app.command("check", cls=Command)
def auth_check(ctx: typer.Context) -> None:
    """Sign in and say which scheme worked; never prints a secret."""
    session = session_of(ctx)
    with session.client() as client:
        client.data_and_job_handling.retrieve_data_categories()  # signs in on first use
        # The client's repr names the host and the schemes and leaves every secret out.
        found = re.search(r"auth=(\w+), sign_in=(\w+)", repr(client))
    scheme, sign_in = found.groups() if found else ("unknown", "unknown")
    data = {"host": client.host, "signedIn": True, "tokenSentAs": scheme, "signIn": sign_in}
    session.emit(data, lambda: f"signed in to {client.host} with {sign_in} sign-in; token sent as {scheme}")
