"""``visier-dh intake``: Direct Data Intake from the shell -- load files straight into objects, the open transactions
(list, status, rollback), and an object's load schema. Built on ``client.intake`` and ``client.direct_data_intake``.

Ctrl-C before the commit always rolls the transaction back (the SDK does, whatever the options); the error line says
so. ``--rollback-on-interrupt`` adds the part the SDK cannot do alone: Ctrl-C during the wait, once the transaction
is committed and can no longer be rolled back, cancels the processing job it started (as ``load
--cancel-on-interrupt`` does), so nothing of the intake goes on.
"""

from __future__ import annotations

from typing import Annotated, Any

import attrs
import typer
from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from .. import IntakeResult, JobFuture, VisierDataHandling
from ._progress import UploadProgressView
from ._session import Command, Opt, QuietOpt, Session, dicts, session_of
from ._table import Column, grid
from ._waiting import TimeoutOpt, WaitOpt, headline, result_dict, wait_for

intake_app = typer.Typer(
    help="Direct Data Intake: load files straight into Visier's objects in one transaction.", no_args_is_help=True
)
transactions_app = typer.Typer(help="Direct Data Intake transactions: the open ones, status, rollback.",
                               no_args_is_help=True)
intake_app.add_typer(transactions_app, name="transactions")

TRANSACTION = Column("transaction", whole=True)
TENANT = Column("tenant", whole=True)
DraftOpt = Annotated[str, Opt("--draft-id", metavar="DRAFT", help="The draft to load into or read.")]
TransactionArg = Annotated[str, typer.Argument(metavar="TRANSACTION_ID", help="A transaction's ID.")]
RollbackOpt = Annotated[
    bool,
    Opt(
        "--rollback-on-interrupt",
        help="Ctrl-C before the commit always rolls the transaction back; with this flag, Ctrl-C during the wait "
        "(after the commit, which cannot be rolled back) also cancels the processing job the commit started.",
    ),
]


def _pairs(items: list[str]) -> list[str]:
    """``OBJECT=FILE`` arguments checked: both sides given, each object once."""
    seen: set[str] = set()
    for item in items:
        name, sign, path = item.partition("=")
        if not sign or not name.strip() or not path.strip():
            raise typer.BadParameter(f"{item!r} must be OBJECT=FILE, such as Employee=employee.csv",
                                     param_hint="OBJECT=FILE")
        if name in seen:
            raise typer.BadParameter(f"object {name!r} is given twice; a transaction takes one file per object",
                                     param_hint="OBJECT=FILE")
        seen.add(name)
    return items


def intake_dict(result: IntakeResult) -> dict[str, Any]:
    objects = [{"objectName": name, "path": path} for name, path in result.objects.items()]
    return {"transactionId": result.transaction_id, "objects": objects, **result_dict(result)}


def _finish(session: Session, result: IntakeResult) -> None:
    title = f"transaction {result.transaction_id} ({', '.join(result.objects)}): {headline(result)}"
    session.emit(
        intake_dict(result),
        lambda: grid(
            title,
            (TENANT, "status", Column("data versions", whole=True), "message"),
            [(t.tenant_code, t.status, ", ".join(t.data_versions), t.message) for t in result.tenants.values()],
        ),
        failed=not result.ok,
    )


def _commit(session: Session, client: VisierDataHandling, files: dict[str, str], draft_id: str,
            opened: list[str]) -> JobFuture:
    """Check, open, upload and commit; the transaction's ID is announced (and kept in ``opened``) once it exists."""

    def on_transaction(transaction_id: str) -> None:
        opened.append(transaction_id)
        session.err.print(f"opened transaction {transaction_id} ({', '.join(files)})", markup=False, soft_wrap=True)

    try:
        with UploadProgressView(session.err) as view:
            return client.intake(files, wait=False, draft_id=draft_id, poll=session.poll(),
                                 on_transaction=on_transaction, on_upload_progress=view)
    except KeyboardInterrupt as interrupt:  # typer exits 130 without a word: say what became of the transaction
        said = [note for note in getattr(interrupt, "__notes__", []) if note.startswith("transaction ")]
        if not opened:
            said = ["no transaction was opened"]
        elif not said:  # interrupted during the commit: it may have been made
            said = [f"transaction {opened[0]} may have been committed; check it with visier-dh intake transactions "
                    f"status {opened[0]}"]
        session.err.print(f"interrupted: {'; '.join(said)}", markup=False, soft_wrap=True)
        raise


