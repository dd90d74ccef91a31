"""schemathesis against the mock, in-process: every operation, positive and negative data, every check.

The budget (examples per operation, seed) is fixed so CI is repeatable; `make fuzz` runs the same over HTTP with
ten times the examples."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks

from ._setup import DATE_WINDOW, SEED, app, credentials, schema

SCHEMA = schema()
EXAMPLES = 25
load_all_checks()
# Every check schemathesis 4 has, by name, so a check added upstream is picked up rather than silently skipped.
ALL_CHECKS = CHECKS.get_all()


@SCHEMA.parametrize()
@settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@pytest.mark.fuzz
def test_operation_keeps_the_contract(case: schemathesis.Case) -> None:
    checks = ALL_CHECKS
    if case.operation.definition.raw.get("operationId") in DATE_WINDOW:
        checks = [check for check in ALL_CHECKS if check.__name__ != "positive_data_acceptance"]
    case.call_and_validate(headers=credentials(), checks=checks)
    assert app().state.unexpected == []  # no case reaches the mock's handler of last resort


def test_every_check_is_on() -> None:
    names = {check.__name__ for check in ALL_CHECKS}
    assert {"not_a_server_error", "status_code_conformance", "content_type_conformance",
            "response_schema_conformance", "response_headers_conformance", "negative_data_rejection",
            "positive_data_acceptance", "ignored_auth", "use_after_free", "ensure_resource_availability"} <= names
    assert SEED == 1


def test_every_operation_is_fuzzed() -> None:
    assert len(list(SCHEMA.get_all_operations())) == 52
