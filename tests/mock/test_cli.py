"""`visier-mock` as its users run it (issue 22): the installed script, a port in use, its version, its settings as
shell lines, and help that names every option's default."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

BIN = Path(sys.executable).parent
MOCK = BIN / "visier-mock"
ROOT = Path(__file__).resolve().parents[2]


def test_a_port_in_use_is_one_error_line_and_no_settings() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([str(MOCK), "serve", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == "", done
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"visier-mock: error: cannot listen on 127.0.0.1:{port}") and "in use" in line, line


def test_version() -> None:
    done = subprocess.run([str(MOCK), "--version"], capture_output=True, text=True, timeout=60)
    wanted = re.search(r'^version = "([^"]+)"', (ROOT / "mock" / "pyproject.toml").read_text(), re.M)
    assert wanted and done.returncode == 0 and done.stdout.strip() == f"visier-mock {wanted.group(1)}", done


def test_help_names_each_option_and_its_default() -> None:
    shown = " ".join(subprocess.run([str(MOCK), "serve", "--help"], capture_output=True, text=True,
                                    timeout=60).stdout.split())
    for expected in ("--host HOST address to listen on (default: 127.0.0.1)",
                     "--port PORT port to listen on (0: any free port) (default: 8080)",
                     "--api-key API_KEY the API key it accepts (default: mock-api-key)"):
        assert expected in shown, expected


def test_the_settings_are_export_lines_a_shell_can_eval(tmp_path: Path) -> None:
    server = subprocess.Popen([str(MOCK), "serve", "--port", "0", "--speed", "200"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(8)]
        exports = [line for line in lines if line.startswith("export VISIER_")]
        assert len(exports) == 6 and lines[0].startswith("visier-mock serving on http://127.0.0.1:"), lines
        script = "".join(exports) + f"exec {BIN / 'visier-dh'} auth check -o json\n"
        env = {k: v for k, v in os.environ.items() if not k.startswith("VISIER_")}
        done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, env=env)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert done.returncode == 0 and '"signedIn": true' in done.stdout, done


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path: gpg-agent's sockets live in the keyring, and a socket's path is short."""
    folder = Path(tempfile.mkdtemp(prefix="vdh-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_terminated_mock_stops_its_keyring_and_removes_it(short_tmp: Path) -> None:
    """SIGTERM (`kill`, a supervisor's stop) ends the mock through Python, so its PGP keyring's gpg-agent is stopped
    and the keyring removed, as when it ends any other way."""
    tmp_path = short_tmp
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # the mock's keyring is made here
    server = subprocess.Popen([str(MOCK), "serve", "--port", "0", "--speed", "200"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split()[-1]
        token = httpx.post(f"{url}/v1/admin/visierSecureToken", data={"username": "mock-user",
                                                                      "password": "mock-password"}, timeout=30).text
        made = httpx.post(f"{url}/v1/api/pgp-keys", json={}, timeout=30,
                          headers={"apikey": "mock-api-key", "Cookie": f"VisierASIDToken={token}"})
        assert made.status_code == 200, made.text
        [keyring] = tmp_path.glob("visier-mock-pgp-*")
        assert any(keyring.glob("private-keys-v1.d/*"))  # a key pair, hence an agent to stop
    finally:
        server.terminate()
        code = server.wait(timeout=30)
    assert code == 128 + signal.SIGTERM, server.stderr.read() if server.stderr else code
    assert not keyring.exists()
