"""Direct Data Intake's state: each tenant's load config and transactions (open, committed or rolled back), the
files uploaded to them, and the processing job a commit starts in the job store, so it runs on the mock's clock and
fails when a failure is planted for the tenant's processing.

A transaction commits once. Every commit attempt is counted, and a refused second one (which a client would only
send after losing the first answer and not asking transactionStatus) counts as a double commit, so a chaos test can
check that none happened."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs

from ._clock import iso
from ._errors import MockError
from ._intake_fixtures import DEFAULT_JOB_CONFIG, LOAD_SCHEMAS
from ._jobs import Job
from ._state_jobs import JobStore

OPEN, COMMITTED, ROLLED_BACK = "open", "committed", "rolled back"


@attrs.define
class IntakeFile:
    """A file received for one object: its name, size and header row (the file itself is not kept)."""

    object_name: str
    filename: str
    size: int
    columns: list[str]


@attrs.define
class Transaction:
    transaction_id: str
    tenant: str
    created: float
    updated: float
    status: str = OPEN
    files: dict[str, IntakeFile] = attrs.field(factory=dict)  # by object: a second file for one object replaces it
    commits: int = 0  # commits performed: 0 or 1
    commit_attempts: int = 0
    job_id: str | None = None


class IntakeStore:
    def __init__(self, new_id: Callable[[], str], now: Callable[[], float], jobs: JobStore) -> None:
        self._new_id = new_id
        self._now = now
        self._jobs = jobs
        self.transactions: dict[str, Transaction] = {}
        self.configs: dict[str, dict[str, Any]] = {}
        self.double_commits = 0

    # ----- config
    def config(self, tenant: str) -> dict[str, Any]:
        return copy.deepcopy(self.configs.get(tenant, DEFAULT_JOB_CONFIG))

    def change_config(self, tenant: str, job: dict[str, Any]) -> dict[str, Any]:
        """Options given change; options left out, and the mode UNCHANGED, keep their value."""
        config = self.config(tenant)
        if job.get("supplementalMode") not in (None, "UNCHANGED"):
            config["supplementalMode"] = job["supplementalMode"]
        if job.get("extendObjects") is not None:
            config["extendObjects"] = list(job["extendObjects"])
        self.configs[tenant] = config
        return copy.deepcopy(config)

    # ----- transactions
    def start(self, tenant: str) -> Transaction:
        now = self._now()
        transaction = Transaction(self._new_id(), tenant, now, now)
        self.transactions[transaction.transaction_id] = transaction
        return transaction

    def find(self, tenant: str, transaction_id: str) -> Transaction:
        """The tenant's transaction; another tenant's is as unknown as one never started."""
        transaction = self.transactions.get(transaction_id)
        if transaction is None or transaction.tenant != tenant:
            raise MockError(404, f"Transaction [{transaction_id}] was not found.")
        return transaction

    def open_for_files(self, tenant: str, transaction_id: str) -> Transaction:
        """The transaction, if it still takes files: 404 unknown, 409 committed or rolled back."""
        transaction = self.find(tenant, transaction_id)
        if transaction.status != OPEN:
            raise MockError(409, f"Transaction [{transaction_id}] is {transaction.status}; it takes no more files.")
        return transaction

    def add_file(self, transaction: Transaction, file: IntakeFile) -> None:
        transaction.files[file.object_name] = file
        transaction.updated = self._now()

    def commit(self, tenant: str, transaction_id: str) -> Job:
        """Commit once: the transaction's processing job. 404 unknown or rolled back, 409 already committed."""
        transaction = self.find(tenant, transaction_id)
        transaction.commit_attempts += 1
        if transaction.status == ROLLED_BACK:
            raise MockError(404, f"Transaction [{transaction_id}] was rolled back; there is nothing to commit.")
        if transaction.status == COMMITTED:
            self.double_commits += 1
            raise MockError(409, f"Transaction [{transaction_id}] is already committed (job {transaction.job_id}).")
        job = self._jobs.start_direct_intake(tenant)
        transaction.status, transaction.job_id = COMMITTED, job.job_id
        transaction.commits += 1
        transaction.updated = self._now()
        return job

    def rollback(self, tenant: str, transaction_id: str) -> Transaction:
        """Discard the files and close the transaction; rolling back again answers the same (a retried DELETE)."""
        transaction = self.find(tenant, transaction_id)
        if transaction.status == COMMITTED:
            raise MockError(409, f"Transaction [{transaction_id}] is already committed; it cannot be rolled back.")
        if transaction.status == OPEN:
            transaction.files.clear()
            transaction.status = ROLLED_BACK
            transaction.updated = self._now()
        return transaction

    def open_transactions(self, tenant: str) -> list[Transaction]:
        return [t for t in self.transactions.values() if t.tenant == tenant and t.status == OPEN]

    def job(self, transaction: Transaction) -> Job:
        """A committed transaction's processing job; 404 while it is open or once it was rolled back."""
        job = self._jobs.jobs.get(transaction.job_id or "")
        if transaction.status != COMMITTED or job is None:
            raise MockError(404, f"Transaction [{transaction.transaction_id}] is not committed; it is "
                                 f"{transaction.status} and has no processing job.")
        return job

    # ----- what a test counts
    def summary(self) -> dict[str, Any]:
        """Per transaction its tenant, status, files, commits performed and attempted; the open transactions; the
        refused second commits."""
        return {
            "transactions": {t.transaction_id: {"tenantCode": t.tenant, "status": t.status, "commits": t.commits,
                                                "commitAttempts": t.commit_attempts, "jobId": t.job_id,
                                                "files": sorted(t.files), "created": iso(t.created),
                                                "updated": iso(t.updated)}
                             for t in self.transactions.values()},
            "open": sum(t.status == OPEN for t in self.transactions.values()),
            "doubleCommits": self.double_commits,
        }


def schema_of(object_name: str) -> list[dict[str, Any]]:
    """An object's load schema; 404 naming the object when it has none."""
    columns = LOAD_SCHEMAS.get(object_name)
    if columns is None:
        raise MockError(404, f"Object [{object_name}] has no load schema: Direct Data Intake does not load it.")
    return copy.deepcopy(columns)
