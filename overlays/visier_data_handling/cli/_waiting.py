"""Waiting for a job tree from the shell: live progress, Ctrl-C handling, and the per-tenant summary."""

from __future__ import annotations

from typing import Annotated, Any

from .. import CancelOutcome, JobCancelled, JobFailed, JobFuture, JobTimeout, LoadResult
from ._progress import JobProgress
from ._session import Opt, Session
from ._table import Column, Grid, grid


def wait_for(
    session: Session,
    future: JobFuture,
    timeout: float | None,
    cancel_on_interrupt: bool,
    result_type: type[LoadResult],
) -> LoadResult:
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
            session.err.print(
                f"interrupted: cancelling every job of {future.job_id} that can be cancelled",
                markup=False,
                soft_wrap=True,
            )
            future.cancel(tree=True)
            for line in cancel_report(future.job_id, future.cancel_results):
                session.err.print(line, markup=False, soft_wrap=True)
        else:
            session.err.print(
                f"interrupted: job {future.job_id} goes on. Resume watching with: visier-dh jobs watch {future.job_id}",
                markup=False,
                soft_wrap=True,
            )
        raise
    except JobTimeout as timed_out:
        raise JobTimeout(job_id=timed_out.job_id, tree=timed_out.tree, timeout=timeout) from None


def cancel_report(job_id: str, outcomes: list[CancelOutcome]) -> list[str]:
    """One line per job asked, then what to do about the ones refused."""
    if not outcomes:
        return [f"nothing left to cancel under {job_id}: every job has finished or is being cancelled"]
    lines = [
        f"  {'cancelled' if o.accepted else 'refused'}: {o.job_type or 'job'} {o.job_id}"
        + ("" if o.accepted else f" ({o.message or o.job_status})")
        for o in outcomes
    ]
    if not all(o.accepted for o in outcomes):
        lines.append(
            f"jobs the service refused run on; once they finish, cancel what they started with: "
            f"visier-dh jobs cancel --tree {job_id}"
        )
    return lines


def result_dict(result: LoadResult) -> dict[str, Any]:
    return {
        "jobId": result.job_id,
        "status": result.status,
        "outcome": result.outcome,
        "tenants": [
            {
                "tenantCode": t.tenant_code,
                "status": t.status,
                "message": t.message,
                "dataVersions": list(t.data_versions),
            }
            for t in result.tenants.values()
        ],
    }


def headline(result: LoadResult) -> str:
    """``job ID: 4 of 5 tenants succeeded; 1 failed`` (the top job's own status says little: it succeeds early)."""
    tenants = list(result.tenants.values())
    good = sum(t.ok for t in tenants)
    text = f"job {result.job_id}: {good} of {len(tenants)} tenant(s) succeeded"
    if result.outcome != "succeeded":
        text += f"; {result.outcome}" if good == len(tenants) else f"; {len(tenants) - good} {result.outcome}"
    return text


def result_table(result: LoadResult) -> Grid:
    return grid(
        headline(result),
        (Column("tenant", whole=True), "status", Column("data versions", whole=True), "message"),
        [(t.tenant_code, t.status, ", ".join(t.data_versions), t.message) for t in result.tenants.values()],
    )


def finish(session: Session, result: LoadResult) -> None:
    session.emit(result_dict(result), lambda: result_table(result), failed=not result.ok)


def started(session: Session, future: JobFuture, kind: str) -> None:
    """``--no-wait``: the job ID alone on stdout (so ``J=$(visier-dh load --no-wait F)`` holds it), prose on stderr."""
    session.err.print(
        f"started {kind} job {future.job_id}; watch it with: visier-dh jobs watch {future.job_id}",
        markup=False,
        soft_wrap=True,
    )
    session.emit({"jobId": future.job_id, "kind": kind}, lambda: future.job_id)


WaitOpt = Annotated[bool, Opt("--wait/--no-wait", help="Wait for every job to finish, with live progress.")]
TimeoutOpt = Annotated[
    float | None, Opt(min=0.0, metavar="SECONDS", help="Stop waiting after this many seconds (the jobs go on).")
]
CancelOpt = Annotated[
    bool,
    Opt(
        "--cancel-on-interrupt",
        help="On Ctrl-C during a wait, cancel every job of the tree that can be cancelled (else they go on).",
    ),
]
