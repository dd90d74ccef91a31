"""The ``visier`` connection type and the hook that builds the SDK client from it.

A connection holds the host (``https://<vanity>.api.visier.io``; a bare host name gets ``https://``), the API key,
and either a username and password (``login``/``password``), OAuth client credentials (``client_id`` and
``client_secret`` in the extras), or both (the OAuth password grant), as the SDK's ``VisierDataHandling`` takes
them. The API key and the client secret are registered with Airflow's secrets masker before the client exists, so
they are masked in task logs like the password; the SDK keeps them out of its own logs, reprs and errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from airflow.sdk import BaseHook
from airflow.sdk.log import amask_secret, mask_secret
from visier_data_handling import ConfigurationError, VisierDataHandling

from .. import CONNECTION_TYPE

if TYPE_CHECKING:
    from airflow.sdk import Connection

def _extra(extras: dict[str, object], name: str) -> str | None:
    # The connection form may store a field under its prefixed name (extra__visier__api_key).
    value = extras.get(name, extras.get(f"extra__{CONNECTION_TYPE}__{name}"))
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"connection extra {name!r} must be text, not {type(value).__name__}")
    return value


def host_url(conn: Connection) -> str:
    """The connection's host as a URL: a bare host gets https:// (and the port, when one is set)."""
    host = (conn.host or "").strip().rstrip("/")
    if not host:
        raise ConfigurationError(f"connection {conn.conn_id!r} has no host (e.g. https://<vanity>.api.visier.io)")
    if "://" in host:
        return host
    return f"https://{host}:{conn.port}" if conn.port else f"https://{host}"


@dataclass(frozen=True)
class ClientSettings:
    """What the SDK client is built from, read from a connection; ``secrets`` are masked before it is built."""

    host: str
    api_key: str | None
    username: str | None
    password: str | None
    client_id: str | None
    client_secret: str | None
    target_tenant_id: str | None

    @classmethod
    def of(cls, conn: Connection) -> ClientSettings:
        extras = conn.extra_dejson
        return cls(
            host=host_url(conn),
            api_key=_extra(extras, "api_key"),
            username=conn.login or None,
            password=conn.password or None,
            client_id=_extra(extras, "client_id"),
            client_secret=_extra(extras, "client_secret"),
            target_tenant_id=_extra(extras, "target_tenant_id"),
        )

    @property
    def secrets(self) -> dict[str, str]:
        named = {"api_key": self.api_key, "password": self.password, "client_secret": self.client_secret}
        return {name: value for name, value in named.items() if value}

    def client(self) -> VisierDataHandling:
        return VisierDataHandling(
            host=self.host,
            api_key=self.api_key,
            username=self.username,
            password=self.password,
            client_id=self.client_id,
            client_secret=self.client_secret,
            target_tenant_id=self.target_tenant_id,
        )

    def __repr__(self) -> str:
        return f"ClientSettings(host={self.host!r}, username={self.username!r}, client_id={self.client_id!r})"


class VisierHook(BaseHook):
    """The SDK client for an Airflow connection of type ``visier``.

    ``with VisierHook("visier_default").get_conn() as client: client.load([...])``; ``aget_conn`` is the async
    twin (the triggerer's).
    """

    conn_name_attr: ClassVar[str] = "visier_conn_id"
    default_conn_name: ClassVar[str] = "visier_default"
    conn_type: ClassVar[str] = CONNECTION_TYPE
    hook_name: ClassVar[str] = "Visier Data and Job Handling"

    def __init__(self, visier_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.visier_conn_id = visier_conn_id

    def get_conn(self) -> VisierDataHandling:
        settings = ClientSettings.of(self.get_connection(self.visier_conn_id))
        for name, secret in settings.secrets.items():
            mask_secret(secret, name)
        return settings.client()

    async def aget_conn(self) -> VisierDataHandling:
        settings = ClientSettings.of(await self.aget_connection(self.visier_conn_id))
        for name, secret in settings.secrets.items():
            await amask_secret(secret, name)  # the sync one would block the triggerer's event loop
        return settings.client()
