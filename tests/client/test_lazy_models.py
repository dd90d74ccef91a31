"""A first call imports only the models its operation needs (the models package imports each model on first use),
asyncio only when something async runs, and none of the modules only rare paths need (cold start)."""

from __future__ import annotations

import json
import subprocess
import sys

FIRST_CALL = """
import json, sys
import httpx
from visier_data_handling import VisierDataHandling

def answer(request):
    if request.url.path == "/v1/admin/visierSecureToken":
        return httpx.Response(200, text="token")
    body = {"tenants": [{"tenantCode": "t1", "dataVersions": [{"dataVersion": "1"}]}]}
    return httpx.Response(200, json=body)

client = VisierDataHandling(host="https://acme.api.visier.io", api_key="k", username="u", password="p",
                            transport=httpx.MockTransport(answer))
assert client.data_and_job_handling.latest_enabled_dv().tenants[0].tenant_code == "t1"
print(json.dumps({"models": sorted(m.rsplit(".", 1)[1] for m in sys.modules if ".models." in m),
                  "asyncio": "asyncio" in sys.modules, "loaded": sorted(sys.modules)}))
"""
# Imported where they are used: a did-you-mean hint (difflib), iterator=True (paging), the per-call keywords
# (extras, and the request extras they make), a redirected upload (redirect), a failed connection, a client given
# its own httpx.Client (user_client). A plain call needs none of them.
RARE_PATHS = (
    "difflib",
    "visier_data_handling._calls.extras",
    "visier_data_handling._calls.page_ahead",
    "visier_data_handling._calls.pagination",
    "visier_data_handling._calls.redirect",
    "visier_data_handling._http.connection_errors",
    "visier_data_handling._http.request_extras",
    "visier_data_handling._http.user_client",
)


def test_a_first_call_imports_only_its_models_and_no_asyncio() -> None:
    result = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = json.loads(result.stdout)
    assert loaded["models"] == [
        "data_version_and_date_dto",
        "multiple_tenant_data_versions_details_dto",
        "multiple_tenant_data_versions_list_dto",
    ]
    assert loaded["asyncio"] is False
    assert [name for name in RARE_PATHS if name in loaded["loaded"]] == []


def test_every_model_is_still_reachable_from_the_package() -> None:
    from visier_data_handling_api import models

    assert len(models.__all__) > 100
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))
