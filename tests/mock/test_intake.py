"""Direct Data Intake in the mock: the prod draft, load schemas, config, and transactions that are open, committed
or rolled back, with a processing job per commit on the mock's clock; upload errors and the schema check."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from .conftest import Api

BASE = f"/v1/data/directloads/{INTAKE_DRAFT_ID}"
EMPLOYEE = b"EmployeeID,EffectiveDate,First_Name,Last_Name,Birth_Date,Gender,Location,Organization_Hierarchy," \
           b"Direct_Manager,Annual_Salary\nE1,2026-01-01,Ada,L,1990-01-01,F,Vancouver,Org1,,100\n"
TENANT = "WFF_j1r~c7o"


def start(api: Api, **headers: str) -> str:
    return str(api.ok(api.http.post(f"{BASE}/transactions", headers={**api.headers, **headers}))["transactionId"])


def upload(api: Api, transaction: str, obj: str, content: bytes, name: str = "employees.csv",
           **headers: str) -> Any:
    return api.http.put(f"{BASE}/transactions/{transaction}/{obj}", files={"file": (name, content, "text/csv")},
                        headers={**api.headers, **headers})


def commit(api: Api, transaction: str, **headers: str) -> Any:
    return api.http.post(f"{BASE}/transactions/{transaction}", headers={**api.headers, **headers})


def status(api: Api, transaction: str, **headers: str) -> Any:
    return api.http.get(f"{BASE}/transactions/{transaction}", headers={**api.headers, **headers})


def test_only_the_prod_draft_exists(api: Api) -> None:
    response = api.get("/v1/data/directloads/draft7/configs")
    assert response.status_code == 404 and "draft7" in response.json()["message"]


def test_the_load_schemas_list_mandatory_columns_and_unknown_objects_are_404(api: Api) -> None:
    for obj in ("Employee", "Requisition", "Employee_Exit"):
        columns = api.ok(api.get(f"{BASE}/schemas/{obj}"))["schema"]
        assert any(c["isMandatory"] for c in columns) and any(not c["isMandatory"] for c in columns)
    response = api.get(f"{BASE}/schemas/Nonsense")
    assert response.status_code == 404 and "Nonsense" in response.json()["message"]


def test_put_config_changes_what_it_names_and_keeps_the_rest(api: Api) -> None:
    assert api.ok(api.get(f"{BASE}/configs"))["job"]["supplementalMode"] == "IS_PRIMARY"
    api.ok(api.send("PUT", f"{BASE}/configs", {"job": {"supplementalMode": "IS_SUPPLEMENTAL"}}))
    unchanged = {"supplementalMode": "UNCHANGED", "extendObjects": ["Employee"]}
    api.ok(api.send("PUT", f"{BASE}/configs", {"job": unchanged}))
    assert api.ok(api.get(f"{BASE}/configs"))["job"] == {"supplementalMode": "IS_SUPPLEMENTAL",
                                                         "extendObjects": ["Employee"]}


def test_a_commit_runs_a_processing_job_on_the_clock_for_the_tenant(api: Api) -> None:
    transaction = start(api, TargetTenantID=TENANT)
    api.ok(upload(api, transaction, "Employee", EMPLOYEE, TargetTenantID=TENANT))
    assert status(api, transaction, TargetTenantID=TENANT).status_code == 404  # open: not committed yet
    answer = api.ok(commit(api, transaction, TargetTenantID=TENANT))
    assert answer["status"] == "committed"
    first = api.ok(status(api, transaction, TargetTenantID=TENANT))
    assert first["tenantCode"] == TENANT and first["transactionId"] == transaction
    assert first["status"] in ("Pending", "Running")
    line = api.ok(api.get(f"/v1/op/job-status/jobs/{first['jobId']}"))[0]
    assert line["jobType"] == "PROCESSING_JOB" and line["tenant"] == TENANT
    api.advance(5)
    assert api.ok(status(api, transaction, TargetTenantID=TENANT))["status"] == "Succeeded"


def test_a_planted_failure_fails_the_tenant_s_commit_job(api: Api) -> None:
    assert api.http.post("/__mock__/failures", json={"tenantCode": TENANT, "message": "boom"}).status_code == 200
    transaction = start(api, TargetTenantID=TENANT)
    api.ok(commit(api, transaction, TargetTenantID=TENANT))
    api.advance(5)
    failed = api.ok(status(api, transaction, TargetTenantID=TENANT))
    assert (failed["status"], failed["message"]) == ("Failed", "boom")
    other = start(api)  # the administrating tenant has no failure planted
    api.ok(commit(api, other))
    api.advance(5)
    assert api.ok(status(api, other))["status"] == "Succeeded"


def test_a_second_commit_is_refused_and_counted(api: Api) -> None:
    transaction = start(api)
    api.ok(commit(api, transaction))
    again = commit(api, transaction)
    assert again.status_code == 409 and "already committed" in again.json()["message"]
    counts = api.http.get("/__mock__/intake").json()
    assert counts["doubleCommits"] == 1 and counts["open"] == 0
    assert (counts["transactions"][transaction]["commits"], counts["transactions"][transaction]["commitAttempts"]) \
        == (1, 2)


def test_rollback_discards_files_and_closes_the_transaction(api: Api) -> None:
    transaction = start(api)
    api.ok(upload(api, transaction, "Employee", EMPLOYEE))
    listed = api.ok(api.get(f"{BASE}/transactions"))["transactions"]
    assert [t["transactionId"] for t in listed] == [transaction] and listed[0]["status"] == "open"
    assert listed[0]["created"].endswith("Z")
    assert api.ok(api.http.delete(f"{BASE}/transactions/{transaction}", headers=api.headers))["status"] \
        == "rolled back"
    assert api.state.intake_store.transactions[transaction].files == {}
    assert api.ok(api.get(f"{BASE}/transactions"))["transactions"] == []
    assert status(api, transaction).status_code == 404
    assert commit(api, transaction).status_code == 404
    assert upload(api, transaction, "Employee", EMPLOYEE).status_code == 409


def test_upload_errors_name_what_is_wrong(api: Api) -> None:
    assert upload(api, "no-such-transaction", "Employee", EMPLOYEE).status_code == 404
    transaction = start(api)
    unknown = upload(api, transaction, "Nonsense", EMPLOYEE)
    assert unknown.status_code == 404 and "Nonsense" in unknown.json()["message"]
    wrong_type = upload(api, transaction, "Employee", EMPLOYEE, name="employees.txt")
    assert wrong_type.status_code == 400 and "employees.txt" in wrong_type.json()["message"]
    api.ok(commit(api, transaction))
    assert upload(api, transaction, "Employee", EMPLOYEE).status_code == 409
    assert commit(api, "no-such-transaction").status_code == 404


def test_a_header_missing_a_schema_column_is_refused_and_the_transaction_stays_open(api: Api) -> None:
    transaction = start(api)
    refused = upload(api, transaction, "Employee", b"EmployeeID,First_Name\nE1,Ada\n")
    message = refused.json()["message"]
    assert refused.status_code == 400 and "Employee" in message and "'EffectiveDate'" in message
    assert api.state.intake_store.transactions[transaction].status == "open"
    assert api.state.intake_store.transactions[transaction].files == {}


def test_a_zip_is_checked_by_its_first_csv(api: Api) -> None:
    transaction = start(api)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("requisitions.csv", "RequisitionID,EffectiveDate\nR1,2026-01-01\n")
    refused = upload(api, transaction, "Requisition", packed.getvalue(), name="requisitions.zip")
    assert refused.status_code == 400 and "'Requisition_Status'" in refused.json()["message"]
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("requisitions.csv", "RequisitionID,EffectiveDate,Requisition_Status,Job_Name,Location,"
                                             "Hiring_Manager,Open_Date\nR1,2026-01-01,Open,,,,\n")
    api.ok(upload(api, transaction, "Requisition", packed.getvalue(), name="requisitions.zip"))


def test_a_second_upload_for_an_object_replaces_the_first(api: Api) -> None:
    transaction = start(api)
    api.ok(upload(api, transaction, "Employee", EMPLOYEE, name="a.csv"))
    api.ok(upload(api, transaction, "Employee", EMPLOYEE + b"E2,2026-01-01,,,,,,,,\n", name="b.csv"))
    files = api.state.intake_store.transactions[transaction].files
    assert list(files) == ["Employee"] and files["Employee"].filename == "b.csv"
    assert files["Employee"].size == len(EMPLOYEE) + 22


def test_sample_data_loads_known_samples_into_their_object(api: Api) -> None:
    transaction = start(api)
    path = f"{BASE}/transactions/{transaction}/Employee_Exit/sample-data"
    api.ok(api.http.post(path, params={"sampleName": "employee_exit"}, headers=api.headers))
    assert list(api.state.intake_store.transactions[transaction].files) == ["Employee_Exit"]
    unknown = api.http.post(path, params={"sampleName": "payroll"}, headers=api.headers)
    assert unknown.status_code == 400 and "payroll" in unknown.json()["message"]


def test_other_tenants_transactions_are_not_found(api: Api) -> None:
    transaction = start(api, TargetTenantID=TENANT)
    assert commit(api, transaction).status_code == 404
    assert api.ok(api.get(f"{BASE}/transactions"))["transactions"] == []


def test_the_sample_name_may_come_in_a_json_body_as_the_official_sdk_sends_it(api: Api) -> None:
    transaction = start(api)
    path = f"{BASE}/transactions/{transaction}/Employee/sample-data"
    api.ok(api.send("POST", path, {"sampleName": "employee"}))
    assert list(api.state.intake_store.transactions[transaction].files) == ["Employee"]
    nested = api.send("POST", path, {"sampleName": {"not": "a name"}})
    assert nested.status_code == 400 and "sampleName" in nested.json()["message"]
