"""``visier-dh jobs``: status, tree, watch, cancel and list."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from visier_data_handling_api.facts import JOB_STATUSES

from .. import CancelOutcome, JobNode, LoadResult
from . import _filters
from ._session import Command, Opt, QuietOpt, list_command, session_of
from ._table import Column, Grid, grid
from ._waiting import CancelOpt, TimeoutOpt, finish, wait_for

jobs_app = typer.Typer(help="Job status, trees, waiting, cancelling and listing.", no_args_is_help=True)

JOB = Column("job", whole=True)
TENANT = Column("tenant", whole=True)
STARTED = Column("started", whole=True)


def node_dict(node: JobNode) -> dict[str, Any]:
    return {
        "kind": node.kind.value,
        "jobId": node.job_id,
        "tenantCode": node.tenant_code,
        "status": node.status,
        "stage": node.stage,
        "message": node.message,
        "dataVersion": node.data_version,
        "children": [node_dict(child) for child in node.children],
    }


def cancel_dict(outcome: CancelOutcome) -> dict[str, Any]:
    return {
        "jobId": outcome.job_id,
        "accepted": outcome.accepted,
        "jobType": outcome.job_type,
        "jobStatus": outcome.job_status,
        "message": outcome.message,
    }


@jobs_app.command("status", cls=Command)
def jobs_status(
    ctx: typer.Context, job_id: Annotated[str, typer.Argument(metavar="JOB_ID", help="Any job's ID.")]
) -> None:
    """A job's current status (its latest status entry)."""
    session = session_of(ctx)
    with session.client() as client:
        entries = client.data_and_job_handling.job_id_status(job_id=job_id)
    latest = entries[-1]
    session.emit(
        latest.to_dict(),
        lambda: grid(
            f"job {job_id}",
            (JOB, "type", TENANT, "status", STARTED),
            [(latest.job_id, latest.job_type, latest.tenant, latest.status, latest.start_time)],
        ),
    )


@jobs_app.command("tree", cls=Command)
def jobs_tree(
    ctx: typer.Context, job_id: Annotated[str, typer.Argument(metavar="JOB_ID", help="A top job's ID.")]
) -> None:
    """The whole tree of jobs under a job, as it stands now."""
    session = session_of(ctx)
    with session.client() as client:
        tree = client.jobs.tree(job_id)
    session.emit(node_dict(tree.root), tree.render)


@jobs_app.command("watch", cls=Command)
def jobs_watch(
    ctx: typer.Context,
    job_id: Annotated[
        str, typer.Argument(metavar="JOB_ID", help="A load's receiving job or an extraction's dispatching job.")
    ],
    timeout: TimeoutOpt = None,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Follow a job tree to the end with live progress, then the per-tenant summary."""
    session = session_of(ctx)
    with session.client() as client:
        future = client.jobs.future(job_id, poll=session.poll())
        finish(session, wait_for(session, future, timeout, cancel_on_interrupt, LoadResult))


def cancel_grid(title: str, outcomes: list[CancelOutcome]) -> Grid:
    return grid(
        title,
        (JOB, "type", "accepted", "status", "message"),
        [(o.job_id, o.job_type, "yes" if o.accepted else "no", o.job_status, o.message) for o in outcomes],
    )


@jobs_app.command("cancel", cls=Command)
def jobs_cancel(
    ctx: typer.Context,
    job_ids: Annotated[list[str], typer.Argument(metavar="JOB_ID...", help="The jobs to cancel.")],
    tree: Annotated[bool, Opt("--tree", help="Cancel every job under each one too, where it can be.")] = False,
) -> None:
    """Cancel jobs and report each. Exits 1 if the service refused any (a finished or unknown job, a running
    receiving job), or, with --tree, if a tree had nothing left to cancel."""
    session = session_of(ctx)
    with session.client() as client:
        if tree:
            futures = [client.jobs.future(job_id) for job_id in job_ids]
            for future in futures:
                future.cancel(tree=True)
            outcomes = [outcome for future in futures for outcome in future.cancel_results]
            finished = [future.job_id for future in futures if not future.cancel_results]
        else:
            outcomes, finished = client.jobs.cancel(job_ids), []
    title = "cancel" + "".join(f"; nothing left to cancel under {job_id}" for job_id in finished)
    session.emit(
        [cancel_dict(o) for o in outcomes],
        lambda: cancel_grid(title, outcomes),
        failed=bool(finished) or not all(o.accepted for o in outcomes),
    )


@jobs_app.command("list", cls=Command)
def jobs_list(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        Opt(
            "--since",
            metavar="TIME_OR_AGE",
            callback=_filters.since,
            help=f"Jobs started since then: {_filters.SINCE_FORM}.",
        ),
    ] = None,
    status: Annotated[
        str | None,
        Opt(
            "--status",
            metavar="STATUS",
            callback=_filters.status,
            help=f"Only jobs with this status: {', '.join(JOB_STATUSES)}.",
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Jobs started in a time window, optionally of one status."""
    list_command(
        ctx,
        quiet,
        lambda client: list(client.data_and_job_handling.job_status(start_time=since, status=status).job_status or []),
        lambda e: e.job_id,
        "jobs",
        (JOB, "type", TENANT, "status", STARTED, Column("parent", whole=True)),
        lambda e: (e.job_id, e.job_type, e.tenant, e.status, e.start_time, e.parent_job_id),
    )
