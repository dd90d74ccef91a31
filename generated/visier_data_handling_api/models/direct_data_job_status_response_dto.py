from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDataJobStatusResponseDTO")


@_attrs_define
class DirectDataJobStatusResponseDTO:
    """The processing job of a committed transaction.

    Attributes:
        tenant_code (str | Unset): The tenant the data loads into.
        transaction_id (str | Unset): The committed transaction's ID.
        job_id (str | Unset): The processing job's ID.
        status (str | Unset): The processing job's status, such as `Running`, `Succeeded` or `Failed`.
        message (str | Unset): Why the job failed, when it did.
    """

    tenant_code: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        transaction_id = self.transaction_id

        job_id = self.job_id

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        transaction_id = d.pop("transactionId", UNSET)

        job_id = d.pop("jobId", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        direct_data_job_status_response_dto = cls(
            tenant_code=tenant_code,
            transaction_id=transaction_id,
            job_id=job_id,
            status=status,
            message=message,
        )

        direct_data_job_status_response_dto.additional_properties = d
        return direct_data_job_status_response_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
