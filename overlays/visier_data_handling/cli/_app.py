"""``visier-dh``: the commands. Built on the SDK's public API only (the client, its operations, jobs and flows).

Settings come from the same ``VISIER_*`` variables as ``VisierDataHandling.from_env()``; options override them.
Results go to stdout (``--output table`` or ``json``); logs, progress and errors go to stderr.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree
from typer.core import TyperGroup
from visier_data_handling_api import models
from visier_data_handling_api.types import Unset

from .. import (
    ExtractionResult,
    JobCancelled,
    JobFailed,
    JobFuture,
    JobNode,
    JobTimeout,
    JobTree,
    LoadResult,
    PollSchedule,
    VisierDataHandling,
    __version__,
    check_uploads,
)
from . import _errors
from ._progress import JobProgress, UploadProgressView


class Output(StrEnum):
    table = "table"
    json = "json"


@attrs.define
class Session:
    """What the top-level options decided, shared by every command."""

    overrides: dict[str, Any]
    output: Output = Output.table
    debug: bool = False
    poll_interval: float | None = None
    err: Console = attrs.field(factory=lambda: Console(stderr=True))
    out: Console = attrs.field(factory=Console)

    def client(self) -> VisierDataHandling:
        return VisierDataHandling.from_env(**self.overrides)

    def poll(self) -> PollSchedule | None:
        if self.poll_interval is None:
            return None
        return PollSchedule(initial=self.poll_interval, maximum=max(self.poll_interval, 1.0))

    def emit(self, data: Any, table: Callable[[], Table | Tree | str]) -> None:
        """JSON on stdout, or the human form."""
        if self.output is Output.json:
            sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
            sys.stdout.flush()
        else:
            self.out.print(table())


# Top-level options that may also be written after the command (``visier-dh load x.zip --output json``).
_GLOBAL_FLAGS = frozenset({"--debug"})
_GLOBAL_VALUED = frozenset({"--output", "-o", "--poll-interval"})


def hoist_global_options(argv: list[str]) -> list[str]:
    """Move the top-level options found anywhere (before a ``--``) to the front, where click expects them."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg in _GLOBAL_FLAGS or (arg.split("=", 1)[0] in _GLOBAL_VALUED and "=" in arg):
            front.append(arg)
        elif arg in _GLOBAL_VALUED and index + 1 < len(argv):
            front += [arg, argv[index + 1]]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


