from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantAndCredential")


@_attrs_define
class TenantAndCredential:
    """A tenant and the credential to use there.

    Attributes:
        tenant_code (str): The tenant's code, for example `WFF_j1r~c7o`.
        credential_id (str): The connector credential's ID.
    """

    tenant_code: str
    credential_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantCode": tenant_code,
                "credentialId": credential_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode")

        credential_id = d.pop("credentialId")

        tenant_and_credential = cls(
            tenant_code=tenant_code,
            credential_id=credential_id,
        )

        tenant_and_credential.additional_properties = d
        return tenant_and_credential

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
