from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_missing_access_dto_subject import SubjectMissingAccessDTOSubject
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectMissingAccessDTO")


@_attrs_define
class SubjectMissingAccessDTO:
    """A subject the credential signed in to but cannot fully read.

    Attributes:
        subject (SubjectMissingAccessDTOSubject | Unset): The subject that cannot be read.
        attributes (list[str] | Unset): The attributes that cannot be read.
        error_message (str | Unset): Why access failed.
    """

    subject: SubjectMissingAccessDTOSubject | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject: str | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.value

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subject = d.pop("subject", UNSET)
        subject: SubjectMissingAccessDTOSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = SubjectMissingAccessDTOSubject(_subject)

        attributes = cast(list[str], d.pop("attributes", UNSET))

        error_message = d.pop("errorMessage", UNSET)

        subject_missing_access_dto = cls(
            subject=subject,
            attributes=attributes,
            error_message=error_message,
        )

        subject_missing_access_dto.additional_properties = d
        return subject_missing_access_dto

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
