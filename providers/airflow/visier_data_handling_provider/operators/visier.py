"""VisierLoadOperator and VisierExtractAndLoadOperator: start a load or an extraction and wait for its job tree.

Exactly once across retries: the job ID goes to the task's ``task_state_store`` (kept across tries of the task in
its DAG run) and to XCom (``visier_job_id``) as soon as the job exists. A later try -- a retry, or a try after the
worker died -- follows that job instead of starting another. It starts a new one only when the recorded job ended
in failure and ``restart_failed=True``.

Waiting: with ``deferrable=True`` the task hands the wait to Airflow's triggerer (:class:`VisierJobTrigger`) and
frees its worker slot; otherwise it runs the trigger's same wait in the task. ``wait_timeout`` bounds the wait in
seconds across deferrals and triggerer restarts (None: no bound); ``poll_interval`` is the time between checks.
The task fails naming every failed tenant and its message; its return value (XCom) is the outcome: the job ID, each
tenant's status, message and new data versions (:mod:`..outcome`). ``on_kill`` cancels the tree's unfinished jobs.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from airflow.sdk import BaseOperator, Context
from visier_data_handling import JobKind, VisierDataHandling, check_uploads

from .. import anchor
from ..anchor import ANCHOR_KEY
from ..hooks.visier import VisierHook
from ..outcome import JOB_ID_KEY, Event, Outcome, ended, judge
from ..stop import cancellable, report_cancel
from ..task_state import TaskState
from ..triggers.visier import VisierJobTrigger


class VisierJobOperator(BaseOperator):
    """Starts one Visier job (a subclass says which, in :meth:`start`) and waits for its whole tree, once."""

    kind: ClassVar[JobKind]
    template_fields: Sequence[str] = ("target_tenant_id",)

    def __init__(
        self,
        *,
        visier_conn_id: str = VisierHook.default_conn_name,
        deferrable: bool = False,
        wait_timeout: float | None = None,
        poll_interval: float = 15.0,
        target_tenant_id: str | None = None,
        restart_failed: bool = False,
        **kwargs: Any,  # Any: BaseOperator's own arguments (task_id, retries, ...)
    ) -> None:
        super().__init__(**kwargs)
        self.visier_conn_id = visier_conn_id
        self.deferrable = deferrable
        self.wait_timeout = wait_timeout
        self.poll_interval = poll_interval
        self.target_tenant_id = target_tenant_id
        self.restart_failed = restart_failed
        self.job_id: str | None = None  # the job this try follows, once known (on_kill cancels its tree)

    # The state keys a start writes before the job's ID is known (the retry's way back to that job).
    start_keys: ClassVar[tuple[str, ...]] = ()

    def start(self, client: VisierDataHandling, state: TaskState) -> str:
        """Start the job (or find the one an earlier try started, from what it kept in ``state``); return its ID."""
        raise NotImplementedError

    @property
    def settle(self) -> float | None:
        return None

    def execute(self, context: Context) -> Outcome:
        hook = VisierHook(self.visier_conn_id)
        with hook.get_conn() as client:
            self.job_id = self._job(client, context)
        end_time = None if self.wait_timeout is None else time.time() + self.wait_timeout
        trigger = VisierJobTrigger(
            job_id=self.job_id,
            visier_conn_id=self.visier_conn_id,
            kind=self.kind.value,
            poll_interval=self.poll_interval,
            end_time=end_time,
            target_tenant_id=self.target_tenant_id,
            settle=self.settle,
        )
        if self.deferrable:
            self.defer(trigger=trigger, method_name="execute_complete")
        return self.execute_complete(context, asyncio.run(_follow(hook, trigger)))

    def execute_complete(self, context: Context, event: Event) -> Outcome:
        """Where the task resumes after the trigger fired (and where the task's own wait ends)."""
        self.job_id = event["job_id"]
        if event["outcome"] is not None:
            context["ti"].xcom_push(key="visier_outcome", value=event["outcome"])
        return ended(event)

    def _job(self, client: VisierDataHandling, context: Context) -> str:
        """The job this try follows: the one an earlier try recorded, or a new one, recorded at once."""
        state = TaskState(context, self.log)
        recorded = state.text(JOB_ID_KEY)
        if recorded is not None:
            if not self.restart_failed:
                self.log.info("following Visier job %s, started by an earlier try of this task", recorded)
                state.show(JOB_ID_KEY, recorded)  # a new try starts with its XCom cleared
                return recorded
            tree = client.jobs.tree(recorded, self.kind, target_tenant_id=self.target_tenant_id)
            if not (tree.settled and judge(tree) is not None):
                self.log.info("following Visier job %s, started by an earlier try (%s)", recorded, tree.status)
                state.show(JOB_ID_KEY, recorded)
                return recorded
            self.log.warning("Visier job %s of an earlier try ended %s; restart_failed: starting anew", recorded,
                             tree.status)
            state.forget(*self.start_keys)  # what led to that job must not lead a new start back to it
        job_id = self.start(client, state)
        state.set(JOB_ID_KEY, job_id)
        self.log.info("following Visier job %s", job_id)
        return job_id

    def on_kill(self) -> None:
        """A person marked the running task failed or cleared it: cancel the tree's unfinished jobs."""
        if self.job_id is None:
            return
        with VisierHook(self.visier_conn_id).get_conn() as client:
            tree = client.jobs.tree(self.job_id, self.kind, target_tenant_id=self.target_tenant_id)
            ids = cancellable(tree)
            outcomes = client.jobs.cancel(ids, target_tenant_id=self.target_tenant_id) if ids else []
            report_cancel(self.log, self.job_id, outcomes)


async def _follow(hook: VisierHook, trigger: VisierJobTrigger) -> Event:
    """The trigger's wait, run in the task: one definition of following a job for both ways of waiting."""
    client = await hook.aget_conn()
    try:
        return await trigger.follow(client)
    finally:
        await client.aclose()


class VisierLoadOperator(VisierJobOperator):
    """Load files into Visier (startLoad), uploading the local ones first, as ``visier-dh load`` does.

    ``files`` are local paths (a name with a path separator, or a file that exists) or names of files already
    uploaded to Visier. Every local file is checked before the first byte is sent.
    """

    kind = JobKind.RECEIVING
    template_fields: Sequence[str] = ("files", "target_tenant_id")

    def __init__(self, *, files: Sequence[str], skip_data_load: bool | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.files = files
        self.skip_data_load = skip_data_load

    @property
    def settle(self) -> float | None:
        return 0.0 if self.skip_data_load else None  # no processing job follows the receiving jobs

    start_keys = (ANCHOR_KEY,)

    def start(self, client: VisierDataHandling, state: TaskState) -> str:
        found = anchor.recorded_job(client, state, self.target_tenant_id, self.poll_interval)
        if found is not None:  # an earlier try's startLoad was answered, but its worker died before keeping the ID
            self.log.warning("Visier job %s was started by an earlier try whose worker died before recording it; "
                             "following it", found)
            return found
        local = [Path(f) for f in self.files if os.sep in f or "/" in f or Path(f).exists()]
        names = [f for f in self.files if not (os.sep in f or "/" in f or Path(f).exists())]
        if local:
            check_uploads(local)
        uploaded = [client.upload(path, target_tenant_id=self.target_tenant_id).filename for path in local]
        files = [*uploaded, *names]
        anchor.record(client, state, files, self.target_tenant_id)  # before the send: a retry's way to the job
        future = client.load(
            files, wait=False, skip_data_load=self.skip_data_load, target_tenant_id=self.target_tenant_id
        )
        job_id: str = future.job_id
        return job_id


class VisierExtractAndLoadOperator(VisierJobOperator):
    """Run the data connectors' extractions for ``tenants`` (or ``all_tenants=True``) and load what they extract."""

    kind = JobKind.DISPATCHING
    template_fields: Sequence[str] = ("tenants", "target_tenant_id")

    def __init__(
        self,
        *,
        tenants: Sequence[str] | None = None,
        all_tenants: bool | None = None,
        run_processing_job: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.tenants = tenants
        self.all_tenants = all_tenants
        self.run_processing_job = run_processing_job

    def start(self, client: VisierDataHandling, state: TaskState) -> str:
        future = client.extract_and_load(
            wait=False,
            tenants=None if self.tenants is None else list(self.tenants),
            all_tenants=self.all_tenants,
            run_processing_job=self.run_processing_job,
            target_tenant_id=self.target_tenant_id,
        )
        job_id: str = future.job_id
        return job_id
