"""What became of a transaction (``intake_state``): open, committed with its job, or gone -- asked of an in-memory
service, and the client's checks of its arguments."""

from __future__ import annotations

import pytest
from visier_data_handling import IntakeState, InvalidArgument, TransactionStage, VisierDataHandling
from visier_data_handling._intake.resume import intake_state
from visier_data_handling._twins import finish

from .fake import FakeIntake


def _state(service: FakeIntake, transaction_id: str) -> IntakeState:
    return finish(intake_state(service, transaction_id, "prod", None))  # type: ignore[arg-type]


def test_an_open_transaction_is_open_and_its_status_is_not_asked() -> None:
    service = FakeIntake(status={"tx-1": "open"})
    assert _state(service, "tx-1") == IntakeState("tx-1", TransactionStage.OPEN)
    assert service.calls == ["list"]


def test_a_committed_transaction_names_its_processing_job_and_tenant() -> None:
    service = FakeIntake(status={"tx-1": "committed"})
    assert _state(service, "tx-1") == IntakeState("tx-1", TransactionStage.COMMITTED, "job-tx-1", "WFF_j1r")


@pytest.mark.parametrize("known", [{"tx-1": "rolled back"}, {}])
def test_a_rolled_back_or_unknown_transaction_is_gone(known: dict[str, str]) -> None:
    assert _state(FakeIntake(status=dict(known)), "tx-1").stage is TransactionStage.GONE


@pytest.mark.parametrize("bad", ["", "  ", None, 42])
def test_a_bad_transaction_id_is_named_before_anything_is_sent(bad: object) -> None:
    client = VisierDataHandling(host="http://127.0.0.1:9", api_key="k", username="u", password="p")
    with client, pytest.raises(InvalidArgument, match=r"intake_state\(\): transaction_id must be a non-empty string"):
        client.intake_state(bad)  # type: ignore[arg-type]
