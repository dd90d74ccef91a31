"""Starting a load or an extraction exactly once, even when the start request's answer is lost.

A ``startLoad`` whose answer is lost (a reset connection, a read timeout after the service answered) raises
:class:`ServiceMayHaveActed`. Resending blindly could start a second load; giving up would orphan the first. So the
flow asks the service what it did:

1. It lists the jobs (``job_status``) and keeps the top-level jobs of the right type (a receiving job for a load, a
   dispatching job for an extraction) that started since just before the send -- measured on the service's clock
   (``queryEndTime`` minus the time waited, minus :data:`CLOCK_MARGIN`) -- and that this client has not already
   started or adopted.
2. It matches each on what was asked: for a load, the job's files (``retrieve_receiving_job_extracted_files``);
   for an extraction with named tenants, its extraction jobs' tenants. A job that matches is followed.
3. It looks again, at the poll schedule's pace, for up to the settle ``window`` (default
   :data:`RECONCILE_WINDOW` seconds). If no job appeared, it sends the request again -- only then, since the service
   showed it started nothing -- and reconciles that send the same way, at most :data:`RESENDS` times. If exactly
   one candidate remains whose files the service has not listed yet, it is followed. Anything else raises the
   original ``ServiceMayHaveActed``: the SDK cannot tell, and says so.

One call therefore starts at most one job, and a log line says which way it went. ``reconcile=False`` on
``load()`` / ``extract_and_load()`` switches this off: the ``ServiceMayHaveActed`` is raised at once.

The steps are written once as a plan (see ``_snapshot``) and driven by ``_snapshot.run`` / ``arun``; waits are a
``sleep`` call the driver makes with the poll schedule's sleep, so the mock's manual clock drives them in tests.
"""

from __future__ import annotations

import threading
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from .._exceptions import TRANSIENT, APIConnectionError, NotFound, ServiceMayHaveActed
from .._http.log import logger
from .._jobs.namespace import job_id_of
from .._jobs.polling import Deadline, PollSchedule
from .._jobs.snapshot import JobClient, collect, text

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataAndJobHandling

Sleep = Callable[[float], Awaitable[None]]

RECONCILE_WINDOW = 60.0
# Sends after the first, each made only once the service showed it had started nothing for the previous one.
RESENDS = 2
CLOCK_MARGIN = 30.0  # seconds of disagreement allowed between the service's clock and the time waited


@attrs.frozen(kw_only=True)
class StartRequest:
    """One start operation, what identifies the job it creates, and how to reconcile a lost answer."""

    operation: str  # the start operation's name, for the log
    send: Callable[[DataAndJobHandling], Awaitable[object]]  # the start call (its response names the job)
    job_type: str  # the job_status jobType of the top job: RECEIVING_JOB / DISPATCHING_JOB
    files: frozenset[str] | None = None  # a load's files
    tenants: frozenset[str] | None = None  # an extraction's named tenants
    tenant: str | None = None  # the tenant to act as
    reconcile: bool = True
    window: float = RECONCILE_WINDOW


class StartedJobs:
    """The top jobs one client started or adopted, so that a reconciliation never adopts one twice."""

    LIMIT = 10_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: set[str] = set()
        self._order: deque[str] = deque()

    def __contains__(self, job_id: object) -> bool:
        with self._lock:
            return job_id in self._ids

    def claim(self, job_id: str) -> bool:
        """Record ``job_id``; False if it was already recorded (another call follows it)."""
        with self._lock:
            if job_id in self._ids:
                return False
            self._ids.add(job_id)
            self._order.append(job_id)
            if len(self._order) > self.LIMIT:
                self._ids.discard(self._order.popleft())
            return True


_STARTED: weakref.WeakKeyDictionary[JobClient, StartedJobs] = weakref.WeakKeyDictionary()
_STARTED_LOCK = threading.Lock()


def started_jobs(client: JobClient) -> StartedJobs:
    with _STARTED_LOCK:
        found = _STARTED.get(client)
        if found is None:
            found = _STARTED[client] = StartedJobs()
        return found


