from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source import Source


T = TypeVar("T", bound="Tenant")


@_attrs_define
class Tenant:
    """How a transfer went for one tenant.

    Attributes:
        tenant_code (str | Unset): The tenant, such as `WFF_j1r` or `WFF_j1r~c7o`.
        status (str | Unset): How the transfer went for this tenant.
        sources (list[Source] | Unset): How it went for each source.
    """

    tenant_code: str | Unset = UNSET
    status: str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        status = self.status

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if status is not UNSET:
            field_dict["status"] = status
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        status = d.pop("status", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        tenant = cls(
            tenant_code=tenant_code,
            status=status,
            sources=sources,
        )

        tenant.additional_properties = d
        return tenant

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
