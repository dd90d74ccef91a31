"""What a job tree's end tells Airflow: a JSON outcome for XCom, and the task's failure naming each failed tenant.

The same outcome comes from the task's own wait, the trigger's event and the sensor, so a DAG reads one shape:
``{"job_id", "status", "outcome", "tenants": {code: {"status", "message", "data_versions"}}, "data_versions",
"failures"}``, where ``outcome`` is "succeeded", "failed" or "cancelled".
"""

from __future__ import annotations

from typing import Literal, TypedDict

from airflow.sdk.exceptions import AirflowException
from visier_data_handling import JobCancelled, JobError, JobFailed, JobTree, LoadResult

# The XCom key (and task_state_store key) under which the job ID is recorded as soon as the job exists.
JOB_ID_KEY = "visier_job_id"


class TenantReport(TypedDict):
    status: str
    message: str | None
    data_versions: list[str]


class Outcome(TypedDict):
    job_id: str
    status: str | None
    outcome: Literal["succeeded", "failed", "cancelled"]
    tenants: dict[str, TenantReport]
    data_versions: dict[str, list[str]]
    failures: list[str]


class Event(TypedDict):
    """A trigger's event: ``done`` with the outcome, or ``timeout``/``error`` with a message; always the job ID."""

    status: Literal["done", "timeout", "error"]
    job_id: str
    outcome: Outcome | None
    message: str | None


class VisierJobFailed(AirflowException):
    """A Visier job or one of its tenants failed or was cancelled; the message lists each tenant's reason."""

    def __init__(self, message: str, job_id: str) -> None:
        super().__init__(message)
        self.job_id = job_id


def judge(tree: JobTree) -> JobError | None:
    """How a finished tree ended: cancelled, failed (any job under it failed) or None for success."""
    if tree.root.cancelled:
        return JobCancelled(f"job {tree.job_id} was cancelled", job_id=tree.job_id, tree=tree)
    failures = tree.failed()
    return JobFailed(job_id=tree.job_id, tree=tree, failures=failures) if failures else None


def outcome_of(tree: JobTree, error: JobError | None) -> Outcome:
    result = LoadResult.from_tree(tree, error)
    return {
        "job_id": result.job_id,
        "status": result.status,
        "outcome": result.outcome,
        "tenants": {
            code: {"status": t.status, "message": t.message, "data_versions": list(t.data_versions)}
            for code, t in result.tenants.items()
        },
        "data_versions": result.data_versions,
        "failures": [node.describe() for node in error.failures] if isinstance(error, JobFailed) else [],
    }


def checked(outcome: Outcome) -> Outcome:
    """The outcome when every tenant succeeded; otherwise VisierJobFailed with each failed tenant's message."""
    if outcome["outcome"] == "succeeded":
        return outcome
    lines = [f"Visier job {outcome['job_id']} {outcome['outcome']} (status {outcome['status']}):"]
    lines += [
        f"  {code}: {tenant['status']}: {tenant['message'] or 'no message'}"
        for code, tenant in outcome["tenants"].items()
        if tenant["status"] != "Succeeded"
    ]
    if len(lines) == 1:
        lines += [f"  {failure}" for failure in outcome["failures"]]
    raise VisierJobFailed("\n".join(lines), outcome["job_id"])


def ended(event: Event) -> Outcome:
    """A trigger's event as the task's result: the outcome, or VisierJobFailed naming the job."""
    if event["status"] == "done" and event["outcome"] is not None:
        return checked(event["outcome"])
    raise VisierJobFailed(event["message"] or f"waiting for Visier job {event['job_id']} failed", event["job_id"])
