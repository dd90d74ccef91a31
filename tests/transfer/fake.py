"""A Data Intake service in memory, with the typed async twins a transfer session awaits, and faults: a batch or a
completion whose answer is lost (after acting, or without), a cancel that fails."""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

import attrs
from visier_data_handling import ApiException, BadRequest, ServiceMayHaveActed
from visier_data_handling._exceptions import APIConnectionError
from visier_data_handling_api.models import (
    PushDataCancelResponse,
    PushDataColumnDefinitionDTO,
    PushDataCompleteResponse,
    PushDataResponse,
    PushDataSourceDefinitionDTO,
    PushDataSourceDefinitionsDTO,
    StartTransferResponse,
)

# name, mandatory, may be empty
EMPLOYEE = [("EmployeeID", True, False), ("StartDate", True, False), ("Name", False, True), ("Team", False, False)]


def _lost(operation: str) -> ServiceMayHaveActed:
    return ServiceMayHaveActed(f"{operation}: the answer was lost", operation=operation, sent_at=0.0)


@attrs.define(eq=False, slots=False)
class FakeTransfer:
    status: dict[str, str] = attrs.Factory(dict)  # session -> OPEN / COMPLETED / CANCELLED
    batches: dict[str, dict[int, list[list[str]]]] = attrs.Factory(dict)  # session -> sequence -> rows (header first)
    sends: list[tuple[str, int]] = attrs.Factory(list)  # (session, sequence) of every batch sent
    calls: list[str] = attrs.Factory(list)
    lose_push: list[bool] = attrs.Factory(list)  # per push call: True = keep the batch, then lose the answer
    fail_push: list[bool] = attrs.Factory(list)  # True = a connection error before acting
    lose_complete: list[bool] = attrs.Factory(list)  # True = complete, then lose the answer
    drop_complete: list[bool] = attrs.Factory(list)  # True = lose it without acting
    lose_start: list[bool] = attrs.Factory(list)  # True = open a session, then lose the answer
    fail_cancel: bool = False
    not_open_status: int = 400  # how a completion of a session no longer open is refused (the mock: 409)
    ids: Any = attrs.Factory(lambda: (f"s-{i}" for i in itertools.count(1)))

    async def aget_sources(self, **_: object) -> PushDataSourceDefinitionsDTO:
        self.calls.append("sources")
        columns = [PushDataColumnDefinitionDTO(column_name=n, is_mandatory=m, allow_empty=e) for n, m, e in EMPLOYEE]
        employee = PushDataSourceDefinitionDTO(source_id="src-employee", name="Employee", columns=columns)
        return PushDataSourceDefinitionsDTO(sources=[employee, PushDataSourceDefinitionDTO(name="No ID")])

    async def astart_transfer(self, **_: object) -> StartTransferResponse:
        session = next(self.ids)
        self.calls.append(f"start {session}")
        self.status[session], self.batches[session] = "OPEN", {}
        if self.lose_start and self.lose_start.pop(0):
            raise _lost("startTransfer")
        return StartTransferResponse(transfer_session_id=session)

    async def apush_data(self, *, transfer_session_id: str, body: str, sequence: int, **_: object) -> PushDataResponse:
        self.sends.append((transfer_session_id, sequence))
        if self.fail_push and self.fail_push.pop(0):
            raise APIConnectionError("connection reset before the batch arrived")
        assert self.status[transfer_session_id] == "OPEN"
        self.batches[transfer_session_id].setdefault(sequence, list(csv.reader(io.StringIO(body))))
        if self.lose_push and self.lose_push.pop(0):
            raise _lost("pushData")
        return PushDataResponse(transfer_session_id=transfer_session_id, sequence=sequence)

    async def apush_data_complete(self, *, transfer_session_id: str, **_: object) -> PushDataCompleteResponse:
        self.calls.append(f"complete {transfer_session_id}")
        if self.drop_complete and self.drop_complete.pop(0):
            raise _lost("pushDataComplete")
        if self.status[transfer_session_id] != "OPEN":
            refused = BadRequest if self.not_open_status == 400 else ApiException
            raise refused(self.not_open_status, body={"message": "the transfer session is completed, not open"})
        self.status[transfer_session_id] = "COMPLETED"
        if self.lose_complete and self.lose_complete.pop(0):
            raise _lost("pushDataComplete")
        return PushDataCompleteResponse(transfer_session_id=transfer_session_id, data_receiving_job_id="job-1")

    async def apush_data_cancel(self, *, transfer_session_id: str, **_: object) -> PushDataCancelResponse:
        self.calls.append(f"cancel {transfer_session_id}")
        if self.fail_cancel:
            raise APIConnectionError("the service could not be reached")
        self.status[transfer_session_id] = "CANCELLED"
        return PushDataCancelResponse(transfer_session_id=transfer_session_id, status="CANCELLED")
