"""``make demo`` (``python examples/demo.py``): a whole session against the offline mock.

An example, not part of either distribution: it uses the SDK (``visier-data-handling`` with the ``cli`` extra, for
the progress bar) and the mock (``visier-data-handling-mock``), as ``make setup`` installs them. It starts the mock in
this process (``visier_mock.serve_in_thread``, real time at ``--speed``), then:

1. loads files for five tenants with a live progress bar -- one tenant's processing job fails on purpose --
   and reports each tenant's outcome and the new data versions;
1b. beside it, loads two CSV files straight into the Employee and Requisition objects through one Direct Data
   Intake transaction (committed once, its processing job followed), after a file missing a column was refused
   before any transaction opened;
1c. pushes records to a source in numbered batches (a lost answer resent with its sequence), a bad record refused;
2. lists the latest data versions and disables one; 3. excludes a data upload from generation, then includes it;
4. shows the cancel rules: a running receiving job is refused, a running processing job is cancelled;
5. uploads a file encrypted for a new PGP key pair and loads it, an expired key refused (``demo_pgp.py``);

prints a summary, stops the mock, and exits 0 when every step went as expected (1 otherwise).
The mock's knobs used here (a planted failure, slow tenants, a lost answer, an expired key) are the mock's own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from demo_pgp import EncryptedUploadStep
from visier_data_handling import (
    IntakeFileError,
    JobCancelled,
    JobFailed,
    JobFuture,
    JobKind,
    JobNode,
    LoadResult,
    PollSchedule,
    RecordError,
    VisierDataHandling,
)

ALL_TENANTS_FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
FAILING_TENANT = "WFF_j1r~e1a"
FAILURE = "[DP510002] Unexpected exception in data load process in the event stream loader stage."
CANCEL_TENANT = "WFF_j1r~c7o"


class Demo(EncryptedUploadStep):
    """The session's steps; each records what it showed in ``facts`` (for the summary) or a problem."""

    def __init__(self, client: VisierDataHandling, state: Any, out: TextIO, poll: PollSchedule) -> None:
        self.client = client
        self.ops = client.data_and_job_handling
        self.state = state
        self.out, self.poll = out, poll
        self.facts: list[str] = []
        self.problems: list[str] = []
        self.load_result: LoadResult | None = None

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def expect(self, ok: bool, problem: str) -> None:
        if not ok:
            self.problems.append(problem)
            self.say(f"   !! unexpected: {problem}")

    def heading(self, text: str) -> None:
        self.say(f"\n== {text}")

    # -- 1. a load across tenants ---------------------------------------------------------------------------------

    def load(self) -> None:
        tenants = list(self.state.tenants)
        self.heading(f"1. Load {ALL_TENANTS_FILE} into {len(tenants)} tenants")
        with self.state.lock:
            # The mock's own knobs: one tenant's processing fails; tenants take a little longer one after another.
            self.state.plant_failure(FAILING_TENANT, "processing", FAILURE)
            for index, tenant in enumerate(tenants):
                self.state.set_slow(tenant, 0.8 * index)
        # The command line's progress view (rich; the demo runs from a dev install, which has the cli extra).
        from rich.console import Console
        from visier_data_handling.cli._progress import JobProgress

        with JobProgress(Console(file=self.out), label="   jobs", total=len(tenants)) as bar:
            result = self.client.load([ALL_TENANTS_FILE], poll=self.poll, on_progress=bar, timeout=120)
        with self.state.lock:
            self.state.slow.clear()
        self.load_result = result
        self.say(f"   {result.summary().replace(chr(10), chr(10) + '   ')}")
        self.say("   job tree:")
        for line in result.tree.render().splitlines():
            self.say(f"     {line}")
        failed = [t.tenant_code for t in result.failed_tenants]
        self.expect(failed == [FAILING_TENANT], f"expected only {FAILING_TENANT} to fail, got {failed}")
        self.expect(len(result.data_versions) == len(tenants) - 1, "expected a new data version per other tenant")
        outcome = result.tenants.get(FAILING_TENANT)
        if outcome is not None:
            self.facts.append(f"load {result.job_id}: {len(tenants) - len(failed)} of {len(tenants)} tenants loaded")
            self.facts.append(f"failed tenant reported: {outcome.tenant_code} -- {outcome.message}")
        versions = ", ".join(f"{t} {v[-1]}" for t, v in result.data_versions.items())
        self.facts.append(f"new data versions: {versions}")

    # -- 1b. Direct Data Intake ---------------------------------------------------------------------------------

    def _write_file(self, folder: Path, object_name: str, skip: str = "") -> Path:
        """A one-row CSV with the object's load schema as its header (read from the service), mandatory ones filled."""
        schema = self.client.direct_data_intake.object_schema(object_name=object_name).schema or []
        columns = [c for c in schema if c.name != skip]
        row = ["2026-01-01" if c.data_type == "Date" else "X1" if c.is_mandatory else "" for c in columns]
        path = folder / f"{object_name.lower()}{'_bad' if skip else ''}.csv"
        path.write_text(",".join(str(c.name) for c in columns) + "\n" + ",".join(row) + "\n", encoding="utf-8")
        return path

    def intake(self) -> None:
        self.heading("1b. Direct Data Intake: files straight into the Employee and Requisition objects")
        with tempfile.TemporaryDirectory() as folder:
            bad = self._write_file(Path(folder), "Employee", skip="EffectiveDate")
            try:
                self.client.intake({"Employee": bad})
                self.expect(False, "a file missing a column was taken")
            except IntakeFileError as refused:
                self.say(f"   refused before any transaction opened: {refused}")
            files = {name: self._write_file(Path(folder), name) for name in ("Employee", "Requisition")}
            result = self.client.intake(files, poll=self.poll, timeout=120, on_transaction=lambda t: self.say(
                f"   transaction {t} started; uploading {', '.join(files)}"))
        self.say(f"   {result.summary().replace(chr(10), chr(10) + '   ')}")
        still_open = self.client.direct_data_intake.list_transactions().transactions or []
        self.expect(result.ok and not still_open, "the intake did not end committed with nothing left open")
        self.facts.append(f"intake: transaction {result.transaction_id} committed once, job {result.job_id} "
                          f"{result.status}; a file missing a column refused before any transaction")

    def transfer(self) -> None:
        self.heading("1c. A transfer session: records to the Employee source in numbered batches")
        records = [{"EmployeeID": f"E{i}", "StartDate": "2026-01-01"} for i in range(10)]
        try:
            with self.client.transfer("Employee", tenant=CANCEL_TENANT) as session:
                session.push([*records[:2], {"EmployeeID": "E99", "Shoe": "42"}])
        except RecordError as refused:
            self.say(f"   refused before sending: {refused} ({'; '.join(refused.__notes__)})")
        with self.client.transfer("Employee", tenant=CANCEL_TENANT, processing=True, batch_records=4,
                                  poll=self.poll) as session:
            session.push(records[:4])  # batch 1 is full and sent; batch 2's answer is lost once, and resent
            self.state.faults.set("pushData", {"sequence": ["lost"]})
            session.push(records[4:])
        tree, kept = session.job.result(timeout=120), self.state.transfer_store.sessions[session.session_id]
        held = [(b.sequence, b.rows) for b in kept.ordered()]
        self.say(f"   batches {session.sequences} sent; the mock holds {held} (resent, not kept: {kept.duplicates})"
                 f"; receiving job {tree.job_id} {tree.status}")
        self.expect(held == [(1, 4), (2, 4), (3, 2)] and tree.status == "Succeeded", "the batches were not held once")
        self.facts.append(f"transfer: batches kept once, in order; job {tree.job_id} {tree.status}; bad record refused")

    # -- 2. data versions -----------------------------------------------------------------------------------------

    def data_versions(self) -> None:
        self.heading("2. Latest enabled data versions, then disable one")
        for tenant in self.ops.latest_enabled_dv(iterator=True, number_of_versions=3, page_size=2):
            listed = ", ".join(str(v.data_version) for v in tenant.data_versions or []) or "(none)"
            self.say(f"   {tenant.tenant_code:<14} {listed}")
        assert self.load_result is not None
        tenant_code, versions = next(iter(self.load_result.data_versions.items()))
        version = versions[-1]
        answer = self.ops.disable_dv(
            model={"dataVersionObjects": [{"tenantCode": tenant_code, "dataVersion": version}]}
        )
        for line in answer.results or []:
            self.say(f"   disable {line.tenant_code} {line.data_version}: {line.status} {line.message or ''}".rstrip())
        [after] = list(self.ops.latest_enabled_dv(tenant_code=tenant_code, iterator=True))
        latest = after.data_versions[0].data_version if after.data_versions else None
        self.say(f"   {tenant_code} now serves data version {latest}")
        self.expect(answer.total_success == 1 and latest != version, f"data version {version} was not disabled")
        self.facts.append(f"disabled data version {version} of {tenant_code}; {tenant_code} now serves {latest}")

    # -- 3. data uploads ------------------------------------------------------------------------------------------

    def uploads(self) -> None:
        self.heading("3. Exclude a data upload from data version generation, then include it again")
        tenant = "WFF_j1r~i1o"
        [listing] = list(self.ops.retrieve_data_uploads(tenant_code=tenant, number_of_data_uploads=3, iterator=True))
        uploads = listing.uploads or []
        for upload in uploads:
            self.say(f"   {tenant} upload {upload.upload_time} included={upload.included}")
        latest = uploads[0].upload_time
        missing = "2019-10-22T20:35:21.420Z"
        excluded = self.ops.exclude_data_uploads(uploads=[{"tenantCode": tenant, "uploadTimes": [latest, missing]}])
        for line in excluded.uploads or []:
            self.say(f"   exclude {line.upload_time}: {line.status} {line.message or ''}".rstrip())
        [now] = list(self.ops.retrieve_data_uploads(tenant_code=tenant, iterator=True))
        self.expect((now.uploads or [])[0].included is False, "the upload is still included")
        included = self.ops.include_data_uploads(uploads=[{"tenantCode": tenant, "uploadTimes": [latest]}])
        for line in included.uploads or []:
            self.say(f"   include {line.upload_time}: {line.status}")
        self.expect(excluded.total_success == 1 and excluded.total_failures == 1, "unexpected exclude results")
        self.expect(included.total_success == 1, "the upload was not included again")
        self.facts.append(
            f"uploads: excluded and re-included {tenant}'s upload of {latest}; "
            f"{excluded.total_failures} line failed as it should (no such upload)"
        )

    # -- 4. cancelling --------------------------------------------------------------------------------------------

    def _wait_for(self, future: JobFuture, found: Callable[[JobNode], bool], what: str) -> JobNode:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            node = next((n for n in future.refresh().walk() if found(n)), None)
            if node is not None:
                return node
            time.sleep(0.1)
        raise RuntimeError(f"timed out waiting for {what}")

    def cancel(self) -> None:
        self.heading("4. Cancel running jobs")
        with self.state.lock:
            self.state.set_slow(CANCEL_TENANT, 6)  # slow enough to catch its jobs running
        load = self.client.load([f"{CANCEL_TENANT}_hcm_20260101.zip.gpg"], wait=False, poll=self.poll)
        self.say(f"   started load {load.job_id} for {CANCEL_TENANT}")

        receiving = self._wait_for(
            load,
            lambda n: n.kind is JobKind.RECEIVING and n.job_id != load.job_id and n.status == "Running",
            "the tenant's receiving job running",
        )
        [refused] = self.client.jobs.cancel([receiving.job_id])
        self.say(f"   cancel receiving job {receiving.job_id}: {'accepted' if refused.accepted else 'refused'}")
        self.say(f"     the service says: {refused.message}")
        self.expect(not refused.accepted, "a running receiving job was cancelled")

        processing = self._wait_for(
            load, lambda n: n.kind is JobKind.PROCESSING and n.status == "Running", "a running processing job"
        )
        future = self.client.jobs.future(processing.job_id, JobKind.PROCESSING, poll=self.poll)
        accepted = future.cancel()
        self.say(f"   cancel processing job {processing.job_id}: {'accepted' if accepted else 'refused'}")
        try:
            future.result(timeout=30)
            self.expect(False, "the processing job finished instead of being cancelled")
        except JobCancelled:
            self.say(f"   processing job {processing.job_id} is now {future.status}")
        try:
            load.result(timeout=30)
        except JobFailed as failed:
            self.say("   the load reports it:")
            for line in str(failed).splitlines():
                self.say(f"     {line}")
        with self.state.lock:
            self.state.slow.clear()
        self.expect(accepted and future.cancelled(), "the running processing job was not cancelled")
        self.facts.append("cancel: running receiving job refused (service rule); running processing job cancelled")

    def run(self) -> None:
        for step in (self.load, self.intake, self.transfer, self.data_versions, self.uploads, self.cancel, self.pgp):
            try:
                step()
            except Exception as exc:  # report and go on: the summary says what failed
                self.problems.append(f"{step.__name__}: {type(exc).__name__}: {exc}")
                self.say(f"   !! {step.__name__} failed: {type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="examples/demo.py", description=__doc__.split("\n")[0])
    parser.add_argument("--speed", type=float, default=2.0, help="how much faster than real time the mock runs")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    # connexion (under the mock) warns about its own imports; that is noise in a demo.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    try:
        import visier_mock
    except ImportError:
        print("The demo needs the offline mock, a distribution of its own: pip install ./mock in the clone "
              "(make setup installs it into .venv).", file=sys.stderr)
        return 2

    started = time.monotonic()
    print("Visier Data and Job Handling SDK -- demo against the offline mock", file=out)
    with visier_mock.serve_in_thread(visier_mock.MockConfig(speed=args.speed)) as mock:
        print(f"mock started at {mock.url} (jobs run {args.speed:g}x real time)", file=out)
        # Real time, fast mock: poll often (the default 1 s .. 15 s suits the real service's minutes-long jobs).
        poll = PollSchedule(initial=0.2, factor=1.2, maximum=1.0)
        with VisierDataHandling(
            host=mock.url, api_key=mock.api_key, username=mock.username, password=mock.password
        ) as client:
            demo = Demo(client, mock.state, out, poll)
            demo.run()
    print("\nmock stopped", file=out)
    print("\n== Summary", file=out)
    for fact in demo.facts:
        print(f"   {fact}", file=out)
    for problem in demo.problems:
        print(f"   PROBLEM: {problem}", file=out)
    verdict = "DEMO OK" if not demo.problems else f"DEMO FAILED ({len(demo.problems)} problem(s))"
    print(f"\n{verdict} in {time.monotonic() - started:.1f} s", file=out)
    return 0 if not demo.problems else 1


if __name__ == "__main__":
    sys.exit(main())