class _Group(TyperGroup):
    """Maps every error to one line on stderr and an exit code (see ``_errors``); usage errors included."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        console = Console(stderr=True)
        argv = hoist_global_options(list(args) if args is not None else sys.argv[1:])
        try:
            result = super().main(argv, prog_name or "visier-dh", complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else _errors.OK
        except typer.Exit as done:
            code = done.exit_code
        except (Exception, KeyboardInterrupt) as error:  # every error becomes one line
            code = _errors.report(console, error, debug="--debug" in argv)
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="visier-dh",
    cls=_Group,
    help="Upload, load, extract and watch jobs on Visier's Data and Job Handling API.",
    epilog="Exit codes: 0 every tenant succeeded, 1 a job or tenant failed, 2 usage error, "
    "3 auth or connection error, 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
jobs_app = typer.Typer(help="Job status, trees, waiting, cancelling and listing.", no_args_is_help=True)
versions_app = typer.Typer(help="Data versions: list the latest, disable.", no_args_is_help=True)
uploads_app = typer.Typer(help="Data uploads: list, include, exclude.", no_args_is_help=True)
connectors_app = typer.Typer(help="Data connectors.", no_args_is_help=True)
credentials_app = typer.Typer(help="Data connector credentials: list, assign, delete.", no_args_is_help=True)
auth_app = typer.Typer(help="Credentials check.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
app.add_typer(versions_app, name="data-versions")
app.add_typer(uploads_app, name="uploads")
app.add_typer(connectors_app, name="connectors")
app.add_typer(credentials_app, name="credentials")
app.add_typer(auth_app, name="auth")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"visier-dh {__version__}\n")
        raise typer.Exit()


Opt = typer.Option


@app.callback()
def _options(
    ctx: typer.Context,
    host: Annotated[str | None, Opt(help="Service URL [env VISIER_HOST or VISIER_VANITY].", show_default=False)] = None,
    api_key: Annotated[str | None, Opt(help="API key [env VISIER_APIKEY].", show_default=False)] = None,
    username: Annotated[str | None, Opt(help="[env VISIER_USERNAME]", show_default=False)] = None,
    password: Annotated[str | None, Opt(help="[env VISIER_PASSWORD]", show_default=False)] = None,
    client_id: Annotated[str | None, Opt(help="OAuth client [env VISIER_CLIENT_ID].", show_default=False)] = None,
    client_secret: Annotated[str | None, Opt(help="[env VISIER_CLIENT_SECRET]", show_default=False)] = None,
    target_tenant_id: Annotated[
        str | None, Opt(help="Act as this tenant [env VISIER_TARGET_TENANT_ID].", show_default=False)
    ] = None,
    output: Annotated[Output, Opt("--output", "-o", help="Result format on stdout.")] = Output.table,
    poll_interval: Annotated[
        float | None, Opt(min=0.01, help="Seconds between job status checks (default: 1, growing to 15).")
    ] = None,
    debug: Annotated[bool, Opt(help="Log HTTP requests and show tracebacks on stderr.")] = False,
    version: Annotated[
        bool, Opt("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    given = {
        "host": host,
        "api_key": api_key,
        "username": username,
        "password": password,
        "client_id": client_id,
        "client_secret": client_secret,
        "target_tenant_id": target_tenant_id,
    }
    ctx.obj = Session({k: v for k, v in given.items() if v is not None}, output, debug, poll_interval)
    if debug:
        logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(name)s %(levelname)s %(message)s")


def _session(ctx: typer.Context) -> Session:
    session = ctx.find_root().obj
    assert isinstance(session, Session)
    return session


def _dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None or isinstance(v, Unset) else str(v) for v in row))
    return table


# -- waiting ---------------------------------------------------------------------------------------------------------


def _wait(session: Session, client: VisierDataHandling, future: JobFuture, timeout: float | None,
          cancel_on_interrupt: bool, result_type: type[LoadResult]) -> LoadResult:
    """Wait for a job tree with live progress; Ctrl-C says how to resume and cancels only when asked to."""
    try:
        with JobProgress(session.err) as progress:
            future.add_progress_callback(progress)
            try:
                return result_type.from_tree(future.result(timeout))
            except (JobFailed, JobCancelled) as finished:
                assert finished.tree is not None
                return result_type.from_tree(finished.tree, finished)
    except KeyboardInterrupt:
        if cancel_on_interrupt:
            outcomes = client.jobs.cancel([future.job_id])
            states = "; ".join(f"{'accepted' if o.accepted else 'refused'}: {o.message or o.job_status}"
                               for o in outcomes)
            session.err.print(f"interrupted: cancelling job {future.job_id} ({states})", markup=False, soft_wrap=True)
        else:
            session.err.print(
                f"interrupted: job {future.job_id} goes on. Resume watching with: visier-dh jobs watch "
                f"{future.job_id}",
                markup=False,
                soft_wrap=True,
            )
        raise
    except JobTimeout as timed_out:
        raise JobTimeout(job_id=timed_out.job_id, tree=timed_out.tree, timeout=timeout) from None


def _result_dict(result: LoadResult) -> dict[str, Any]:
    return {
        "job_id": result.job_id,
        "status": result.status,
        "outcome": result.outcome,
        "tenants": [attrs.asdict(t) for t in result.tenants.values()],
        "data_versions": result.data_versions,
    }


def _result_table(result: LoadResult) -> Table:
    table = _table(
        f"job {result.job_id}: {result.status} ({result.outcome})",
        ("tenant", "status", "data versions", "message"),
        [(t.tenant_code, t.status, ", ".join(t.data_versions), t.message) for t in result.tenants.values()],
    )
    return table


def _finish(session: Session, result: LoadResult) -> None:
    session.emit(_result_dict(result), lambda: _result_table(result))
    if not result.ok:
        raise typer.Exit(_errors.FAILED)


def _started(session: Session, future: JobFuture, kind: str) -> None:
    session.emit({"job_id": future.job_id, "kind": kind}, lambda: f"started {kind} job {future.job_id}")
    session.err.print(f"watch it with: visier-dh jobs watch {future.job_id}", markup=False, soft_wrap=True)


WaitOpt = Annotated[bool, Opt("--wait/--no-wait", help="Wait for every job to finish, with live progress.")]
TimeoutOpt = Annotated[float | None, Opt(min=0.0, help="Stop waiting after this many seconds (the job goes on).")]
CancelOpt = Annotated[bool, Opt(help="On Ctrl-C during a wait, cancel the job (by default it goes on).")]


# -- load, upload, extract -------------------------------------------------------------------------------------------


def _split_local(items: Sequence[str]) -> tuple[list[Path], list[str]]:
    local = [Path(item) for item in items if os.sep in item or "/" in item or Path(item).exists()]
    names = [item for item in items if not (os.sep in item or "/" in item or Path(item).exists())]
    return local, names


def _upload(session: Session, client: VisierDataHandling, paths: Sequence[Path]) -> list[str]:
    check_uploads(paths)  # every file checked before the first byte is sent
    names = []
    with UploadProgressView(session.err) as view:
        for path in paths:
            names.append(client.upload(path, on_progress=view).filename)
    return names


@app.command()
def upload(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="Local ZIP, CSV, XLS or XLSX files (optionally .gpg/.pgp).")],
) -> None:
    """Upload local files to Visier (at most 500 MB each), ready to load."""
    session = _session(ctx)
    with session.client() as client:
        names = _upload(session, client, files)
    session.emit({"uploaded": names}, lambda: _table("uploaded", ("file",), [(n,) for n in names]))


@app.command()
def load(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE_OR_NAME...",
            help="Local files (uploaded first) or names of files already uploaded to Visier.",
        ),
    ],
    wait: WaitOpt = True,
    timeout: TimeoutOpt = None,
    skip_data_load: Annotated[bool, Opt(help="Receive the files without processing them.")] = False,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Load files: upload local ones, start a load, and (with --wait) follow every tenant to the end."""
    session = _session(ctx)
    local, names = _split_local(files)
    with session.client() as client:
        uploaded = _upload(session, client, local) if local else []
        future = client.load([*uploaded, *names], wait=False, skip_data_load=skip_data_load or None,
                             poll=session.poll())
        if not wait:
            _started(session, future, "receiving")
            return
        _finish(session, _wait(session, client, future, timeout, cancel_on_interrupt, LoadResult))


