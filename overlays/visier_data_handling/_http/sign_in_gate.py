"""One sign-in at a time for a whole client: threads and asyncio tasks (on any event loop) together.

A caller that needs a token *claims* the gate. It either finds a token newer than the one it knows is bad
(``READY``), becomes the one caller that signs in (``LEAD``), or must ``WAIT`` until that caller is done and then
claim again. The leader always releases the gate, also when its sign-in fails or is cancelled; waiters then find a
fresh token, or (after a failed sign-in) one of them leads the next attempt.

A ``threading.Condition`` wakes waiting threads; a waiting task parks on a future of its own loop, which the
releasing side resolves through ``loop.call_soon_threadsafe``. So no task ever blocks its event loop on a lock.
"""

from __future__ import annotations

import contextlib
import enum
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio is imported when a task first waits: a sync first call does not pay for it
    import asyncio


class Claim(enum.Enum):
    READY = "ready"  # a usable token is there
    LEAD = "lead"  # sign in, then publish() and release()
    WAIT = "wait"  # someone else is signing in


class SignInGate:
    # A waiting thread re-checks this often, in case the leader lives on an event loop this thread blocks.
    RECHECK_SECONDS = 1.0

    def __init__(self, token: str | None) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._leading = False
        self._parked: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self.token = token
        self.generation = 0  # bumped on every sign-in

    def claim(self, stale: int | None) -> Claim:
        """``stale`` is the generation whose token was refused; None means "there is no token yet"."""
        with self._lock:
            if (self.token is not None and stale is None) or (stale is not None and self.generation != stale):
                return Claim.READY
            if self._leading:
                return Claim.WAIT
            self._leading = True
            return Claim.LEAD

    def publish(self, token: str) -> None:
        with self._lock:
            self.token = token
            self.generation += 1

    def release(self) -> None:
        with self._lock:
            self._leading = False
            self._changed.notify_all()
            parked, self._parked = self._parked, []
        for loop, future in parked:
            with contextlib.suppress(RuntimeError):  # that loop is closed; nobody waits on it any more
                loop.call_soon_threadsafe(_resolve, future)

    def wait(self) -> None:
        with self._lock:
            if self._leading:
                self._changed.wait(self.RECHECK_SECONDS)

    async def await_release(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if not self._leading:
                return
            self._parked.append((loop, future))
        await future


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
