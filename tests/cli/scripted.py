"""Running the installed ``visier-dh`` as a script would: a subprocess, its exit code, its stdout and stderr; and the
same in a terminal (a pseudo-terminal of a given width) for what people see."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

SCRIPT = Path(sys.executable).parent / "visier-dh"
REMOTE_FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"  # on the mock's SFTP server from the start
TENANT = "WFF_j1r~c7o"
FAST = ("--poll-interval", "0.05")


class Outcome:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def json(self) -> Any:
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return f"exit {self.code}\nstdout: {self.stdout}\nstderr: {self.stderr}"


def visier_dh(env: dict[str, str], *args: str, stdin: str | None = None, timeout: float = 120) -> Outcome:
    """The console script with stdout and stderr piped."""
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout, env=env,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL)
    return Outcome(done.returncode, done.stdout, done.stderr)


def ok_json(env: dict[str, str], *args: str) -> Any:
    outcome = visier_dh(env, *args, "-o", "json")
    assert outcome.code == 0 and "Traceback" not in outcome.stderr, outcome
    return outcome.json()


def in_terminal(env: dict[str, str], *args: str, columns: int = 80) -> Outcome:
    """The console script with stdout on a terminal ``columns`` wide (stderr piped)."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    process = subprocess.Popen([str(SCRIPT), *args], stdout=terminal, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env={**env, "COLUMNS": str(columns), "TERM": "dumb"})
    os.close(terminal)
    screen = read_until_closed(controller)
    os.close(controller)
    assert process.stderr is not None
    stderr = process.stderr.read().decode(errors="replace")
    process.wait(timeout=60)
    return Outcome(process.returncode, screen.decode(errors="replace").replace("\r\n", "\n"), stderr)


def read_until_closed(controller: int, idle: float = 60) -> bytes:
    """Everything written to a pseudo-terminal until its last writer closes it (or nothing came for ``idle`` s)."""
    screen = b""
    while True:
        ready, _, _ = select.select([controller], [], [], idle)
        if not ready:
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        screen += chunk
    return screen


# Makes the pseudo-terminal on stdin the process's controlling terminal (it runs in a session of its own), so that
# Ctrl-C typed into the terminal reaches it as a shell would deliver it; then becomes visier-dh.
_WITH_TERMINAL = ("import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
                  "os.execv(sys.argv[1], sys.argv[1:])")


class Terminal:
    """visier-dh running in a pseudo-terminal: what it wrote so far, and keys typed into it."""

    def __init__(self, env: dict[str, str], *args: str, columns: int = 100) -> None:
        self.controller, terminal = pty.openpty()
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WITH_TERMINAL, str(SCRIPT), *args], stdin=terminal, stdout=terminal,
            stderr=terminal, start_new_session=True, env={**env, "TERM": "xterm-256color", "COLUMNS": str(columns)},
        )
        os.close(terminal)
        self.screen = b""

    def wait_for(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while text.encode() not in self.screen:
            ready, _, _ = select.select([self.controller], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"{text!r} not seen within {seconds} s: {self.screen[-2000:]!r}"
            self.screen += os.read(self.controller, 65536)

    def type(self, keys: bytes) -> None:
        os.write(self.controller, keys)

    def wait_for_no_echo(self, seconds: float = 30) -> None:
        """Until the program has turned echo off (a password prompt is ready for its input)."""
        deadline = time.monotonic() + seconds
        while termios.tcgetattr(self.controller)[3] & termios.ECHO:
            assert time.monotonic() < deadline, "echo stayed on"
            time.sleep(0.01)

    def finish(self, seconds: float = 60) -> int:
        self.screen += read_until_closed(self.controller, seconds)
        os.close(self.controller)
        return self.process.wait(timeout=seconds)

    @property
    def text(self) -> str:
        """What it wrote, without colours and cursor controls."""
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.screen.decode(errors="replace"))
