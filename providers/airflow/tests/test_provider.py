"""Airflow discovers the provider through its entry point: the connection type, its form, and the hook behind it."""

from __future__ import annotations

import json

import pytest
from airflow.providers_manager import ProvidersManager
from airflow.sdk import Connection
from airflow.sdk.log import redact
from airflow.sdk.providers_manager_runtime import ProvidersManagerTaskRuntime
from visier_data_handling import ConfigurationError
from visier_data_handling_provider.hooks.visier import ClientSettings, VisierHook


def test_the_connection_type_is_discovered_with_its_form() -> None:
    manager = ProvidersManager()

    assert "airflow-provider-visier-data-handling" in manager.providers
    hook = ProvidersManagerTaskRuntime().hooks["visier"]
    assert hook is not None
    assert hook.hook_class_name == "visier_data_handling_provider.hooks.visier.VisierHook"
    assert hook.connection_id_attribute_name == "visier_conn_id"
    widgets = manager.connection_form_widgets
    assert widgets["extra__visier__api_key"].is_sensitive
    assert widgets["extra__visier__client_secret"].is_sensitive
    assert not widgets["extra__visier__client_id"].is_sensitive
    assert manager.field_behaviours["visier"]["hidden_fields"] == ["schema", "port"]


def test_settings_come_from_the_connection_and_keep_secrets_out_of_reprs() -> None:
    conn = Connection(
        conn_id="v",
        conn_type="visier",
        host="acme.api.visier.io",
        extra=json.dumps({"api_key": "key-123", "client_id": "cid", "client_secret": "shh-456"}),
    )

    settings = ClientSettings.of(conn)

    assert settings.host == "https://acme.api.visier.io"
    assert settings.secrets == {"api_key": "key-123", "client_secret": "shh-456"}
    client = settings.client()
    assert "key-123" not in repr(settings) + repr(client) and "shh-456" not in repr(settings) + repr(client)
    client.close()


def test_a_connection_without_a_host_is_refused_naming_it() -> None:
    with pytest.raises(ConfigurationError, match="connection 'v' has no host"):
        ClientSettings.of(Connection(conn_id="v", conn_type="visier", extra=json.dumps({"api_key": "k"})))


def test_the_hook_has_its_secrets_masked_in_airflows_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    connection = {
        "conn_type": "visier",
        "host": "https://acme.api.visier.io",
        "login": "etl",
        "password": "pw-Secret-987",
        "extra": {"api_key": "key-Secret-123", "client_id": "cid", "client_secret": "cs-Secret-456"},
    }
    monkeypatch.setenv("AIRFLOW_CONN_VISIER_MASKED", json.dumps(connection))

    with VisierHook("visier_masked").get_conn() as client:
        line = redact(f"signing in to {client.host} with key-Secret-123, cs-Secret-456 and pw-Secret-987")

    assert "Secret" not in str(line) and "https://acme.api.visier.io" in str(line)