async def start_once(
    ops: DataAndJobHandling, sleep: Sleep, request: StartRequest, poll: PollSchedule, started: StartedJobs
) -> str:
    """Send the start request; return the ID of the job it started (found by reconciliation if need be)."""
    for resent in range(RESENDS + 1):
        sent = poll.clock()
        try:
            response = await request.send(ops)
        except ServiceMayHaveActed as lost:
            if not request.reconcile:
                raise
            logger.warning(
                "%s: the answer was lost; looking for the job the service may have started", request.operation
            )
            found = await _find(ops, sleep, request, poll, sent, started, lost)
            if found is not None:
                logger.warning(
                    "%s: the service did start job %s; following it (not resending)", request.operation, found
                )
                return found
            if resent == RESENDS:
                raise APIConnectionError(
                    f"{request.operation}() lost its answer {RESENDS + 1} times and the service started no job "
                    "for any of them; it is safe to call it again"
                ) from lost
            logger.warning(
                "%s: the service started no job within %.0f s; sending it again", request.operation, request.window
            )
            continue
        job_id = job_id_of(response)
        started.claim(job_id)
        return job_id
    raise AssertionError("unreachable")


@attrs.frozen
class _Look:
    found: str | None = None
    unverified: tuple[str, ...] = ()


async def _find(
    ops: DataAndJobHandling,
    sleep: Sleep,
    request: StartRequest,
    poll: PollSchedule,
    sent: float,
    started: StartedJobs,
    lost: ServiceMayHaveActed,
) -> str | None:
    deadline, delays = Deadline(poll, request.window), poll.delays()
    look: _Look | None = None
    while True:
        try:
            look = await _look(ops, request, poll.clock() - sent, started)
        except TRANSIENT as exc:
            look = None
            logger.warning("%s: could not list jobs (%s); trying again", request.operation, exc)
        if look is not None and look.found is not None and started.claim(look.found):
            return look.found
        if deadline.expired():
            break
        await sleep(deadline.clip(next(delays)))
    if look is not None and not look.unverified:
        return None
    if look is not None and len(look.unverified) == 1 and started.claim(look.unverified[0]):
        logger.warning(
            "%s: job %s matches on type and time (its files are not listed yet)", request.operation, look.unverified[0]
        )
        return look.unverified[0]
    lost.add_note(f"no job could be matched to it within {request.window} s; check client.jobs before resending")
    raise lost


def _seconds(stamp: object) -> float | None:
    value = text(stamp)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


async def _look(ops: DataAndJobHandling, request: StartRequest, waited: float, started: StartedJobs) -> _Look:
    """One round: the candidates since the send, and the first that matches what was asked."""
    listing = await ops.ajob_status(target_tenant_id=request.tenant)
    now = _seconds(listing.query_end_time)
    since = None if now is None else now - waited - CLOCK_MARGIN
    unverified: list[str] = []
    for line in listing.job_status or []:
        job_id, begun = text(line.job_id), _seconds(line.start_time)
        if (
            job_id is None
            or job_id in started
            or text(line.job_type) != request.job_type
            or text(line.parent_job_id) is not None
            or (since is not None and (begun is None or begun < since))
        ):
            continue
        try:
            described = await _describe(ops, request, job_id)
        except NotFound:
            continue
        wanted = request.files if request.files is not None else request.tenants
        if wanted is not None and described == wanted:
            return _Look(found=job_id)
        if wanted is None or described <= wanted:  # nothing to match on, or not all listed yet
            unverified.append(job_id)
    return _Look(unverified=tuple(unverified))


async def _describe(ops: DataAndJobHandling, request: StartRequest, job_id: str) -> frozenset[str]:
    """What the service lists for the job so far: its files (a load) or its tenants (an extraction)."""
    if request.files is not None:
        tenants = await collect(
            ops.aretrieve_receiving_job_extracted_files(job_id=job_id, target_tenant_id=request.tenant, iterator=True)
        )
        names = {text(file.filename) for tenant in tenants for file in (tenant.extracted_files or [])}
        return frozenset(name for name in names if name)
    if request.tenants is None:
        return frozenset()
    jobs = await collect(ops.aextraction_job_and_status(job_id=job_id, target_tenant_id=request.tenant, iterator=True))
    return frozenset(t for t in (text(job.tenant_code) for job in jobs) if t)
