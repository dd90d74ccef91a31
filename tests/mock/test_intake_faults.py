"""The mock's faults on Direct Data Intake's routes, over a real connection: a commit whose answer is lost still
commits (once), and the streamed uploadFile gets 503s, 429s, dropped connections and lost answers like any route."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from .test_intake import EMPLOYEE

BASE = f"/v1/data/directloads/{INTAKE_DRAFT_ID}"


@pytest.fixture
def http(mock_server: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock_server.url, timeout=10) as client:
        token = client.post("/v1/admin/visierSecureToken",
                            data={"username": mock_server.username, "password": mock_server.password}).text
        client.headers.update({"apikey": mock_server.api_key, "Cookie": f"VisierASIDToken={token}"})
        yield client


def _faults(http: httpx.Client, operation_id: str, *sequence: Any) -> None:
    answer = http.post("/__mock__/faults", json={"operationId": operation_id, "sequence": list(sequence)})
    assert answer.status_code == 200, answer.text


def _upload(http: httpx.Client, transaction: str, name: str = "e.csv") -> httpx.Response:
    return http.put(f"{BASE}/transactions/{transaction}/Employee", files={"file": (name, EMPLOYEE, "text/csv")})


def test_a_commit_whose_answer_is_lost_has_committed_once(http: httpx.Client, mock_intake: Any) -> None:
    transaction = http.post(f"{BASE}/transactions").json()["transactionId"]
    _faults(http, "commitTransaction", "lost")
    with pytest.raises(httpx.TransportError):
        http.post(f"{BASE}/transactions/{transaction}")
    found = http.get(f"{BASE}/transactions/{transaction}")
    assert found.status_code == 200 and found.json()["jobId"]
    counts = http.get("/__mock__/intake").json()
    assert counts["transactions"][transaction]["commits"] == 1
    assert (counts["open"], counts["doubleCommits"]) == (0, 0)
    assert mock_intake() == counts  # the pytest plugin reads the same counts


def test_the_streamed_upload_gets_every_fault(http: httpx.Client, mock_server: Any) -> None:
    transaction = http.post(f"{BASE}/transactions").json()["transactionId"]
    files = mock_server.state.intake_store.transactions[transaction].files
    _faults(http, "uploadFile", 503, 429, "drop", "lost")
    assert _upload(http, transaction).status_code == 503
    throttled = _upload(http, transaction)
    assert throttled.status_code == 429 and throttled.headers["Retry-After"] == "1"
    with pytest.raises(httpx.TransportError):
        _upload(http, transaction)
    assert files == {}  # refused or dropped before the operation ran: nothing received
    with pytest.raises(httpx.TransportError):
        _upload(http, transaction, "lost.csv")
    assert files["Employee"].filename == "lost.csv"  # the lost answer's upload was received
    assert _upload(http, transaction, "again.csv").status_code == 200  # the retry replaces it
    assert list(files) == ["Employee"] and files["Employee"].filename == "again.csv"
    faults = [e["fault"] for e in http.get("/__mock__/requests").json()["requests"] if e["operationId"] == "uploadFile"]
    assert faults == [503, 429, "drop", "lost", None]


def test_a_large_upload_streams_through_and_is_counted(http: httpx.Client, mock_server: Any) -> None:
    transaction = http.post(f"{BASE}/transactions").json()["transactionId"]
    boundary = "intake-boundary"
    row = b"E1,2026-01-01,Ada,L,1990-01-01,F,Vancouver,Org1,,100\n"
    rows = 200_000  # about 11 MB, sent in chunks

    def body() -> Iterator[bytes]:
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
               "Content-Type: text/csv\r\n\r\n").encode() + EMPLOYEE
        for _ in range(rows // 1000):
            yield row * 1000
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = http.put(f"{BASE}/transactions/{transaction}/Employee", content=body(),
                      headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code == 200, answer.text
    assert mock_server.state.intake_store.transactions[transaction].files["Employee"].size \
        == len(EMPLOYEE) + rows * len(row)
