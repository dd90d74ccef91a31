"""Run under .venv-peers/bin/python (never imported by the test session): the official visier-platform-sdk's
DirectDataIntakeApi drives all ten Direct Data Intake operations against the mock at argv[1], signing in with the
credentials in argv[2:6]; prints what each call answered, as JSON, for tests/peers/test_official_intake.py."""

from __future__ import annotations

import json
import sys
from typing import Any

from visier_platform_sdk import (
    ApiClient,
    Configuration,
    DirectDataIntakeApi,
    DirectDataJobConfigDTO,
    DirectDataLoadConfigDTO,
    DirectDataSampleDataDTO,
)
from visier_platform_sdk.exceptions import ApiException

DRAFT = "prod"
HEADER = "EmployeeID,EffectiveDate,First_Name,Last_Name,Birth_Date,Gender,Location,Organization_Hierarchy," \
         "Direct_Manager,Annual_Salary\nE1,2026-01-01,Ada,L,1990-01-01,F,Vancouver,Org1,,100\n"


def _refused(call: Any) -> list[Any]:
    """The status and message of a call the mock refuses."""
    try:
        call()
    except ApiException as error:
        return [error.status, json.loads(error.body or "{}").get("message", "")]
    return [200, ""]


def main() -> None:
    url, api_key, username, password, tenant = sys.argv[1:6]
    config = Configuration(host=url, api_key=api_key, username=username, password=password)
    api = DirectDataIntakeApi(ApiClient(config))
    out: dict[str, Any] = {}
    job = DirectDataJobConfigDTO(supplemental_mode="IS_SUPPLEMENTAL", extend_objects=["Employee"])
    out["putConfig"] = api.put_config(DRAFT, DirectDataLoadConfigDTO(job=job), target_tenant_id=tenant).to_dict()
    out["getConfig"] = api.get_config(DRAFT, target_tenant_id=tenant).to_dict()
    out["objectSchema"] = api.object_schema(DRAFT, "Employee", target_tenant_id=tenant).to_dict()
    kept = api.start_transaction(DRAFT, target_tenant_id=tenant).transaction_id
    dropped = api.start_transaction(DRAFT, target_tenant_id=tenant).transaction_id
    out["started"] = [kept, dropped]
    out["listTransactions"] = api.list_transactions(DRAFT, target_tenant_id=tenant).to_dict()
    out["uploadFile"] = api.upload_file(DRAFT, kept, "Employee", target_tenant_id=tenant,
                                        file=("employees.csv", HEADER.encode())).to_dict()
    out["uploadRefused"] = _refused(lambda: api.upload_file(DRAFT, kept, "Employee", target_tenant_id=tenant,
                                                            file=("short.csv", b"EmployeeID\nE1\n")))
    sample = DirectDataSampleDataDTO(sample_name="employee_exit")
    out["loadSampleData"] = api.load_sample_data(DRAFT, kept, "Employee_Exit", sample,
                                                 target_tenant_id=tenant).to_dict()
    out["rollbackTransaction"] = api.rollback_transaction(DRAFT, dropped, target_tenant_id=tenant).to_dict()
    out["commitTransaction"] = api.commit_transaction(DRAFT, kept, target_tenant_id=tenant).to_dict()
    out["commitAgain"] = _refused(lambda: api.commit_transaction(DRAFT, kept, target_tenant_id=tenant))
    out["transactionStatus"] = api.job_status(DRAFT, kept, target_tenant_id=tenant).to_dict()
    out["listAfter"] = api.list_transactions(DRAFT, target_tenant_id=tenant).to_dict()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
