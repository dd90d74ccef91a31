"""generated/ is exactly what the spec and the generator produce; a hand edit is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "visier_data_handling_api"


def _check(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--check", "--target", str(target)],
        capture_output=True,
        text=True,
    )


def test_hand_edit_in_generated_code_fails_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "visier_data_handling_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    untouched = _check(copy)
    assert untouched.returncode == 0, untouched.stderr

    module = copy / "api" / "data_and_job_handling" / "start_load.py"
    module.write_text(module.read_text() + "\n# a hand edit\n")
    edited = _check(copy)
    assert edited.returncode == 1
    assert "start_load.py" in edited.stderr


def test_extra_or_missing_files_fail_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "visier_data_handling_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "models" / "status.py").unlink()
    (copy / "hand_written.py").write_text("x = 1\n")
    result = _check(copy)
    assert result.returncode == 1
    assert "status.py" in result.stderr and "hand_written.py" in result.stderr


def test_operations_table_matches_the_spec() -> None:
    from visier_data_handling_api.operations import OPERATIONS

    from ._spec import operations

    assert len(OPERATIONS) == len(operations())
    by_id = {entry["operation_id"]: entry for entry in OPERATIONS.values()}
    for method, path, op in operations():
        entry = by_id[op["operationId"]]
        assert (entry["method"], entry["path"]) == (method, path)
        assert entry["pagination"] == op.get("x-pagination")


def test_a_models_repr_shows_an_unset_field_as_unset() -> None:
    from visier_data_handling_api.models import DataLoadRequestModel

    text = repr(DataLoadRequestModel(files=["a.zip"]))
    assert "skip_data_load=UNSET" in text and " object at 0x" not in text
