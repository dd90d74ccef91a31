"""Data Intake in the mock: sources with definitions, transfer sessions that keep their batches by sequence (a
repeated sequence is not counted twice), and completion starting a receiving job (and a processing job) on the
mock's clock."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import Api

SESSIONS = "/v1/op/data-transfer-sessions"


def _source(api: Api, name: str) -> dict[str, Any]:
    sources = api.ok(api.get("/v1/op/data-sources"))["sources"]
    return next(s for s in sources if s["name"] == name)


def _session(api: Api) -> str:
    return str(api.ok(api.send("POST", SESSIONS, None))["transferSessionId"])


def _push(api: Api, session: str, source: str, sequence: int, rows: str, **params: Any) -> Any:
    return api.send("PUT", f"{SESSIONS}/{session}/add", rows, sourceId=source, sequence=sequence, **params)


def test_a_batch_or_file_sent_without_a_sequence_is_kept_after_the_highest_held(api: Api) -> None:
    session, source = _session(api), _source(api, "Employee")["sourceId"]
    assert api.ok(_push(api, session, source, 5, "EmployeeID,StartDate\n5,2026-01-05"))["sequence"] == 5
    unnumbered = api.send("PUT", f"{SESSIONS}/{session}/add", "EmployeeID,StartDate\n6,2026-01-06", sourceId=source)
    assert api.ok(unnumbered)["sequence"] == 6  # the spec makes the number optional: taken, not refused
    files = {"file": ("Employee.csv", b"EmployeeID,StartDate\n7,2026-01-07\n", "text/csv")}
    uploaded = api.http.put(f"{SESSIONS}/{session}/upload", files=files, params={"sourceId": source},
                            headers=api.headers)
    assert api.ok(uploaded)["sequence"] == 7
    assert sorted(api.state.transfer_store.sessions[session].batches) == [5, 6, 7]


def test_sources_carry_their_column_definitions(api: Api) -> None:
    employee = _source(api, "Employee")
    columns = {c["columnName"]: c for c in employee["columns"]}
    assert columns["EmployeeID"]["isMandatory"] is True and columns["FirstName"]["isMandatory"] is False
    assert employee["fileNameRegex"] and employee["sourceId"]


def test_a_repeated_sequence_is_not_counted_twice_and_batches_stay_in_order(api: Api) -> None:
    source = _source(api, "Employee")["sourceId"]
    session = _session(api)
    for sequence in (2, 1, 2):  # out of order, and the second batch resent (its answer lost)
        rows = f"EmployeeID,StartDate\n{sequence},2026-01-0{sequence}"
        assert api.ok(_push(api, session, source, sequence, rows))["sequence"] == sequence
    kept = api.state.transfer_store.sessions[session]
    assert [b.sequence for b in kept.ordered()] == [1, 2] and kept.duplicates == 1
    done = api.ok(api.send("POST", "/v1/op/jobs/receiving-jobs", {"transferSessionId": session}))
    assert done["status"] == "SUCCEED"
    size = 2 * len("EmployeeID,StartDate\n1,2026-01-01")  # two batches of this length, the resent one not counted
    assert done["dataTransferResultDetails"] == [
        {"tenantCode": "WFF_j1r", "sourceNames": ["Employee"], "rows": "2", "dataSize": str(size)}]


def test_records_are_checked_against_the_source_s_columns(api: Api) -> None:
    source = _source(api, "Employee")["sourceId"]
    session = _session(api)
    unknown = _push(api, session, source, 1, "EmployeeID,StartDate,Shoe\n1,2026-01-01,42")
    assert unknown.status_code == 400 and "'Shoe'" in unknown.json()["message"]
    missing = _push(api, session, source, 1, "EmployeeID\n1")
    assert missing.status_code == 400 and "'StartDate'" in missing.json()["message"]
    assert api.state.transfer_store.sessions[session].batches == {}


def test_completion_starts_a_receiving_job_then_processing_on_the_mock_s_clock(api: Api) -> None:
    source = _source(api, "Employee")["sourceId"]
    session = _session(api)
    api.ok(_push(api, session, source, 1, "EmployeeID,StartDate\n7,2026-01-01", tenantCode="WFF_j1r~c7o"))
    done = api.ok(api.send("POST", "/v1/op/jobs/receiving-jobs", {"transferSessionId": session,
                                                                  "processingData": True}))
    job_id = done["dataReceivingJobId"]
    status = api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job_id}", jobs=True))
    assert status["status"] == "Pending"
    api.advance(30)
    status = api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job_id}", jobs=True))
    assert status["status"] == "Succeeded"
    assert [(j["tenantCode"], j["status"]) for j in status["receivingJobs"]] == [("WFF_j1r~c7o", "Succeeded")]
    processing = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job_id}"))["processingJobs"]
    assert [(j["tenantCode"], j["status"]) for j in processing] == [("WFF_j1r~c7o", "Succeeded")]
    assert processing[0]["dataVersion"]
    # A completed session takes nothing more.
    late = _push(api, session, source, 2, "EmployeeID,StartDate\n8,2026-01-01")
    assert late.status_code == 409 and "is completed, not open" in late.json()["message"]


def test_a_cancelled_session_starts_no_job_and_takes_nothing_more(api: Api) -> None:
    session = _session(api)
    cancelled = api.ok(api.send("PUT", f"{SESSIONS}/{session}/cancel", None))
    assert cancelled["status"] == "CANCELLED"
    jobs_before = len(api.state.jobs)
    refused = api.send("POST", "/v1/op/jobs/receiving-jobs", {"transferSessionId": session})
    assert refused.status_code == 409 and "is cancelled, not open" in refused.json()["message"]
    assert len(api.state.jobs) == jobs_before


def test_files_go_to_the_source_their_name_matches(api: Api) -> None:
    session = _session(api)
    files = {"file": ("Applicant_2026.csv", b"ApplicantID,Stage\n1,Offer\n2,Hired\n", "text/csv")}
    answer = api.http.put(f"{SESSIONS}/{session}/upload", files=files, params={"sequence": 1}, headers=api.headers)
    assert answer.status_code == 200, answer.text
    batch = api.state.transfer_store.sessions[session].batches[1]
    assert (batch.source, batch.rows, batch.name) == ("Applicant", 2, "Applicant_2026.csv")
    wrong = api.http.put(f"{SESSIONS}/{session}/upload", files={"file": ("a.xlsx", b"x", "text/csv")},
                         params={"sequence": 2}, headers=api.headers)
    assert wrong.status_code == 400 and "file" in wrong.json()["message"]


def test_a_batch_whose_answer_was_lost_is_kept_once_when_resent(mock_server: Any) -> None:
    token = httpx.post(mock_server.url + "/v1/admin/visierSecureToken",
                       data={"username": mock_server.username, "password": mock_server.password}).text
    with httpx.Client(base_url=mock_server.url, headers={"apikey": mock_server.api_key,
                                                         "Cookie": f"VisierASIDToken={token}"}) as http:
        source = next(s for s in http.get("/v1/op/data-sources").json()["sources"] if s["name"] == "Employee")
        session = http.post(SESSIONS).json()["transferSessionId"]
        http.post("/__mock__/faults", json={"operationId": "pushData", "sequence": ["lost", 503]})
        batch = {"json": "EmployeeID,StartDate\n1,2026-01-01",
                 "params": {"sourceId": source["sourceId"], "sequence": 1}}
        with pytest.raises(httpx.TransportError):  # the mock kept the batch, then closed the connection
            http.put(f"{SESSIONS}/{session}/add", **batch)
        assert http.put(f"{SESSIONS}/{session}/add", **batch).status_code == 503  # the faults apply here too
        assert http.put(f"{SESSIONS}/{session}/add", **batch).status_code == 200
        done = http.post("/v1/op/jobs/receiving-jobs", json={"transferSessionId": session}).json()
    assert [d["rows"] for d in done["dataTransferResultDetails"]] == ["1"]


def test_a_large_file_streams_and_its_header_is_checked_against_its_source(api: Api) -> None:
    source = _source(api, "Employee")["sourceId"]
    session = _session(api)
    rows = b"".join(b"%d,2026-01-01\n" % i for i in range(200_000))  # ~3 MB: over the 1 MiB a JSON body may have
    big = {"file": ("hr.csv", b"EmployeeID,StartDate\n" + rows, "text/csv")}
    answer = api.http.put(f"{SESSIONS}/{session}/upload", files=big, params={"sequence": 1, "sourceId": source},
                          headers=api.headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["tenants"][0]["sources"][0]["rows"] == "200000"
    lacking = {"file": ("hr.csv", b"EmployeeID\n1\n", "text/csv")}
    refused = api.http.put(f"{SESSIONS}/{session}/upload", files=lacking, params={"sequence": 2, "sourceId": source},
                           headers=api.headers)
    assert refused.status_code == 400 and "'StartDate'" in refused.json()["message"]
    assert sorted(api.state.transfer_store.sessions[session].batches) == [1]
