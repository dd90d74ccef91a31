"""A Direct Data Intake service in memory, with the typed async twins the intake plan awaits, and faults: a commit
whose answer is lost (after or without acting), an upload refused, an interrupt mid-upload."""

from __future__ import annotations

import itertools
from typing import Any

import attrs
from visier_data_handling import BadRequest, ServiceMayHaveActed
from visier_data_handling._exceptions import ApiException
from visier_data_handling._jobs.polling import PollSchedule
from visier_data_handling_api.models import (
    DirectDataJobStatusResponseDTO,
    DirectDataListTransactionsResponseDTO,
    DirectDataSchemaDTO,
    DirectDataSchemaFieldDTO,
    DirectDataTransactionDTO,
    DirectDataTransactionStartResponseDTO,
    DirectDataUploadFileResponseDTO,
)

SCHEMAS = {"Employee": [("EmployeeID", True), ("Name", False)]}


@attrs.define
class Clock:
    now: float = 0.0

    def schedule(self) -> PollSchedule:
        async def asleep(seconds: float) -> None:
            self.now += seconds

        def sleep(seconds: float) -> None:
            self.now += seconds

        return PollSchedule(initial=1.0, maximum=5.0, sleep=sleep, asleep=asleep, clock=lambda: self.now)


@attrs.define(eq=False, slots=False)
class FakeIntake:
    status: dict[str, str] = attrs.Factory(dict)  # transaction -> open / committed / rolled back
    uploads: dict[str, dict[str, bytes]] = attrs.Factory(dict)
    commits: dict[str, int] = attrs.Factory(dict)  # commits that took effect
    calls: list[str] = attrs.Factory(list)
    lose_commit: list[bool] = attrs.Factory(list)  # per commit call: True = act, then lose the answer;
    drop_commit: list[bool] = attrs.Factory(list)  # True = lose it without acting
    refuse_upload: set[str] = attrs.Factory(set)  # objects whose upload is refused with a 400
    interrupt_upload: set[str] = attrs.Factory(set)  # objects whose upload raises KeyboardInterrupt
    ids: Any = attrs.Factory(lambda: (f"tx-{i}" for i in itertools.count(1)))

    async def aobject_schema(self, *, object_name: str, **_: object) -> DirectDataSchemaDTO:
        self.calls.append(f"schema {object_name}")
        fields = [DirectDataSchemaFieldDTO(name=n, is_mandatory=m) for n, m in SCHEMAS[object_name]]
        return DirectDataSchemaDTO(schema=fields)

    async def astart_transaction(self, **_: object) -> DirectDataTransactionStartResponseDTO:
        transaction = next(self.ids)
        self.calls.append(f"start {transaction}")
        self.status[transaction] = "open"
        return DirectDataTransactionStartResponseDTO(transaction_id=transaction)

    async def aupload_file(self, *, transaction_id: str, object_name: str, file: Any, **_: object) -> Any:
        self.calls.append(f"upload {object_name}")
        if object_name in self.interrupt_upload:
            raise KeyboardInterrupt
        if object_name in self.refuse_upload:
            raise ApiException.from_response(400, b'{"message": "no column Name"}', {})
        self.uploads.setdefault(transaction_id, {})[object_name] = file.payload.read()
        return DirectDataUploadFileResponseDTO(transaction_id=transaction_id, status="ok")

    async def acommit_transaction(self, *, transaction_id: str, **_: object) -> DirectDataUploadFileResponseDTO:
        self.calls.append(f"commit {transaction_id}")
        if self.drop_commit and self.drop_commit.pop(0):
            raise ServiceMayHaveActed("lost", operation="commit_transaction", sent_at=0.0)
        if self.status[transaction_id] != "open":
            raise ApiException.from_response(409, b'{"message": "already committed"}', {})
        self.status[transaction_id] = "committed"
        self.commits[transaction_id] = self.commits.get(transaction_id, 0) + 1
        if self.lose_commit and self.lose_commit.pop(0):
            raise ServiceMayHaveActed("lost", operation="commit_transaction", sent_at=0.0)
        return DirectDataUploadFileResponseDTO(transaction_id=transaction_id, status="ok")

    async def arollback_transaction(self, *, transaction_id: str, **_: object) -> DirectDataUploadFileResponseDTO:
        self.calls.append(f"rollback {transaction_id}")
        self.status[transaction_id] = "rolled back"
        return DirectDataUploadFileResponseDTO(transaction_id=transaction_id, status="ok")

    async def alist_transactions(self, **_: object) -> DirectDataListTransactionsResponseDTO:
        self.calls.append("list")
        open_ones = [DirectDataTransactionDTO(transaction_id=t, status="open") for t, s in self.status.items()
                     if s == "open"]
        return DirectDataListTransactionsResponseDTO(transactions=open_ones)

    async def atransaction_status(self, *, transaction_id: str, **_: object) -> DirectDataJobStatusResponseDTO:
        self.calls.append(f"status {transaction_id}")
        if self.status.get(transaction_id) != "committed":
            raise ApiException.from_response(404, b'{"message": "not committed"}', {})
        return DirectDataJobStatusResponseDTO(transaction_id=transaction_id, job_id=f"job-{transaction_id}",
                                              status="Running", tenant_code="WFF_j1r")


__all__ = ["BadRequest", "Clock", "FakeIntake"]
