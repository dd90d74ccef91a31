"""Every visier-dh command against the mock, in-process (typer's CliRunner) and as the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from client.test_wrong_host import Plain, silent_host
from typer.testing import CliRunner
from visier_data_handling.cli import app
from visier_mock import RunningMock
from visier_mock._server import free_port
from web_server import serving

from .scripted import REMOTE_FILE, SCRIPT, TENANT, Outcome

Run = Callable[..., Outcome]


def in_process(*args: str) -> Outcome:
    result = CliRunner().invoke(app, list(args))
    return Outcome(result.exit_code, result.stdout, result.stderr)


def console_script(*args: str) -> Outcome:
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=120, env=dict(os.environ))
    return Outcome(done.returncode, done.stdout, done.stderr)


def ok(outcome: Outcome) -> Any:
    assert outcome.code == 0, outcome
    assert "Traceback" not in outcome.stderr, outcome
    return outcome.json()


def exercise_every_command(run: Run, data_file: Path, password: str) -> None:
    fast = ("--poll-interval", "0.05", "-o", "json")
    assert run("--version").stdout.startswith("visier-dh ")

    auth = ok(run("auth", "check", *fast))
    assert auth["signedIn"] is True and auth["signIn"] == "asid" and auth["tokenSentAs"] == "cookie"
    assert password not in json.dumps(auth)

    assert ok(run("upload", str(data_file), *fast)) == [{"fileName": data_file.name, "size": data_file.stat().st_size}]

    # A local path is uploaded first; a plain name is taken as already uploaded. Options may follow the command.
    loaded = ok(run("load", str(data_file), REMOTE_FILE, "--wait", *fast))
    assert loaded["outcome"] == "succeeded" and len(loaded["tenants"]) == 5
    assert all(t["status"] == "Succeeded" and t["dataVersions"] for t in loaded["tenants"])

    started = ok(run("load", REMOTE_FILE, "--no-wait", *fast))
    job_id = started["jobId"]
    watched = ok(run("jobs", "watch", job_id, "--timeout", "60", *fast))
    assert watched["jobId"] == job_id and watched["outcome"] == "succeeded"
    status = ok(run("jobs", "status", job_id, *fast))
    assert status["jobId"] == job_id and status["status"] == "Succeeded"
    tree = ok(run("jobs", "tree", job_id, *fast))
    assert tree["jobId"] == job_id and len(tree["children"]) == 5
    listing = ok(run("jobs", "list", "--since", "2020-01-01T00:00:00Z", "--status", "Succeeded", *fast))
    assert job_id in {entry["jobId"] for entry in listing} and {e["status"] for e in listing} == {"Succeeded"}
    refused = run("jobs", "cancel", job_id, *fast)  # a finished job: refused, exit 1, the answer still printed
    assert refused.code == 1 and [c["jobId"] for c in refused.json()] == [job_id], refused
    assert refused.json()[0]["accepted"] is False

    extracted = ok(run("extract", "--tenant", TENANT, "--wait", *fast))
    assert extracted["outcome"] == "succeeded" and [t["tenantCode"] for t in extracted["tenants"]] == [TENANT]

    versions = ok(run("data-versions", "list", "--tenant", TENANT, *fast))
    version = versions[0]["dataVersions"][-1]["dataVersion"]
    disabled = ok(run("data-versions", "disable", "--tenant", TENANT, version, *fast))
    assert version in json.dumps(disabled)

    uploads = ok(run("uploads", "list", "--tenant", TENANT, *fast))
    upload_time = uploads[0]["uploads"][0]["uploadTime"]
    assert TENANT in json.dumps(ok(run("uploads", "include", "--tenant", TENANT, *fast)))
    excluded = ok(run("uploads", "exclude", "--tenant", TENANT, "--upload-time", upload_time, *fast))
    assert upload_time in json.dumps(excluded)

    connectors = ok(run("connectors", "list", "--tenant", TENANT, *fast))
    credentials = ok(run("credentials", "list", "--tenant", TENANT, *fast))
    connector, credential = connectors[0]["connectorId"], credentials[0]["credentialId"]
    assigned = ok(run("credentials", "assign", "--connector", connector, "--credential", credential,
                      "--tenant", TENANT, *fast))
    assert connector in json.dumps(assigned)
    own = [c["credentialId"] for c in credentials if not c.get("isInherited")] or [credential]
    ok(run("credentials", "delete", own[0], "--tenant", TENANT, *fast))
    remaining = ok(run("credentials", "list", "--tenant", TENANT, *fast))
    assert own[0] not in {c["credentialId"] for c in remaining}


def test_every_command_in_process(mock_env: dict[str, str], data_file: Path) -> None:
    exercise_every_command(in_process, data_file, mock_env["VISIER_PASSWORD"])


def test_every_command_as_the_installed_console_script(mock_env: dict[str, str], data_file: Path) -> None:
    assert SCRIPT.exists(), "visier-dh is not installed in this environment (make setup)"
    exercise_every_command(console_script, data_file, mock_env["VISIER_PASSWORD"])


COMMANDS = [
    [], ["upload"], ["load"], ["extract"], ["jobs"], ["jobs", "status"], ["jobs", "tree"], ["jobs", "watch"],
    ["jobs", "cancel"], ["jobs", "list"], ["data-versions"], ["data-versions", "list"], ["data-versions", "disable"],
    ["uploads"], ["uploads", "list"], ["uploads", "include"], ["uploads", "exclude"], ["connectors"],
    ["connectors", "list"], ["credentials"], ["credentials", "list"], ["credentials", "assign"],
    ["credentials", "delete"], ["auth"], ["auth", "check"], ["pgp-keys"], ["pgp-keys", "list"],
    ["pgp-keys", "create"], ["pgp-keys", "get"], ["pgp-keys", "delete"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "visier-dh")
def test_help_on_every_command(command: list[str]) -> None:
    outcome = in_process(*command, "--help")
    assert outcome.code == 0 and "Usage: visier-dh" in outcome.stdout, outcome


def test_a_failed_tenant_exits_1_with_the_summary(mock_env: dict[str, str], live_mock: RunningMock) -> None:
    failing = "WFF_j1r~e1a"
    with live_mock.state.lock:
        live_mock.state.plant_failure(failing, "processing", "[DP510002] loader failed")
    try:
        outcome = in_process("load", REMOTE_FILE, "--poll-interval", "0.05", "-o", "json")
    finally:
        with live_mock.state.lock:
            live_mock.state.failures.clear()
    assert outcome.code == 1, outcome
    result = outcome.json()
    assert result["outcome"] == "failed"
    assert {t["tenantCode"]: t["status"] for t in result["tenants"]}[failing] == "Failed"
    table = in_process("jobs", "watch", result["jobId"], "--poll-interval", "0.05")
    assert table.code == 1 and failing in table.stdout and "loader failed" in table.stdout


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["load"], "FILE_OR_NAME"),
        (["load", "./missing/hcm.zip"], "path"),
        (["upload", "notes.txt"], "notes.txt"),
        (["extract"], "--tenant"),
        (["--output", "xml", "jobs", "list"], "--output"),
        (["jobs", "list", "--nope"], "--nope"),
        (["data-versions", "disable", "--tenant", TENANT], "DATA_VERSION"),
    ],
)
def test_usage_errors_exit_2_with_one_line_naming_the_argument(
    mock_env: dict[str, str], tmp_path: Path, args: list[str], named: str
) -> None:
    (tmp_path / "notes.txt").write_text("not a data file")
    os.chdir(tmp_path)
    outcome = in_process(*args)
    assert outcome.code == 2, outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("visier-dh: error: ") and named in lines[0], outcome
    assert outcome.stdout == ""


def test_auth_and_connection_errors_exit_3(mock_env: dict[str, str]) -> None:
    refused = in_process("--api-key", "wrong-key", "auth", "check")
    assert refused.code == 3 and "401" in refused.stderr and "wrong-key" not in refused.stderr, refused
    unreachable = in_process("--host", "http://127.0.0.1:9", "connectors", "list")
    assert unreachable.code == 3 and "could not reach http://127.0.0.1:9" in unreachable.stderr, unreachable


@pytest.mark.parametrize("command", ["load", "upload"])
def test_an_unreadable_file_is_refused_before_signing_in(
    mock_env: dict[str, str], tmp_path: Path, refuse_reading: Callable[[Path], None], command: str
) -> None:
    unread = tmp_path / "unread.csv"
    unread.write_text("a,b\n1,2\n")
    refuse_reading(unread)
    # Nothing listens on port 9: a command that signed in or sent a byte would exit 3 (could not reach).
    outcome = in_process("--host", "http://127.0.0.1:9", command, str(unread))
    assert outcome.code == 2, outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "unread.csv" in lines[0] and "is not readable (Permission denied)" in lines[0], outcome


def test_retry_notices_show_only_with_verbose(mock_env: dict[str, str]) -> None:
    closed = ("--host", f"http://127.0.0.1:{free_port()}", "--max-retries", "2", "connectors", "list")
    quiet = console_script(*closed)  # a real stderr: Python's last-resort handler prints warnings there
    assert quiet.code == 3 and quiet.stderr.count("\n") == 1, quiet
    assert quiet.stderr.startswith("visier-dh: error: ") and "could not reach" in quiet.stderr, quiet
    verbose = console_script("-v", *closed)
    assert verbose.code == 3 and verbose.stderr.count("retrying POST /v1/admin/visierSecureToken ") == 2, verbose
    assert verbose.stderr.splitlines()[-1] == quiet.stderr.strip(), verbose


def test_a_web_server_for_a_host_exits_3_saying_signing_in_failed(mock_env: dict[str, str]) -> None:
    with serving(Plain) as url:
        outcome = in_process("--host", url, "connectors", "list")
    assert outcome.code == 3, outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "signing in at http://127.0.0.1:" in lines[0], outcome
    assert "may not be a Visier API; check the host setting (--host or VISIER_HOST" in lines[0], outcome
    with_path = in_process("--host", mock_env["VISIER_HOST"] + "/extra", "connectors", "list")
    assert with_path.code == 3 and "host as the service's URL with no path" in with_path.stderr, with_path
    assert "may not be a Visier API's URL" in with_path.stderr and with_path.stderr.count("\n") == 1, with_path


def test_a_silent_host_exits_3_after_the_sign_in_limit(mock_env: dict[str, str]) -> None:
    with silent_host() as url:
        outcome = in_process("--host", url, "--sign-in-timeout", "0.5", "auth", "check")
    assert outcome.code == 3 and f"signing in timed out talking to {url}" in outcome.stderr, outcome


def test_missing_settings_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VISIER_HOST", "VISIER_VANITY", "VISIER_APIKEY", "VISIER_USERNAME", "VISIER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    outcome = in_process("auth", "check")
    assert outcome.code == 2 and "VISIER_HOST" in outcome.stderr and "VISIER_APIKEY" in outcome.stderr, outcome


def test_debug_shows_the_traceback_and_only_then(mock_env: dict[str, str]) -> None:
    plain = in_process("load", "./missing.zip")
    debug = in_process("load", "./missing.zip", "--debug")
    assert plain.code == debug.code == 2
    assert "Traceback" not in plain.stderr and "Traceback" in debug.stderr


def test_every_command_renders_a_table(mock_env: dict[str, str], data_file: Path) -> None:
    fast = ("--poll-interval", "0.05")
    job_id = ok(in_process("load", REMOTE_FILE, "--no-wait", "-o", "json"))["jobId"]
    credential = ok(in_process("credentials", "list", "-t", TENANT, "-o", "json"))[-1]["credentialId"]
    connector = ok(in_process("connectors", "list", "-t", TENANT, "-o", "json"))[0]["connectorId"]
    version = ok(in_process("data-versions", "list", "-t", TENANT, "-o", "json"))[0]["dataVersions"][-1]["dataVersion"]
    for args, shown in [
        (["auth", "check"], "signed in to"),
        (["upload", str(data_file)], data_file.name),
        (["load", str(data_file), *fast], TENANT),

        (["extract", "--all-tenants", *fast], TENANT),

        (["jobs", "watch", job_id, *fast], TENANT),
        (["jobs", "status", job_id], "Succeeded"),
        (["jobs", "tree", job_id], TENANT),
        (["jobs", "list", "--status", "Succeeded"], "Succeeded"),
        (["data-versions", "list"], TENANT),
        (["data-versions", "disable", "-t", TENANT, version], version),
        (["uploads", "list"], TENANT),
        (["uploads", "include", "-t", TENANT], TENANT),
        (["uploads", "exclude", "-t", TENANT], TENANT),
        (["connectors", "list"], connector),
        (["credentials", "list"], credential),
        (["credentials", "assign", "--connector", connector, "--credential", credential, "-t", TENANT], connector),
        (["credentials", "delete", credential, "-t", TENANT], credential),
    ]:
        outcome = in_process(*args)
        assert outcome.code == 0 and shown in outcome.stdout, (args, outcome)
    refused = in_process("jobs", "cancel", job_id)  # finished: refused, and the table says so
    assert refused.code == 1 and job_id in refused.stdout and "could not be cancelled" in refused.stdout, refused


@pytest.mark.parametrize(
    ("args", "kind"), [(["load", REMOTE_FILE, "--no-wait"], "receiving"), (["extract", "-t", TENANT, "--no-wait"],
                                                                          "dispatching")]
)
def test_no_wait_prints_the_job_id_alone_on_stdout(mock_env: dict[str, str], args: list[str], kind: str) -> None:
    outcome = in_process(*args)
    assert outcome.code == 0, outcome
    job_id = outcome.stdout.strip()
    assert outcome.stdout == job_id + "\n" and " " not in job_id, outcome
    assert f"started {kind} job {job_id}" in outcome.stderr, outcome
    tree = ok(in_process("jobs", "tree", job_id, "-o", "json"))  # J=$(visier-dh load --no-wait F); jobs tree "$J"
    assert tree["jobId"] == job_id


def test_jobs_list_since_an_hour_finds_the_load_just_started(mock_env: dict[str, str]) -> None:
    job_id = in_process("load", REMOTE_FILE, "--no-wait").stdout.strip()
    listing = ok(in_process("jobs", "list", "--since", "1h", "-o", "json"))
    assert job_id in {entry["jobId"] for entry in listing}


def test_table_output_goes_to_stdout_and_progress_to_stderr(mock_env: dict[str, str]) -> None:
    outcome = in_process("load", REMOTE_FILE, "--poll-interval", "0.05")
    assert outcome.code == 0, outcome
    assert "Succeeded" in outcome.stdout and TENANT in outcome.stdout
    assert "jobs " in outcome.stderr and "done" in outcome.stderr and "done" not in outcome.stdout
