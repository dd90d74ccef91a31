from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDataTransactionDTO")


@_attrs_define
class DirectDataTransactionDTO:
    """An open transaction.

    Attributes:
        tenant_code (str | Unset): The tenant the transaction loads into.
        transaction_id (str | Unset): The transaction's ID.
        created (str | Unset): When it was started (ISO 8601, `YYYY-MM-DDTHH:mm:ss.SSSZ`).
        updated (str | Unset): When it last changed (ISO 8601, `YYYY-MM-DDTHH:mm:ss.SSSZ`).
        status (str | Unset): The transaction's status, such as `open`, `progressing` or `committed`.
    """

    tenant_code: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        transaction_id = self.transaction_id

        created = self.created

        updated = self.updated

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        transaction_id = d.pop("transactionId", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        status = d.pop("status", UNSET)

        direct_data_transaction_dto = cls(
            tenant_code=tenant_code,
            transaction_id=transaction_id,
            created=created,
            updated=updated,
            status=status,
        )

        direct_data_transaction_dto.additional_properties = d
        return direct_data_transaction_dto

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
