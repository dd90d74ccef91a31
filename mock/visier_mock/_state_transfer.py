"""Data Intake: the sources a tenant's transfer sessions send to, each with its column definitions, and the
transfer sessions, which keep their batches by sequence number. A batch sent again with a sequence number the
session already holds is not counted twice (the first one stays), so a client may resend one whose answer it lost."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from ._errors import MockError, bad_request, not_found

OPEN, COMPLETED, CANCELLED = "OPEN", "COMPLETED", "CANCELLED"

# The seeded sources: (name, file name pattern, [(column, data type, mandatory, may be empty)]).
_SOURCES = [
    ("Employee", r"^Employee.*\.csv$", [("EmployeeID", "String", True, False), ("FirstName", "String", False, True),
                                        ("LastName", "String", False, True), ("StartDate", "Date", True, False)]),
    ("Applicant", r"^Applicant.*\.csv$", [("ApplicantID", "String", True, False), ("Stage", "String", False, True)]),
    ("Compensation", r"^Comp.*\.csv$", [("EmployeeID", "String", True, False), ("Salary", "Number", True, False),
                                         ("Currency", "String", False, True)]),
]


@attrs.define
class Batch:
    sequence: int | None  # None: sent without a number (the spec makes it optional); add() numbers it
    tenant: str
    source: str  # the source's name ("" for a file no source's pattern matches)
    rows: int
    size: int
    name: str = ""  # a file's name; empty for a batch of records
    source_id: str = ""


@attrs.define
class Session:
    session_id: str
    tenant: str  # the tenant that started it
    status: str = OPEN
    batches: dict[int, Batch] = attrs.field(factory=dict)
    duplicates: int = 0
    receiving_job_id: str | None = None

    def details(self) -> list[dict[str, Any]]:
        """What each tenant received: its sources, rows and bytes (as protobuf JSON writes int64s, strings)."""
        out: dict[str, dict[str, Any]] = {}
        for batch in self.ordered():
            entry = out.setdefault(batch.tenant, {"tenantCode": batch.tenant, "sourceNames": [], "rows": 0,
                                                  "dataSize": 0})
            if batch.source and batch.source not in entry["sourceNames"]:
                entry["sourceNames"].append(batch.source)
            entry["rows"] += batch.rows
            entry["dataSize"] += batch.size
        return [{**e, "rows": str(e["rows"]), "dataSize": str(e["dataSize"])} for e in out.values()]

    def ordered(self) -> list[Batch]:
        return [self.batches[k] for k in sorted(self.batches)]


class TransferStore:
    def __init__(self, new_id: Callable[[], str], admin: str) -> None:
        self._new_id = new_id
        self.sources: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, Session] = {}
        for name, pattern, columns in _SOURCES:
            source_id = new_id()
            self.sources[source_id] = {
                "sourceId": source_id, "name": name, "objectName": f"{admin}_{name}", "isInherited": True,
                "fileNameRegex": pattern,
                "columns": [{"columnName": c, "dataType": t, "isMandatory": m, "allowEmpty": e,
                             **({"dataFormats": ["yyyy-MM-dd"]} if t == "Date" else {})} for c, t, m, e in columns],
            }

    def source_by_id(self, source_id: str) -> dict[str, Any] | None:
        return self.sources.get(source_id)

    def source_for_file(self, name: str) -> dict[str, Any] | None:
        return next((s for s in self.sources.values() if re.match(s["fileNameRegex"], name)), None)

    def start(self, tenant: str) -> Session:
        session = Session(self._new_id(), tenant)
        self.sessions[session.session_id] = session
        return session

    @staticmethod
    def add(session: Session, batch: Batch) -> Batch:
        """Keep the batch under its sequence number, and return the batch held there: an earlier one when that
        number is already held (not counted again). A batch without a number goes after the highest one held."""
        if batch.sequence is None:
            batch.sequence = max(session.batches, default=0) + 1
        held = session.batches.get(batch.sequence)
        if held is not None:
            session.duplicates += 1
            return held
        session.batches[batch.sequence] = batch
        return batch


def open_session(store: TransferStore, session_id: str) -> Session:
    """The session, if it exists (404) and still takes batches: else 409, as for a DDI transaction that takes no more
    files (a request valid in itself, sent to a session in the wrong state)."""
    session = store.sessions.get(session_id)
    if session is None:
        raise not_found("Transfer session", session_id)
    if session.status != OPEN:
        raise MockError(409, f"Transfer session [{session_id}] is {session.status.lower()}, not open; "
                             "it takes no more batches.")
    return session


def check_header(field: str, header: list[str], source: dict[str, Any]) -> None:
    """A header names only the source's columns, and every mandatory one: else a 400 naming the column."""
    columns = {c["columnName"]: c for c in source["columns"]}
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise bad_request(field, f"column {unknown[0]!r} is not a column of source {source['name']!r}")
    missing = [name for name, c in columns.items() if c.get("isMandatory") and name not in header]
    if missing:
        raise bad_request(field, f"the mandatory column {missing[0]!r} of source {source['name']!r} is missing")


def batch_answer(session: Session, batch: Batch) -> dict[str, Any]:
    """pushData's and uploadData's answer for a batch the session holds."""
    source = {"sourceId": batch.source_id, "sourceName": batch.source, "status": "SUCCEED",
              "rows": str(batch.rows), "dataSize": str(batch.size)}
    return {"transferSessionId": session.session_id, "sequence": batch.sequence, "status": "SUCCEED",
            "tenants": [{"tenantCode": batch.tenant, "status": "SUCCEED", "sources": [source]}]}
