"""``visier-dh``: the root command, its options, and upload, load and extract. The ``jobs`` commands live in
``_jobs``, the management commands in ``_manage``. Built on the SDK's public API only.

Settings come from the same ``VISIER_*`` variables as ``VisierDataHandling.from_env()``; options override them.
Results go to stdout (``--output table`` or ``json``); logs, progress and errors go to stderr.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .. import (
    ExtractionResult,
    LoadResult,
    __version__,
    check_uploads,
)
from ._group import Group
from ._intake import intake_app
from ._jobs import jobs_app
from ._manage import auth_app, connectors_app, credentials_app, uploads_app, versions_app
from ._pgp_keys import pgp_keys_app
from ._session import Command, Opt, Output, Session, session_of
from ._settings import secret_help, with_secrets
from ._sign_in_status import show_sign_in
from ._transfer import intake_push
from ._upload import upload, upload_files
from ._waiting import CancelOpt, TimeoutOpt, WaitOpt, finish, started, wait_for

app = typer.Typer(
    name="visier-dh",
    cls=Group,
    help="Upload, load, extract and watch jobs on Visier's Data and Job Handling API.",
    epilog="Exit codes: 0 done (every tenant succeeded), 1 something was refused or failed (a job, a tenant, any "
    "item of a request), 2 usage error, 3 auth or connection error, 130 interrupted.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(jobs_app, name="jobs")
app.add_typer(versions_app, name="data-versions")
app.add_typer(uploads_app, name="uploads")
app.add_typer(connectors_app, name="connectors")
app.add_typer(credentials_app, name="credentials")
app.add_typer(auth_app, name="auth")
app.add_typer(intake_app, name="intake")
intake_app.command("push", cls=Command)(intake_push)  # on the transfer session flow, kept in its own module
app.add_typer(pgp_keys_app, name="pgp-keys")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"visier-dh {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    ctx: typer.Context,
    host: Annotated[
        str | None,
        Opt("--host", metavar="URL", help="Service URL [env VISIER_HOST or VISIER_VANITY].", show_default=False),
    ] = None,
    api_key: Annotated[
        str | None, Opt("--api-key", metavar="KEY", help=secret_help("api_key", "API key"), show_default=False)
    ] = None,
    api_key_stdin: Annotated[
        bool, Opt("--api-key-stdin", help="Read the API key from standard input's first line.")
    ] = False,
    username: Annotated[
        str | None,
        Opt("--username", metavar="USER", help="User to sign in as [env VISIER_USERNAME].", show_default=False),
    ] = None,
    password: Annotated[
        str | None, Opt("--password", metavar="PASSWORD", help=secret_help("password", "Password"), show_default=False)
    ] = None,
    password_stdin: Annotated[
        bool, Opt("--password-stdin", help="Read the password from standard input's first line.")
    ] = False,
    client_id: Annotated[
        str | None, Opt("--client-id", metavar="ID", help="OAuth client [env VISIER_CLIENT_ID].", show_default=False)
    ] = None,
    client_secret: Annotated[
        str | None,
        Opt(
            "--client-secret",
            metavar="SECRET",
            help=secret_help("client_secret", "OAuth client secret"),
            show_default=False,
        ),
    ] = None,
    client_secret_stdin: Annotated[
        bool, Opt("--client-secret-stdin", help="Read the client secret from standard input's first line.")
    ] = False,
    target_tenant_id: Annotated[
        str | None,
        Opt(
            "--target-tenant-id",
            metavar="TENANT",
            help="Act as this tenant [env VISIER_TARGET_TENANT_ID].",
            show_default=False,
        ),
    ] = None,
    proxy: Annotated[
        str | None, Opt(metavar="URL", help="Proxy URL, credentials allowed [env VISIER_PROXY, else "
                        "HTTPS_PROXY/HTTP_PROXY].", show_default=False)
    ] = None,
    ca_bundle: Annotated[
        Path | None, Opt(metavar="PATH", help="CA bundle file or directory to trust [env VISIER_CA_BUNDLE, else "
                         "SSL_CERT_FILE].", show_default=False)
    ] = None,
    insecure: Annotated[
        bool,
        Opt("--insecure", envvar="VISIER_INSECURE", show_envvar=False,
            help="Do not check TLS certificates; the SDK warns on stderr [env VISIER_INSECURE]."),
    ] = False,
    request_timeout: Annotated[
        float | None,
        Opt(
            min=0.001,
            metavar="SECONDS",
            envvar="VISIER_REQUEST_TIMEOUT",
            show_default=False,
            help="Give up on one request after this many seconds without progress [env VISIER_REQUEST_TIMEOUT; "
            "default: 5 to connect, 60 to read]. Waits for jobs have their own --timeout.",
        ),
    ] = None,
    sign_in_timeout: Annotated[
        float | None,
        Opt(
            min=0.001,
            metavar="SECONDS",
            envvar="VISIER_SIGN_IN_TIMEOUT",
            show_default=False,
            help="Give up signing in after this many seconds, retries included [env VISIER_SIGN_IN_TIMEOUT; "
            "default: 30].",
        ),
    ] = None,
    max_retries: Annotated[
        int | None,
        Opt(
            min=0,
            metavar="N",
            envvar="VISIER_MAX_RETRIES",
            show_default=False,
            help="Retries of a request that failed for a passing reason [env VISIER_MAX_RETRIES; default: 3].",
        ),
    ] = None,
    output: Annotated[
        Output, Opt("--output", "-o", metavar="table|json", help="Result format on stdout.")
    ] = Output.table,
    poll_interval: Annotated[
        float | None,
        Opt(min=0.01, metavar="SECONDS", help="Seconds between job status checks (default: 1, growing to 15)."),
    ] = None,
    verbose: Annotated[
        bool, Opt("--verbose", "-v", help="Say on stderr when a request is retried (a passing network problem).")
    ] = False,
    debug: Annotated[bool, Opt("--debug", help="Log HTTP requests and show tracebacks on stderr.")] = False,
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
        "proxy": proxy,
    }
    err = Console(stderr=True)
    settings: dict[str, Any] = with_secrets(
        {k: v for k, v in given.items() if v is not None},
        {"api_key": api_key_stdin, "password": password_stdin, "client_secret": client_secret_stdin},
        err,
    )
    if insecure or ca_bundle is not None:
        settings["verify"] = False if insecure else str(ca_bundle)
    if request_timeout is not None:
        settings["timeout"] = request_timeout
    if max_retries is not None:
        settings["max_retries"] = max_retries
    if sign_in_timeout is not None:
        settings["sign_in_timeout"] = sign_in_timeout
    ctx.obj = Session(settings, output, debug, poll_interval, err)
    if not (verbose or debug):  # errors are one line: retry notices only when asked for
        retry_log = logging.getLogger("visier_data_handling.retry")
        level = retry_log.level
        retry_log.setLevel(logging.ERROR)
        ctx.call_on_close(lambda: retry_log.setLevel(level))
    if err.is_terminal:
        show_sign_in(ctx, sys.stderr)
    if debug:
        logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(name)s %(levelname)s %(message)s")


def _split_local(items: Sequence[str]) -> tuple[list[Path], list[str]]:
    local = [Path(item) for item in items if os.sep in item or "/" in item or Path(item).exists()]
    names = [item for item in items if not (os.sep in item or "/" in item or Path(item).exists())]
    return local, names


app.command(cls=Command)(upload)  # in its own module, with --encrypt


@app.command(cls=Command)
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
    skip_data_load: Annotated[bool, Opt("--skip-data-load", help="Receive the files without processing them.")] = False,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Load files: upload local ones, start a load, and (with --wait) follow every tenant to the end."""
    session = session_of(ctx)
    local, names = _split_local(files)
    if local:
        check_uploads(local)  # every file checked before signing in and before the first byte is sent
    with session.client() as client:
        uploaded = [u.filename for u in upload_files(session, client, local)] if local else []
        future = client.load(
            [*uploaded, *names], wait=False, skip_data_load=skip_data_load or None, poll=session.poll()
        )
        if not wait:
            started(session, future, "receiving")
            return
        finish(session, wait_for(session, future, timeout, cancel_on_interrupt, LoadResult))


@app.command(cls=Command)
def extract(
    ctx: typer.Context,
    tenant: Annotated[
        list[str] | None, Opt("--tenant", "-t", metavar="TENANT", help="An analytic tenant's code; repeat for more.")
    ] = None,
    all_tenants: Annotated[bool, Opt("--all-tenants", help="Every analytic tenant.")] = False,
    wait: WaitOpt = True,
    timeout: TimeoutOpt = None,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Run data connector extractions and load what they extract."""
    if not tenant and not all_tenants:
        raise typer.BadParameter("give --tenant TENANT_CODE (repeatable) or --all-tenants", param_hint="--tenant")
    session = session_of(ctx)
    with session.client() as client:
        future = client.extract_and_load(
            tenants=tenant or None, all_tenants=all_tenants or None, wait=False, poll=session.poll()
        )
        if not wait:
            started(session, future, "dispatching")
            return
        finish(session, wait_for(session, future, timeout, cancel_on_interrupt, ExtractionResult))


def main() -> None:
    """The console script."""
    app(prog_name="visier-dh")
