"""JobFuture: wait for a Visier job and every job it spawns, like a ``concurrent.futures.Future``.

``result()`` returns the finished :class:`~._tree.JobTree`, or raises :class:`JobFailed` (listing each failed job,
its tenant and message -- even when the top job says Succeeded), :class:`JobCancelled` or :class:`JobTimeout`.

Choices, and why:

* No background thread: a sync future checks the service in the thread that calls ``result()``, ``done()`` & co.,
  an async one in the awaiting task (threads polling behind the caller's back would hold connections and outlive the
  client); done-callbacks run wherever the check that sees the end runs (``Jobs.wait_all`` drives many futures).
* "Finished" means the whole tree terminal, with no Succeeded job still waiting for the service to create its next
  job (a receiving job's processing job, an extraction job's receiving job) -- a wait bounded by ``settle``
  seconds, in case the service creates nothing (skipDataLoad). A Cancelled top job finishes the future at once.
* Waiting has its own budget, the wait ``timeout``. A check failing for a passing reason (429, a 5xx, a lost
  connection, after the client's own retries) is tried again after the next poll delay or ``Retry-After``; only the
  timeout, a cancelled or failed job, or a hard error (401 after a new sign-in, 403, 404, other 4xx, a proxy or
  certificate error) ends it.
* Every error raised once the job exists carries ``job_id`` and ``future`` (call ``result()`` again to resume).
* A timeout (``JobTimeout``, a ``TimeoutError``) only stops waiting: the job keeps running, the future stays usable.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .._exceptions import SETTING_ERRORS, TRANSIENT, InvalidArgument, RateLimited, VisierError
from .._observe import logs, tracing
from .._twins import finish, ready
from .callbacks import ProgressCallback, call_safely, checked_callable
from .cancel import CancelOutcome, cancel_plan
from .errors import JobCancelled, JobError, JobFailed, JobTimeout
from .polling import Deadline, PollSchedule
from .snapshot import Expect, JobClient, arun, build_tree, detect_kind, job_kind, run
from .tree import JobKind, JobTree

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataAndJobHandling

log = logging.getLogger("visier_data_handling.jobs")

DoneCallback = Callable[["JobFuture"], object]


class JobFuture:
    """A job and its descendants, waited for by polling. Make them with ``client.jobs.future(job_id)``."""

    def __init__(
        self,
        client: JobClient,
        job_id: str,
        *,
        kind: JobKind | str | None = None,
        poll: PollSchedule | None = None,
        settle: float = 60.0,
        expect: Expect | None = None,
        target_tenant_id: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        if not isinstance(job_id, str) or not job_id:
            raise InvalidArgument(f"job_id must be a non-empty job ID, not {job_id!r}", argument="job_id")
        self.job_id = job_id
        self._client, self._ops = client, client.data_and_job_handling
        self._kind = job_kind(kind) if kind is not None else None
        self._poll = poll or PollSchedule()
        self._delays = self._poll.delays()
        self._settle, self._expect, self._tenant = settle, expect or Expect(), target_tenant_id
        self._settle_since: float | None = None
        self._tree: JobTree | None = None
        self._error: JobError | None = None
        self._done, self._lock = False, threading.Lock()
        self._last_error: VisierError | None = None  # the last failed check, while no check succeeded since
        self._done_callbacks: list[DoneCallback] = []
        self._progress_callbacks = [checked_callable("on_progress", on_progress)] if on_progress is not None else []
        self.cancel_result: CancelOutcome | None = None  # the last cancel()'s answer about this job, if it was asked
        self.cancel_results: list[CancelOutcome] = []  # the last cancel()'s answer for each job it asked about

    # -- what is known so far (no requests) ---------------------------------------------------------------------

    @property
    def kind(self) -> JobKind | None:
        """The job's kind; None until the first check when it was not given."""
        return self._kind

    @property
    def tree(self) -> JobTree | None:
        """The last snapshot read, or None before the first check."""
        return self._tree

    @property
    def status(self) -> str | None:
        """The top job's status at the last check (None before the first)."""
        return self._tree.status if self._tree else None

    def running(self) -> bool:
        return not self._done

    def cancelled(self) -> bool:
        return self._done and isinstance(self._error, JobCancelled)

    def __repr__(self) -> str:
        state = "finished" if self._done else "pending"
        return f"<JobFuture {self._kind or 'job'} {self.job_id} {self.status or '?'} ({state})>"

    # -- callbacks ------------------------------------------------------------------------------------------------

    def add_done_callback(self, fn: DoneCallback) -> None:
        """Call ``fn(future)`` once when the job finishes -- now, if it already has. Its exceptions are logged."""
        checked_callable("fn", fn)
        with self._lock:
            if not self._done:
                self._done_callbacks.append(fn)
                return
        call_safely(fn, self)

    def add_progress_callback(self, fn: ProgressCallback) -> None:
        """Call ``fn(counts)`` after every check, with how many of the tree's leaf jobs have each status."""
        self._progress_callbacks.append(checked_callable("fn", fn))

    # -- one check ------------------------------------------------------------------------------------------------

    async def _plan(self, ops: DataAndJobHandling) -> JobTree:
        with tracing.span("poll", {tracing.JOB_ID: self.job_id}) as span:  # one check: its calls are children
            if self._kind is None:
                self._kind = await detect_kind(ops, self.job_id, self._tenant)
            tree = await build_tree(ops, self.job_id, self._kind, self._tenant, self._expect)
            span.set(tracing.JOB_STATUS, tree.status)
            return tree

    def refresh(self) -> JobTree:
        """Check the service once (unless the job is known finished) and return the snapshot."""
        if self._done and self._tree is not None:
            return self._tree
        try:
            tree = run(self._client, self._plan)
        except VisierError as exc:
            exc.attach_job(self.job_id, self)
            raise
        self._observe(tree)
        return tree

    async def arefresh(self) -> JobTree:
        if self._done and self._tree is not None:
            return self._tree
        try:
            tree = await arun(self._client, self._plan)
        except VisierError as exc:
            exc.attach_job(self.job_id, self)
            raise
        self._observe(tree)
        return tree

    def _observe(self, tree: JobTree) -> None:
        self._tree, self._last_error = tree, None
        counts = tree.counts()
        for fn in list(self._progress_callbacks):
            call_safely(fn, counts)
        finished, error = self._judge(tree)
        if finished:
            self._finish(error)

    def _judge(self, tree: JobTree) -> tuple[bool, JobError | None]:
        """Whether this snapshot ends the wait, and with which error (None: success)."""
        if tree.root.cancelled:
            return True, JobCancelled(f"job {self.job_id} was cancelled", job_id=self.job_id, tree=tree)
        nodes = list(tree.walk())
        if not all(node.terminal for node in nodes):
            self._settle_since = None
            return False, None
        if any(node.awaiting_children for node in nodes):
            now = self._poll.clock()
            if self._settle_since is None:
                self._settle_since = now
            if now - self._settle_since < self._settle:
                return False, None
        failures = tree.failed()
        if failures:
            return True, JobFailed(job_id=self.job_id, tree=tree, failures=failures)
        return True, None

    def _finish(self, error: JobError | None) -> None:
        if error is not None:
            error.future = self
        with self._lock:
            if self._done:
                return
            self._done, self._error = True, error
            callbacks, self._done_callbacks = self._done_callbacks, []
        for fn in callbacks:
            call_safely(fn, self)

    # -- waiting --------------------------------------------------------------------------------------------------

    def done(self) -> bool:
        """True once the whole tree has finished; checks the service once if that is not known yet."""
        if not self._done:
            self.refresh()
        return self._done

    async def adone(self) -> bool:
        if not self._done:
            await self.arefresh()
        return self._done

    def _timeout(self, timeout: float | None) -> JobTimeout:
        error = JobTimeout(job_id=self.job_id, tree=self._tree, timeout=timeout)
        error.future, error.__cause__ = self, self._last_error  # why the last check failed, if it did
        return error

    def _pause_after(self, exc: VisierError) -> float:
        """The wait before checking again after a check failed for a passing reason."""
        self._last_error = exc
        hint = exc.retry_after if isinstance(exc, RateLimited) else None
        delay = max(self._next_delay(), hint or 0.0)
        logs.check_failed(log, self.job_id, exc, delay)
        return delay

    def _next_delay(self) -> float:
        with self._lock:  # one backoff per future, even when several threads wait on it
            return next(self._delays)

    async def _waiting(
        self, timeout: float | None, done: Callable[[], Awaitable[bool]], sleep: Callable[[float], Awaitable[None]]
    ) -> bool:
        deadline = Deadline(self._poll, timeout)
        with tracing.span("wait", {tracing.JOB_ID: self.job_id}):  # the checks are its children
            while True:
                try:
                    if await done():
                        return True
                    delay = self._next_delay()
                except SETTING_ERRORS:
                    raise
                except TRANSIENT as exc:
                    delay = self._pause_after(exc)
                if deadline.expired():
                    return False
                await sleep(deadline.clip(delay))

    def wait(self, timeout: float | None = None) -> bool:
        """Poll until finished or ``timeout`` seconds pass; True if finished. Never raises the job's outcome."""
        return finish(self._waiting(timeout, ready(self.done), ready(self._poll.sleep)))

    async def await_done(self, timeout: float | None = None) -> bool:
        """The async twin of ``wait``."""
        return await self._waiting(timeout, self.adone, self._poll.asleep)

    def _outcome(self) -> JobTree:
        if self._error is not None:
            raise self._error
        assert self._tree is not None  # finished implies at least one snapshot
        return self._tree

    def result(self, timeout: float | None = None) -> JobTree:
        """Wait for the whole tree; return it, or raise JobFailed / JobCancelled / JobTimeout."""
        if not self.wait(timeout):
            raise self._timeout(timeout)
        return self._outcome()

    async def aresult(self, timeout: float | None = None) -> JobTree:
        if not await self.await_done(timeout):
            raise self._timeout(timeout)
        return self._outcome()

    def exception(self, timeout: float | None = None) -> JobError | None:
        """Wait like ``result``; return the JobFailed / JobCancelled instead of raising it (None on success)."""
        if not self.wait(timeout):
            raise self._timeout(timeout)
        return self._error

    async def aexception(self, timeout: float | None = None) -> JobError | None:
        if not await self.await_done(timeout):
            raise self._timeout(timeout)
        return self._error

    # -- cancelling -----------------------------------------------------------------------------------------------

    def cancel(self, *, tree: bool = False) -> bool:
        """Ask the service to cancel the job (cancelJobs). True if it accepted; False if finished or refused.

        The service refuses a finished job and a running receiving job. ``tree=True`` asks for every job of the tree
        that can still be cancelled, children included (see ``_jobs/cancel.py``); True if it accepted each one.
        ``cancel_results`` holds the answer for each job asked. After a True, ``result()`` raises JobCancelled
        once the top job reaches Cancelled.
        """
        if self._done and not tree:  # a Cancelled top job finishes the future while jobs under it may still run
            return False
        return self._accepted(run(self._client, cancel_plan(self, self._tenant, self._plan if tree else None)))

    async def acancel(self, *, tree: bool = False) -> bool:
        if self._done and not tree:
            return False
        return self._accepted(await arun(self._client, cancel_plan(self, self._tenant, self._plan if tree else None)))

    def _accepted(self, outcomes: list[CancelOutcome]) -> bool:
        self.cancel_results = outcomes
        self.cancel_result = next((o for o in outcomes if o.job_id == self.job_id), None)
        return bool(outcomes) and all(outcome.accepted for outcome in outcomes)
