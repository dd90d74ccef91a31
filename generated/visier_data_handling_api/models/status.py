from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """The error body the service returns with every failed call.

    Attributes:
        localized_message (str | Unset): What went wrong, in the caller's language.
        code (str | Unset): The error's class.
        message (str | Unset): Unused by the service.
        rci (str | Unset): A root-cause identifier, when there is one; quote it to Visier support.
        user_error (bool | Unset): True when the caller's input caused the error.
    """

    localized_message: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    rci: str | Unset = UNSET
    user_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        localized_message = self.localized_message

        code = self.code

        message = self.message

        rci = self.rci

        user_error = self.user_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if localized_message is not UNSET:
            field_dict["localizedMessage"] = localized_message
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if rci is not UNSET:
            field_dict["rci"] = rci
        if user_error is not UNSET:
            field_dict["userError"] = user_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        localized_message = d.pop("localizedMessage", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        rci = d.pop("rci", UNSET)

        user_error = d.pop("userError", UNSET)

        status = cls(
            localized_message=localized_message,
            code=code,
            message=message,
            rci=rci,
            user_error=user_error,
        )

        status.additional_properties = d
        return status

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
