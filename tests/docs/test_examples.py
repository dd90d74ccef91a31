"""Every Python and shell example in the README and the docs pages runs as written against the mock: a page's Python
blocks in order in one namespace, its shell blocks in bash, both in a folder holding the files the examples name. A
shell block followed by an ``output of the block above`` block must print that output (job IDs aside). A block that
cannot run here says why in a ``not run`` comment, and names what runs it instead."""

from __future__ import annotations

import functools
import inspect
import io
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from visier_data_handling._jobs import namespace
from visier_mock import MockConfig
from visier_mock._intake_fixtures import LOAD_SCHEMAS

from .examples import PAGES, ROOT, Block, blocks

UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
RUNNABLE = [p for p in PAGES if any(b.lang in ("python", "bash") and not b.skipped for b in blocks(p))]


@pytest.fixture
def mock_config() -> MockConfig:
    # Jobs run 50 times faster than real time: a load's whole tree is done within the SDK's first status check.
    return MockConfig(speed=50.0)


def _csv(object_name: str) -> str:
    columns = LOAD_SCHEMAS[object_name]
    row = ["2026-01-01" if "Date" in c["name"] else f"v{i}" if c["isMandatory"] else "" for i, c in enumerate(columns)]
    return ",".join(c["name"] for c in columns) + "\n" + ",".join(row) + "\n"


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _workdir(folder: Path) -> Path:
    """The files the examples name: data files to upload and load, and valid intake and transfer files."""
    files: dict[str, str | bytes] = {
        "hcm.zip": _zip({"hcm.csv": "EmployeeID\nE1\n"}),
        "hcm_20260101.zip": _zip({"hcm.csv": "EmployeeID\nE1\n"}),
        "payroll.csv": "EmployeeID,Pay\nE1,100\n",
        "employee.csv": _csv("Employee"),
        "requisitions.zip": _zip({"requisitions.csv": _csv("Requisition")}),
        "Employee_2026.csv": "EmployeeID,FirstName,LastName,StartDate\nE3,Ada,Lovelace,2026-03-01\n",
    }
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def environment(mock_server: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, str]]:
    settings = {"VISIER_HOST": mock_server.url, "VISIER_APIKEY": mock_server.api_key,
                "VISIER_USERNAME": mock_server.username, "VISIER_PASSWORD": mock_server.password}
    for name in [n for n in os.environ if n.startswith("VISIER_")]:
        monkeypatch.delenv(name)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(_workdir(tmp_path))
    # The SDK's futures check every 50 ms instead of from 1 s, so waits in the examples end soon after the jobs.
    monkeypatch.setattr(namespace, "PollSchedule", functools.partial(namespace.PollSchedule, initial=0.05,
                                                                     maximum=0.2))
    yield {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "COLUMNS": "200"}


def _run_shell(block: Block, env: dict[str, str]) -> str:
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block.code], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"{block.page}:{block.line}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _call_tests(namespace_: dict[str, Any], mock_server: Any) -> None:
    """A block that shows a pytest test (the mock's plugin) runs its tests with this test's mock_server."""
    for name, value in list(namespace_.items()):
        if name.startswith("test_") and inspect.isfunction(value):
            value(mock_server)


@pytest.mark.parametrize("page", RUNNABLE, ids=[p.relative_to(ROOT).as_posix() for p in RUNNABLE])
def test_every_example_of_the_page_runs_against_the_mock(page: Path, environment: dict[str, str],
                                                          mock_server: Any) -> None:
    namespace_: dict[str, Any] = {"__name__": "docs_example"}
    shell_output = None
    ran = 0
    for block in blocks(page):
        if block.is_output:
            assert shell_output is not None, f"{block.page}:{block.line}: no shell block above the output"
            assert UUID.sub("ID", shell_output) == UUID.sub("ID", block.code), f"{block.page}:{block.line}"
        if block.skipped or block.lang not in ("python", "bash"):
            continue
        if block.lang == "python":
            exec(compile(block.code, f"{block.page}:{block.line}", "exec"), namespace_)
            _call_tests(namespace_, mock_server)
        else:
            shell_output = _run_shell(block, environment)
        ran += 1
    assert ran > 0


def test_only_blocks_that_cannot_run_here_are_left_out_and_each_says_what_runs_it() -> None:
    skipped = [b for page in PAGES for b in blocks(page) if b.skipped]
    # Each names the test or make target that runs it (or what it needs that the tests cannot give).
    assert all(re.search(r"tests/|make |needs ", b.note) for b in skipped), [b.note for b in skipped if b]
    assert len(skipped) == 13, [f"{b.page}:{b.line}" for b in skipped]
    unknown = {b.lang for page in PAGES for b in blocks(page)} - {"python", "bash", "text", "json", ""}
    assert unknown == set(), unknown
