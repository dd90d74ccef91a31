"""The mock's in-memory world, seeded deterministically from one number: the tenants, the clock, faults, tokens,
the SFTP file list and the request journal, and one store per API group (_state_jobs, _state_data,
_state_connectors, _state_intake, _state_transfer, _state_pgp) that its handlers read and change."""

from __future__ import annotations

import random
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from typing import Any

from ._clock import EPOCH, Clock, ManualClock, RealClock
from ._config import MockConfig
from ._faults import Faults
from ._jobs import Job
from ._state_connectors import Connector, ConnectorStore, Credential
from ._state_data import DataStore, DataVersion, Upload
from ._state_intake import IntakeStore
from ._state_jobs import JobStore
from ._state_pgp import PgpStore
from ._state_transfer import TransferStore

ADMIN = "WFF_j1r"
ANALYTIC = ["WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o", "WFF_j1r~k2m", "WFF_j1r~p4q"]
CONSOLIDATED_TENANT = "WFF_j1r~CAa7s"
JOURNAL_SIZE = 10_000


class State:
    """Everything one mock knows. One lock guards writes; handlers are short, so contention is no issue."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        # The request journal keeps the latest requests only, so a long benchmark cannot grow it without bound.
        self.journal: deque[dict[str, Any]] = deque(maxlen=JOURNAL_SIZE)
        # Requests that reached the handler of last resort (see _last_resort); a reset keeps them.
        self.unexpected: list[str] = []
        self.reset(config.seed)

    def reset(self, seed: int) -> None:
        """Back to the seeded world of the config: clock, data, jobs, tokens, faults and failures."""
        start = self.config.start
        self.clock: Clock = (
            ManualClock(EPOCH if start is None else start)
            if self.config.manual_clock
            else RealClock(self.config.speed, start)
        )
        self.faults = Faults(seed)
        for operation_id, rule in self.config.faults.items():
            self.faults.set(operation_id, rule)
        self.journal.clear()
        self.seed(seed)
        for failure in self.config.failures:
            self.job_store.plant_failure(**failure)

    # ----- seeding
    def seed(self, seed: int) -> None:
        """A fresh world. Every id comes from one random stream, so the order of the steps below fixes the ids."""
        self.rng = random.Random(seed)
        self.admin = ADMIN
        self.tenants: list[str] = list(ANALYTIC)
        self.consolidated = [CONSOLIDATED_TENANT]
        self.tokens: dict[str, float] = {}
        self.sftp: list[str] = ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]
        self.sftp += [f"{t}_hcm_20260101.zip.gpg" for t in self.tenants]
        self.data_store = DataStore(self.new_id, self.now, self.clock.start)
        self.connector_store = ConnectorStore(self.new_id, self.admin)
        self.job_store = JobStore(self.new_id, self.now, self.admin, self.tenants, self.data_store)
        self.intake_store = IntakeStore(self.new_id, self.now, self.job_store)
        for index, tenant in enumerate(self.tenants):
            # The last tenant starts with no data version, so "no enabled data version" can be shown.
            self.data_store.seed_versions(tenant, 0 if index == len(self.tenants) - 1 else 3)
            self.data_store.seed_uploads(tenant)
            self.connector_store.seed_tenant(tenant)
        # A consolidated analytics tenant has data versions of its own, so the data-versions list shows it.
        for tenant in self.consolidated:
            self.data_store.seed_versions(tenant, 2)
        # Seeded last, so the ids of the groups above stay what they were.
        self.transfer_store = TransferStore(self.new_id, self.admin)
        self.pgp_store = PgpStore()

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add_tenants(self, count: int) -> None:
        start = len(self.tenants)
        self.tenants.extend(f"{self.admin}~t{start + i}" for i in range(count))

    def visible_tenants(self) -> list[str]:
        return self.tenants + self.consolidated

    def record(self, entry: dict[str, Any]) -> None:
        self.journal.append(entry)

    # ----- the clock
    def now(self) -> float:
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    # ----- the stores' contents as tests read and plant them in-process (the control API does the same over HTTP)
    @property
    def jobs(self) -> dict[str, Job]:
        return self.job_store.jobs

    @property
    def failures(self) -> dict[tuple[str, str], str]:
        return self.job_store.failures

    @property
    def slow(self) -> dict[str, float]:
        return self.job_store.slow

    def descendants(self, job: Job, kind: str | None = None) -> Iterator[Job]:
        return self.job_store.descendants(job, kind)

    def plant_failure(self, tenantCode: str, stage: str = "processing", message: str | None = None) -> None:
        self.job_store.plant_failure(tenantCode, stage, message)

    def set_slow(self, tenant: str, seconds: float, stage: str | None = None) -> None:
        self.job_store.set_slow(tenant, seconds, stage)

    @property
    def data_versions(self) -> list[DataVersion]:
        return self.data_store.data_versions

    @property
    def uploads(self) -> list[Upload]:
        return self.data_store.uploads

    @property
    def credentials(self) -> dict[str, Credential]:
        return self.connector_store.credentials

    @property
    def connectors(self) -> dict[str, Connector]:
        return self.connector_store.connectors
