"""VisierDirectIntakeOperator: load files straight into Visier's objects through one Direct Data Intake transaction,
then wait for the processing job its commit starts -- exactly once across the task's tries.

The transaction's ID goes to the task's state the moment it exists (``client.intake(on_transaction=...)``), before
any file is sent; the processing job's ID follows once the commit is answered. A later try (a retry, or a try after
the worker died) that finds a job ID follows that job. One that finds only a transaction asks the service what became
of it (``client.intake_state``):

* committed -- the try died after the commit (its answer lost with the worker): follow the job the commit started;
* open -- the try died before the commit: roll it back, then start again. A commit of it still on its way cannot
  take effect once it is rolled back, and if the commit won, the rollback is refused and the job is followed;
* gone (rolled back or unknown) -- start again.

So the commit is sent at most once per transaction, and a retry never commits a second one while the first took
effect. Waiting is the load operator's (``deferrable``, ``wait_timeout``, ``poll_interval``, ``restart_failed``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from airflow.sdk.exceptions import AirflowException
from visier_data_handling import ApiException, IntakeState, JobKind, TransactionStage, VisierDataHandling
from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from ..hooks.visier import VisierHook
from ..task_state import TaskState
from .visier import VisierJobOperator

# The task-state (and XCom) key under which the transaction's ID is kept the moment it exists.
TRANSACTION_ID_KEY = "visier_transaction_id"


class VisierDirectIntakeOperator(VisierJobOperator):
    """Load ``files`` ({object name: local CSV or ZIP path}, e.g. ``{"Employee": "/data/employee.csv"}``) into
    ``draft_id`` (default ``prod``) in one transaction: every file is checked against its object's load schema
    before the transaction opens, then uploaded, and the transaction committed once. The task's result (XCom) is the
    processing job's outcome; the transaction's ID is in XCom ``visier_transaction_id``."""

    kind = JobKind.PROCESSING
    template_fields: Sequence[str] = ("files", "draft_id", "target_tenant_id")
    start_keys = (TRANSACTION_ID_KEY,)

    def __init__(self, *, files: Mapping[str, str], draft_id: str = INTAKE_DRAFT_ID, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.files = files
        self.draft_id = draft_id
        self.transaction_id: str | None = None  # the transaction this try opened or resumed (on_kill rolls it back)

    @property
    def settle(self) -> float | None:
        return 0.0  # a processing job starts no other job

    def start(self, client: VisierDataHandling, state: TaskState) -> str:
        recorded = state.text(TRANSACTION_ID_KEY)
        if recorded is not None:
            state.show(TRANSACTION_ID_KEY, recorded)
            job_id = self._resume(client, recorded)
            if job_id is not None:
                return job_id

        def opened(transaction_id: str) -> None:
            self.transaction_id = transaction_id
            state.set(TRANSACTION_ID_KEY, transaction_id)  # before any upload: a retry's way back to it
            self.log.info("opened Direct Data Intake transaction %s", transaction_id)

        future = client.intake(dict(self.files), wait=False, draft_id=self.draft_id,
                               target_tenant_id=self.target_tenant_id, on_transaction=opened)
        job_id_started: str = future.job_id
        return job_id_started

    def _state(self, client: VisierDataHandling, transaction_id: str) -> IntakeState:
        return client.intake_state(transaction_id, draft_id=self.draft_id, target_tenant_id=self.target_tenant_id)

    def _resume(self, client: VisierDataHandling, transaction_id: str) -> str | None:
        """The job of an earlier try's committed transaction; None when it is to start again (its open transaction
        rolled back)."""
        found = self._state(client, transaction_id)
        if found.stage is TransactionStage.OPEN:
            try:
                self._roll_back(client, transaction_id)
            except ApiException as refused:  # a commit on its way won the race: it is committed now
                self.log.warning("rollback of transaction %s refused (%s); asking what became of it",
                                 transaction_id, refused)
                found = self._state(client, transaction_id)
            else:
                self.log.warning("transaction %s of an earlier try was still open (its worker stopped before the "
                                 "commit): rolled it back; starting again", transaction_id)
                return None
        if found.stage is TransactionStage.COMMITTED:
            if found.job_id is None:
                raise AirflowException(f"transaction {transaction_id} of an earlier try is committed, but the "
                                       "service names no processing job yet; a retry follows it")
            self.log.info("transaction %s of an earlier try was committed; following its processing job %s",
                          transaction_id, found.job_id)
            return found.job_id
        if found.stage is TransactionStage.OPEN:
            raise AirflowException(f"transaction {transaction_id} of an earlier try is open and its rollback was "
                                   "refused; a retry asks again")
        self.log.info("transaction %s of an earlier try is gone (rolled back); starting again", transaction_id)
        return None

    def _roll_back(self, client: VisierDataHandling, transaction_id: str) -> None:
        client.direct_data_intake.rollback_transaction(draft_id=self.draft_id, transaction_id=transaction_id,
                                                       target_tenant_id=self.target_tenant_id)

    def on_kill(self) -> None:
        """A person stopped the task: before the commit, roll the transaction back; after it, cancel its job."""
        if self.job_id is not None or self.transaction_id is None:
            super().on_kill()
            return
        with VisierHook(self.visier_conn_id).get_conn() as client:
            try:
                self._roll_back(client, self.transaction_id)
            except ApiException as refused:  # committed meanwhile (a retry follows its job), or already gone
                self.log.warning("transaction %s was not rolled back: %s", self.transaction_id, refused)
            else:
                self.log.warning("rolled back Direct Data Intake transaction %s", self.transaction_id)
