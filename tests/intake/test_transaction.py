"""One transaction, exactly once: checked before it opens, committed once when answers are lost, rolled back on any
failure before the commit. Driven on an in-memory service with a manual clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from visier_data_handling import APIConnectionError, ApiException, IntakeFileError
from visier_data_handling._intake.checks import check_files
from visier_data_handling._intake.transaction import IntakeRequest, owned_transactions, run_transaction
from visier_data_handling._intake.upload import upload_step
from visier_data_handling._twins import finish

from .fake import Clock, FakeIntake


def _request(tmp_path: Path, clock: Clock, text: str = "EmployeeID,Name\n1,Ann\n") -> IntakeRequest:
    path = tmp_path / "employee.csv"
    path.write_text(text, encoding="utf-8")
    return IntakeRequest(files=check_files({"Employee": path}), draft_id="prod", tenant=None, poll=clock.schedule(),
                         window=30.0, upload=upload_step("intake", "prod", None, None))


def _run(service: FakeIntake, request: IntakeRequest, clock: Clock) -> Any:
    owned = owned_transactions(service)
    return finish(run_transaction(service, clock.schedule().asleep, request, owned))  # type: ignore[arg-type]


def test_a_clean_intake_starts_uploads_and_commits_once(tmp_path: Path) -> None:
    service, clock = FakeIntake(), Clock()
    committed = _run(service, _request(tmp_path, clock), clock)
    assert (committed.transaction_id, committed.job_id) == ("tx-1", "job-tx-1")
    assert service.uploads["tx-1"]["Employee"] == b"EmployeeID,Name\n1,Ann\n"
    assert service.commits == {"tx-1": 1}


def test_a_file_that_breaks_the_schema_opens_no_transaction(tmp_path: Path) -> None:
    service, clock = FakeIntake(), Clock()
    with pytest.raises(IntakeFileError, match="no column 'Name'"):
        _run(service, _request(tmp_path, clock, "EmployeeID\n1\n"), clock)
    assert service.calls == ["schema Employee"]


def test_a_lost_commit_answer_after_the_commit_is_followed_not_resent(tmp_path: Path) -> None:
    service, clock = FakeIntake(lose_commit=[True]), Clock()
    committed = _run(service, _request(tmp_path, clock), clock)
    assert committed.job_id == "job-tx-1"
    assert service.commits == {"tx-1": 1}
    assert [c for c in service.calls if c.startswith("commit")] == ["commit tx-1"]


def test_a_lost_commit_that_did_not_act_is_sent_again_only_after_the_window(tmp_path: Path) -> None:
    service, clock = FakeIntake(drop_commit=[True]), Clock()
    committed = _run(service, _request(tmp_path, clock), clock)
    assert committed.job_id == "job-tx-1" and service.commits == {"tx-1": 1}
    assert [c for c in service.calls if c.startswith("commit")] == ["commit tx-1", "commit tx-1"]
    assert clock.now >= 30.0  # it looked for the whole window before sending again


def test_a_resent_commit_refused_as_already_committed_is_found_committed(tmp_path: Path) -> None:
    # The first commit acts late: the list shows it open for the window, the resend is then refused.
    service, clock = FakeIntake(drop_commit=[True]), Clock()
    original = service.acommit_transaction

    async def late(**kwargs: Any) -> Any:
        if service.calls.count("commit tx-1") == 1 and service.drop_commit == []:
            service.status["tx-1"] = "committed"  # the lost first commit took effect just now
            service.commits["tx-1"] = 1
        return await original(**kwargs)

    service.acommit_transaction = late  # type: ignore[method-assign]
    committed = _run(service, _request(tmp_path, clock), clock)
    assert committed.job_id == "job-tx-1" and service.commits == {"tx-1": 1}


def test_commits_lost_every_time_end_rolled_back_with_a_clear_error(tmp_path: Path) -> None:
    service, clock = FakeIntake(drop_commit=[True, True, True]), Clock()
    with pytest.raises(APIConnectionError, match=r"failed 3 times .* did not commit the transaction") as caught:
        _run(service, _request(tmp_path, clock), clock)
    assert service.commits == {} and service.status == {"tx-1": "rolled back"}
    assert caught.value.rolled_back and caught.value.transaction_id == "tx-1"


@pytest.mark.parametrize("status", [400, 503])
def test_a_refused_commit_rolls_back(tmp_path: Path, status: int) -> None:
    service, clock = FakeIntake(), Clock()

    async def refuse(**_: Any) -> Any:
        service.calls.append("commit refused")
        raise ApiException.from_response(status, b'{"message": "no"}', {})

    service.acommit_transaction = refuse  # type: ignore[method-assign]
    with pytest.raises(ApiException) as caught:
        _run(service, _request(tmp_path, clock), clock)
    assert caught.value.status == status and caught.value.rolled_back
    assert service.status == {"tx-1": "rolled back"} and service.calls.count("commit refused") == 1


def test_a_refused_upload_rolls_the_transaction_back_and_says_so(tmp_path: Path) -> None:
    service, clock = FakeIntake(refuse_upload={"Employee"}), Clock()
    with pytest.raises(ApiException) as caught:
        _run(service, _request(tmp_path, clock), clock)
    assert service.status == {"tx-1": "rolled back"} and service.commits == {}
    assert caught.value.transaction_id == "tx-1" and caught.value.rolled_back
    assert any("tx-1 was rolled back" in note for note in caught.value.__notes__)


def test_an_interrupt_mid_upload_rolls_back_before_it_propagates(tmp_path: Path) -> None:
    service, clock = FakeIntake(interrupt_upload={"Employee"}), Clock()
    with pytest.raises(KeyboardInterrupt):
        _run(service, _request(tmp_path, clock), clock)
    assert service.status == {"tx-1": "rolled back"}
    assert service.calls[-1] == "rollback tx-1"
