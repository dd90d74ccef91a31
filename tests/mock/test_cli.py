"""`visier-mock` as its users run it (issue 22): the installed script, a port in use, its version, its settings as
shell lines, and help that names every option's default."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

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
