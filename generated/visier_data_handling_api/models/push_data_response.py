from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant import Tenant


T = TypeVar("T", bound="PushDataResponse")


@_attrs_define
class PushDataResponse:
    """The answer to a batch of records or a file.

    Attributes:
        transfer_session_id (str | Unset): The transfer session's ID.
        sequence (int | Unset): The batch's sequence number.
        status (str | Unset): How the transfer went.
        message (str | Unset): What the service said about the transfer.
        tenants (list[Tenant] | Unset): How the transfer went for each tenant.
    """

    transfer_session_id: str | Unset = UNSET
    sequence: int | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    tenants: list[Tenant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_session_id = self.transfer_session_id

        sequence = self.sequence

        status = self.status

        message = self.message

        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_session_id is not UNSET:
            field_dict["transferSessionId"] = transfer_session_id
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if tenants is not UNSET:
            field_dict["tenants"] = tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.tenant import Tenant  # noqa: PLC0415

        d = dict(src_dict)
        transfer_session_id = d.pop("transferSessionId", UNSET)

        sequence = d.pop("sequence", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _tenants = d.pop("tenants", UNSET)
        tenants: list[Tenant] | Unset = UNSET
        if _tenants is not UNSET:
            tenants = []
            for tenants_item_data in _tenants:
                tenants_item = Tenant.from_dict(tenants_item_data)

                tenants.append(tenants_item)

        push_data_response = cls(
            transfer_session_id=transfer_session_id,
            sequence=sequence,
            status=status,
            message=message,
            tenants=tenants,
        )

        push_data_response.additional_properties = d
        return push_data_response

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
