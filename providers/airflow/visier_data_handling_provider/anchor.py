"""A load's reconciliation anchor, kept in the task's state before ``startLoad`` is sent, so a retry can find the job
that a try started when its worker died between the service's answer and the write of the job's ID.

The anchor is the service's own time just before the send (``job_status``'s ``queryEndTime``) and the files asked
for. A later try that finds an anchor but no job ID lists the top-level receiving jobs started since then, and
follows the one whose files are exactly those; with none it loads anew (the service started nothing). With more than
one, or one that still lists no files after a window, it cannot tell which is this task's, and fails naming them
rather than guess or load a second time.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime

from airflow.sdk.exceptions import AirflowException
from visier_data_handling import NotFound, VisierDataHandling

from .task_state import Stored, TaskState

ANCHOR_KEY = "visier_load_anchor"
# Service seconds before the anchor still searched: stamps rounded down, or made on a node whose clock lags.
CLOCK_MARGIN = 2.0
# How long a job since the anchor may take to list its files (the SDK's own reconcile window).
WINDOW = 60.0


def _seconds(stamp: object) -> float | None:
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp).timestamp()
    except ValueError:
        return None


def record(client: VisierDataHandling, state: TaskState, files: Sequence[str], tenant: str | None) -> None:
    """Keep the service's time now and the files, before the load is sent."""
    listing = client.data_and_job_handling.job_status(target_tenant_id=tenant)
    now = _seconds(listing.query_end_time)
    names: list[Stored] = [name for name in sorted(files)]
    state.set(ANCHOR_KEY, {"since": now if now is not None else 0.0, "files": names}, xcom=False)


def recorded_job(client: VisierDataHandling, state: TaskState, tenant: str | None, poll: float) -> str | None:
    """The job an earlier try started after its anchor, if the service shows exactly one; None if it shows none.

    A receiving job lists its files only once it has taken them: while a job since the anchor lists none yet, it is
    asked again every ``poll`` seconds for up to :data:`WINDOW` seconds.
    """
    anchor = state.get(ANCHOR_KEY)
    if not isinstance(anchor, dict):
        return None
    since, files = anchor.get("since"), anchor.get("files")
    if not isinstance(since, int | float) or not isinstance(files, list):
        return None
    wanted = {str(name) for name in files}
    deadline = time.monotonic() + WINDOW
    while True:
        found, unknown = _look(client, since, wanted, tenant)
        if len(found) > 1 or (unknown and time.monotonic() >= deadline):
            raise AirflowException(
                f"an earlier try sent startLoad for {', '.join(sorted(wanted))} and its worker died before keeping "
                f"the job's ID; the service has loads since then that could be it ({', '.join(found + unknown)}) "
                "and none can be shown to be this task's. Check them (visier-dh jobs status ID) before clearing "
                "the task"
            )
        if found or not unknown:
            return found[0] if found else None
        time.sleep(poll)


def _look(client: VisierDataHandling, since: float, wanted: set[str], tenant: str | None
          ) -> tuple[list[str], list[str]]:
    """The top-level receiving jobs since the anchor that list exactly ``wanted``, and those that list none yet."""
    start = str(int(max(0.0, since - CLOCK_MARGIN) * 1000)) if since else None
    listing = client.data_and_job_handling.job_status(start_time=start, target_tenant_id=tenant)
    found: list[str] = []
    unknown: list[str] = []
    for line in listing.job_status or []:
        if line.job_type != "RECEIVING_JOB" or line.parent_job_id or not isinstance(line.job_id, str):
            continue
        listed = _files(client, line.job_id, tenant)
        if listed == wanted:
            found.append(line.job_id)
        elif not listed:
            unknown.append(line.job_id)
    return found, unknown


def _files(client: VisierDataHandling, job_id: str, tenant: str | None) -> set[str]:
    try:
        tenants = client.data_and_job_handling.retrieve_receiving_job_extracted_files(
            job_id=job_id, target_tenant_id=tenant, iterator=True
        )
        return {f.filename for t in tenants for f in (t.extracted_files or []) if isinstance(f.filename, str)}
    except NotFound:
        return set()
