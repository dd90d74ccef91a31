"""The mock's jobs: starting loads, extractions and processing (each a tree of jobs with its whole future, see
_jobs), finding and cancelling them, and the failures and delays planted for jobs yet to start."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ._jobs import CONSOLIDATED, DISPATCHING, EXTRACTION, PROCESSING, RECEIVING, TIMINGS, Job
from ._state_data import DataStore

STAGES = ("receiving", "processing", "extraction")
DEFAULT_FAILURE = "[DP510002] Unexpected exception in data load process in the event stream loader stage."


class JobStore:
    """Every job by id. A job's children are created with it, so its data versions and uploads are added to the
    data store up front, at the times they will appear."""

    def __init__(self, new_id: Callable[[], str], now: Callable[[], float], admin: str, tenants: list[str],
                 data: DataStore) -> None:
        self._new_id = new_id
        self._now = now
        self._admin = admin
        self._tenants = tenants  # the analytic tenants, shared with State (seeding more extends the same list)
        self._data = data
        self.jobs: dict[str, Job] = {}
        self.failures: dict[tuple[str, str], str] = {}
        self.slow: dict[str, float] = {}

    # ----- planted failures and delays
    def plant_failure(self, tenantCode: str, stage: str = "processing", message: str | None = None) -> None:
        """Jobs of this kind for this tenant, created from now on, fail with this message."""
        if stage not in STAGES:
            raise ValueError("stage must be receiving, processing or extraction")
        self.failures[(tenantCode, stage)] = message or DEFAULT_FAILURE

    def set_slow(self, tenant: str, seconds: float, stage: str | None = None) -> None:
        """Jobs for this tenant (of one stage: receiving, processing or extraction), created from now on, run this
        many seconds longer (to cancel them mid-run)."""
        if stage is not None and stage not in STAGES:
            raise ValueError("stage must be receiving, processing or extraction")
        self.slow[tenant if stage is None else f"{tenant}/{stage}"] = seconds

    # ----- job creation
    def _job(self, kind: str, tenant: str, created: float, parent: Job | None, stage: str | None = None,
             **extra: Any) -> Job:
        # Timings are in mock-clock seconds; RealClock's speed scales them against the wall clock.
        pending, running = TIMINGS[kind]
        job = Job(
            job_id=self._new_id(), kind=kind, tenant=tenant, created=created,
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

    def _processing(self, tenant: str, created: float, parent: Job | None) -> Job:
        job = self._job(PROCESSING, tenant, created, parent, "processing")
        if not job.failure:
            version = self._data.add_data_version(tenant, job.ends, job.job_id)
            job.data_version = version.number
        return job

    def tenants_for_files(self, files: list[str]) -> dict[str, list[str]]:
        """Which tenants each file feeds: ``WFF_j1r~c7o_…`` one tenant, ``WFF_j1r_…`` every analytic tenant."""
        out: dict[str, list[str]] = {}
        for name in files:
            match = re.match(re.escape(self._admin) + r"(~[A-Za-z0-9]+)?_", name)
            targets = [self._admin + match.group(1)] if match and match.group(1) else list(self._tenants)
            for tenant in targets:
                out.setdefault(tenant, []).append(name)
        return out

    def start_load(self, files: list[str], skip_data_load: bool, unreadable: dict[str, str] | None = None) -> Job:
        """A load of SFTP files; ``unreadable`` (file -> why) fails the receiving jobs of those files, as a file
        Visier cannot decrypt does."""
        return self._receive(self.tenants_for_files(files), not skip_data_load, unreadable or {}, files)

    def start_transfer(self, tenants: list[str], processing: bool) -> Job:
        """The receiving job of a completed transfer session (and a processing job per tenant, with processing)."""
        return self._receive({tenant: [] for tenant in tenants}, processing, {}, [])

    def _receive(self, names_by_tenant: dict[str, list[str]], processing: bool, unreadable: dict[str, str],
                 files: list[str]) -> Job:
        now = self._now()
        top = self._job(RECEIVING, self._admin, now, None, None)
        top.files = list(files)
        top.failure = next((unreadable[name] for name in files if name in unreadable), None)
        for index, (tenant, names) in enumerate(sorted(names_by_tenant.items())):
            # Tenants finish a little apart, as they do on the real service.
            receiving = self._job(RECEIVING, tenant, top.ends + 0.05 * index, top, "receiving")
            receiving.files = names
            receiving.failure = receiving.failure or next((unreadable[n] for n in names if n in unreadable), None)
            if not receiving.failure:
                for name in names:
                    self._data.add_upload(tenant, receiving.ends, name, top.job_id)
                if processing:
                    self._processing(tenant, receiving.ends, top)
        return top

    def start_extraction(self, tenants: list[str], run_processing: bool) -> Job:
        now = self._now()
        dispatching = self._job(DISPATCHING, self._admin, now, None, None)
        for index, tenant in enumerate(tenants):
            extraction = self._job(EXTRACTION, tenant, dispatching.started + 0.05 * index, dispatching, "extraction")
            if extraction.failure:
                continue
            receiving = self._job(RECEIVING, tenant, extraction.ends, extraction, "receiving")
            if not receiving.failure:
                self._data.add_upload(tenant, receiving.ends, f"{tenant}_extracted.zip.gpg", receiving.job_id)
                if run_processing:
                    self._processing(tenant, receiving.ends, receiving)
        return dispatching

    def start_processing(self, tenants: list[str]) -> Job:
        now = self._now()
        if tenants == [self._admin]:
            return self._processing(self._admin, now, self._job(DISPATCHING, self._admin, now, None, None))
        dispatching = self._job(DISPATCHING, self._admin, now, None, None)
        for index, tenant in enumerate(tenants):
            self._processing(tenant, dispatching.started + 0.05 * index, dispatching)
        return dispatching

    def start_direct_intake(self, tenant: str) -> Job:
        """The processing job a Direct Data Intake commit starts: a job of its own, for the transaction's tenant."""
        return self._processing(tenant, self._now(), None)

    def start_consolidated(self, tenant: str, run_processing: bool) -> Job:
        job = self._job(CONSOLIDATED, tenant, self._now(), None, None)
        if run_processing:
            self._processing(tenant, job.ends, job)
        return job

    # ----- job queries
    def job(self, job_id: str, kind: str | None = None) -> Job | None:
        job = self.jobs.get(job_id)
        if job is None or not job.exists(self._now()) or (kind and job.kind != kind):
            return None
        return job

    def descendants(self, job: Job, kind: str | None = None) -> Iterator[Job]:
        """Existing descendants (depth first, creation order), optionally of one kind; lazily, so that a page of
        them costs the walk up to that page."""
        now = self._now()
        stack = list(reversed(job.children))
        while stack:
            child = self.jobs.get(stack.pop())
            if child is None or not child.exists(now):
                continue
            if kind is None or child.kind == kind:
                yield child
            stack.extend(reversed(child.children))

    # ----- cancelling
    def cancel(self, job: Job) -> None:
        """Cancel now: the job stops, and descendants not yet started never will."""
        now = self._now()
        job.cancel_at = now
        for child_id in list(job.children):
            child = self.jobs[child_id]
            if child.created > now:
                self._forget(child)
                job.children.remove(child_id)
            elif child.status(now) not in ("Succeeded", "Failed", "Cancelled"):
                self.cancel(child)
        if job.data_version:
            self._data.drop_versions_of(job.job_id)
            job.data_version = None
        self._data.drop_future_uploads_of(job.job_id)

    def _forget(self, job: Job) -> None:
        for child_id in job.children:
            self._forget(self.jobs[child_id])
        self.jobs.pop(job.job_id, None)
        self._data.drop_versions_of(job.job_id)
        self._data.drop_future_uploads_of(job.job_id)
