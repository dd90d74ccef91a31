"""The install lines, run as written in a clean copy of the clone (issue 22): the README's first screen (a venv,
the SDK with the cli extra and the mock from the clone, the mock served, a load), then the wheels built from it and
installed by path into a second venv as docs/getting-started.md says, and the command visier-dh names when its
extra is missing.

One test, because building wheels is the slow part (pip's cache keeps the dependencies local after a first run);
it prints how long it took (pytest -s, or the junit property ``seconds``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Where the README's other set-up lines and its typed snippet moved to.
GETTING_STARTED = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
VERSION = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
# The mock is a distribution of its own, with a version of its own.
MOCK_VERSION = re.search(r'^version = "([^"]+)"', (ROOT / "mock" / "pyproject.toml").read_text(encoding="utf-8"),
                         re.M).group(1)


def _block(after: str, text: str = README) -> str:
    found = re.search(re.escape(after) + r".*?```bash\n(.*?)```", text, re.S)
    assert found, after
    return found.group(1)


def _clone(target: Path) -> Path:
    """The repository's files as a clone has them (tracked and new, not ignored), without any build output."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The mock the script starts in the background is stopped even when a line fails.
    guarded = "set -e\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n" + script
    return subprocess.run(["bash", "-c", guarded], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def newest_python() -> tuple[tuple[int, int], str]:
    """The newest Python on this machine (pyenv's versions, python3.N on PATH): its version and its path."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = [str(p) for p in root.glob("versions/3.*/bin/python3")]
    candidates += [found for n in range(11, 30) if (found := shutil.which(f"python3.{n}"))]
    versions = []
    for candidate in candidates:
        ran = subprocess.run([candidate, "-c", "import sys; print(*sys.version_info[:2])"], capture_output=True,
                             text=True, timeout=60)
        if ran.returncode == 0:  # a pyenv shim of a version not selected fails: skip it
            major, minor = map(int, ran.stdout.split())
            versions.append(((major, minor), candidate))
    return max(versions, default=((sys.version_info.major, sys.version_info.minor), sys.executable))


def _mypy_by_line(output: str) -> dict[int, list[str]]:
    """mypy's messages by line, with module paths cut from type names (``a.b.LoadResult`` is ``LoadResult``)."""
    said: dict[int, list[str]] = {}
    for found in re.finditer(r"^[^:]+:(\d+): (?:note|error): (.*?)(?:  \[[\w-]+\])?$", output, re.M):
        said.setdefault(int(found.group(1)), []).append(re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", found.group(2)))
    return said


def _smoke_on_the_newest_python(clone: Path, env: dict[str, str], where: Path) -> None:
    """CI's own Python is 3.11; users run newer ones. On the newest here: the wheels installed, the README's
    first-screen load against the mock, and the README's typed snippet under mypy --strict."""
    started = time.monotonic()
    version, python = newest_python()
    assert version >= (3, 12), f"no Python newer than 3.11 on this machine for the smoke: {python}"
    subprocess.run([python, "-m", "venv", str(where)], check=True, timeout=300)
    bin_ = where / "bin"
    wheels = [str(next((clone / "dist").glob(f"{name}-*.whl"))) for name in ("visier_data_handling",
                                                                               "visier_data_handling_mock")]
    subprocess.run([str(bin_ / "pip"), "install", "--quiet", f"{wheels[0]}[cli]", wheels[1], "mypy"],
                   check=True, timeout=900, env=env)
    first = _block("**Use it**")
    load = next(line for line in first.splitlines() if "visier-dh load" in line).split("#")[0]
    script = "\n".join([
        f"{bin_}/visier-mock serve --port {_free_port()} > mock.out &",
        "until grep -q '^export VISIER_PASSWORD' mock.out; do sleep 0.1; done",  # it prints its settings once up
        "eval \"$(grep '^export ' mock.out)\"",
        load.replace(".venv-use/bin/", f"{bin_}/"),
    ])
    loaded = _bash(script, where, env)
    assert re.search(r"job \S+: 5 of 5 tenant\(s\) succeeded", loaded.stdout), loaded.stdout + loaded.stderr
    typed_snippet = re.search(r"## Typed\n.*?```python\n(.*?)```", GETTING_STARTED, re.S)
    assert typed_snippet, "the typed snippet of docs/getting-started.md"
    header = ("from visier_data_handling import VisierDataHandling\n\n\n"
              "async def snippet(client: VisierDataHandling) -> None:\n")
    (where / "typed.py").write_text(header + textwrap.indent(typed_snippet.group(1), "    "), encoding="utf-8")
    typed = subprocess.run([str(bin_ / "mypy"), "--strict", "typed.py"], cwd=where, capture_output=True,
                           text=True, timeout=600, env=env)
    said = _mypy_by_line(typed.stdout)
    lines = (where / "typed.py").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if "reveal_type(" in line:  # the comment is the type mypy must reveal
            assert said.get(number) == [f"Revealed type is \"{line.split('# ')[-1].strip()}\""], (line, typed.stdout)
        elif line.strip().startswith("# error: "):  # the error the line above must get, as the page quotes it
            quoted = line.strip().removeprefix("# error: ").split("...")[0]
            assert any(m.startswith(quoted) for m in said.get(number - 1, [])), (line, typed.stdout)
    print(f"smoke on Python {version[0]}.{version[1]} ({python}): {time.monotonic() - started:.0f} s")


def test_the_readme_install_lines_work_from_a_clean_clone(
    tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    started = time.monotonic()
    clone = _clone(tmp_path / "clone")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VISIER_", "PYTHONPATH", "VIRTUAL_ENV"))}
    # The venvs come from this interpreter (python3 on PATH may be older than 3.11); the port is a free one.
    python = f"{sys.executable} -m venv"
    first = _block("**Use it**").replace("python3 -m venv", python).replace("8080", str(_free_port()))
    used = _bash(first, clone, env)
    assert used.returncode == 0, used.stdout[-3000:] + used.stderr[-3000:]
    assert "visier-mock serving on" in used.stdout and "WFF_j1r~c7o" in used.stdout
    assert re.search(r"job \S+: 5 of 5 tenant\(s\) succeeded", used.stdout), used.stdout

    elsewhere = _block("## Install it elsewhere", GETTING_STARTED).replace("python3 -m venv", python)
    installed = _bash(elsewhere, clone, env)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    bin_ = clone / ".venv-dh" / "bin"
    for script, expected in (("visier-dh", VERSION), ("visier-mock", MOCK_VERSION)):
        version = subprocess.run([str(bin_ / script), "--version"], capture_output=True, text=True, timeout=60)
        assert version.returncode == 0 and version.stdout.strip() == f"{script} {expected}", version

    _smoke_on_the_newest_python(clone, env, tmp_path / "newest")

    # The SDK's wheel alone: visier-dh names its extra and the command that installs it, which works as printed.
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "core")], check=True, timeout=300)
    core = tmp_path / "core" / "bin"
    [wheel] = (clone / "dist").glob("visier_data_handling-*.whl")
    subprocess.run([str(core / "pip"), "install", "--quiet", str(wheel)], check=True, timeout=600, env=env)
    missing = subprocess.run([str(core / "visier-dh"), "--version"], capture_output=True, text=True, timeout=60)
    command = missing.stderr.strip().rsplit(": ", 1)[-1]
    assert missing.returncode == 2 and command.startswith("pip install "), missing.stderr
    fixed = _bash(f"{core}/{command}", clone, env)
    assert fixed.returncode == 0, fixed.stderr[-3000:]
    assert subprocess.run([str(core / "visier-dh"), "--version"], capture_output=True, timeout=60).returncode == 0

    seconds = time.monotonic() - started
    record_property("seconds", round(seconds, 1))
    print(f"README install lines: {seconds:.0f} s")


def test_every_venv_the_readme_and_the_getting_started_page_create_is_ignored_by_git() -> None:
    made = set(re.findall(r"-m venv (\S+)", README + GETTING_STARTED))
    ignored = set((ROOT / ".gitignore").read_text(encoding="utf-8").split())
    assert made and {f"{name}/" for name in made} <= ignored, made - {i.rstrip("/") for i in ignored}
