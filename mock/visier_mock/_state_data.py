"""The mock's data: data versions (indexed by tenant), data uploads and data categories."""

from __future__ import annotations

from collections.abc import Callable

import attrs

DAY = 86_400.0
FIRST_VERSION = 7_000_001


@attrs.define
class DataVersion:
    tenant: str
    number: str
    created: float
    job_id: str = ""
    category: str = "DataCategory_Primary"
    enabled: bool = True


@attrs.define
class Upload:
    tenant: str
    time: float
    filename: str
    job_id: str = ""
    source: str = "Employee"
    included: bool = True

    @property
    def identifier(self) -> str:
        return f"{self.tenant}:{self.filename}:{int(self.time * 1000)}"


class DataStore:
    """Data versions and uploads of every tenant. Versions are indexed by tenant too, so that a page of a long
    list costs its own size."""

    def __init__(self, new_id: Callable[[], str], now: Callable[[], float], start: float) -> None:
        self._new_id = new_id
        self._now = now
        self._start = start  # the clock's first reading: the seeded data lies in the days before it
        self.categories = [
            {"name": "Primary", "id": new_id(), "objectName": "DataCategory_Primary"},
            {"name": "Benefits", "id": new_id(), "objectName": "DataCategory_Benefits"},
        ]
        self.data_versions: list[DataVersion] = []
        self.tenant_versions: dict[str, list[DataVersion]] = {}
        self.uploads: list[Upload] = []
        self.next_version = FIRST_VERSION

    # ----- seeding
    def seed_versions(self, tenant: str, count: int) -> None:
        """``count`` data versions, a day apart, the last a day before the start, each of a job of its own."""
        for k in range(count):
            self.add_data_version(tenant, self._start - (count - k) * DAY, job_id=self._new_id())

    def seed_uploads(self, tenant: str) -> None:
        """Five uploads, a day apart, the last a day before the start; the oldest is excluded."""
        for k in range(5):
            when = self._start - (5 - k) * DAY
            self.uploads.append(Upload(tenant, when, f"{tenant}_hcm_{k}.zip.gpg", included=k != 0))

    # ----- changes
    def add_data_version(self, tenant: str, created: float, job_id: str = "") -> DataVersion:
        version = DataVersion(tenant, str(self.next_version), created, job_id)
        self.next_version += 1
        self.data_versions.append(version)
        self.tenant_versions.setdefault(tenant, []).append(version)
        return version

    def add_upload(self, tenant: str, time: float, filename: str, job_id: str) -> None:
        self.uploads.append(Upload(tenant, time, filename, job_id))

    def drop_versions_of(self, job_id: str) -> None:
        self.data_versions = [v for v in self.data_versions if v.job_id != job_id]
        for tenant, versions in self.tenant_versions.items():
            self.tenant_versions[tenant] = [v for v in versions if v.job_id != job_id]

    def drop_future_uploads_of(self, job_id: str) -> None:
        """The job's uploads that have not happened yet (the job stopped before they would)."""
        now = self._now()
        self.uploads = [u for u in self.uploads if not (u.job_id == job_id and u.time > now)]

    # ----- queries
    def enabled_versions(self, tenant: str, category: str | None = None) -> list[DataVersion]:
        now = self._now()
        found = [v for v in self.tenant_versions.get(tenant, []) if v.enabled and v.created <= now
                 and (category is None or v.category == category)]
        return sorted(found, key=lambda v: (v.created, int(v.number)), reverse=True)

    def tenant_uploads(self, tenant: str) -> list[Upload]:
        now = self._now()
        return sorted((u for u in self.uploads if u.tenant == tenant and u.time <= now), key=lambda u: u.time,
                      reverse=True)
