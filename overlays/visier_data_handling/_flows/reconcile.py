"""Starting a load or an extraction exactly once, even when the start request's answer is lost.

A ``startLoad`` whose answer is lost (a reset connection, a read timeout after the service answered) raises
:class:`ServiceMayHaveActed`. Resending blindly could start a second load; giving up would orphan the first. So the
flow asks the service what it did. Every time it compares is the service's own, so it holds whatever the service's
clock says and however fast it runs:

0. Just before the send, it lists the jobs (``job_status``): the service's time then is the *anchor*, and the jobs
   listed then existed before the send.
1. After a loss it lists the jobs started since the anchor, and keeps the top-level jobs of the right type (a
   receiving job for a load, a dispatching job for an extraction) that this client does not already follow.
2. It matches each on what was asked: for a load, the job's files (``retrieve_receiving_job_extracted_files``); for
   an extraction with named tenants, its extraction jobs' tenants. A job that lists something else is not this
   call's. A job that lists exactly what was asked is, unless another start of this client still waiting for its
   answer could own it too. One such job is followed.
3. It looks again, at the poll schedule's pace, for up to the settle ``window`` (default :data:`RECONCILE_WINDOW`
   seconds, on the client's clock: how late the service may act), and for up to one more window while a job could
   still be that of another start of this client whose answer is on its way. If no job that could be this call's
   appeared, it
   sends the request again -- only then, since the service showed it started nothing -- and reconciles that send
   the same way, at most :data:`RESENDS` times. If some could be but none is shown to be (files not listed yet, two
   that match, an extraction for all tenants), it raises ``ServiceMayHaveActed`` with those ``candidates``: the
   SDK cannot tell, and says so rather than guess.

``reconcile=False`` on ``load()`` / ``extract_and_load()`` switches this off (and the anchor listing with it): the
``ServiceMayHaveActed`` is raised at once.

The steps are coroutines awaiting the typed operations, driven by ``_snapshot.run`` / ``arun``; waits are a
``sleep`` call the driver makes with the poll schedule's sleep, so the mock's manual clock drives them in tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from .._exceptions import SETTING_ERRORS, TRANSIENT, APIConnectionError, NotFound, ServiceMayHaveActed
from .._http.log import logger
from .._jobs.namespace import job_id_of
from .._jobs.polling import Deadline, PollSchedule
from .._jobs.snapshot import collect, text
from .started import StartedJobs, Starting

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataAndJobHandling

Sleep = Callable[[float], Awaitable[None]]

RECONCILE_WINDOW = 60.0
# Sends after the first, each made only once the service showed it had started nothing for the previous one.
RESENDS = 2
# Service seconds below the anchor still searched: stamps rounded down, or made on a node whose clock lags.
SERVICE_CLOCK_MARGIN = 2.0


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

    @property
    def wanted(self) -> frozenset[str] | None:
        """What the job lists when it is this request's: its files, or its tenants; None when nothing tells."""
        return self.files if self.files is not None else self.tenants


@attrs.frozen
class Anchor:
    """The service's time just before the send (minus the margin), and the jobs that existed then."""

    since: float | None
    before: frozenset[str]


async def start_once(
    ops: DataAndJobHandling, sleep: Sleep, request: StartRequest, poll: PollSchedule, started: StartedJobs
) -> str:
    """Send the start request; return the ID of the job it started (found by reconciliation if need be)."""
    if not request.reconcile:
        job_id = job_id_of(await request.send(ops))
        started.claim(job_id)
        return job_id
    with started.starting(request.job_type, request.tenant, request.wanted) as mine:
        anchor = await _anchor(ops, request, started)
        for resent in range(RESENDS + 1):
            try:
                response = await request.send(ops)
            except ServiceMayHaveActed as lost:
                logger.warning(
                    "%s: the answer was lost; looking for the job the service may have started", request.operation
                )
                found = await _find(ops, sleep, request, poll, anchor, started, mine, lost)
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
            started.claim(job_id)  # before this start stops being in flight: no other call may take it meanwhile
            return job_id
    raise AssertionError("unreachable")


