"""The mock's data connectors and the credentials they use."""

from __future__ import annotations

from collections.abc import Callable

import attrs

SEEDED_CREDENTIALS = (("AWS S3 Jupiter", "BasicS3"), ("Redshift Callisto", "Redshift"))
SEEDED_CONNECTORS = ("Redshift Jupiter", "UKG Callisto")
SEEDED_SETTINGS = {"batchSize": "5000", "maxRetries": "3"}


@attrs.define
class Credential:
    credential_id: str
    display_name: str
    provider: str
    tenant: str
    inherited: bool = False
    symbol: str = ""


@attrs.define
class Connector:
    connector_id: str
    display_name: str
    tenant: str
    credential_id: str | None = None
    settings: dict[str, str] = attrs.field(factory=dict)


class ConnectorStore:
    """Connectors and credentials by id. Credential ids are also kept in creation order, all of them (for the
    administrating tenant) and per tenant, so that a page of a long list costs its own size."""

    def __init__(self, new_id: Callable[[], str], admin: str) -> None:
        self._new_id = new_id
        self._admin = admin
        self.credentials: dict[str, Credential] = {}
        self.credential_order: dict[str, list[str]] = {}
        self.connectors: dict[str, Connector] = {}
        self.credential_count = 0

    def seed_tenant(self, tenant: str) -> None:
        """Two inherited credentials, and two connectors using them."""
        credential_ids = [self.add_credential(tenant, name, provider, inherited=True)
                          for name, provider in SEEDED_CREDENTIALS]
        for name, credential in zip(SEEDED_CONNECTORS, credential_ids, strict=True):
            connector = Connector(self._new_id(), name, tenant, credential, dict(SEEDED_SETTINGS))
            self.connectors[connector.connector_id] = connector

    def add_credential(self, tenant: str, name: str, provider: str, inherited: bool = False) -> str:
        symbol = f"Extractor_Credential_Design_{self.credential_count}"
        self.credential_count += 1
        credential = Credential(self._new_id(), name, provider, tenant, inherited, symbol)
        self.credentials[credential.credential_id] = credential
        self.credential_order.setdefault(tenant, []).append(credential.credential_id)
        if tenant != self._admin:  # the administrating tenant sees every credential
            self.credential_order.setdefault(self._admin, []).append(credential.credential_id)
        return credential.credential_id

    def delete_credential(self, credential_id: str) -> None:
        """Forget the credential; connectors that used it are left without one."""
        credential = self.credentials.pop(credential_id)
        for tenant in {credential.tenant, self._admin}:
            self.credential_order[tenant].remove(credential_id)
        for connector in self.connectors.values():
            if connector.credential_id == credential_id:
                connector.credential_id = None

    def credential_page(self, tenant: str, start: int, limit: int) -> list[Credential]:
        """One page of the credentials the tenant sees, in creation order, at the cost of the page."""
        ids = self.credential_order.get(tenant, [])[start : start + limit]
        return [self.credentials[i] for i in ids]

    def connectors_of(self, tenant: str) -> list[Connector]:
        """The connectors the tenant sees: its own, or every one for the administrating tenant."""
        return [c for c in self.connectors.values() if c.tenant == tenant or tenant == self._admin]
