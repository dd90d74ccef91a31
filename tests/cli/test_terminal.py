"""Live progress in a terminal, and Ctrl-C during a wait (the console script as a subprocess)."""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from client.test_wrong_host import silent_host
from visier_mock import RunningMock

from .scripted import REMOTE_FILE, SCRIPT, Terminal, ok_json, read_until_closed, visier_dh

SLOW_TENANT = "WFF_j1r~k2m"


@contextmanager
def slow_tenant(mock: RunningMock, mock_seconds: float) -> Iterator[None]:
    """One tenant's jobs take this much longer (mock time; the mock runs 200x real time)."""
    with mock.state.lock:
        mock.state.set_slow(SLOW_TENANT, mock_seconds)
    try:
        yield
    finally:
        with mock.state.lock:
            mock.state.slow.clear()


def test_live_progress_redraws_in_place_on_a_terminal(mock_env: dict[str, str], live_mock: RunningMock) -> None:
    controller, terminal = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40"}
    env.pop("NO_COLOR", None)
    with slow_tenant(live_mock, 300):  # ~1.5 s real time, so several frames are drawn
        process = subprocess.Popen(
            [str(SCRIPT), "load", REMOTE_FILE, "--poll-interval", "0.05"],
            stdout=subprocess.PIPE, stderr=terminal, stdin=subprocess.DEVNULL, env=env,
        )
        os.close(terminal)
        screen = read_until_closed(controller, 30)
        stdout, _ = process.communicate(timeout=60)
    os.close(controller)
    assert process.returncode == 0, screen.decode(errors="replace")
    text = screen.decode(errors="replace")
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)  # without colours and cursor controls
    frames = re.findall(r"(\d+)/(\d+) done", plain)
    assert len(frames) >= 3, repr(plain)
    assert frames[-1] == ("5", "5") and "Succeeded 5" in plain  # one line per tenant's leaf job, all done
    # Redrawn in place: each frame returns to the line's start and erases it (\r ESC[2K), no new line per frame.
    assert text.count("\r\x1b[2K") >= len(frames) - 1, repr(text[-400:])
    assert plain.count("\n") <= 2, repr(plain)
    assert SLOW_TENANT in stdout.decode()  # the summary table, on stdout


