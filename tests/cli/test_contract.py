"""The command line's contract with scripts (issue 22): exit codes, JSON that parses in one naming convention,
tables that never cut an ID, and messages that say what happened. The installed console script, as a subprocess,
against one mock per module (reset between tests)."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from visier_mock import RunningMock

from .scripted import FAST, REMOTE_FILE, TENANT, in_terminal, ok_json, visier_dh

CAMEL = re.compile(r"[a-z][a-zA-Z0-9]*")


@pytest.fixture
def env(mock_env: dict[str, str]) -> dict[str, str]:
    return dict(os.environ)


def _keys(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _keys(value)
    elif isinstance(data, list):
        for item in data:
            yield from _keys(item)


def _world(env: dict[str, str]) -> dict[str, str]:
    """IDs of things in the mock's world that the commands below act on."""
    versions = ok_json(env, "data-versions", "list", "-t", TENANT)
    credentials = ok_json(env, "credentials", "list", "-t", TENANT)
    return {
        "job": ok_json(env, "load", REMOTE_FILE, "--no-wait")["jobId"],
        "version": versions[0]["dataVersions"][-1]["dataVersion"],
        "connector": ok_json(env, "connectors", "list", "-t", TENANT)[0]["connectorId"],
        "credential": credentials[-1]["credentialId"],
        "upload": ok_json(env, "uploads", "list", "-t", TENANT)[0]["uploads"][0]["uploadTime"],
    }


def _every_command(w: dict[str, str], data_file: Path) -> list[tuple[list[str], int]]:
    """Every command, with arguments that work (exit 0) or are refused by the service (exit 1)."""
    return [
        (["auth", "check"], 0),
        (["upload", str(data_file)], 0),
        (["load", REMOTE_FILE, *FAST], 0),
        (["load", REMOTE_FILE, "--no-wait"], 0),
        (["extract", "-t", TENANT, *FAST], 0),
        (["extract", "-t", TENANT, "--no-wait"], 0),
        (["jobs", "watch", w["job"], *FAST], 0),
        (["jobs", "status", w["job"]], 0),
        (["jobs", "tree", w["job"]], 0),
        (["jobs", "list", "--status", "Succeeded"], 0),
        (["jobs", "cancel", w["job"]], 1),
        (["data-versions", "list"], 0),
        (["data-versions", "disable", "-t", TENANT, w["version"]], 0),
        (["uploads", "list"], 0),
        (["uploads", "include", "-t", TENANT], 0),
        (["uploads", "exclude", "-t", TENANT, "--upload-time", w["upload"]], 0),
        (["connectors", "list"], 0),
        (["credentials", "list"], 0),
        (["credentials", "assign", "--connector", w["connector"], "--credential", w["credential"], "-t", TENANT], 0),
        (["credentials", "delete", w["credential"], "-t", TENANT], 0),
    ]


def test_every_commands_json_parses_and_names_fields_in_the_apis_camel_case(
    env: dict[str, str], data_file: Path
) -> None:
    world = _world(env)
    seen = set()
    for args, code in _every_command(world, data_file):
        outcome = visier_dh(env, *args, "-o", "json")
        assert outcome.code == code, (args, outcome)
        data = outcome.json()  # raises if it is not one JSON document
        bad = {key for key in _keys(data) if not CAMEL.fullmatch(key)}
        assert not bad, (args, bad)
        seen.add(args[0] if args[0] not in ("jobs", "data-versions", "uploads", "credentials") else " ".join(args[:2]))
    # A single thing is an object, a list an array.
    assert isinstance(ok_json(env, "jobs", "status", world["job"]), dict)
    assert isinstance(ok_json(env, "jobs", "tree", world["job"]), dict)
    assert isinstance(ok_json(env, "jobs", "list"), list)
    assert len(seen) == 18, seen  # every leaf command


# IDs, tenant codes, file names and times that a table must show whole (the keys are camelCase JSON fields).
WHOLE = {"jobId", "parentJobId", "tenantCode", "tenant", "connectorId", "credentialId", "dataVersion", "uploadTime",
         "fileName", "startTime"}


