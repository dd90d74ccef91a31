"""The README is short and points to the docs: under 150 lines, its first screen the set-up lines, and every docs
page it names exists and is in the site's navigation."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_is_short_and_points_to_the_site() -> None:
    assert len(README.splitlines()) < 150
    assert "make docs-serve" in README and "http://127.0.0.1:8000/" in README
    first_screen = "\n".join(README.splitlines()[:35])
    for needed in ("pip install", "visier-dh load", "make demo", "make test"):
        assert needed in first_screen, needed


def test_every_page_the_readme_names_is_in_the_site() -> None:
    named = set(re.findall(r"`docs/([\w-]+\.md)`", README))
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    in_nav = set(re.findall(r"[\w/-]+\.md", str(config["nav"])))
    assert len(named) >= 12 and named <= in_nav, named - in_nav
    assert all((ROOT / "docs" / name).is_file() for name in named)