def _interrupt(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    process = subprocess.Popen(
        [str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + 30
    while "done" not in seen and time.monotonic() < deadline:  # the wait has begun: progress lines appear
        seen += process.stderr.readline()
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, seen + stderr)


def test_ctrl_c_prints_the_job_and_how_to_resume_and_does_not_cancel(
    mock_env: dict[str, str], live_mock: RunningMock
) -> None:
    with slow_tenant(live_mock, 20_000):  # ~100 s real time: still running when interrupted
        done = _interrupt(["load", REMOTE_FILE, "--poll-interval", "0.05"], dict(os.environ))
        found = re.search(r"interrupted: job (\S+) goes on\. Resume watching with: visier-dh jobs watch (\S+)",
                          done.stderr)
        assert done.returncode == 130, done
        assert found and found.group(1) == found.group(2), done.stderr
        assert "Traceback" not in done.stderr
        with live_mock.state.lock:
            job = live_mock.state.jobs[found.group(1)]
            assert job.status(live_mock.state.now()) not in ("Cancelled", "Cancelling")
            cancels = [r for r in live_mock.state.journal if r["operationId"] == "cancelJobs"]
        assert cancels == []


ANALYTIC = ("WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o", "WFF_j1r~k2m", "WFF_j1r~p4q")


def test_ctrl_c_with_cancel_on_interrupt_leaves_nothing_cancellable_running(
    mock_env: dict[str, str], live_mock: RunningMock
) -> None:
    state = live_mock.state
    with state.lock:
        for tenant in ANALYTIC:  # every tenant's processing job runs ~100 s real time
            state.set_slow(tenant, 20_000, "processing")
    try:
        terminal = Terminal(dict(os.environ), "load", REMOTE_FILE, "--cancel-on-interrupt", "--poll-interval", "0.05")
        terminal.wait_for("Running 5")  # the wait has begun and every tenant's processing job runs
        terminal.type(b"\x03")  # Ctrl-C, typed into the terminal
        code = terminal.finish()
    finally:
        with state.lock:
            state.slow.clear()
    text = terminal.text
    found = re.search(r"interrupted: cancelling every job of (\S+) that can be cancelled", text)
    assert code == 130 and found, text
    assert text.count("cancelled: PROCESSING_JOB ") == 5 and "Traceback" not in text, text
    with state.lock:  # asked of the mock: no job of the tree that could be cancelled is still running
        now = state.now()
        root = state.jobs[found.group(1)]
        left = [(job.kind, job.status(now)) for job in (root, *state.descendants(root))
                if job.status(now) in ("Pending", "Running")
                and not (job.kind == "RECEIVING_JOB" and job.status(now) == "Running")]
    assert left == [], left


def wait_until_only_processing_runs(mock: RunningMock, job_id: str, processing: int) -> None:
    """Until the top job and every receiving job of ``job_id`` have finished and ``processing`` processing jobs
    run (the mock's own view: a condition, not a guess at how long that takes)."""
    deadline = time.monotonic() + 60
    while True:
        with mock.state.lock:
            now = mock.state.now()
            root = mock.state.jobs[job_id]
            jobs = [(job.kind, job.status(now)) for job in (root, *mock.state.descendants(root))]
        running = [kind for kind, status in jobs if status in ("Pending", "Running")]
        if running == ["PROCESSING_JOB"] * processing:
            return
        assert time.monotonic() < deadline, jobs
        time.sleep(0.01)


def test_jobs_cancel_tree_cancels_the_jobs_under_a_finished_top_job(
    mock_env: dict[str, str], live_mock: RunningMock
) -> None:
    state = live_mock.state
    with state.lock:
        for tenant in ANALYTIC:
            state.set_slow(tenant, 20_000, "processing")
    try:
        job_id = ok_json(dict(os.environ), "load", REMOTE_FILE, "--no-wait")["jobId"]
        wait_until_only_processing_runs(live_mock, job_id, processing=len(ANALYTIC))
        plain = visier_dh(dict(os.environ), "jobs", "cancel", job_id, "-o", "json")
        tree = visier_dh(dict(os.environ), "jobs", "cancel", "--tree", job_id, "-o", "json")
        again = visier_dh(dict(os.environ), "jobs", "cancel", "--tree", job_id, "-o", "json")
    finally:
        with state.lock:
            state.slow.clear()
    assert plain.code == 1 and plain.json()[0]["accepted"] is False, plain  # the top job alone: refused
    assert tree.code == 0, tree
    assert [o["jobType"] for o in tree.json()] == ["PROCESSING_JOB"] * 5 and all(o["accepted"] for o in tree.json())
    assert again.code == 1 and again.json() == [], again  # nothing left to cancel: a refusal


def test_the_missing_extra_is_named_not_a_traceback() -> None:
    # Hide typer from the launcher's interpreter: it must name the extra in one line.
    blocker = "import sys, importlib.util as u; orig = u.find_spec\n" \
              "u.find_spec = lambda n, *a: None if n == 'typer' else orig(n, *a)\n"
    code = blocker + "from visier_data_handling._scripts import visier_dh; visier_dh()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == 'visier-dh needs the \'cli\' extra (typer not installed): ' \
                                  'pip install "visier-data-handling[cli]"'


def test_a_slow_sign_in_is_said_on_a_status_line_then_erased(mock_env: dict[str, str]) -> None:
    with silent_host() as url:
        terminal = Terminal(dict(os.environ), "--host", url, "--sign-in-timeout", "1", "auth", "check")
        terminal.wait_for(f"signing in at {url}/v1/admin/visierSecureToken (up to 1 s)…")
        code = terminal.finish()
    assert code == 3, terminal.text
    _, _, rest = terminal.screen.decode().partition("…")
    assert rest.startswith("\r\x1b[K") and "visier-dh: error: signing in timed out" in rest, terminal.screen
