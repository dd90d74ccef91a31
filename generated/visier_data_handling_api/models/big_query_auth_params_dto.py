from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.big_query_service_account_params_dto import BigQueryServiceAccountParamsDTO


T = TypeVar("T", bound="BigQueryAuthParamsDTO")


@_attrs_define
class BigQueryAuthParamsDTO:
    """Sign-in details for the BigQuery data provider.

    Attributes:
        project_id (str | Unset):
        dataset_location (str | Unset):
        refresh_token (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        default_dataset (str | Unset):
        service_account_params (BigQueryServiceAccountParamsDTO | Unset): A Google service account to sign in with.
    """

    project_id: str | Unset = UNSET
    dataset_location: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    default_dataset: str | Unset = UNSET
    service_account_params: BigQueryServiceAccountParamsDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        dataset_location = self.dataset_location

        refresh_token = self.refresh_token

        client_id = self.client_id

        client_secret = self.client_secret

        default_dataset = self.default_dataset

        service_account_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account_params, Unset):
            service_account_params = self.service_account_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if dataset_location is not UNSET:
            field_dict["datasetLocation"] = dataset_location
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if default_dataset is not UNSET:
            field_dict["defaultDataset"] = default_dataset
        if service_account_params is not UNSET:
            field_dict["serviceAccountParams"] = service_account_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.big_query_service_account_params_dto import BigQueryServiceAccountParamsDTO  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        dataset_location = d.pop("datasetLocation", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        default_dataset = d.pop("defaultDataset", UNSET)

        _service_account_params = d.pop("serviceAccountParams", UNSET)
        service_account_params: BigQueryServiceAccountParamsDTO | Unset
        if isinstance(_service_account_params, Unset):
            service_account_params = UNSET
        else:
            service_account_params = BigQueryServiceAccountParamsDTO.from_dict(_service_account_params)

        big_query_auth_params_dto = cls(
            project_id=project_id,
            dataset_location=dataset_location,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
            default_dataset=default_dataset,
            service_account_params=service_account_params,
        )

        big_query_auth_params_dto.additional_properties = d
        return big_query_auth_params_dto

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
