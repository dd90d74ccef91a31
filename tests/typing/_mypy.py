"""mypy --strict on a user's file, in a process of its own: the test process keeps neither mypy's heap (which skews
the memory tests that may run after it) nor a changed MYPYPATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def strict(files: list[Path], *, path: list[Path], cache: Path, flags: tuple[str, ...] = ()) -> tuple[int, str]:
    """mypy's exit status and its output for ``files``, with ``path`` as MYPYPATH."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p) for p in path)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "", "--cache-dir", str(cache),
         "--no-error-summary", *flags, *(str(f) for f in files)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    return result.returncode, result.stdout + result.stderr
