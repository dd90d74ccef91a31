"""The consolidated analytics tenant can be discovered: the data-versions list shows it with versions of its own,
consolidated-analytics-jobs accepts it, and the mock's help and startup output name it."""

from __future__ import annotations

from typing import Any

import pytest
from visier_mock import cli

from .conftest import Api

CONSOLIDATED = "WFF_j1r~CAa7s"


def test_the_data_versions_list_shows_the_consolidated_tenant_with_its_own_versions(api: Api) -> None:
    listed = api.ok(api.get("/v1/op/data-versions"))["tenants"]
    codes = [t["tenantCode"] for t in listed]
    assert codes[-1] == CONSOLIDATED and len(codes) == len(set(codes)) == len(api.state.tenants) + 1
    own = next(t for t in listed if t["tenantCode"] == CONSOLIDATED)["dataVersions"]
    others = {v["dataVersion"] for t in listed if t["tenantCode"] != CONSOLIDATED for v in t["dataVersions"]}
    assert len(own) == 2 and not {v["dataVersion"] for v in own} & others
    alone = api.ok(api.get("/v1/op/data-versions", tenantCode=CONSOLIDATED))["tenants"]
    assert alone == [{"tenantCode": CONSOLIDATED, "dataVersions": own}]


def test_a_client_can_find_the_tenant_consolidated_jobs_accept(api: Api) -> None:
    listed = [t["tenantCode"] for t in api.ok(api.get("/v1/op/data-versions"))["tenants"]]
    accepted = []
    for tenant in listed:
        response = api.send("POST", "/v1alpha/op/jobs/consolidated-analytics-jobs", {"tenantCode": tenant})
        if response.status_code == 200:
            accepted.append(tenant)
    assert accepted == [CONSOLIDATED]


def test_paging_the_list_reaches_the_consolidated_tenant(api: Api) -> None:
    codes: list[str] = []
    start = 0
    while page := api.ok(api.get("/v1/op/data-versions", limit=2, start=start))["tenants"]:
        codes += [t["tenantCode"] for t in page]
        start += 2
    assert codes == [*api.state.tenants, CONSOLIDATED]


def test_help_and_startup_output_name_the_consolidated_tenant(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        cli.main(["serve", "--help"])
    assert "consolidated analytics" in capsys.readouterr().out.replace("\n", " ")
    served: list[Any] = []
    monkeypatch.setattr(cli, "serve", lambda app, sock, protocol, tls=None: served.append(sock))
    assert cli.main(["serve", "--port", "0"]) == 0
    out = capsys.readouterr().out
    port = served[0].getsockname()[1]
    served[0].close()
    assert CONSOLIDATED in out and "consolidated analytics" in out and f"127.0.0.1:{port}" in out
