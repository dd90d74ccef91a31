"""Direct Data Intake's operations fuzzed inside an open transaction of the prod draft.

Generated draft and transaction IDs never exist, so test_fuzz's cases for these operations stop at a 404. Here each
case gets the prod draft, a transaction just started and a known object, so the generated bodies, files, sample
names and headers reach the handlers: no 5xx, every answer conforms to the spec. The IDs are put in after the case
was generated, which voids the two checks that judge a case by how it was generated: a negative case's broken part
may be the one replaced (negative_data_rejection), and a well-formed file without the object's columns is rightly a
400 (positive_data_acceptance)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from starlette.testclient import TestClient
from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from ._setup import app, credentials, schema

INTAKE = schema().include(tag="DirectDataIntake")
load_all_checks()
GENERATION_BOUND = {"negative_data_rejection", "positive_data_acceptance"}
CHECKED = [check for check in CHECKS.get_all() if check.__name__ not in GENERATION_BOUND]


def _open_transaction() -> str:
    with TestClient(app()) as client:
        answer = client.post(f"/v1/data/directloads/{INTAKE_DRAFT_ID}/transactions", headers=credentials())
    answer.raise_for_status()
    return str(answer.json()["transactionId"])


@INTAKE.parametrize()
@settings(max_examples=25, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.fuzz
def test_intake_operation_keeps_the_contract_in_an_open_transaction(case: schemathesis.Case) -> None:
    known = {"draftId": INTAKE_DRAFT_ID, "objectName": "Employee"}
    for name in case.path_parameters or {}:
        case.path_parameters[name] = _open_transaction() if name == "transactionId" else known[name]
    case.call_and_validate(headers=credentials(), checks=CHECKED)
    assert app().state.unexpected == []  # no case reaches the mock's handler of last resort


def test_the_intake_operations_are_all_fuzzed_here() -> None:
    assert len(list(INTAKE.get_all_operations())) == 10
    assert {"not_a_server_error", "response_schema_conformance"} <= {check.__name__ for check in CHECKED}
