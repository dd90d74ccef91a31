"""Live progress on stderr: a rich bar redrawn in place on a terminal, plain lines on change elsewhere.

``JobProgress`` is a job future's progress callback (it receives counts by status); ``UploadProgressView`` is an
upload's (it receives :class:`UploadProgress`). When stderr is not a terminal (a pipe, a log file, CI) they write
a line only when something changes -- for uploads, every 10% -- so logs stay short.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TransferSpeedColumn,
)

from .. import UploadProgress

# Statuses first in this order, then any others alphabetically, so the line does not jump around.
_ORDER = ("Succeeded", "Failed", "Error", "RolledBack", "Cancelled", "Cancelling", "Running", "Pending")
_TERMINAL = frozenset({"Succeeded", "Failed", "Error", "RolledBack", "Cancelled"})
_FAILED = frozenset({"Failed", "Error", "RolledBack"})


def format_counts(counts: dict[str, int]) -> str:
    """``Succeeded 3 · Failed 1 · Running 2`` (zero counts left out)."""
    names = [name for name in _ORDER if counts.get(name)]
    names += sorted(name for name in counts if name not in _ORDER and counts[name])
    return " · ".join(f"{name} {counts[name]}" for name in names)


class _View:
    def __init__(self, console: Console, progress: Progress) -> None:
        self.console = console
        self.live = console.is_terminal
        self.progress = progress
        self._last = ""

    def _plain(self, line: str) -> None:
        if line != self._last:
            self.console.print(line, highlight=False, markup=False, soft_wrap=True)
            self._last = line

    def __enter__(self) -> Self:
        if self.live:
            self.progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.live:
            self.progress.stop()


class JobProgress(_View):
    """``jobs ━━━━━━━━━━╸━━━━━ 3/5 done  Succeeded 2 · Failed 1 · Running 2``; a job future's progress callback."""

    def __init__(self, console: Console, label: str = "jobs", total: int | None = None) -> None:
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("done  {task.fields[counts]}"),
            console=console,
        )
        super().__init__(console, progress)
        self.label, self.total = label, total
        self.task: TaskID = progress.add_task(label, total=total, counts="")

    def __call__(self, counts: dict[str, int]) -> None:
        seen = sum(counts.values())
        total = max(self.total or 0, seen)
        finished = sum(n for status, n in counts.items() if status in _TERMINAL)
        text = format_counts(counts) + ("  (!)" if any(counts.get(s) for s in _FAILED) else "")
        if self.live:
            self.progress.update(self.task, completed=finished, total=total, counts=text)
        else:
            self._plain(f"{self.label} {finished}/{total} done  {text}")


class UploadProgressView(_View):
    """Bytes sent per file, with the transfer speed; an upload's progress callback."""

    def __init__(self, console: Console) -> None:
        progress = Progress(
            TextColumn("upload {task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=console,
        )
        super().__init__(console, progress)
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, update: UploadProgress) -> None:
        if self.live:
            task = self.tasks.get(update.filename)
            if task is None:
                task = self.tasks[update.filename] = self.progress.add_task(update.filename, total=update.total)
            self.progress.update(task, completed=update.sent)
        else:
            percent = 100 if not update.total else update.sent * 100 // update.total
            self._plain(f"upload {update.filename} {percent // 10 * 10}% of {update.total} bytes")
