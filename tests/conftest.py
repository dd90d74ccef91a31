# Fixtures that start the mock (in-process or on a free 127.0.0.1 port) live with the mock package,
# so users can use them in their own test suites too.
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["visier_mock.pytest_plugin"]


@pytest.fixture
def refuse_reading(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make opening a given file fail as the OS fails it for a file the user may not read. As root the OS refuses
    no open, so the refusal is made here; every other open goes through."""
    opened = Path.open

    def refuse(refused: Path) -> None:
        def guarded(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.resolve() == refused.resolve():
                raise PermissionError(13, "Permission denied", str(self))
            return opened(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", guarded)

    return refuse