def _millis(seconds: float) -> str:
    return str(max(0, int(seconds * 1000)))


async def _anchor(ops: DataAndJobHandling, request: StartRequest, started: StartedJobs) -> Anchor:
    """The service's time and jobs just before the send (a listing since the last time this client saw).

    Its failure is raised as any call's, once its retries ran out: nothing was sent, so the call is safe to repeat.
    """
    seen = started.service_time
    since = None if seen is None else _millis(seen - SERVICE_CLOCK_MARGIN)
    listing = await ops.ajob_status(start_time=since, target_tenant_id=request.tenant)
    now = _seconds(listing.query_end_time)
    if now is not None:
        started.saw(now)
    before = frozenset(job_id for job_id in (text(line.job_id) for line in listing.job_status or []) if job_id)
    return Anchor(None if now is None else now - SERVICE_CLOCK_MARGIN, before)


@attrs.frozen
class _Look:
    found: str | None = None
    candidates: tuple[str, ...] = ()  # jobs that could be this call's (found among them)
    rivalled: bool = False  # one of them could also be another start's whose answer is still on its way


async def _find(
    ops: DataAndJobHandling,
    sleep: Sleep,
    request: StartRequest,
    poll: PollSchedule,
    anchor: Anchor,
    started: StartedJobs,
    mine: Starting,
    lost: ServiceMayHaveActed,
) -> str | None:
    deadline, delays = Deadline(poll, request.window), poll.delays()
    # A start in flight learns its job from its answer and claims it; waiting for that resolves the candidate.
    overtime = Deadline(poll, 2 * request.window)
    look: _Look | None = None
    while True:
        try:
            look = await _look(ops, request, anchor, started, mine)
        except SETTING_ERRORS:
            raise
        except TRANSIENT as exc:
            look = None
            logger.warning("%s: could not list jobs (%s); trying again", request.operation, exc)
        if look is not None and look.found is not None and started.claim(look.found):
            return look.found
        if deadline.expired() and (look is None or not look.rivalled or overtime.expired()):
            break
        await sleep((overtime if deadline.expired() else deadline).clip(next(delays)))
    if look is not None and not look.candidates:
        return None
    candidates = () if look is None else look.candidates
    named = ", ".join(candidates) if candidates else "none could be listed"
    raise ServiceMayHaveActed(
        f"{request.operation}(): the answer was lost and the service may have started one of these jobs for it: "
        f"{named}; none could be shown to be this call's within {request.window:g} s. Check them with "
        "client.jobs before resending",
        operation=lost.operation,
        sent_at=lost.sent_at,
        candidates=candidates,
    ) from lost


def _seconds(stamp: object) -> float | None:
    value = text(stamp)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


async def _look(
    ops: DataAndJobHandling, request: StartRequest, anchor: Anchor, started: StartedJobs, mine: Starting
) -> _Look:
    """One round: the new jobs that could be this call's, and the one shown to be, if exactly one is."""
    since = None if anchor.since is None else _millis(anchor.since)
    listing = await ops.ajob_status(start_time=since, target_tenant_id=request.tenant)
    wanted = request.wanted
    candidates: list[str] = []
    shown: list[str] = []
    rivalled = False
    for line in listing.job_status or []:
        job_id, begun = text(line.job_id), _seconds(line.start_time)
        if (
            job_id is None
            or job_id in anchor.before
            or job_id in started
            or text(line.job_type) != request.job_type
            or text(line.parent_job_id) is not None
            or (anchor.since is not None and begun is not None and begun < anchor.since)
        ):
            continue
        try:
            described = await _describe(ops, request, job_id)
        except NotFound:
            continue
        if wanted is not None and not described <= wanted:
            continue  # it lists a file (or tenant) this call did not ask for: someone else's
        candidates.append(job_id)
        if started.rivals(mine, described):
            rivalled = True
        elif described == wanted:
            shown.append(job_id)
    return _Look(shown[0] if len(shown) == 1 else None, tuple(candidates), rivalled)


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
