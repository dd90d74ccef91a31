"""One upload path, on a real server on 127.0.0.1: DDI's uploadFile (``upload_to_transaction``) and fileUpload
(``client.upload``) stream through the generated operations; a retry after a 503 or a connection dropped mid-body
sends the whole file once more and the service keeps exactly one complete copy; progress starts again honestly;
a foreign upload location gets no credentials; bad files are refused, named, before anything is sent."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from visier_data_handling import APIConnectionError, InvalidArgument, UploadProgress, VisierDataHandling
from visier_data_handling._flows.intake_upload import INTAKE_FILES, IntakeUploadResult, upload_to_transaction
from visier_data_handling._flows.upload_check import check_data_file
from visier_data_handling._twins import finish

from .helpers import Sleeps
from .intake_server import DDI_PREFIX, Received, UploadService, upload_service
from .served import BACKENDS, network_client

TRANSACTION = "txn-0001"


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "Employee.csv"
    path.write_bytes(b"EmployeeID,Name\r\n" + b"".join(b"E%07d,Name %d\r\n" % (i, i) for i in range(150_000)))
    return path


def _expected(path: Path, where: str, filename: str | None = None) -> Received:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Received(where, filename or path.name, path.stat().st_size, sha)


def _ddi_path(object_name: str = "Employee") -> str:
    return f"{DDI_PREFIX}prod/transactions/{TRANSACTION}/{object_name}"


@pytest.fixture
def service() -> Iterator[tuple[UploadService, str]]:
    state = UploadService()
    with upload_service(state) as url:
        yield state, url


def _sync_upload(client: VisierDataHandling, path: Path, progress: list[UploadProgress]) -> IntakeUploadResult:
    ops = client.sync_driven_direct_data_intake
    return finish(upload_to_transaction(ops, TRANSACTION, "Employee", path, on_progress=progress.append))


def _async_upload(url: str, backend: str, path: Path, progress: list[UploadProgress]) -> IntakeUploadResult:
    async def run() -> IntakeUploadResult:
        async with network_client(url, backend, Sleeps()) as client:
            ops = client.direct_data_intake
            return await upload_to_transaction(ops, TRANSACTION, "Employee", path, on_progress=progress.append)

    return asyncio.run(run())


def _assert_progress(progress: list[UploadProgress], size: int, restarts: int) -> None:
    assert progress[-1] == UploadProgress("Employee.csv", size, size)
    assert {p.total for p in progress} == {size}
    starts = [i for i, p in enumerate(progress) if p.sent == 0]
    assert len(starts) == restarts  # a rewind reports 0 sent, once per retry
    for begin, end in zip([0, *starts], [*starts, len(progress)], strict=True):
        sent = [p.sent for p in progress[begin:end]]
        assert sent == sorted(sent)  # within one try, progress only grows


def test_a_file_is_streamed_to_the_transaction_with_progress(
    service: tuple[UploadService, str], csv_file: Path
) -> None:
    state, url = service
    progress: list[UploadProgress] = []
    with network_client(url, "httpx", Sleeps()) as client:
        result = _sync_upload(client, csv_file, progress)
    size = csv_file.stat().st_size
    assert state.received == [_expected(csv_file, _ddi_path())]
    assert (result.transaction_id, result.object_name, result.filename, result.size, result.tries) == (
        TRANSACTION, "Employee", "Employee.csv", size, 1)
    assert result.answer.transaction_id == TRANSACTION
    _assert_progress(progress, size, restarts=0)
    assert len(progress) >= 3  # read in chunks, not at once
    puts = [s for s in state.seen if s.method == "PUT"]
    assert [s.path for s in puts] == [_ddi_path()] and puts[0].credentials


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_retry_sends_the_whole_file_once_more(
    service: tuple[UploadService, str], csv_file: Path, fault: str, backend: str
) -> None:
    state, url = service
    state.script = [fault]
    progress: list[UploadProgress] = []
    result = _async_upload(url, backend, csv_file, progress)
    assert state.received == [_expected(csv_file, _ddi_path())]  # one complete copy, nothing partial
    assert result.tries == 2 and len([s for s in state.seen if s.method == "PUT"]) == 2
    _assert_progress(progress, csv_file.stat().st_size, restarts=1)


def test_the_sync_twin_retries_a_dropped_connection_too(service: tuple[UploadService, str], csv_file: Path) -> None:
    state, url = service
    state.script = ["drop"]
    progress: list[UploadProgress] = []
    with network_client(url, "httpx", Sleeps()) as client:
        result = _sync_upload(client, csv_file, progress)
    assert state.received == [_expected(csv_file, _ddi_path())] and result.tries == 2
    _assert_progress(progress, csv_file.stat().st_size, restarts=1)


def test_a_connection_lost_for_good_names_the_file_and_the_transaction(
    service: tuple[UploadService, str], csv_file: Path
) -> None:
    state, url = service
    state.script = ["drop"]
    with network_client(url, "httpx", Sleeps(), max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        _sync_upload(client, csv_file, [])
    message = str(caught.value)
    assert "'Employee.csv'" in message and f"of {csv_file.stat().st_size} bytes" in message
    assert TRANSACTION in message and "upload the file to it again" in message
    assert state.received == []


@pytest.mark.parametrize(
    ("name", "problem"),
    [("Employee.xlsx", "must end in .csv or .zip"), ("missing.csv", "does not exist"), ("folder.csv", "is a folder")],
)
def test_a_bad_file_is_refused_naming_it_before_anything_is_sent(
    service: tuple[UploadService, str], tmp_path: Path, name: str, problem: str
) -> None:
    state, url = service
    path = tmp_path / name
    if name == "Employee.xlsx":
        path.write_bytes(b"x")
    elif name == "folder.csv":
        path.mkdir()
    with network_client(url, "httpx", Sleeps()) as client, pytest.raises(InvalidArgument) as caught:
        _sync_upload(client, path, [])
    assert str(path) in str(caught.value) and problem in str(caught.value) and caught.value.argument == "path"
    assert state.seen == []


def test_a_checked_file_gone_before_its_upload_is_named_and_nothing_is_sent(
    service: tuple[UploadService, str], csv_file: Path
) -> None:
    """An intake's plan checks each file before the transaction opens; one removed before its upload opens it is an
    InvalidArgument naming it, not a bare OSError."""
    state, url = service
    checked = check_data_file(csv_file, INTAKE_FILES)
    csv_file.unlink()
    with network_client(url, "httpx", Sleeps()) as client, pytest.raises(InvalidArgument) as caught:
        finish(upload_to_transaction(client.sync_driven_direct_data_intake, TRANSACTION, "Employee", checked))
    assert str(csv_file) in str(caught.value) and "could not be opened" in str(caught.value), caught.value
    assert caught.value.argument == "path" and caught.value.__cause__ is None
    assert state.seen == []


@pytest.mark.parametrize("argument", ["transaction_id", "object_name"])
def test_the_transaction_and_object_must_be_named(
    service: tuple[UploadService, str], csv_file: Path, argument: str
) -> None:
    state, url = service
    names = {"transaction_id": TRANSACTION, "object_name": "Employee", argument: " "}
    with network_client(url, "httpx", Sleeps()) as client, pytest.raises(InvalidArgument) as caught:
        finish(upload_to_transaction(client.sync_driven_direct_data_intake, path=csv_file, **names))
    assert caught.value.argument == argument and argument in str(caught.value)
    assert state.seen == []


def test_a_foreign_upload_location_gets_no_credentials(csv_file: Path) -> None:
    api, storage = UploadService(), UploadService()
    with upload_service(storage) as storage_url:
        api.redirect_to = storage_url
        with upload_service(api) as url, network_client(url, "httpx", Sleeps(), target_tenant_id="WFF_j1r") as client:
            result = client.upload(csv_file, filename="hcm.csv")
    assert result.filename == "hcm.csv"
    assert [(s.path, s.credentials, s.tenant) for s in api.seen if s.method == "PUT"] == [
        ("/v1/data/upload/files/hcm.csv", True, "WFF_j1r")]  # the probe, to Visier's API
    assert [(s.method, s.credentials, s.tenant) for s in storage.seen] == [("PUT", False, None)]
    assert storage.received == [_expected(csv_file, "/__location__/hcm.csv", "hcm.csv")]


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_file_upload_retry_sends_the_whole_file_to_the_location_again(
    service: tuple[UploadService, str], csv_file: Path, fault: str
) -> None:
    state, url = service
    state.script = [fault]
    progress: list[UploadProgress] = []
    with network_client(url, "httpx", Sleeps()) as client:
        client.upload(csv_file, on_progress=progress.append)
    assert state.received == [_expected(csv_file, "/__location__/Employee.csv")]
    puts = [s.path.split("?")[0] for s in state.seen if s.method == "PUT"]
    assert puts == ["/v1/data/upload/files/Employee.csv", *["/__location__/Employee.csv"] * 2]  # one probe
    _assert_progress(progress, csv_file.stat().st_size, restarts=1)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_async_file_upload_retry_sends_the_whole_file_again(
    service: tuple[UploadService, str], csv_file: Path, backend: str
) -> None:
    state, url = service
    state.script = ["drop"]
    progress: list[UploadProgress] = []

    async def run() -> None:
        async with network_client(url, backend, Sleeps()) as client:
            await client.aupload(csv_file, on_progress=progress.append)

    asyncio.run(run())
    assert state.received == [_expected(csv_file, "/__location__/Employee.csv")]
    _assert_progress(progress, csv_file.stat().st_size, restarts=1)