@intake_app.command("load", cls=Command)
def intake_load(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(metavar="OBJECT=FILE...", callback=_pairs,
                       help="An object and the local CSV or ZIP file to load into it; repeat for more objects."),
    ],
    draft_id: DraftOpt = INTAKE_DRAFT_ID,
    wait: WaitOpt = True,
    timeout: TimeoutOpt = None,
    rollback_on_interrupt: RollbackOpt = False,
) -> None:
    """Load files into objects in one transaction: each file checked against its object's load schema before the
    transaction opens, uploaded, and the transaction committed once; then (with --wait) its processing job followed.
    Any failure before the commit rolls the transaction back. --no-wait prints only the processing job's ID."""
    session = session_of(ctx)
    pairs = dict(item.partition("=")[::2] for item in files)
    opened: list[str] = []
    with session.client() as client:
        future = _commit(session, client, pairs, draft_id, opened)
        transaction_id = opened[0]
        if not wait:
            session.err.print(f"transaction {transaction_id} committed; processing job {future.job_id} started. "
                              f"Watch it with: visier-dh jobs watch {future.job_id}", markup=False, soft_wrap=True)
            session.emit({"jobId": future.job_id, "transactionId": transaction_id, "kind": "processing"},
                         lambda: future.job_id)
            return
        base = wait_for(session, future, timeout, rollback_on_interrupt, IntakeResult)
    result = IntakeResult(**{**attrs.asdict(base, recurse=False), "transaction_id": transaction_id, "objects": pairs})
    _finish(session, result)


@transactions_app.command("list", cls=Command)
def transactions_list(ctx: typer.Context, draft_id: DraftOpt = INTAKE_DRAFT_ID, quiet: QuietOpt = False) -> None:
    """The open transactions (committed and rolled-back ones are not listed)."""
    session = session_of(ctx)
    with session.client() as client:
        answer = client.direct_data_intake.list_transactions(draft_id=draft_id)
    items = list(answer.transactions or [])
    session.listing(
        items,
        quiet,
        lambda t: t.transaction_id,
        lambda: grid(
            "open transactions",
            (TRANSACTION, TENANT, "status", Column("created", whole=True), Column("updated", whole=True)),
            [(t.transaction_id, t.tenant_code, t.status, t.created, t.updated) for t in items],
        ),
    )


@transactions_app.command("status", cls=Command)
def transactions_status(ctx: typer.Context, transaction_id: TransactionArg,
                        draft_id: DraftOpt = INTAKE_DRAFT_ID) -> None:
    """A committed transaction's processing job and its status (an open one has none yet: exit 1)."""
    session = session_of(ctx)
    with session.client() as client:
        status = client.direct_data_intake.transaction_status(draft_id=draft_id, transaction_id=transaction_id)
    session.emit(
        status.to_dict(),
        lambda: grid(
            f"transaction {transaction_id}",
            (TRANSACTION, TENANT, Column("job", whole=True), "status", "message"),
            [(status.transaction_id or transaction_id, status.tenant_code, status.job_id, status.status,
              status.message)],
        ),
    )


@transactions_app.command("rollback", cls=Command)
def transactions_rollback(ctx: typer.Context, transaction_id: TransactionArg,
                          draft_id: DraftOpt = INTAKE_DRAFT_ID) -> None:
    """Roll back an open transaction: its files are discarded. Exits 1 if the service refused (a committed or
    unknown transaction)."""
    session = session_of(ctx)
    with session.client() as client:
        answer = client.direct_data_intake.rollback_transaction(draft_id=draft_id, transaction_id=transaction_id)
    session.emit(
        answer.to_dict(),
        lambda: f"rolled back transaction {answer.transaction_id or transaction_id}"
        + (f": {answer.message}" if answer.message else ""),
    )


@intake_app.command("schema", cls=Command)
def intake_schema(
    ctx: typer.Context,
    object_name: Annotated[str, typer.Argument(metavar="OBJECT", help="The object's name, such as Employee.")],
    draft_id: DraftOpt = INTAKE_DRAFT_ID,
) -> None:
    """An object's load schema: the columns a file for it must have, and which must hold a value in every row."""
    session = session_of(ctx)
    with session.client() as client:
        schema = client.direct_data_intake.object_schema(draft_id=draft_id, object_name=object_name)
    columns = list(schema.schema or [])
    session.emit(
        dicts(columns),
        lambda: grid(
            f"{object_name} load schema",
            (Column("column", whole=True), "type", "mandatory", "empty allowed", "formats"),
            [(c.name, c.data_type, "yes" if c.is_mandatory else "no", "yes" if c.empty_values_allowed else "no",
              ", ".join(c.formats or [])) for c in columns],
        ),
    )
