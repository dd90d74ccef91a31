"""Unattended transfer sessions under faults, many at once: N ``client.transfer(...)`` blocks of 20 batches each through
one client on 8 threads, against the mock on its real clock at speed 1 and 10, with 20% 503s, 5% 429s (with
Retry-After) and 3% dropped connections on every operation, and pushData answers lost after the mock kept the batch
(the first of each run for sure, then 10%).

The mock must hold every batch of a completed session exactly once, in order (batch k's records are k characters
longer than batch k-1's, so a batch under the wrong sequence shows); every session must end completed with its
receiving job followed to the end, or cancelled with an error that says so; none is left open.

``make test`` runs a few sessions per seed and speed; ``make chaos`` runs 30 (``CHAOS_TRANSFERS``).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import httpx
from visier_data_handling import VisierError
from visier_data_handling._jobs.polling import PollSchedule
from visier_data_handling._jobs.tree import JobTree

from .conftest import CHAOS_EVERYWHERE, CHAOS_THREADS, real_time_client

TRANSFERS = int(os.environ.get("CHAOS_TRANSFERS", "3"))
BATCHES, PER_BATCH = 20, 3
TENANT = "WFF_j1r~c7o"
LOST_ANSWERS = {**CHAOS_EVERYWHERE, "lost_rate": 0.10, "sequence": ["lost"]}


@attrs.frozen
class Ended:
    session_id: str | None
    job_id: str | None = None
    tree: JobTree | None = None
    error: VisierError | None = None


def _records(index: int) -> list[dict[str, str]]:
    """BATCHES batches of PER_BATCH records; batch k's IDs are a character longer than batch k-1's."""
    return [{"EmployeeID": f"{index}-{'x' * batch}{row}", "StartDate": "2026-01-01"}
            for batch in range(BATCHES) for row in range(PER_BATCH)]


def test_concurrent_sessions_hold_each_batch_once_in_order(chaos_server: Any) -> None:
    state = chaos_server.state
    state.faults.set("*", CHAOS_EVERYWHERE)
    state.faults.set("pushData", LOST_ANSWERS)
    client = real_time_client(chaos_server, timeout=httpx.Timeout(10.0), max_retries=6)
    client.jobs.poll = PollSchedule(initial=0.05, factor=1.5, maximum=0.25)

    def transfer(index: int) -> Ended:
        session = None
        try:
            with client.transfer("Employee", tenant=TENANT, batch_records=PER_BATCH,
                                 processing=index % 2 == 0) as session:
                session.push(_records(index))
            return Ended(session.session_id, session.job.job_id, session.job.result(timeout=120))
        except VisierError as exc:
            return Ended(None if session is None else session.session_id, error=exc)

    with client, ThreadPoolExecutor(CHAOS_THREADS) as pool:
        outcomes = list(pool.map(transfer, range(TRANSFERS)))

    with state.lock:
        sessions = dict(state.transfer_store.sessions)
    assert [s for s in sessions.values() if s.status == "OPEN"] == []
    faults = [entry["fault"] for entry in list(state.journal) if entry["operationId"] == "pushData"]
    assert faults.count("lost") >= 1  # a lost batch answer was met, and resent with its sequence
    completed = 0
    for outcome in outcomes:
        if outcome.error is not None:
            notes = " ".join(getattr(outcome.error, "__notes__", []))
            assert "was cancelled" in notes or "nothing was sent" in notes, (outcome.error, notes)
            if outcome.session_id is not None:
                assert sessions[outcome.session_id].status == "CANCELLED"
            continue
        assert outcome.session_id is not None and outcome.tree is not None
        kept = sessions[outcome.session_id]
        assert kept.status == "COMPLETED" and kept.receiving_job_id == outcome.job_id
        batches = kept.ordered()
        assert [b.sequence for b in batches] == list(range(1, BATCHES + 1))
        assert all(b.rows == PER_BATCH for b in batches)
        sizes = [b.size for b in batches]
        assert sizes == sorted(sizes) and len(set(sizes)) == BATCHES, sizes  # each batch under its own sequence
        assert outcome.tree.settled and outcome.tree.job_id == outcome.job_id
        completed += 1
    assert completed >= TRANSFERS * 3 // 4
    assert sum(s.status == "COMPLETED" for s in sessions.values()) == completed  # each one a call's result
    assert state.unexpected == []
