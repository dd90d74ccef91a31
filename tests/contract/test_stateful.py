"""The stateful phase: schemathesis follows the spec's links (start a load -> its statuses and cancel; start an
extraction -> the dispatching job's children; create a credential -> assign it -> delete it) against the mock."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from ._setup import app, credentials, schema

STATE_MACHINE = schema().as_state_machine()


class StatefulRun(STATE_MACHINE):  # type: ignore[misc, valid-type]
    def get_call_kwargs(self, case):  # type: ignore[no-untyped-def]
        return {"headers": credentials()}

    def teardown(self) -> None:
        super().teardown()
        assert app().state.unexpected == []  # no step reaches the mock's handler of last resort


TestLinks = StatefulRun.TestCase
TestLinks.settings = settings(max_examples=40, stateful_step_count=8, derandomize=True, database=None,
                              deadline=None, suppress_health_check=list(HealthCheck))


def test_the_links_reach_the_job_status_operations() -> None:
    links = {(source, target) for source, target in _links()}
    assert ("startLoad", "receivingJobStatus") in links
    assert ("startExtraction", "extractionJobAndStatus") in links
    assert ("createConnectorCredential", "deleteConnectorCredential") in links


def _links() -> list[tuple[str, str]]:
    raw = schema().raw_schema
    return [
        (op["operationId"], link["operationId"])
        for item in raw["paths"].values()
        for op in item.values()
        for link in op["responses"].get("200", {}).get("links", {}).values()  # fileUpload answers 307
    ]
