"""The mock's in-memory world: tenants, files, uploads, data versions, connectors, credentials and jobs,
seeded deterministically from one number."""

from __future__ import annotations

import random
import re
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import attrs

from ._clock import EPOCH, Clock, ManualClock, RealClock
from ._config import MockConfig
from ._faults import Faults
from ._jobs import CONSOLIDATED, DISPATCHING, EXTRACTION, PROCESSING, RECEIVING, TIMINGS, Job

ADMIN = "WFF_j1r"
ANALYTIC = ["WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o", "WFF_j1r~k2m", "WFF_j1r~p4q"]
CONSOLIDATED_TENANT = "WFF_j1r~CAa7s"
DAY = 86_400.0
JOURNAL_SIZE = 10_000
STAGES = ("receiving", "processing", "extraction")


def iso(seconds: float) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    # %Y does not pad years before 1000 on every platform; ISO 8601 wants four digits.
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@attrs.define
class DataVersion:
    tenant: str
    number: str
    created: float
    job_id: str = ""
    category: str = "DataCategory_Primary"
    enabled: bool = True


@attrs.define
class Upload:
    tenant: str
    time: float
    filename: str
    job_id: str = ""
    source: str = "Employee"
    included: bool = True

    @property
    def identifier(self) -> str:
        return f"{self.tenant}:{self.filename}:{int(self.time * 1000)}"


@attrs.define
class Credential:
    credential_id: str
    display_name: str
    provider: str
    tenant: str
    inherited: bool = False
    symbol: str = ""


