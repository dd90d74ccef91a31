"""A flow's span and its job: ``load``, ``extract_and_load``, ``intake`` and ``transfer`` each run in a span named
after them; once the service named the flow's job, the span has its ID, and so do the log records of every call the
flow makes from then on (``logs.CURRENT_JOB``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import Token

from . import logs, tracing

flow_log = logging.getLogger("visier_data_handling.flows")


class FlowScope:
    """What a running flow tells its span and its log records."""

    def __init__(self, name: str, span: tracing.Span) -> None:
        self.name, self.span = name, span
        self._token: Token[str | None] | None = None

    def job(self, job_id: str) -> None:
        """The flow's job exists: its ID goes on the span and on the log records of the calls that follow."""
        self.span.set(tracing.JOB_ID, job_id)
        if self._token is None:
            self._token = logs.CURRENT_JOB.set(job_id)
        logs.log(flow_log, logging.INFO, logs.fields(self.name, job_id=job_id), "%s: job %s", self.name, job_id)

    def close(self) -> None:
        if self._token is not None:
            logs.CURRENT_JOB.reset(self._token)
            self._token = None


@contextmanager
def flow(name: str) -> Iterator[FlowScope]:
    """The span of one flow, current while it runs."""
    with tracing.span(name) as current:
        scope = FlowScope(name, current)
        try:
            yield scope
        finally:
            scope.close()
