"""VisierJobSensor: waits for a Visier job started elsewhere (its ID, templated) and its whole tree.

Poking reads the tree once per ``poke_interval``; with ``deferrable=True`` the wait goes to the triggerer
(:class:`VisierJobTrigger`) for up to the sensor's ``timeout``. Either way the task fails naming each failed tenant,
and its XCom is the same outcome the operators return.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from airflow.sdk import BaseSensorOperator, Context, PokeReturnValue

from ..hooks.visier import VisierHook
from ..outcome import Event, Outcome, checked, ended, judge, outcome_of
from ..triggers.visier import VisierJobTrigger


class VisierJobSensor(BaseSensorOperator):
    """Done when job ``job_id`` and every job under it have ended; ``kind`` as the SDK's (None: detected)."""

    template_fields: Sequence[str] = ("job_id", "target_tenant_id")

    def __init__(
        self,
        *,
        job_id: str,
        visier_conn_id: str = VisierHook.default_conn_name,
        kind: str | None = None,
        target_tenant_id: str | None = None,
        deferrable: bool = False,
        **kwargs: Any,  # Any: BaseSensorOperator's own arguments (poke_interval, timeout, mode, ...)
    ) -> None:
        super().__init__(**kwargs)
        self.job_id = job_id
        self.visier_conn_id = visier_conn_id
        self.kind = kind
        self.target_tenant_id = target_tenant_id
        self.deferrable = deferrable

    def execute(self, context: Context) -> Any:  # Any: BaseSensorOperator's (the outcome, through poke)
        if not self.deferrable:
            return super().execute(context)
        trigger = VisierJobTrigger(
            job_id=self.job_id,
            visier_conn_id=self.visier_conn_id,
            kind=self.kind,
            poll_interval=float(self.poke_interval),
            end_time=time.time() + float(self.timeout),
            target_tenant_id=self.target_tenant_id,
        )
        self.defer(trigger=trigger, method_name="execute_complete")

    def poke(self, context: Context) -> PokeReturnValue:
        with VisierHook(self.visier_conn_id).get_conn() as client:
            tree = client.jobs.tree(self.job_id, self.kind, target_tenant_id=self.target_tenant_id)
        if not (tree.settled or tree.root.cancelled):
            self.log.info("Visier job %s: %s %s", self.job_id, tree.status, tree.counts())
            return PokeReturnValue(is_done=False)
        return PokeReturnValue(is_done=True, xcom_value=checked(outcome_of(tree, judge(tree))))

    def execute_complete(self, context: Context, event: Event) -> Outcome:
        return ended(event)
