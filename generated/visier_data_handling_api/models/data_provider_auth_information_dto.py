from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_provider_auth_params_dto import DataProviderAuthParamsDTO
    from ..models.data_provider_basic_information_dto import DataProviderBasicInformationDTO
    from ..models.data_provider_basic_metadata_dto import DataProviderBasicMetadataDTO


T = TypeVar("T", bound="DataProviderAuthInformationDTO")


@_attrs_define
class DataProviderAuthInformationDTO:
    """The body of `createConnectorCredential`.

    Attributes:
        data_provider_auth_params (DataProviderAuthParamsDTO): The provider and its sign-in details. Fill in only the
            auth-params object that belongs to `provider`.
        data_provider_basic_information (DataProviderBasicInformationDTO): The credential's display name and
            description.
        data_provider_metadata (DataProviderBasicMetadataDTO | Unset): How the credential is shared.
    """

    data_provider_auth_params: DataProviderAuthParamsDTO
    data_provider_basic_information: DataProviderBasicInformationDTO
    data_provider_metadata: DataProviderBasicMetadataDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_provider_auth_params = self.data_provider_auth_params.to_dict()

        data_provider_basic_information = self.data_provider_basic_information.to_dict()

        data_provider_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_provider_metadata, Unset):
            data_provider_metadata = self.data_provider_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataProviderAuthParams": data_provider_auth_params,
                "dataProviderBasicInformation": data_provider_basic_information,
            }
        )
        if data_provider_metadata is not UNSET:
            field_dict["dataProviderMetadata"] = data_provider_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_provider_auth_params_dto import DataProviderAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.data_provider_basic_information_dto import DataProviderBasicInformationDTO  # noqa: PLC0415
        from visier_data_handling_api.models.data_provider_basic_metadata_dto import DataProviderBasicMetadataDTO  # noqa: PLC0415

        d = dict(src_dict)
        data_provider_auth_params = DataProviderAuthParamsDTO.from_dict(d.pop("dataProviderAuthParams"))

        data_provider_basic_information = DataProviderBasicInformationDTO.from_dict(
            d.pop("dataProviderBasicInformation")
        )

        _data_provider_metadata = d.pop("dataProviderMetadata", UNSET)
        data_provider_metadata: DataProviderBasicMetadataDTO | Unset
        if isinstance(_data_provider_metadata, Unset):
            data_provider_metadata = UNSET
        else:
            data_provider_metadata = DataProviderBasicMetadataDTO.from_dict(_data_provider_metadata)

        data_provider_auth_information_dto = cls(
            data_provider_auth_params=data_provider_auth_params,
            data_provider_basic_information=data_provider_basic_information,
            data_provider_metadata=data_provider_metadata,
        )

        data_provider_auth_information_dto.additional_properties = d
        return data_provider_auth_information_dto

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
