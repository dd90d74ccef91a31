from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequestBody")


@_attrs_define
class TokenRequestBody:
    """An OAuth 2.0 token request. Which fields apply depends on `grant_type`.

    Attributes:
        grant_type (str): The grant: `password`, `client_credentials`, `authorization_code`, `refresh_token`,
            `urn:ietf:params:oauth:grant-type:saml2-bearer` or `urn:visier:params:oauth:grant-type:asid-token`.
        client_id (str | Unset): The registered client application's ID.
        client_secret (str | Unset): The registered client application's secret.
        redirect_uri (str | Unset): Where to redirect after authorization, if anywhere.
        code (str | Unset): The authorization code (authorization_code grant).
        username (str | Unset): The user to sign in as (password grant).
        password (str | Unset): That user's password (password grant).
        asid_token (str | Unset): An ASID token (asid-token grant).
        assertion (str | Unset): A SAML assertion (saml2-bearer grant).
        refresh_token (str | Unset): A refresh token (refresh_token grant).
    """

    grant_type: str
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    code: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    asid_token: str | Unset = UNSET
    assertion: str | Unset = UNSET
    refresh_token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        code = self.code

        username = self.username

        password = self.password

        asid_token = self.asid_token

        assertion = self.assertion

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if code is not UNSET:
            field_dict["code"] = code
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if asid_token is not UNSET:
            field_dict["asid_token"] = asid_token
        if assertion is not UNSET:
            field_dict["assertion"] = assertion
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        code = d.pop("code", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        asid_token = d.pop("asid_token", UNSET)

        assertion = d.pop("assertion", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        token_request_body = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            redirect_uri=redirect_uri,
            code=code,
            username=username,
            password=password,
            asid_token=asid_token,
            assertion=assertion,
            refresh_token=refresh_token,
        )

        return token_request_body
