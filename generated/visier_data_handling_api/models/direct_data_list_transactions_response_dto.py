from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_data_transaction_dto import DirectDataTransactionDTO


T = TypeVar("T", bound="DirectDataListTransactionsResponseDTO")


@_attrs_define
class DirectDataListTransactionsResponseDTO:
    """The open transactions.

    Attributes:
        transactions (list[DirectDataTransactionDTO] | Unset):
    """

    transactions: list[DirectDataTransactionDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.direct_data_transaction_dto import DirectDataTransactionDTO  # noqa: PLC0415

        d = dict(src_dict)
        _transactions = d.pop("transactions", UNSET)
        transactions: list[DirectDataTransactionDTO] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = DirectDataTransactionDTO.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        direct_data_list_transactions_response_dto = cls(
            transactions=transactions,
        )

        direct_data_list_transactions_response_dto.additional_properties = d
        return direct_data_list_transactions_response_dto

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
