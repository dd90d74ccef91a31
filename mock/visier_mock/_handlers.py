"""The handler registry: which coroutine answers each operation of the spec.

connexion resolves an operation to the coroutine named after its operationId in snake_case (startLoad ->
start_load), looked up among the public coroutines of the modules in HANDLER_MODULES, one module per API group.

To add an API group to the mock:

1. A state module, ``_state_<group>.py``: a store class holding the group's data, with the methods that change and
   query it. ``State.seed`` creates it (``self.<group>_store = ...``) and seeds it, so a reset rebuilds it and the
   same seed gives the same ids.
2. A handlers module, ``_handlers_<group>.py``: one public coroutine per operationId, reaching the store through
   ``_context.state()`` and changing it under ``state.lock``; helpers stay private (``_name``).
3. One line in HANDLER_MODULES below.
4. Fixtures: the group's seeded data (the store's seeding), and Visier's published samples of its operations in
   tests/fixtures/samples when there are any; tests/mock checks that every operation of the spec has a handler.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

from . import (
    _auth,
    _handlers_connectors,
    _handlers_data_uploads,
    _handlers_data_versions,
    _handlers_intake,
    _handlers_job_starts,
    _handlers_jobs,
    _handlers_pgp,
    _handlers_transfer,
)

HANDLER_MODULES: tuple[ModuleType, ...] = (
    _auth,  # signing in: ASID tokens and OAuth 2
    _handlers_job_starts,  # loads, extractions, processing and consolidated analytics jobs
    _handlers_jobs,  # job statuses, child jobs, cancelling
    _handlers_data_versions,  # data versions and data categories
    _handlers_data_uploads,  # data uploads, receiving jobs' files, tenants' source files
    _handlers_connectors,  # data connectors, their settings and credentials
    _handlers_intake,  # Direct Data Intake: config, load schemas, transactions (uploadFile: _intake_uploads)
    _handlers_transfer,  # Data Intake: sources and transfer sessions
    _handlers_pgp,  # PGP key pairs
)


def handler_name(operation_id: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


def _collect(modules: tuple[ModuleType, ...]) -> dict[str, Callable[..., Any]]:
    """Every public coroutine defined in the modules, by name; a name in two modules is a mistake, caught at
    import."""
    found: dict[str, Callable[..., Any]] = {}
    for module in modules:
        for name, function in vars(module).items():
            public = not name.startswith("_") and inspect.iscoroutinefunction(function)
            if not public or function.__module__ != module.__name__:
                continue
            if name in found:
                raise RuntimeError(f"{module.__name__}.{name} would hide {found[name].__module__}.{name}")
            found[name] = function
    return found


HANDLERS = _collect(HANDLER_MODULES)


def resolve(operation_id: str) -> Callable[..., Any]:
    """The handler of an operation, for connexion's resolver."""
    return HANDLERS[handler_name(operation_id)]
