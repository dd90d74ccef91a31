"""`make spec-history`: spec-diff on each consecutive pair of a folder of Visier's versions and spec-update on each,
in a scratch copy, a line per pair and the counts; the repository is never written."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from releasing.spec_history import main

from ._specs import HISTORY, ROOT

LINE = re.compile(r"(\S+) -> (\S+)  (breaking|minor|patch|none) \(upstream: (breaking|minor|patch|none)\)  "
                  r"\d+\.\d\d s")
VERSIONS = ["data-in-2b3e371-before", "data-in-2b3e371-after", "data-in-1a681e5-before", "data-in-1a681e5-after"]


def _folder(tmp_path: Path) -> Path:
    """Four of Visier's versions, named so that by name they sort oldest first."""
    folder = tmp_path / "versions"
    folder.mkdir()
    for index, name in enumerate(VERSIONS):
        shutil.copyfile(HISTORY / f"{name}.yaml", folder / f"{index + 1:03d}-{name}.yaml")
    return folder


def _store_digest() -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted((ROOT / "openapi").rglob("*")) if p.is_file())
                          ).hexdigest()


def test_a_history_run_prints_a_line_per_pair_and_the_counts(tmp_path: Path) -> None:
    before = _store_digest()
    result = subprocess.run(["make", "--no-print-directory", "spec-history", f"DIR={_folder(tmp_path)}"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    *lines, last = result.stdout.rstrip("\n").split("\n")
    found = [LINE.fullmatch(line) for line in lines]
    assert all(found), lines
    assert [(m[1][4:], m[2][4:], m[3], m[4]) for m in found if m] == [
        ("data-in-2b3e371-before", "data-in-2b3e371-after", "none", "breaking"),  # Status.errorCode -> code
        ("data-in-2b3e371-after", "data-in-1a681e5-before", "none", "breaking"),  # a year of Visier's changes
        ("data-in-1a681e5-before", "data-in-1a681e5-after", "none", "breaking"),  # the job-status answer
    ]
    assert last == "spec-history: 3 pairs, 0 crashed, 0 breaking, 0 minor, 0 patch, 3 none"
    assert _store_digest() == before  # spec-update stored into a scratch copy


def test_a_given_order_wins_and_a_file_that_fails_is_a_crashed_pair(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    (folder / "000-garbage.yaml").write_text("paths: [not, a, mapping\n", encoding="utf-8")
    order = tmp_path / "order.txt"
    order.write_text("003-data-in-1a681e5-before.yaml\n004-data-in-1a681e5-after.yaml\n000-garbage.yaml\n",
                     encoding="utf-8")
    assert main([str(folder), "--order", str(order)]) == 1
    lines = capsys.readouterr().out.rstrip("\n").split("\n")
    assert lines[0].startswith("003-data-in-1a681e5-before -> 004-data-in-1a681e5-after  none (upstream: breaking)")
    assert lines[1].startswith("004-data-in-1a681e5-after -> 000-garbage  crashed: spec-diff exit 2: spec-diff: "
                               "failed: ")
    assert lines[2] == "spec-history: 2 pairs, 1 crashed, 0 breaking, 0 minor, 0 patch, 1 none"


def test_the_readme_shows_the_history_run_and_the_summary_of_the_table_in_releasing() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Regenerating the client", 1)[1].split("\n## ", 1)[0]
    assert "make spec-history DIR=" in section and "make spec-update UPSTREAM=" in section
    table = (ROOT / "docs" / "releasing.md").read_text(encoding="utf-8")
    run_summary = re.findall(r"^spec-history: \d+ pairs, .*$", table, flags=re.MULTILINE)
    assert len(run_summary) == 1 and run_summary[0].startswith("spec-history: 154 pairs, 0 crashed")  # all 155 versions
    assert f"`{run_summary[0]}`" in " ".join(section.split())
