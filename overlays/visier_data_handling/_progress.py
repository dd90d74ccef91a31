"""A small terminal progress line for job futures: counts by status and a bar. No dependencies.

``ProgressBar`` is a progress callback: ``client.jobs.future(job_id, on_progress=ProgressBar(sys.stderr))``.
On a terminal it redraws one line in place; elsewhere (a pipe, a log file, CI) it writes a line only when the
counts change, so logs stay short.
"""

from __future__ import annotations

import sys
from typing import TextIO

from ._tree import FAILED_STATUSES, TERMINAL_STATUSES

# Statuses first in this order, then any others alphabetically, so the line does not jump around.
_ORDER = ("Succeeded", "Failed", "Error", "RolledBack", "Cancelled", "Cancelling", "Running", "Pending")


def format_counts(counts: dict[str, int]) -> str:
    """``Succeeded 3 · Failed 1 · Running 2`` (zero counts left out)."""
    names = [name for name in _ORDER if counts.get(name)]
    names += sorted(name for name in counts if name not in _ORDER and counts[name])
    return " · ".join(f"{name} {counts[name]}" for name in names)


class ProgressBar:
    """``[#########.........]  3/5 done  Succeeded 2 · Failed 1 · Running 2``, written to ``stream``.

    ``total`` is how many leaf jobs to expect (say, the number of tenants); without it the bar grows with the
    jobs seen so far.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        label: str = "",
        total: int | None = None,
        width: int = 24,
        live: bool | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.total = total
        self.width = width
        isatty = getattr(self.stream, "isatty", None)
        self.live = live if live is not None else bool(isatty and isatty())
        self._last = ""
        self._drawn = False

    def render(self, counts: dict[str, int]) -> str:
        seen = sum(counts.values())
        total = max(self.total or 0, seen)
        finished = sum(n for status, n in counts.items() if status in TERMINAL_STATUSES)
        filled = round(self.width * finished / total) if total else 0
        bar = "#" * filled + "." * (self.width - filled)
        failed = sum(n for status, n in counts.items() if status in FAILED_STATUSES)
        flag = "  (!)" if failed else ""
        prefix = f"{self.label} " if self.label else ""
        return f"{prefix}[{bar}] {finished:>{len(str(total))}}/{total} done  {format_counts(counts)}{flag}"

    def update(self, counts: dict[str, int]) -> None:
        line = self.render(counts)
        if self.live:
            # Pad to wipe a longer previous line; \r returns to the line's start.
            self.stream.write("\r" + line.ljust(len(self._last)))
            self._drawn = True
        elif line != self._last:
            self.stream.write(line + "\n")
        self._last = line
        self.stream.flush()

    __call__ = update

    def close(self) -> None:
        """End the live line (so the next output starts on a fresh line)."""
        if self.live and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False
