from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pair_dto import PairDTO
    from ..models.workday_o_auth_params_dto import WorkdayOAuthParamsDTO
    from ..models.workday_refresh_token_params_dto import WorkdayRefreshTokenParamsDTO


T = TypeVar("T", bound="WorkdayAuthParamsDTO")


@_attrs_define
class WorkdayAuthParamsDTO:
    """Sign-in details for the Workday data provider.

    Attributes:
        user_id (str | Unset):
        domain_name (str | Unset):
        implementation_name (str | Unset):
        password (str | Unset):
        o_auth (WorkdayOAuthParamsDTO | Unset): Sign-in details for the WorkdayO data provider.
        ref_token (WorkdayRefreshTokenParamsDTO | Unset): Refresh-token details for Workday.
        integration_system_id (str | Unset):
        additional_header_params (list[PairDTO] | Unset):
    """

    user_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    implementation_name: str | Unset = UNSET
    password: str | Unset = UNSET
    o_auth: WorkdayOAuthParamsDTO | Unset = UNSET
    ref_token: WorkdayRefreshTokenParamsDTO | Unset = UNSET
    integration_system_id: str | Unset = UNSET
    additional_header_params: list[PairDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        domain_name = self.domain_name

        implementation_name = self.implementation_name

        password = self.password

        o_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.o_auth, Unset):
            o_auth = self.o_auth.to_dict()

        ref_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_token, Unset):
            ref_token = self.ref_token.to_dict()

        integration_system_id = self.integration_system_id

        additional_header_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_header_params, Unset):
            additional_header_params = []
            for additional_header_params_item_data in self.additional_header_params:
                additional_header_params_item = additional_header_params_item_data.to_dict()
                additional_header_params.append(additional_header_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if implementation_name is not UNSET:
            field_dict["implementationName"] = implementation_name
        if password is not UNSET:
            field_dict["password"] = password
        if o_auth is not UNSET:
            field_dict["oAuth"] = o_auth
        if ref_token is not UNSET:
            field_dict["refToken"] = ref_token
        if integration_system_id is not UNSET:
            field_dict["integrationSystemId"] = integration_system_id
        if additional_header_params is not UNSET:
            field_dict["additionalHeaderParams"] = additional_header_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.pair_dto import PairDTO  # noqa: PLC0415
        from visier_data_handling_api.models.workday_o_auth_params_dto import WorkdayOAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.workday_refresh_token_params_dto import WorkdayRefreshTokenParamsDTO  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        domain_name = d.pop("domainName", UNSET)

        implementation_name = d.pop("implementationName", UNSET)

        password = d.pop("password", UNSET)

        _o_auth = d.pop("oAuth", UNSET)
        o_auth: WorkdayOAuthParamsDTO | Unset
        if isinstance(_o_auth, Unset):
            o_auth = UNSET
        else:
            o_auth = WorkdayOAuthParamsDTO.from_dict(_o_auth)

        _ref_token = d.pop("refToken", UNSET)
        ref_token: WorkdayRefreshTokenParamsDTO | Unset
        if isinstance(_ref_token, Unset):
            ref_token = UNSET
        else:
            ref_token = WorkdayRefreshTokenParamsDTO.from_dict(_ref_token)

        integration_system_id = d.pop("integrationSystemId", UNSET)

        _additional_header_params = d.pop("additionalHeaderParams", UNSET)
        additional_header_params: list[PairDTO] | Unset = UNSET
        if _additional_header_params is not UNSET:
            additional_header_params = []
            for additional_header_params_item_data in _additional_header_params:
                additional_header_params_item = PairDTO.from_dict(additional_header_params_item_data)

                additional_header_params.append(additional_header_params_item)

        workday_auth_params_dto = cls(
            user_id=user_id,
            domain_name=domain_name,
            implementation_name=implementation_name,
            password=password,
            o_auth=o_auth,
            ref_token=ref_token,
            integration_system_id=integration_system_id,
            additional_header_params=additional_header_params,
        )

        workday_auth_params_dto.additional_properties = d
        return workday_auth_params_dto

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
