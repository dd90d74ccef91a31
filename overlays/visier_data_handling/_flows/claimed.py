"""What one client claimed as its own (the jobs it followed, the transactions it opened), so that a flow recovering
from a lost answer never takes another caller's for its own; one record per client, dropped with the client."""

from __future__ import annotations

import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

Record = TypeVar("Record")


class ClaimedIds:
    """IDs one client claimed, the latest :attr:`LIMIT` of them (older ones are long settled), safe across threads."""

    LIMIT = 10_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: set[str] = set()
        self._order: deque[str] = deque()

    def __contains__(self, claimed_id: object) -> bool:
        with self._lock:
            return claimed_id in self._ids

    def claim(self, claimed_id: str) -> bool:
        """Record ``claimed_id``; False if it was already recorded (another call of this client has it)."""
        with self._lock:
            if claimed_id in self._ids:
                return False
            self._ids.add(claimed_id)
            self._order.append(claimed_id)
            if len(self._order) > self.LIMIT:
                self._ids.discard(self._order.popleft())
            return True


class PerClient(Generic[Record]):
    """One record per client, made on first use and dropped with the client (the client is weakly held)."""

    def __init__(self, make: Callable[[], Record]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._records: weakref.WeakKeyDictionary[object, Record] = weakref.WeakKeyDictionary()

    def __call__(self, client: object) -> Record:
        with self._lock:
            found = self._records.get(client)
            if found is None:
                found = self._records[client] = self._make()
            return found