@attrs.define
class Connector:
    connector_id: str
    display_name: str
    tenant: str
    credential_id: str | None = None
    settings: dict[str, str] = attrs.field(factory=dict)


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
        self.clock: Clock = ManualClock() if self.config.manual_clock else RealClock(self.config.speed)
        self.faults = Faults(seed)
        for operation_id, rule in self.config.faults.items():
            self.faults.set(operation_id, rule)
        self.journal.clear()
        self.seed(seed)
        for failure in self.config.failures:
            self.plant_failure(**failure)

    # ----- seeding
    def seed(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.admin = ADMIN
        self.tenants: list[str] = list(ANALYTIC)
        self.consolidated = [CONSOLIDATED_TENANT]
        self.tokens: dict[str, float] = {}
        self.jobs: dict[str, Job] = {}
        self.failures: dict[tuple[str, str], str] = {}
        self.slow: dict[str, float] = {}
        self.sftp: list[str] = ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]
        self.sftp += [f"{t}_hcm_20260101.zip.gpg" for t in self.tenants]
        self.categories = [
            {"name": "Primary", "id": self.new_id(), "objectName": "DataCategory_Primary"},
            {"name": "Benefits", "id": self.new_id(), "objectName": "DataCategory_Benefits"},
        ]
        self.data_versions: list[DataVersion] = []
        # Indexes that let a page of a long list cost its own size: versions by tenant, credential ids in order,
        # all of them and per tenant.
        self.tenant_versions: dict[str, list[DataVersion]] = {}
        self.uploads: list[Upload] = []
        self.credentials: dict[str, Credential] = {}
        self.credential_order: dict[str, list[str]] = {}
        self.connectors: dict[str, Connector] = {}
        self.next_version = 7_000_001
        self.credential_count = 0
        for index, tenant in enumerate(self.tenants):
            # The last tenant starts with no data version, so "no enabled data version" can be shown.
            for k in range(0 if index == len(self.tenants) - 1 else 3):
                self.add_data_version(tenant, EPOCH - (3 - k) * DAY, job_id=self.new_id())
            for k in range(5):
                when = EPOCH - (5 - k) * DAY
                self.uploads.append(Upload(tenant, when, f"{tenant}_hcm_{k}.zip.gpg", included=k != 0))
            credential_ids = [self.add_credential(tenant, name, provider, inherited=True)
                              for name, provider in (("AWS S3 Jupiter", "BasicS3"), ("Redshift Callisto", "Redshift"))]
            for name, credential in zip(("Redshift Jupiter", "UKG Callisto"), credential_ids, strict=True):
                connector = Connector(self.new_id(), name, tenant, credential,
                                      {"batchSize": "5000", "maxRetries": "3"})
                self.connectors[connector.connector_id] = connector
        # A consolidated analytics tenant has data versions of its own, so the data-versions list shows it.
        for tenant in self.consolidated:
            for k in range(2):
                self.add_data_version(tenant, EPOCH - (2 - k) * DAY, job_id=self.new_id())

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add_data_version(self, tenant: str, created: float, job_id: str = "") -> DataVersion:
        version = DataVersion(tenant, str(self.next_version), created, job_id)
        self.next_version += 1
        self.data_versions.append(version)
        self.tenant_versions.setdefault(tenant, []).append(version)
        return version

    def drop_versions_of(self, job_id: str) -> None:
        self.data_versions = [v for v in self.data_versions if v.job_id != job_id]
        for tenant, versions in self.tenant_versions.items():
            self.tenant_versions[tenant] = [v for v in versions if v.job_id != job_id]

    def add_credential(self, tenant: str, name: str, provider: str, inherited: bool = False) -> str:
        symbol = f"Extractor_Credential_Design_{self.credential_count}"
        self.credential_count += 1
        credential = Credential(self.new_id(), name, provider, tenant, inherited, symbol)
        self.credentials[credential.credential_id] = credential
        self.credential_order.setdefault(tenant, []).append(credential.credential_id)
        if tenant != self.admin:  # the administrating tenant sees every credential
            self.credential_order.setdefault(self.admin, []).append(credential.credential_id)
        return credential.credential_id

    def delete_credential(self, credential_id: str) -> None:
        credential = self.credentials.pop(credential_id)
        for tenant in {credential.tenant, self.admin}:
            self.credential_order[tenant].remove(credential_id)

    def credential_page(self, tenant: str, start: int, limit: int) -> list[Credential]:
        """One page of the credentials the tenant sees, in creation order, at the cost of the page."""
        ids = self.credential_order.get(tenant, [])[start : start + limit]
        return [self.credentials[i] for i in ids]

    def add_tenants(self, count: int) -> None:
        start = len(self.tenants)
        self.tenants.extend(f"{self.admin}~t{start + i}" for i in range(count))

    def record(self, entry: dict[str, Any]) -> None:
        self.journal.append(entry)

    # ----- controls
    def now(self) -> float:
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def plant_failure(self, tenantCode: str, stage: str = "processing", message: str | None = None) -> None:
        """Jobs of this kind for this tenant, created from now on, fail with this message."""
        if stage not in STAGES:
            raise ValueError("stage must be receiving, processing or extraction")
        default = "[DP510002] Unexpected exception in data load process in the event stream loader stage."
        self.failures[(tenantCode, stage)] = message or default

    def set_slow(self, tenant: str, seconds: float, stage: str | None = None) -> None:
        """Jobs for this tenant (of one stage: receiving, processing or extraction), created from now on, run this
        many seconds longer (to cancel them mid-run)."""
        if stage is not None and stage not in STAGES:
            raise ValueError("stage must be receiving, processing or extraction")
        self.slow[tenant if stage is None else f"{tenant}/{stage}"] = seconds

    def visible_tenants(self) -> list[str]:
        return self.tenants + self.consolidated

    # ----- job creation
    def _job(self, kind: str, tenant: str, created: float, parent: Job | None, stage: str | None = None,
             **extra: Any) -> Job:
        # Timings are in mock-clock seconds; RealClock's speed scales them against the wall clock.
        pending, running = TIMINGS[kind]
        job = Job(
            job_id=self.new_id(), kind=kind, tenant=tenant, created=created,
            pending=pending, running=running + self.slow.get(f"{tenant}/{stage}", self.slow.get(tenant, 0.0)),
            parent_id=parent.job_id if parent else None,
            root_id=(parent.root_id or parent.job_id) if parent else None,
            failure=self.failures.get((tenant, stage)) if stage else None,
            extra=extra,
        )
        self.jobs[job.job_id] = job
        if parent:
            parent.children.append(job.job_id)
        return job

    def _processing(self, tenant: str, created: float, parent: Job) -> Job:
        job = self._job(PROCESSING, tenant, created, parent, "processing")
        if not job.failure:
            version = self.add_data_version(tenant, job.ends, job.job_id)
            job.data_version = version.number
        return job

    def tenants_for_files(self, files: list[str]) -> dict[str, list[str]]:
        """Which tenants each file feeds: ``WFF_j1r~c7o_…`` one tenant, ``WFF_j1r_…`` every analytic tenant."""
        out: dict[str, list[str]] = {}
        for name in files:
            match = re.match(re.escape(self.admin) + r"(~[A-Za-z0-9]+)?_", name)
            targets = [self.admin + match.group(1)] if match and match.group(1) else list(self.tenants)
            for tenant in targets:
                out.setdefault(tenant, []).append(name)
        return out

    def start_load(self, files: list[str], skip_data_load: bool) -> Job:
        now = self.now()
        top = self._job(RECEIVING, self.admin, now, None, None)
        top.files = list(files)
        for index, (tenant, names) in enumerate(sorted(self.tenants_for_files(files).items())):
            # Tenants finish a little apart, as they do on the real service.
            receiving = self._job(RECEIVING, tenant, top.ends + 0.05 * index, top, "receiving")
            receiving.files = names
            if not receiving.failure:
                for name in names:
                    self.uploads.append(Upload(tenant, receiving.ends, name, top.job_id))
                if not skip_data_load:
                    self._processing(tenant, receiving.ends, top)
        return top

    def start_extraction(self, tenants: list[str], run_processing: bool) -> Job:
        now = self.now()
        dispatching = self._job(DISPATCHING, self.admin, now, None, None)
        for index, tenant in enumerate(tenants):
            extraction = self._job(EXTRACTION, tenant, dispatching.started + 0.05 * index, dispatching, "extraction")
            if extraction.failure:
                continue
            receiving = self._job(RECEIVING, tenant, extraction.ends, extraction, "receiving")
            if not receiving.failure:
                self.uploads.append(Upload(tenant, receiving.ends, f"{tenant}_extracted.zip.gpg", receiving.job_id))
                if run_processing:
                    self._processing(tenant, receiving.ends, receiving)
        return dispatching

    def start_processing(self, tenants: list[str]) -> Job:
        now = self.now()
        if tenants == [self.admin]:
            return self._processing(self.admin, now, self._job(DISPATCHING, self.admin, now, None, None))
        dispatching = self._job(DISPATCHING, self.admin, now, None, None)
        for index, tenant in enumerate(tenants):
            self._processing(tenant, dispatching.started + 0.05 * index, dispatching)
        return dispatching

    def start_consolidated(self, tenant: str, run_processing: bool) -> Job:
        job = self._job(CONSOLIDATED, tenant, self.now(), None, None)
        if run_processing:
            self._processing(tenant, job.ends, job)
        return job

    # ----- job queries
    def job(self, job_id: str, kind: str | None = None) -> Job | None:
        job = self.jobs.get(job_id)
        if job is None or not job.exists(self.now()) or (kind and job.kind != kind):
            return None
        return job

    def descendants(self, job: Job, kind: str | None = None) -> Iterator[Job]:
        """Existing descendants (depth first, creation order), optionally of one kind; lazily, so that a page of
        them costs the walk up to that page."""
        now = self.now()
        stack = list(reversed(job.children))
        while stack:
            child = self.jobs.get(stack.pop())
            if child is None or not child.exists(now):
                continue
            if kind is None or child.kind == kind:
                yield child
            stack.extend(reversed(child.children))

    def cancel(self, job: Job) -> None:
        """Cancel now: the job stops, and descendants not yet started never will."""
        now = self.now()
        job.cancel_at = now
        for child_id in list(job.children):
            child = self.jobs[child_id]
            if child.created > now:
                self._forget(child)
                job.children.remove(child_id)
            elif child.status(now) not in ("Succeeded", "Failed", "Cancelled"):
                self.cancel(child)
        if job.data_version:
            self.drop_versions_of(job.job_id)
            job.data_version = None
        self.uploads = [u for u in self.uploads if not (u.job_id == job.job_id and u.time > now)]

    def _forget(self, job: Job) -> None:
        for child_id in job.children:
            self._forget(self.jobs[child_id])
        self.jobs.pop(job.job_id, None)
        self.drop_versions_of(job.job_id)
        self.uploads = [u for u in self.uploads if u.job_id != job.job_id or u.time <= self.now()]

    # ----- data queries
    def enabled_versions(self, tenant: str, category: str | None = None) -> list[DataVersion]:
        now = self.now()
        found = [v for v in self.tenant_versions.get(tenant, []) if v.enabled and v.created <= now
                 and (category is None or v.category == category)]
        return sorted(found, key=lambda v: (v.created, int(v.number)), reverse=True)

    def tenant_uploads(self, tenant: str) -> list[Upload]:
        now = self.now()
        return sorted((u for u in self.uploads if u.tenant == tenant and u.time <= now), key=lambda u: u.time,
                      reverse=True)
