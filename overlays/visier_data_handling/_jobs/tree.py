"""Job trees: a job and every job it spawned, with statuses, messages and the data versions produced.

A load makes ``receiving -> per-tenant receiving -> processing``; an extraction makes
``dispatching -> extraction -> receiving -> processing`` (an ad hoc processing run: ``dispatching -> processing``).
The service reports these through separate list operations; :mod:`._jobs` stitches them into one tree.

Status words are the service's own strings. How they are read (documented once, here):

* terminal: Succeeded, Failed, Error, Cancelled, RolledBack;
* failed: Failed, Error, RolledBack; cancelled: Cancelled (Cancelling is still running);
* Pending, Running, Rescheduling, Rescheduled, Cancelling -- and any word the service adds later, or an empty one --
  are "not finished": a rescheduled job runs again, and an unknown word must never crash a wait, so we keep polling.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterator

import attrs

SUCCEEDED = "Succeeded"
CANCELLED = "Cancelled"
CANCELLING = "Cancelling"  # asked to stop, not stopped yet: asking again is refused
FAILED_STATUSES = frozenset({"Failed", "Error", "RolledBack"})
TERMINAL_STATUSES = frozenset({SUCCEEDED, CANCELLED, *FAILED_STATUSES})


def is_terminal(status: str | None) -> bool:
    return status in TERMINAL_STATUSES


def is_failed(status: str | None) -> bool:
    return status in FAILED_STATUSES


def is_cancelled(status: str | None) -> bool:
    return status == CANCELLED


class JobKind(enum.StrEnum):
    """The four kinds of job the service reports on, and OTHER for a job type we do not know.

    An OTHER job is followed through the generic job-status operation (jobIdStatus), without children.
    """

    DISPATCHING = "dispatching"
    EXTRACTION = "extraction"
    RECEIVING = "receiving"
    PROCESSING = "processing"
    OTHER = "other"


@attrs.define(kw_only=True)
class JobNode:
    """One job in a tree. ``status`` is None when the service has not said yet."""

    kind: JobKind
    job_id: str
    tenant_code: str | None = None
    status: str | None = None
    stage: str | None = None  # extraction jobs: the current stage
    message: str | None = None  # why it failed, when the service says
    data_version: str | None = None  # processing jobs: the data version produced
    children: list[JobNode] = attrs.field(factory=list)
    # True while the service has not yet created the jobs this one is expected to spawn (see JobTree.settled).
    awaiting_children: bool = False

    @property
    def terminal(self) -> bool:
        return is_terminal(self.status)

    @property
    def failed(self) -> bool:
        return is_failed(self.status)

    @property
    def cancelled(self) -> bool:
        return is_cancelled(self.status)

    def walk(self) -> Iterator[JobNode]:
        """This node, then its descendants, depth first (iterative: trees of thousands of tenants are fine)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def leaves(self) -> Iterator[JobNode]:
        return (node for node in self.walk() if not node.children)

    def describe(self) -> str:
        """One line: kind, tenant, short ID, status, stage, data version, message."""
        parts = [self.kind.value]
        if self.tenant_code:
            parts.append(self.tenant_code)
        parts.append(self.job_id)
        parts.append(self.status or "(no status yet)")
        if self.stage:
            parts.append(f"[{self.stage}]")
        if self.data_version:
            parts.append(f"data version {self.data_version}")
        line = " ".join(parts)
        return f"{line}: {self.message}" if self.message else line


@attrs.define
class JobTree:
    """A job and its descendants, as one snapshot of what the service reported."""

    root: JobNode

    @property
    def job_id(self) -> str:
        return self.root.job_id

    @property
    def status(self) -> str | None:
        return self.root.status

    def walk(self) -> Iterator[JobNode]:
        return self.root.walk()

    def leaves(self) -> Iterator[JobNode]:
        return self.root.leaves()

    def find(self, job_id: str) -> JobNode | None:
        return next((node for node in self.walk() if node.job_id == job_id), None)

    def failed(self) -> list[JobNode]:
        """Every failed or cancelled job below the root, and the root itself if it failed.

        A parent can report Succeeded while a tenant's job under it failed; callers must look here, not only at
        the root's status.
        """
        return [node for node in self.walk() if node.failed or (node.cancelled and node is not self.root)]

    def data_versions(self) -> dict[str, list[str]]:
        """The data versions the tree's processing jobs produced, by tenant (in tree order)."""
        versions: dict[str, list[str]] = {}
        for node in self.walk():
            if node.kind is JobKind.PROCESSING and node.data_version:
                versions.setdefault(node.tenant_code or "", []).append(node.data_version)
        return versions

    def tenants(self) -> list[str]:
        """The tenants that appear in the tree, in tree order, without duplicates."""
        return list(dict.fromkeys(node.tenant_code for node in self.walk() if node.tenant_code))

    def counts(self) -> dict[str, int]:
        """How many leaves have each status; what progress callbacks receive.

        A Succeeded leaf still awaiting the jobs it will spawn counts as "Pending": progress never goes backwards
        when, say, a tenant's processing job appears under its finished receiving job.
        """
        counter: Counter[str] = Counter()
        for leaf in self.leaves():
            if leaf.awaiting_children:
                counter["Pending"] += 1
            else:
                counter[leaf.status or "Pending"] += 1
        return dict(counter)

    @property
    def settled(self) -> bool:
        """True once the root and every job under it are terminal and no job still awaits its children."""
        return all(node.terminal and not node.awaiting_children for node in self.walk())

    def render(self) -> str:
        """The tree as indented text, one job per line."""
        lines = [self.root.describe()]
        # (node, prefix for its children's lines); iterative for the same reason as walk().
        stack: list[tuple[JobNode, str, bool]] = [
            (child, "", index == len(self.root.children) - 1) for index, child in enumerate(self.root.children)
        ]
        stack.reverse()
        while stack:
            node, prefix, last = stack.pop()
            lines.append(f"{prefix}{'└── ' if last else '├── '}{node.describe()}")
            child_prefix = prefix + ("    " if last else "│   ")
            stack.extend(
                (child, child_prefix, index == len(node.children) - 1)
                for index, child in reversed(list(enumerate(node.children)))
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()
