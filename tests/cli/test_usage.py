"""Usage as a careful user of gh or kubectl expects it (issue 22): filters checked before anything is sent, help
for a bare group, placeholders that read as words, shell completion. The installed console script."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from visier_data_handling.cli import _filters
from visier_mock import RunningMock

from .scripted import REMOTE_FILE, ok_json, visier_dh
from .test_commands import COMMANDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--since", "garbage-date"], "ISO 8601"),
        (["--since", "yesterday"], "24h"),
        (["--since", "7x"], "7d"),
        (["--status", "Bogus"], "Running"),
    ],
)
def test_a_bad_filter_is_a_usage_error_naming_the_expected_form(
    mock_env: dict[str, str], live_mock: RunningMock, args: list[str], expected: str
) -> None:
    before = len(live_mock.state.journal)
    done = visier_dh(dict(os.environ), "jobs", "list", *args)
    assert done.code == 2 and done.stdout == "", done
    [line] = done.stderr.strip().splitlines()
    assert args[0] in line and expected in line, line
    assert len(live_mock.state.journal) == before  # nothing was sent


def test_since_takes_iso_8601_or_an_age_and_status_any_case(mock_env: dict[str, str]) -> None:
    env = dict(os.environ)
    job = ok_json(env, "load", REMOTE_FILE, "--poll-interval", "0.05")["jobId"]
    for since in ("2020-01-01", "2020-01-01T00:00:00Z", "2020-01-01T01:00:00+01:00", "2020-01-01T00:00:00"):
        listed = ok_json(env, "jobs", "list", "--since", since, "--status", "succeeded")
        assert job in {j["jobId"] for j in listed} and {j["status"] for j in listed} == {"Succeeded"}, since
    # The mock's calendar starts in 2026-01 and runs fast, so an age is checked for what it sends, not what it finds.
    for age in ("24h", "7d", "90m", "2w", "30s"):
        assert isinstance(ok_json(env, "jobs", "list", "--since", age), list), age


@pytest.mark.parametrize(("age", "delta"), [("24h", timedelta(hours=24)), ("7d", timedelta(days=7)),
                                            ("90m", timedelta(minutes=90)), ("2w", timedelta(weeks=2))])
def test_an_age_is_sent_as_the_utc_time_that_long_ago(age: str, delta: timedelta) -> None:
    sent = datetime.fromisoformat(_filters.since(age) or "")
    assert sent.tzinfo is not None and abs(datetime.now(UTC) - delta - sent) < timedelta(minutes=5)
    assert _filters.since("2026-01-31T01:00:00+01:00") == "2026-01-31T00:00:00Z"
    assert _filters.status("rolledback") == "RolledBack"


def test_a_bare_command_group_prints_its_help_not_an_error() -> None:
    for args in ([], ["jobs"], ["credentials"]):
        done = visier_dh(dict(os.environ), *args)
        assert done.code == 0 and done.stdout.startswith("Usage: visier-dh") and done.stderr == "", done
        assert "visier-dh: error" not in done.stdout and "see --help" not in done.stdout


def test_usage_errors_point_at_the_commands_own_help() -> None:
    done = visier_dh(dict(os.environ), "jobs", "list", "--nope")
    assert done.code == 2 and done.stderr.strip().endswith("(see visier-dh jobs list --help)"), done


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "visier-dh")
def test_help_reads_as_words_not_python_types(command: list[str]) -> None:
    shown = visier_dh(dict(os.environ), *command, "--help").stdout
    assert not re.search(r"<[a-z ]+>|\{\w+\.*\}|list\[|/ --no-(all|skip|cancel|debug)", shown), shown


def test_every_top_level_option_has_help_and_no_command_shadows_version() -> None:
    shown = " ".join(visier_dh(dict(os.environ), "--help").stdout.split())
    for option in ("--username USER", "--password PASSWORD", "--client-secret SECRET", "--host URL", "--api-key KEY"):
        found = re.search(re.escape(option) + r" (\S+ ){2,}", shown)
        assert found and "[env VISIER_" in shown[found.start() : found.start() + 400], option
    disable = visier_dh(dict(os.environ), "data-versions", "disable", "--help").stdout
    assert "--version" not in disable and "-v" not in disable.split()
    assert visier_dh(dict(os.environ), "--version").stdout.startswith("visier-dh ")


def test_load_waits_by_default_and_neither_the_readme_nor_the_cli_page_says_wait() -> None:
    shown = visier_dh(dict(os.environ), "load", "--help").stdout
    assert "--wait / --no-wait" in shown and "[default: wait]" in shown, shown
    for page in (ROOT / "README.md", ROOT / "docs" / "cli.md"):
        assert not re.search(r"visier-dh (load|extract)[^\n]*--wait\b", page.read_text(encoding="utf-8")), page


def test_shell_completion_completes_commands() -> None:
    env = {**os.environ, "_VISIER_DH_COMPLETE": "complete_bash", "COMP_WORDS": "visier-dh jobs ca", "COMP_CWORD": "2"}
    done = subprocess.run([str(Path(sys.executable).parent / "visier-dh")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.split() == ["cancel"], done
    shown = visier_dh(dict(os.environ), "--show-completion", "bash")
    assert shown.code == 0 and "_VISIER_DH_COMPLETE" in shown.stdout, shown


def test_the_demo_without_the_mock_names_how_to_install_it_from_a_clone(tmp_path: Path) -> None:
    # Hide the mock from the demo's interpreter, as in an install of the SDK alone.
    code = ("import sys, importlib.abc\n"
            "class Hide(importlib.abc.MetaPathFinder):\n"
            "    def find_spec(self, name, *a):\n"
            "        if name == 'visier_mock': raise ImportError(name)\n"
            "sys.meta_path.insert(0, Hide())\n"
            f"sys.argv = ['demo.py']; sys.path.insert(0, {str(ROOT / 'examples')!r})\n"
            "import demo; sys.exit(demo.main())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2 and "pip install ./mock" in done.stderr and "make setup installs it)" not in \
        done.stderr.replace("(make setup installs it into .venv)", ""), done.stderr
