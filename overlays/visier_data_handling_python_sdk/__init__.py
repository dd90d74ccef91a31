"""Compatibility name for code written against the earlier generated SDK.

``from visier_data_handling_python_sdk import VisierDataHandling, ApiException`` keeps working; every name here is
:mod:`visier_data_handling`'s, loaded on first use like there (so this import stays cheap too).
"""

from typing import TYPE_CHECKING, Any

import visier_data_handling
from visier_data_handling import __all__ as __all__

if TYPE_CHECKING:  # the same names and types for type checkers and IDEs
    from visier_data_handling import *  # noqa: F403


def __getattr__(name: str) -> Any:  # Any: any public name of visier_data_handling
    return getattr(visier_data_handling, name)


def __dir__() -> list[str]:
    return sorted(__all__)
