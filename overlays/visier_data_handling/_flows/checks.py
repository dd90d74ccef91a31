"""Checks of ``load`` / ``extract_and_load`` arguments, made before anything is sent.

A bad option found after ``startLoad`` would lose the job it started (and invite a second load on retry), so every
argument of the flows is checked first, and a bad one raises :class:`InvalidArgument` naming it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._exceptions import InvalidArgument
from .._jobs.polling import PollSchedule


def _fail(flow: str, name: str, problem: str, value: object) -> InvalidArgument:
    return InvalidArgument(f"{flow}(): {name} {problem}, not {value!r}", argument=name)


def _names(flow: str, name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _fail(flow, name, "must be a list of strings", value)
    if not optional and not value:
        raise _fail(flow, name, "must name at least one", value)
    for item in value:
        if not isinstance(item, str) or not item:
            raise _fail(flow, name, "must hold non-empty strings only", value)


def _flag(flow: str, name: str, value: object, *, optional: bool = False) -> None:
    if not isinstance(value, bool) and not (optional and value is None):
        raise _fail(flow, name, "must be True or False" + (" (or None)" if optional else ""), value)


def _seconds(flow: str, name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or value != value:
        raise _fail(flow, name, "must be a number of seconds >= 0" + (" or None" if optional else ""), value)


def check_common(flow: str, options: Mapping[str, object]) -> None:
    """The options ``load`` and ``extract_and_load`` share."""
    _flag(flow, "wait", options["wait"])
    _flag(flow, "raise_on_failure", options["raise_on_failure"])
    _flag(flow, "reconcile", options["reconcile"])
    _seconds(flow, "timeout", options["timeout"], optional=True)
    _seconds(flow, "reconcile_window", options["reconcile_window"], optional=False)
    poll = options["poll"]
    if poll is not None and not isinstance(poll, PollSchedule):
        raise _fail(flow, "poll", "must be a PollSchedule (or None)", poll)
    on_progress = options["on_progress"]
    if on_progress is not None and not callable(on_progress):
        raise _fail(flow, "on_progress", "must be callable with the status counts (or None)", on_progress)
    tenant = options["target_tenant_id"]
    if tenant is not None and (not isinstance(tenant, str) or not tenant):
        raise _fail(flow, "target_tenant_id", "must be a tenant code (or None)", tenant)


def check_load(flow: str, files: object, skip_data_load: object, options: Mapping[str, object]) -> None:
    _names(flow, "files", files, optional=False)
    _flag(flow, "skip_data_load", skip_data_load, optional=True)
    check_common(flow, options)


def check_extraction(
    flow: str, tenants: object, all_tenants: object, run_processing_job: object, options: Mapping[str, object]
) -> None:
    _names(flow, "tenants", tenants, optional=True)
    _flag(flow, "all_tenants", all_tenants, optional=True)
    _flag(flow, "run_processing_job", run_processing_job)
    check_common(flow, options)
