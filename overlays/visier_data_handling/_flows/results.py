"""What a finished (or given-up-on) flow reports: the top job, each tenant's outcome and data versions, the tree."""

from __future__ import annotations

from typing import Literal, Self

import attrs

from .._jobs.errors import JobCancelled, JobError
from .._jobs.tree import SUCCEEDED, JobKind, JobNode, JobTree, is_cancelled, is_failed


@attrs.frozen
class TenantOutcome:
    """How one tenant fared: its worst job's status, that job's message, and the data versions it produced."""

    tenant_code: str
    status: str
    message: str | None = None
    data_versions: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == SUCCEEDED


def _tenant_outcome(tenant: str, nodes: list[JobNode]) -> TenantOutcome:
    versions = tuple(n.data_version for n in nodes if n.kind is JobKind.PROCESSING and n.data_version)
    bad = next((n for n in nodes if is_failed(n.status)), None) or next(
        (n for n in nodes if is_cancelled(n.status)), None
    )
    if bad is not None:
        message = bad.message or f"{bad.kind.value} job {bad.job_id} {bad.status}"
        return TenantOutcome(tenant, bad.status or "", message, versions)
    if all(n.status == SUCCEEDED for n in nodes):
        return TenantOutcome(tenant, SUCCEEDED, None, versions)
    # Not finished (a timeout, or a result built from a snapshot): the furthest job's status.
    return TenantOutcome(tenant, nodes[-1].status or "Pending", nodes[-1].message, versions)


@attrs.frozen
class LoadResult:
    """The outcome of a load: ``outcome`` is "succeeded", "failed" (some job failed) or "cancelled"."""

    job_id: str
    status: str | None
    outcome: Literal["succeeded", "failed", "cancelled"]
    tenants: dict[str, TenantOutcome]
    data_versions: dict[str, list[str]]
    tree: JobTree
    error: JobError | None = None

    @classmethod
    def from_tree(cls, tree: JobTree, error: JobError | None = None) -> Self:
        by_tenant: dict[str, list[JobNode]] = {}
        # The top job belongs to the administrating tenant; count it only when it has no per-tenant jobs.
        nodes = [n for n in tree.walk() if n is not tree.root] or [tree.root]
        for node in nodes:
            if node.tenant_code:
                by_tenant.setdefault(node.tenant_code, []).append(node)
        outcome: Literal["succeeded", "failed", "cancelled"] = (
            "cancelled" if isinstance(error, JobCancelled) else "failed" if error is not None else "succeeded"
        )
        return cls(
            job_id=tree.job_id,
            status=tree.status,
            outcome=outcome,
            tenants={tenant: _tenant_outcome(tenant, group) for tenant, group in by_tenant.items()},
            data_versions=tree.data_versions(),
            tree=tree,
            error=error,
        )

    @property
    def ok(self) -> bool:
        return self.outcome == "succeeded"

    @property
    def failed_tenants(self) -> list[TenantOutcome]:
        return [tenant for tenant in self.tenants.values() if not tenant.ok]

    def raise_for_failures(self) -> None:
        """Raise the JobFailed / JobCancelled this result carries, if any."""
        if self.error is not None:
            raise self.error

    def summary(self) -> str:
        """Readable lines: the top job, then one line per tenant."""
        failed = len(self.failed_tenants)
        head = f"job {self.job_id}: {self.status}; {len(self.tenants) - failed} of {len(self.tenants)} tenant(s) ok"
        if self.outcome == "cancelled":
            head += " (cancelled)"
        lines = [head]
        for tenant in self.tenants.values():
            versions = f" -> data version {', '.join(tenant.data_versions)}" if tenant.data_versions else ""
            reason = f": {tenant.message}" if tenant.message and not tenant.ok else ""
            lines.append(f"  {tenant.tenant_code:<16} {tenant.status}{versions}{reason}")
        return "\n".join(lines)


@attrs.frozen
class ExtractionResult(LoadResult):
    """The outcome of an extraction (dispatching -> extraction -> receiving -> processing); same shape as a load."""

    @property
    def stages(self) -> dict[str, str | None]:
        """Each tenant's extraction job's last reported stage."""
        return {
            node.tenant_code: node.stage
            for node in self.tree.walk()
            if node.kind is JobKind.EXTRACTION and node.tenant_code
        }
