"""One wheel carries the generated client, the SDK, the compatibility name and the mock."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_every_package_the_spec_and_the_console_script(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("visier_data_handling-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in [
        "visier_data_handling/__init__.py",
        "visier_data_handling_python_sdk/__init__.py",
        "visier_mock/__init__.py",
        "visier_data_handling_api/client.py",
        "visier_data_handling_api/openapi.yaml",
        "visier_data_handling_api/operations.py",
        "visier_data_handling_api/py.typed",
        "visier_data_handling/py.typed",
    ]:
        assert expected in names, expected
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "visier-mock = visier_mock.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    assert not any(n.startswith(("tests/", "generator/", "openapi/")) for n in names)
