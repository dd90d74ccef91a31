from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_transfer_result_detail import DataTransferResultDetail


T = TypeVar("T", bound="PushDataCompleteResponse")


@_attrs_define
class PushDataCompleteResponse:
    """The transfer session just completed, and the receiving job it started.

    Attributes:
        transfer_session_id (str | Unset): The transfer session's ID.
        data_receiving_job_id (str | Unset): The receiving job's ID.
        status (str | Unset): The session's status, `SUCCEED` once completed.
        message (str | Unset): What the service said about the session.
        data_transfer_result_details (list[DataTransferResultDetail] | Unset): What each tenant received.
    """

    transfer_session_id: str | Unset = UNSET
    data_receiving_job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    data_transfer_result_details: list[DataTransferResultDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_session_id = self.transfer_session_id

        data_receiving_job_id = self.data_receiving_job_id

        status = self.status

        message = self.message

        data_transfer_result_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_transfer_result_details, Unset):
            data_transfer_result_details = []
            for data_transfer_result_details_item_data in self.data_transfer_result_details:
                data_transfer_result_details_item = data_transfer_result_details_item_data.to_dict()
                data_transfer_result_details.append(data_transfer_result_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_session_id is not UNSET:
            field_dict["transferSessionId"] = transfer_session_id
        if data_receiving_job_id is not UNSET:
            field_dict["dataReceivingJobId"] = data_receiving_job_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if data_transfer_result_details is not UNSET:
            field_dict["dataTransferResultDetails"] = data_transfer_result_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_transfer_result_detail import DataTransferResultDetail  # noqa: PLC0415

        d = dict(src_dict)
        transfer_session_id = d.pop("transferSessionId", UNSET)

        data_receiving_job_id = d.pop("dataReceivingJobId", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _data_transfer_result_details = d.pop("dataTransferResultDetails", UNSET)
        data_transfer_result_details: list[DataTransferResultDetail] | Unset = UNSET
        if _data_transfer_result_details is not UNSET:
            data_transfer_result_details = []
            for data_transfer_result_details_item_data in _data_transfer_result_details:
                data_transfer_result_details_item = DataTransferResultDetail.from_dict(
                    data_transfer_result_details_item_data
                )

                data_transfer_result_details.append(data_transfer_result_details_item)

        push_data_complete_response = cls(
            transfer_session_id=transfer_session_id,
            data_receiving_job_id=data_receiving_job_id,
            status=status,
            message=message,
            data_transfer_result_details=data_transfer_result_details,
        )

        push_data_complete_response.additional_properties = d
        return push_data_complete_response

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
