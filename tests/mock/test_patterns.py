"""fileNameRegex runs on RE2: a pattern that would backtrack for minutes in Python's re answers at once, and the
server keeps answering others; text RE2 does not take as a pattern is matched as plain text."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from visier_mock import MockConfig, RunningMock, serve_in_thread
from visier_mock._state import Upload

from .conftest import Api

PATHOLOGICAL = "(.*.*)*Z"
LONG_NAME = "WFF_j1r~c7o_" + "a" * 60 + ".zip.gpg"  # long enough that backtracking would never end


@pytest.fixture
def running() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(manual_clock=True)) as mock:
        mock.state.sftp.append(LONG_NAME)
        yield mock


def _signed_in(mock: RunningMock) -> httpx.Client:
    token = httpx.post(f"{mock.url}/v1/admin/visierSecureToken",
                       data={"username": mock.username, "password": mock.password}).text
    return httpx.Client(base_url=mock.url, timeout=20,
                        headers={"apikey": mock.api_key, "Cookie": f"VisierASIDToken={token}"})


def test_a_pathological_pattern_answers_and_the_server_stays_responsive(running: RunningMock) -> None:
    with _signed_in(running) as client:
        job = client.post("/v1/op/data/startload", json={"model": {"files": [LONG_NAME]}}).json()["jobId"]
        running.state.advance(60)
        answers: dict[str, int] = {}

        def hostile() -> None:
            answers["source"] = client.get("/v1alpha/op/data/uploaded-files",
                                           params={"fileNameRegex": PATHOLOGICAL}).status_code
            answers["extracted"] = client.get(f"/v1alpha/op/data/receiving-jobs/{job}/files",
                                              params={"fileNameRegex": PATHOLOGICAL}).status_code

        thread = threading.Thread(target=hostile)
        thread.start()
        # Meanwhile another caller is answered.
        assert client.get("/v1/op/data/categories").status_code == 200
        thread.join(timeout=20)
        assert not thread.is_alive()
        assert answers == {"source": 200, "extracted": 200}
        body = {"uploads": [{"tenantCode": "WFF_j1r~c7o", "fileNameRegex": PATHOLOGICAL}]}
        assert client.put("/v1/op/data/uploads/exclude", json=body).status_code == 200
    assert running.state.unexpected == []


@pytest.mark.parametrize("pattern", ["odd(name", "odd(name.zip", "(?=x)|odd(name", r"(a)\1|odd(name"])
def test_text_re2_does_not_take_as_a_pattern_is_matched_as_plain_text(api: Api, pattern: str) -> None:
    # Syntax errors and constructs RE2 leaves out (lookaround, backreferences): plain text, still linear.
    api.state.uploads.append(Upload("WFF_j1r~c7o", api.state.now() - 1, "WFF_j1r~c7o_odd(name.zip"))
    files = api.ok(api.get("/v1alpha/op/data/uploaded-files", fileNameRegex=pattern))["sourceFiles"]
    expected = ["WFF_j1r~c7o_odd(name.zip"] if pattern.startswith("odd") else []
    assert [f["filename"] for f in files] == expected


def test_an_ordinary_pattern_still_filters(api: Api) -> None:
    files = api.ok(api.get("/v1alpha/op/data/uploaded-files", fileNameRegex=r"~c7o_hcm_[12]\."))["sourceFiles"]
    assert sorted(f["filename"] for f in files) == ["WFF_j1r~c7o_hcm_1.zip.gpg", "WFF_j1r~c7o_hcm_2.zip.gpg"]
