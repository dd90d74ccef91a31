"""VisierJobTrigger: follows a job tree with the SDK's async future in Airflow's triggerer and fires once at its end.

Everything it needs is in its serialized keyword arguments -- the job ID, the connection ID, the job kind, the poll
interval and the wall-clock time the wait ends -- never a secret or a live client: after a triggerer restart
Airflow builds it again from them and it resumes following the same job, within the same time budget. The
operators run the same :meth:`VisierJobTrigger.follow` in the task when they do not defer.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent
from visier_data_handling import PollSchedule, VisierDataHandling, VisierError

from ..hooks.visier import VisierHook
from ..outcome import Event, outcome_of
from ..stop import cancellable, report_cancel


class VisierJobTrigger(BaseTrigger):
    """Fires one event when the job ``job_id`` and every job under it have ended, or when ``end_time`` passes.

    ``kind`` is the SDK's job kind ("receiving" for a load, "dispatching" for an extraction; None: detected).
    ``end_time`` is seconds since the epoch (None: no limit). ``settle`` is how long a finished job may wait for the
    job the service creates after it (the SDK's default when None; 0 after a load with ``skip_data_load``).
    """

    def __init__(
        self,
        *,
        job_id: str,
        visier_conn_id: str = VisierHook.default_conn_name,
        kind: str | None = None,
        poll_interval: float = 15.0,
        end_time: float | None = None,
        target_tenant_id: str | None = None,
        settle: float | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # Airflow leaves it unannotated
        self.job_id = job_id
        self.visier_conn_id = visier_conn_id
        self.kind = kind
        self.poll_interval = poll_interval
        self.end_time = end_time
        self.target_tenant_id = target_tenant_id
        self.settle = settle

    # Any: Airflow's signature; every value is JSON (str, float or None).
    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "job_id": self.job_id,
                "visier_conn_id": self.visier_conn_id,
                "kind": self.kind,
                "poll_interval": self.poll_interval,
                "end_time": self.end_time,
                "target_tenant_id": self.target_tenant_id,
                "settle": self.settle,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        client = await VisierHook(self.visier_conn_id).aget_conn()
        try:
            event = await self.follow(client)
        finally:
            await client.aclose()
        yield TriggerEvent(event)

    async def follow(self, client: VisierDataHandling) -> Event:
        """Wait for the job tree's end (or ``end_time``) and say how it ended; never raises a Visier error."""
        schedule = PollSchedule(initial=self.poll_interval, factor=1.0, maximum=self.poll_interval)
        future = client.jobs.future(
            self.job_id, self.kind, poll=schedule, settle=self.settle, target_tenant_id=self.target_tenant_id
        )
        remaining = None if self.end_time is None else max(0.0, self.end_time - time.time())
        limit = "no time limit" if remaining is None else f"{remaining:.0f} s left"
        self.log.info("following Visier job %s (%s)", self.job_id, limit)
        try:
            if not await future.await_done(remaining):
                message = (
                    f"Visier job {self.job_id} not finished within the wait timeout (last status: "
                    f"{future.status or 'unknown'}); it keeps running, and a retry of the task follows it"
                )
                return {"status": "timeout", "job_id": self.job_id, "outcome": None, "message": message}
            error = await future.aexception(0)
        except VisierError as exc:  # a hard error (401 after a new sign-in, 403, 404): the message names the job
            return {"status": "error", "job_id": self.job_id, "outcome": None, "message": str(exc)}
        assert future.tree is not None  # finished implies a snapshot
        return {"status": "done", "job_id": self.job_id, "outcome": outcome_of(future.tree, error), "message": None}

    async def on_kill(self) -> None:
        """A person marked the deferred task failed or cleared it: cancel the jobs of the tree that can be."""
        client = await VisierHook(self.visier_conn_id).aget_conn()
        try:
            tree = await client.jobs.atree(self.job_id, self.kind, target_tenant_id=self.target_tenant_id)
            ids = cancellable(tree)
            outcomes = await client.jobs.acancel(ids, target_tenant_id=self.target_tenant_id) if ids else []
            report_cancel(self.log, self.job_id, outcomes)
        finally:
            await client.aclose()