def _whole_values(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in WHOLE and isinstance(value, str) and value:
                found.add(value)
            else:
                found |= _whole_values(value)
    elif isinstance(data, list):
        for item in data:
            found |= _whole_values(item)
    return found


def test_every_table_at_80_columns_shows_each_id_whole(env: dict[str, str], data_file: Path) -> None:
    world = _world(env)
    for args, code in _every_command(world, data_file):
        if args[:2] in (["credentials", "delete"], ["jobs", "watch"]) or args[0] in ("upload", "load", "extract"):
            continue  # they act; their tables are checked below from the same kind of result
        shown = in_terminal(env, *args, columns=80)
        assert shown.code == code, (args, shown)
        # The same again as JSON: what the table must have shown (a disabled version shows in the table only).
        wanted = _whole_values(visier_dh(env, *args, "-o", "json").json()) | ({world["version"]} & set(args))
        for value in wanted:
            assert any(value in line for line in shown.stdout.splitlines()), (args, value, shown.stdout)
    tenants = {t["tenantCode"] for t in ok_json(env, "jobs", "watch", world["job"], *FAST)["tenants"]}
    for args in (["load", REMOTE_FILE, *FAST], ["jobs", "watch", world["job"], *FAST], ["upload", str(data_file)]):
        shown = in_terminal(env, *args, columns=80)
        assert shown.code == 0, (args, shown)
        lines = shown.stdout.splitlines()
        wanted = {data_file.name} if args[0] == "upload" else tenants
        assert all(any(value in line for line in lines) for value in wanted), (args, shown.stdout)
        if args[0] != "upload":
            assert re.match(r"job [0-9a-f-]{36}: 5 of 5 tenant\(s\) succeeded$", lines[0]), shown.stdout
    # Piped, a table is not wrapped at all: one row per line.
    listing = visier_dh(env, "jobs", "list")
    rows = listing.stdout.splitlines()[2:]
    assert rows and all(re.match(r"[0-9a-f-]{36} ", row) for row in rows), listing.stdout


def test_quiet_lists_print_only_whole_ids_one_per_line(env: dict[str, str]) -> None:
    jobs = ok_json(env, "jobs", "list")
    quiet = visier_dh(env, "jobs", "list", "-q")
    assert quiet.code == 0 and quiet.stdout.splitlines() == [j["jobId"] for j in jobs], quiet
    credentials = visier_dh(env, "credentials", "list", "-q").stdout.splitlines()
    assert credentials == [c["credentialId"] for c in ok_json(env, "credentials", "list")]
    connectors = visier_dh(env, "connectors", "list", "--quiet").stdout.splitlines()
    assert connectors == [c["connectorId"] for c in ok_json(env, "connectors", "list")]


def test_table_mode_prints_a_table_not_json(env: dict[str, str]) -> None:
    version = ok_json(env, "data-versions", "list", "-t", TENANT)[0]["dataVersions"][-1]["dataVersion"]
    for args in (["data-versions", "disable", "-t", TENANT, version], ["uploads", "include", "-t", TENANT]):
        shown = in_terminal(env, *args, columns=60)
        assert shown.code == 0, shown
        assert "{" not in shown.stdout and TENANT in shown.stdout, shown.stdout


def test_a_refused_or_failed_outcome_exits_1_and_still_prints_it(env: dict[str, str], live_mock: RunningMock) -> None:
    unknown = visier_dh(env, "jobs", "cancel", "00000000-0000-0000-0000-000000000000", "-o", "json")
    assert unknown.code == 1 and unknown.json()[0]["accepted"] is False, unknown
    job = ok_json(env, "load", REMOTE_FILE, *FAST)["jobId"]
    finished = visier_dh(env, "jobs", "cancel", job)
    assert finished.code == 1 and "could not be cancelled" in finished.stdout, finished
    disabled = visier_dh(env, "data-versions", "disable", "-t", TENANT, "999999", "-o", "json")
    assert disabled.code == 1 and disabled.json()["totalFailures"] == 1, disabled
    # In a script: `visier-dh ... || alert` alerts.
    alerted = visier_dh(env, "jobs", "cancel", job, "-o", "json")
    assert alerted.code != 0
    excluded = visier_dh(env, "uploads", "exclude", "-t", TENANT, "--upload-time", "2001-01-01T00:00:00Z",
                         "-o", "json")
    assert excluded.code == (1 if excluded.json().get("totalFailures") else 0), excluded


def test_a_load_with_a_failed_tenant_is_not_titled_succeeded(env: dict[str, str], live_mock: RunningMock) -> None:
    with live_mock.state.lock:
        live_mock.state.plant_failure("WFF_j1r~e1a", "processing", "[DP510002] loader failed")
    try:
        shown = visier_dh(env, "load", REMOTE_FILE, *FAST)
    finally:
        with live_mock.state.lock:
            live_mock.state.failures.clear()
    assert shown.code == 1, shown
    title = shown.stdout.splitlines()[0]
    assert "Succeeded" not in title and "4 of 5 tenant(s) succeeded; 1 failed" in title, shown.stdout


def test_errors_name_what_failed_not_internal_methods(env: dict[str, str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    unreachable = visier_dh({**env, "VISIER_HOST": f"http://127.0.0.1:{port}"}, "auth", "check")
    assert unreachable.code == 3, unreachable
    assert not re.search(r"\w+\(\)", unreachable.stderr), unreachable.stderr
    assert f"could not reach http://127.0.0.1:{port}" in unreachable.stderr
    missing = visier_dh(env, "jobs", "status", "no-such-job")
    assert missing.code == 1 and not re.search(r"\w+\(\)", missing.stderr), missing


def test_a_wait_that_times_out_says_how_to_resume(env: dict[str, str], live_mock: RunningMock) -> None:
    with live_mock.state.lock:
        live_mock.state.set_slow(TENANT, 20_000)
    try:
        timed_out = visier_dh(env, "load", REMOTE_FILE, "--timeout", "0.5", *FAST)
    finally:
        with live_mock.state.lock:
            live_mock.state.slow.clear()
    found = re.search(r"not finished after 0.5 s.*visier-dh jobs watch ([0-9a-f-]{36})", timed_out.stderr)
    assert timed_out.code == 1 and found, timed_out


def test_the_docs_exit_code_table_is_the_clis(env: dict[str, str]) -> None:
    """Each row is pinned by a test here or in test_terminal/test_settings (0, 1, 2, 3 and 130); the table, the
    --help epilog and the codes the CLI uses are the same five."""
    from visier_data_handling.cli import _errors

    page = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    table = page[page.index("| exit code | meaning |"):].split("\n\n", 1)[0]
    rows = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    used = {_errors.OK, _errors.FAILED, _errors.USAGE, _errors.AUTH_OR_CONNECTION, _errors.INTERRUPTED}
    assert rows == used == {0, 1, 2, 3, 130}
    epilog = " ".join(visier_dh(env, "--help").stdout.split())
    assert all(f"{code} " in epilog for code in rows), epilog
