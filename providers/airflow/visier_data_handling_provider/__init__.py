"""Apache Airflow provider for Visier's Data and Job Handling API, on the SDK's public API.

- ``hooks.visier.VisierHook``: the ``visier`` connection type (host, API key, username/password or OAuth client
  credentials) and the SDK client built from it.
- ``operators.visier``: ``VisierLoadOperator`` and ``VisierExtractAndLoadOperator``, waiting in the task or, with
  ``deferrable=True``, in Airflow's triggerer; the job ID is recorded as soon as the job exists (a load's
  reconciliation anchor before it is sent), so a retried task follows that job instead of starting another.
- ``operators.visier_intake``: ``VisierDirectIntakeOperator``, a Direct Data Intake transaction committed exactly
  once across retries (its ID recorded the moment it exists).
- ``sensors.visier.VisierJobSensor``: waits for a job started elsewhere.
- ``triggers.visier.VisierJobTrigger``: follows a job tree with the SDK's async futures and fires once at its end.

Airflow finds the provider through the ``apache_airflow_provider`` entry point, which names
:func:`get_provider_info`; importing this package imports neither Airflow nor the SDK.
"""

from __future__ import annotations

__version__ = "0.1.0"

CONNECTION_TYPE = "visier"


def get_provider_info() -> dict[str, object]:
    """What Airflow's providers manager reads: the package, its modules and the connection type with its form."""
    return {
        "package-name": "airflow-provider-visier-data-handling",
        "name": "Visier Data and Job Handling",
        "description": "Load HR data into Visier and follow the job trees, deferred, exactly once across retries.",
        "versions": [__version__],
        "integrations": [
            {"integration-name": "Visier Data and Job Handling", "external-doc-url": "https://docs.visier.com/"}
        ],
        "hooks": [_modules("hooks")],
        "operators": [_modules("operators", "visier", "visier_intake")],
        "sensors": [_modules("sensors")],
        "triggers": [_modules("triggers")],
        "connection-types": [
            {
                "connection-type": CONNECTION_TYPE,
                "hook-class-name": "visier_data_handling_provider.hooks.visier.VisierHook",
                "hook-name": "Visier Data and Job Handling",
                # Declared here, not in the hook, so the UI reads the form without importing the hook.
                "ui-field-behaviour": {
                    "hidden-fields": ["schema", "port"],
                    "relabeling": {"login": "Username", "password": "Password"},
                    "placeholders": {
                        "host": "https://<vanity>.api.visier.io",
                        "login": "username (or leave empty and give a client ID and secret)",
                    },
                },
                "conn-fields": {
                    "api_key": {
                        "label": "API key",
                        "description": "Visier API key, sent as the apikey header on every request",
                        "schema": {"type": "string", "format": "password"},
                    },
                    "client_id": {
                        "label": "OAuth client ID",
                        "description": "With username and password: OAuth password grant; alone: client credentials",
                        "schema": {"type": ["string", "null"]},
                    },
                    "client_secret": {
                        "label": "OAuth client secret",
                        "schema": {"type": ["string", "null"], "format": "password"},
                    },
                    "target_tenant_id": {
                        "label": "Target tenant",
                        "description": "The tenant to act as (default: the administrating tenant)",
                        "schema": {"type": ["string", "null"]},
                    },
                },
            }
        ],
    }


def _modules(concern: str, *names: str) -> dict[str, object]:
    return {
        "integration-name": "Visier Data and Job Handling",
        "python-modules": [f"visier_data_handling_provider.{concern}.{name}" for name in names or ("visier",)],
    }
