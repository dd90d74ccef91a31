"""The distributions: what the wheels and sdist carry, what each install pulls, and that the installed scripts work.

Two distributions are built from this repository: the SDK (``visier-data-handling``, from the root) and the offline
mock (``visier-data-handling-mock``, from ``mock/``). The install tests build each wheel once and install them into
clean virtualenvs, our own packages from the built wheels only (``--find-links``), their dependencies from the
package index (pip's cache makes repeats quick): the core install alone, then with the ``cli`` extra and the mock.
"""

from __future__ import annotations

import email
import json
import os
import re
import subprocess
import sys
import tarfile
import time
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("visier_data_handling", "visier_data_handling_python_sdk", "visier_data_handling_api")
# Distributions the core install must never pull: servers, the CLI stack, YAML.
SERVER_CLI_YAML = {"connexion", "starlette", "uvicorn", "uvloop", "werkzeug", "jsonschema", "pyyaml", "typer",
                   "rich", "click", "python-dateutil", "flask", "httptools", "watchfiles", "websockets"}


def _build(kind: str, out: Path, source: Path = ROOT) -> Path:
    if kind == "wheel":
        cmd = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
               "--wheel-dir", str(out), str(source)]
        subprocess.run(cmd, check=True, capture_output=True)
        (built,) = out.glob("*.whl")
        return built
    script = ("import sys; from setuptools import build_meta as b; "
              "print(b.build_sdist(sys.argv[1]))")
    name = subprocess.run([sys.executable, "-c", script, str(out)], check=True, capture_output=True, text=True,
                          cwd=ROOT).stdout.strip().splitlines()[-1]
    return out / name


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("wheel", tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def mock_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("wheel", tmp_path_factory.mktemp("mock-wheel"), ROOT / "mock")


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def test_the_wheel_carries_every_package_typed_the_spec_the_licence_and_its_script(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert wheel.name.startswith("visier_data_handling-"), wheel.name
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names and f"{package}/py.typed" in names, package
    for expected in ["visier_data_handling/cli/__init__.py", "visier_data_handling_api/openapi.yaml",
                     "visier_data_handling_api/operations.py", "visier_data_handling_api/operation.py"]:
        assert expected in names, expected
    assert any(re.fullmatch(r"visier_data_handling-[^/]+\.dist-info/licenses/LICENSE", n) for n in names), names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "visier-dh = visier_data_handling._scripts:visier_dh" in entry_points
    assert "visier-mock" not in entry_points
    assert not any(n.startswith(("tests/", "generator/", "openapi/", "examples/")) for n in names)


def test_the_sdk_wheel_ships_only_the_sdk_no_mock_and_no_demo(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    assert top == set(PACKAGES), top
    assert not any("visier_mock" in n or n.rsplit("/", 1)[-1].startswith("demo") for n in names), names


def test_the_mock_wheel_carries_the_mock_typed_its_script_and_needs_this_sdk(wheel: Path, mock_wheel: Path) -> None:
    names = zipfile.ZipFile(mock_wheel).namelist()
    assert mock_wheel.name.startswith("visier_data_handling_mock-"), mock_wheel.name
    assert {n.split("/", 1)[0] for n in names if ".dist-info/" not in n} == {"visier_mock"}, names
    for expected in ("__init__.py", "py.typed", "cli.py", "pytest_plugin.py"):
        assert f"visier_mock/{expected}" in names, expected
    assert any(re.fullmatch(r"visier_data_handling_mock-[^/]+\.dist-info/licenses/LICENSE", n) for n in names), names
    entry_points = zipfile.ZipFile(mock_wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "visier-mock = visier_mock.cli:main" in entry_points
    requires = _metadata(mock_wheel).get_all("Requires-Dist") or []
    assert sorted(re.split(r"[ ;<>=!\[]", r)[0].lower() for r in requires if "extra ==" not in r) == [
        "attrs", "connexion", "google-re2", "python-dateutil", "python-gnupg", "python-multipart", "pyyaml",
        "visier-data-handling"]
    assert [r.split(";")[0].strip() for r in requires if 'extra == "tls"' in r] == ["trustme>=1.1"]
    # The mock serves the spec the SDK ships, so it pins the SDK built from the same commit.
    assert f"visier-data-handling=={_metadata(wheel)['Version']}" in requires, requires


def test_core_dependencies_are_only_what_the_client_imports_and_extras_carry_the_rest(wheel: Path) -> None:
    metadata = _metadata(wheel)
    requires = metadata.get_all("Requires-Dist") or []
    core = sorted(re.split(r"[ ;<>=!\[]", r)[0].lower() for r in requires if "extra ==" not in r)
    assert core == ["attrs", "httpx", "sniffio"]
    extras = {e: sorted(re.split(r"[ ;<>=!\[]", r)[0].lower() for r in requires if f'extra == "{e}"' in r)
              for e in ("cli", "aiohttp", "pgp", "otel", "urllib3")}
    assert extras == {"cli": ["rich", "typer"], "aiohttp": ["aiohttp", "httpx-aiohttp"], "pgp": ["python-gnupg"],
                      "otel": ["opentelemetry-api"], "urllib3": ["urllib3"]}
    # No mock extra: the mock is a distribution of its own, on no index, so an extra naming it could not resolve.
    assert set(metadata.get_all("Provides-Extra") or []) == {"cli", "aiohttp", "pgp", "otel", "urllib3", "docs", "dev"}
    dev = [r for r in requires if 'extra == "dev"' in r]
    assert not any("mock" in r or r.lower().startswith(("connexion", "google-re2")) for r in dev), dev
    assert metadata["License-Expression"] == "Apache-2.0"
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers


def test_the_sdist_carries_the_licence_and_the_readme(tmp_path: Path) -> None:
    sdist = _build("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "README.md", "pyproject.toml"} <= names


def test_the_readme_renders_on_a_package_index() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert all(link.startswith(("https://", "http://", "#")) for link in links), links
    first_screen = "\n".join(readme.splitlines()[:30])
    # On no index: the first screen installs from the clone, in a venv (a system pip may be externally managed).
    for needed in ["python3 -m venv ", '/bin/pip install "./[cli,aiohttp,urllib3]"', "/bin/pip install ./mock",
                   "visier-dh ", "visier-mock serve", "make demo", "make test"]:
        assert needed in first_screen, needed
    assert "pip install visier" not in readme and 'pip install "visier' not in readme
    assert "[mock]" not in readme and "visier_data_handling.demo" not in readme


# -- clean installs ----------------------------------------------------------------------------------------------------


def _venv(path: Path) -> Path:
    venv.create(path, with_pip=True, symlinks=True)
    return path / "bin" / "python"


def _pip_install(python: Path, *requirements: str) -> None:
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           *requirements], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def _installed(python: Path) -> set[str]:
    listing = subprocess.run([str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
                             capture_output=True, text=True, check=True).stdout
    return {entry["name"].lower() for entry in json.loads(listing)}


@pytest.fixture
def running_mock() -> Iterator[object]:
    from visier_mock import MockConfig, serve_in_thread

    with serve_in_thread(MockConfig(speed=200.0)) as running:
        yield running


def test_the_core_install_pulls_no_server_cli_or_yaml_and_works(
    wheel: Path, tmp_path: Path, running_mock: object
) -> None:
    python = _venv(tmp_path / "core")
    _pip_install(python, str(wheel))
    installed = _installed(python)
    assert installed & SERVER_CLI_YAML == set()
    assert {"httpx", "attrs", "visier-data-handling"} <= installed
    mock = running_mock
    code = (
        "import sys, visier_data_handling as v\n"
        "c = v.VisierDataHandling(host=sys.argv[1], api_key=sys.argv[2], username=sys.argv[3], password=sys.argv[4])\n"
        "print([t.tenant_code for t in c.data_and_job_handling.latest_enabled_dv(iterator=True)])\n"
        "try:\n"
        "    c.upload(sys.argv[5], encrypt=True)\n"
        "except v.InvalidArgument as e:\n"
        "    print('refused:', e.argument, e)\n"
    )
    (tmp_path / "WFF_j1r_hcm.zip").write_bytes(b"PK")
    args = [mock.url, mock.api_key, mock.username, mock.password, str(tmp_path / "WFF_j1r_hcm.zip")]  # type: ignore[attr-defined]
    done = subprocess.run([str(python), "-c", code, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "WFF_j1r~c7o" in done.stdout, done.stderr
    # Encryption is the pgp extra's: without it, the error names the install line, before anything is sent.
    assert 'refused: encrypt encrypt=True needs the pgp extra: pip install "visier-data-handling[pgp]"' in done.stdout
    # mypy --strict takes the installed packages as typed (py.typed, surface.pyi), the compatibility name included.
    user = tmp_path / "user.py"
    user.write_text(
        "from typing import assert_type\n"
        "from visier_data_handling_python_sdk import VisierDataHandling\n"
        "from visier_data_handling_api.models import DataLoadResponse\n"
        "def use(client: VisierDataHandling) -> None:\n"
        "    assert_type(client.data_and_job_handling.start_load(files=['a.zip']), DataLoadResponse)\n"
    )
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python),
                              "--cache-dir", str(tmp_path / "mypy-cache"), str(user)],
                             capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # visier-dh is installed whatever the extras; without its own it names it in one line. visier-mock is the mock's.
    missing = subprocess.run([str(python.parent / "visier-dh"), "--help"], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1, missing.stderr
    assert 'pip install "visier-data-handling[cli]"' in missing.stderr
    assert not (python.parent / "visier-mock").exists()


def test_with_cli_and_the_mock_wheel_the_readme_commands_work(wheel: Path, mock_wheel: Path, tmp_path: Path) -> None:
    python = _venv(tmp_path / "full")
    # Our own distributions come from the built wheels only: the mock's pin on the SDK resolves through --find-links.
    _pip_install(python, "--find-links", str(wheel.parent), str(mock_wheel), "visier-data-handling[cli]")
    help_ = subprocess.run([str(python.parent / "visier-mock"), "--help"], capture_output=True, text=True, timeout=60)
    assert help_.returncode == 0 and "serve" in help_.stdout, help_.stdout + help_.stderr
    port = _free_port()
    server = subprocess.Popen([str(python.parent / "visier-mock"), "serve", "--port", str(port), "--speed", "200"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(port)
        (tmp_path / "some.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 4096)
        env = {**os.environ, "VISIER_HOST": f"http://127.0.0.1:{port}", "VISIER_APIKEY": "mock-api-key",
               "VISIER_USERNAME": "mock-user", "VISIER_PASSWORD": "mock-password"}
        done = subprocess.run([str(python.parent / "visier-dh"), "load", "./some.zip", "--wait", "--output", "json"],
                              capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["outcome"] == "succeeded" and len(result["tenants"]) == 5


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int) -> None:
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("visier-mock serve did not start")


def test_every_copy_of_the_sdk_version_agrees() -> None:
    """The version is written in pyproject.toml; the package, its User-Agent and the distributions that pin the
    SDK (the mock, the Airflow provider) must say the same, or a bump leaves one behind."""
    import tomllib

    from visier_data_handling import __version__
    from visier_data_handling._config import USER_AGENT

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert __version__ == version and USER_AGENT.endswith("/" + version)
    for pinned in ("mock/pyproject.toml", "providers/airflow/pyproject.toml"):
        dependencies = tomllib.loads((ROOT / pinned).read_text(encoding="utf-8"))["project"]["dependencies"]
        assert f"visier-data-handling=={version}" in dependencies, pinned
