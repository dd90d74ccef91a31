"""The code blocks of the docs pages, as the example tests read them: each fenced block with its language and the
HTML comment just above it, if any (``<!-- not run: why -->``, or ``<!-- output of the block above -->`` on the
output a shell block must print)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# The hand-written pages and the README; docs/reference is generated from the spec (its examples show each method's
# required arguments with placeholder values, and tests/docs/test_reference.py checks them against the surface).
PAGES = [ROOT / "README.md", *sorted(p for p in DOCS.glob("*.md"))]
RUN = {"python": "python", "bash": "bash", "sh": "bash", "shell": "bash"}
_BLOCK = re.compile(r"(?:<!-- (?P<note>[^\n]*?) -->\n)?^```(?P<lang>\w*)[^\n]*\n(?P<code>.*?)^```", re.S | re.M)


class Block(NamedTuple):
    page: str
    line: int
    lang: str  # "python", "bash", or another fence's language ("text", "json", ""): not run
    code: str
    note: str  # the comment above it, or ""

    @property
    def skipped(self) -> bool:
        return self.note.startswith("not run")

    @property
    def is_output(self) -> bool:
        return self.note == "output of the block above"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    name = page.relative_to(ROOT).as_posix()
    return [Block(name, text.count("\n", 0, m.start("code")), RUN.get(m["lang"], m["lang"]), m["code"], m["note"] or "")
            for m in _BLOCK.finditer(text)]
