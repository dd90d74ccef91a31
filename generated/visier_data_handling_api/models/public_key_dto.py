from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicKeyDTO")


@_attrs_define
class PublicKeyDTO:
    """The public half of a PGP key pair.

    Attributes:
        key_id (str | Unset): The key pair's ID, 16 hexadecimal digits with leading zeros.
        public_key (str | Unset): The public key, ASCII-armored, to encrypt files for Visier with.
        date_generated (str | Unset): When the key pair was made, UTC, in milliseconds since the Unix epoch.
        expiry_date (str | Unset): When the key pair expires, UTC, in milliseconds since the Unix epoch.
        recipient (str | Unset): The tenant code and the creation time in milliseconds, such as `WFF_j1r_13490234234`.
    """

    key_id: str | Unset = UNSET
    public_key: str | Unset = UNSET
    date_generated: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        public_key = self.public_key

        date_generated = self.date_generated

        expiry_date = self.expiry_date

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_id is not UNSET:
            field_dict["keyID"] = key_id
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if date_generated is not UNSET:
            field_dict["dateGenerated"] = date_generated
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("keyID", UNSET)

        public_key = d.pop("publicKey", UNSET)

        date_generated = d.pop("dateGenerated", UNSET)

        expiry_date = d.pop("expiryDate", UNSET)

        recipient = d.pop("recipient", UNSET)

        public_key_dto = cls(
            key_id=key_id,
            public_key=public_key,
            date_generated=date_generated,
            expiry_date=expiry_date,
            recipient=recipient,
        )

        public_key_dto.additional_properties = d
        return public_key_dto

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
