"""What one client has started, and is starting, so that a reconciliation never adopts another call's job.

A load whose start answer was lost looks for its job among the service's new jobs. Two kinds of job there are
someone else's: jobs this client already followed (a start answer named them, or a reconciliation matched them),
and jobs whose start answer is still on its way to another call of this client. The first are recorded by ID. The
second have no ID yet, so each start in flight is recorded by what it asked for: a job whose files could be those of
another start in flight is never taken as this call's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import attrs

from .claimed import ClaimedIds, PerClient


@attrs.frozen(eq=False)
class Starting:
    """One start whose job is not known yet: the job type, the tenant acted as, and the files or tenants asked."""

    job_type: str
    tenant: str | None
    wanted: frozenset[str] | None  # None: nothing to tell its job by (an extraction for all tenants)

    def could_own(self, job_type: str, tenant: str | None, described: frozenset[str]) -> bool:
        """Whether a job of ``job_type`` that lists ``described`` so far could be the one this start made."""
        return self.job_type == job_type and self.tenant == tenant and (self.wanted is None or described <= self.wanted)


class StartedJobs(ClaimedIds):
    """One client's followed top jobs (claimed by ID), its starts in flight, and the latest service time it has seen."""

    def __init__(self) -> None:
        super().__init__()
        self._starting: set[Starting] = set()
        self._service_time: float | None = None

    @contextmanager
    def starting(self, job_type: str, tenant: str | None, wanted: frozenset[str] | None) -> Iterator[Starting]:
        """Record a start as in flight until it knows its job (or gave up)."""
        start = Starting(job_type, tenant, wanted)
        with self._lock:
            self._starting.add(start)
        try:
            yield start
        finally:
            with self._lock:
                self._starting.discard(start)

    def rivals(self, mine: Starting, described: frozenset[str]) -> bool:
        """Whether another start in flight could own a job listing ``described``."""
        with self._lock:
            others = [start for start in self._starting if start is not mine]
        return any(start.could_own(mine.job_type, mine.tenant, described) for start in others)

    def saw(self, service_time: float) -> None:
        """Keep the latest time the service reported; the next anchor lists only jobs since then."""
        with self._lock:
            if self._service_time is None or service_time > self._service_time:
                self._service_time = service_time

    @property
    def service_time(self) -> float | None:
        with self._lock:
            return self._service_time


started_jobs: PerClient[StartedJobs] = PerClient(StartedJobs)