@app.command()
def extract(
    ctx: typer.Context,
    tenant: Annotated[list[str] | None, Opt("--tenant", "-t", help="An analytic tenant; repeat for more.")] = None,
    all_tenants: Annotated[bool, Opt(help="Every analytic tenant.")] = False,
    wait: WaitOpt = True,
    timeout: TimeoutOpt = None,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Run data connector extractions and load what they extract."""
    if not tenant and not all_tenants:
        raise typer.BadParameter("give --tenant TENANT_CODE (repeatable) or --all-tenants", param_hint="--tenant")
    session = _session(ctx)
    with session.client() as client:
        future = client.extract_and_load(tenants=tenant or None, all_tenants=all_tenants or None, wait=False,
                                         poll=session.poll())
        if not wait:
            _started(session, future, "dispatching")
            return
        _finish(session, _wait(session, client, future, timeout, cancel_on_interrupt, ExtractionResult))


# -- jobs ------------------------------------------------------------------------------------------------------------


def _node_dict(node: JobNode) -> dict[str, Any]:
    return {
        "kind": node.kind.value,
        "job_id": node.job_id,
        "tenant_code": node.tenant_code,
        "status": node.status,
        "stage": node.stage,
        "message": node.message,
        "data_version": node.data_version,
        "children": [_node_dict(child) for child in node.children],
    }


def _rich_tree(tree: JobTree) -> Tree:
    def label(node: JobNode) -> str:
        return node.describe()

    def grow(branch: Tree, node: JobNode) -> None:
        for child in node.children:
            grow(branch.add(label(child), highlight=False), child)

    root = Tree(label(tree.root), highlight=False)
    grow(root, tree.root)
    return root


@jobs_app.command("status")
def jobs_status(ctx: typer.Context, job_id: Annotated[str, typer.Argument(help="Any job's ID.")]) -> None:
    """A job's status entries."""
    session = _session(ctx)
    with session.client() as client:
        entries = client.data_and_job_handling.job_id_status(job_id=job_id)
    session.emit(
        _dicts(entries),
        lambda: _table(f"job {job_id}", ("job", "type", "tenant", "status", "started"),
                       [(e.job_id, e.job_type, e.tenant, e.status, e.start_time) for e in entries]),
    )


@jobs_app.command("tree")
def jobs_tree(ctx: typer.Context, job_id: Annotated[str, typer.Argument(help="A top job's ID.")]) -> None:
    """The whole tree of jobs under a job, as it stands now."""
    session = _session(ctx)
    with session.client() as client:
        tree = client.jobs.tree(job_id)
    session.emit(_node_dict(tree.root), lambda: _rich_tree(tree))


@jobs_app.command("watch")
def jobs_watch(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(help="A load's receiving job or an extraction's dispatching job.")],
    timeout: TimeoutOpt = None,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Follow a job tree to the end with live progress, then the per-tenant summary."""
    session = _session(ctx)
    with session.client() as client:
        future = client.jobs.future(job_id, poll=session.poll())
        _finish(session, _wait(session, client, future, timeout, cancel_on_interrupt, LoadResult))


@jobs_app.command("cancel")
def jobs_cancel(ctx: typer.Context, job_ids: Annotated[list[str], typer.Argument(help="Job IDs.")]) -> None:
    """Cancel jobs (and the jobs they spawned)."""
    session = _session(ctx)
    with session.client() as client:
        outcomes = client.jobs.cancel(job_ids)
    session.emit(
        [attrs.asdict(o) for o in outcomes],
        lambda: _table(
            "cancel",
            ("job", "accepted", "status", "message"),
            [(o.job_id, o.accepted, o.job_status, o.message) for o in outcomes],
        ),
    )


@jobs_app.command("list")
def jobs_list(
    ctx: typer.Context,
    since: Annotated[
        str | None, Opt(help="Jobs started since this time (ISO 8601, such as 2026-01-31T00:00:00Z).")
    ] = None,
    status: Annotated[str | None, Opt(help="Only jobs with this status, such as Running or Failed.")] = None,
) -> None:
    """Jobs started in a time window, optionally of one status."""
    session = _session(ctx)
    kwargs = {k: v for k, v in {"start_time": since, "status": status}.items() if v is not None}
    with session.client() as client:
        listing = client.data_and_job_handling.job_status(**kwargs)
    entries = list(listing.job_status or [])
    session.emit(
        _dicts(entries),
        lambda: _table("jobs", ("job", "type", "tenant", "status", "started", "parent"),
                       [(e.job_id, e.job_type, e.tenant, e.status, e.start_time, e.parent_job_id) for e in entries]),
    )


# -- data versions, uploads, connectors, credentials -----------------------------------------------------------------

TenantOpt = Annotated[str | None, Opt("--tenant", "-t", help="One analytic tenant's code.")]


def _tenant_kwargs(tenant: str | None) -> dict[str, Any]:
    return {} if tenant is None else {"tenant_code": tenant}


@versions_app.command("list")
def versions_list(ctx: typer.Context, tenant: TenantOpt = None) -> None:
    """The latest enabled data versions per tenant."""
    session = _session(ctx)
    with session.client() as client:
        tenants = list(client.data_and_job_handling.latest_enabled_dv(iterator=True, **_tenant_kwargs(tenant)))
    rows = [(t.tenant_code, v.data_version, v.data_version_date) for t in tenants for v in (t.data_versions or [])]
    session.emit(_dicts(tenants), lambda: _table("data versions", ("tenant", "data version", "created"), rows))


@versions_app.command("disable")
def versions_disable(
    ctx: typer.Context,
    tenant: Annotated[str, Opt("--tenant", "-t", help="The analytic tenant's code.")],
    version: Annotated[list[str], Opt("--version", "-v", help="A data version to disable; repeat for more.")],
) -> None:
    """Disable data versions of one tenant."""
    session = _session(ctx)
    body = models.DisableDVRequest(
        model=models.DisableDVModel(
            data_version_objects=[models.DataVersionObject(tenant_code=tenant, data_version=v) for v in version]
        )
    )
    with session.client() as client:
        answer = client.data_and_job_handling.disable_dv(body=body)
    session.emit(answer.to_dict(), lambda: json.dumps(answer.to_dict(), indent=2))


@uploads_app.command("list")
def uploads_list(ctx: typer.Context, tenant: TenantOpt = None) -> None:
    """Data uploads per tenant and whether each is included in loads."""
    session = _session(ctx)
    with session.client() as client:
        tenants = list(client.data_and_job_handling.retrieve_data_uploads(iterator=True, **_tenant_kwargs(tenant)))
    rows = [(t.tenant_code, u.upload_time, u.included) for t in tenants for u in (t.uploads or [])]
    session.emit(_dicts(tenants), lambda: _table("data uploads", ("tenant", "upload time", "included"), rows))


def _include_exclude(ctx: typer.Context, include: bool, tenant: str, upload_times: list[str] | None) -> None:
    session = _session(ctx)
    fields: dict[str, Any] = {"tenant_code": tenant}
    if upload_times:
        fields["upload_times"] = upload_times
    else:
        fields["include_all" if include else "exclude_all"] = True
    body = (
        models.IncludeDataUploadsRequest(uploads=[models.UploadToInclude(**fields)])
        if include
        else models.ExcludeDataUploadsRequest(uploads=[models.UploadToExclude(**fields)])
    )
    with session.client() as client:
        operations = client.data_and_job_handling
        answer = operations.include_data_uploads(body=body) if include else operations.exclude_data_uploads(body=body)
    session.emit(answer.to_dict(), lambda: json.dumps(answer.to_dict(), indent=2))


UploadTimeOpt = Annotated[
    list[str] | None, Opt("--upload-time", help="An upload's time as `uploads list` shows it; default: all.")
]


@uploads_app.command("include")
def uploads_include(
    ctx: typer.Context,
    tenant: Annotated[str, Opt("--tenant", "-t", help="The analytic tenant's code.")],
    upload_time: UploadTimeOpt = None,
) -> None:
    """Include a tenant's data uploads in future loads."""
    _include_exclude(ctx, True, tenant, upload_time)


@uploads_app.command("exclude")
def uploads_exclude(
    ctx: typer.Context,
    tenant: Annotated[str, Opt("--tenant", "-t", help="The analytic tenant's code.")],
    upload_time: UploadTimeOpt = None,
) -> None:
    """Exclude a tenant's data uploads from future loads."""
    _include_exclude(ctx, False, tenant, upload_time)


@connectors_app.command("list")
def connectors_list(ctx: typer.Context, tenant: TenantOpt = None) -> None:
    """Data connectors and the credential each uses."""
    session = _session(ctx)
    with session.client() as client:
        items = list(client.data_and_job_handling.data_connectors(iterator=True, **_tenant_kwargs(tenant)))
    session.emit(
        _dicts(items),
        lambda: _table("data connectors", ("connector", "name", "credential"),
                       [(c.connector_id, c.display_name, c.credential_id) for c in items]),
    )


@credentials_app.command("list")
def credentials_list(ctx: typer.Context, tenant: TenantOpt = None) -> None:
    """Data connector credentials."""
    session = _session(ctx)
    with session.client() as client:
        items = list(client.data_and_job_handling.data_connector_credentials(iterator=True, **_tenant_kwargs(tenant)))
    session.emit(
        _dicts(items),
        lambda: _table("credentials", ("credential", "name", "provider", "inherited"),
                       [(c.credential_id, c.display_name, c.data_provider, c.is_inherited) for c in items]),
    )


@credentials_app.command("assign")
def credentials_assign(
    ctx: typer.Context,
    connector: Annotated[str, Opt(help="The data connector's ID.")],
    credential: Annotated[str, Opt(help="The credential's ID.")],
    tenant: Annotated[str, Opt("--tenant", "-t", help="The analytic tenant's code.")],
) -> None:
    """Assign a credential to a data connector in one tenant."""
    session = _session(ctx)
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
    session.emit(answer.to_dict(), lambda: json.dumps(answer.to_dict(), indent=2))


@credentials_app.command("delete")
def credentials_delete(
    ctx: typer.Context,
    credential_id: Annotated[str, typer.Argument(help="The credential's ID.")],
    tenant: TenantOpt = None,
) -> None:
    """Delete a data connector credential."""
    session = _session(ctx)
    with session.client() as client:
        answer = client.data_and_job_handling.delete_connector_credential(id=credential_id, **_tenant_kwargs(tenant))
    data = answer.to_dict() if hasattr(answer, "to_dict") else {"deleted": credential_id}
    session.emit(data, lambda: f"deleted credential {credential_id}")


@auth_app.command("check")
def auth_check(ctx: typer.Context) -> None:
    """Sign in and say which scheme worked; never prints a secret."""
    session = _session(ctx)
    with session.client() as client:
        client.data_and_job_handling.retrieve_data_categories()  # signs in on first use
        # The client's repr names the host and the schemes and leaves every secret out.
        found = re.search(r"auth=(\w+), sign_in=(\w+)", repr(client))
    scheme, sign_in = found.groups() if found else ("unknown", "unknown")
    data = {"host": client.host, "signed_in": True, "token_sent_as": scheme, "sign_in": sign_in}
    session.emit(data, lambda: f"signed in to {client.host} with {sign_in} sign-in; token sent as {scheme}")


def main() -> None:
    """The console script."""
    app(prog_name="visier-dh")
