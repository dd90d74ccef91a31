"""``visier-dh jobs``: status, tree, watch, cancel and list."""

from __future__ import annotations

from typing import Annotated, Any

import attrs
import typer
from rich.tree import Tree

from .. import JobNode, JobTree, LoadResult
from ._session import Opt, dicts, session_of, table
from ._waiting import CancelOpt, TimeoutOpt, finish, wait_for

jobs_app = typer.Typer(help="Job status, trees, waiting, cancelling and listing.", no_args_is_help=True)


def node_dict(node: JobNode) -> dict[str, Any]:
    return {
        "kind": node.kind.value,
        "job_id": node.job_id,
        "tenant_code": node.tenant_code,
        "status": node.status,
        "stage": node.stage,
        "message": node.message,
        "data_version": node.data_version,
        "children": [node_dict(child) for child in node.children],
    }


def rich_tree(tree: JobTree) -> Tree:
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
    session = session_of(ctx)
    with session.client() as client:
        entries = client.data_and_job_handling.job_id_status(job_id=job_id)
    session.emit(
        dicts(entries),
        lambda: table(f"job {job_id}", ("job", "type", "tenant", "status", "started"),
                       [(e.job_id, e.job_type, e.tenant, e.status, e.start_time) for e in entries]),
    )


@jobs_app.command("tree")
def jobs_tree(ctx: typer.Context, job_id: Annotated[str, typer.Argument(help="A top job's ID.")]) -> None:
    """The whole tree of jobs under a job, as it stands now."""
    session = session_of(ctx)
    with session.client() as client:
        tree = client.jobs.tree(job_id)
    session.emit(node_dict(tree.root), lambda: rich_tree(tree))


@jobs_app.command("watch")
def jobs_watch(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(help="A load's receiving job or an extraction's dispatching job.")],
    timeout: TimeoutOpt = None,
    cancel_on_interrupt: CancelOpt = False,
) -> None:
    """Follow a job tree to the end with live progress, then the per-tenant summary."""
    session = session_of(ctx)
    with session.client() as client:
        future = client.jobs.future(job_id, poll=session.poll())
        finish(session, wait_for(session, client, future, timeout, cancel_on_interrupt, LoadResult))


@jobs_app.command("cancel")
def jobs_cancel(ctx: typer.Context, job_ids: Annotated[list[str], typer.Argument(help="Job IDs.")]) -> None:
    """Cancel jobs (and the jobs they spawned)."""
    session = session_of(ctx)
    with session.client() as client:
        outcomes = client.jobs.cancel(job_ids)
    session.emit(
        [attrs.asdict(o) for o in outcomes],
        lambda: table(
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
    session = session_of(ctx)
    with session.client() as client:
        listing = client.data_and_job_handling.job_status(start_time=since, status=status)
    entries = list(listing.job_status or [])
    session.emit(
        dicts(entries),
        lambda: table("jobs", ("job", "type", "tenant", "status", "started", "parent"),
                       [(e.job_id, e.job_type, e.tenant, e.status, e.start_time, e.parent_job_id) for e in entries]),
    )
