"""The README's usage example runs as written against the mock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from visier_mock import MockConfig

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def mock_config() -> MockConfig:
    # Real time, fast: the example waits on jobs with the SDK's own polling.
    return MockConfig(speed=20.0)


def test_readme_usage_example_runs(mock_server, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    example = re.search(r"## Use\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert example is not None
    for name, value in {
        "VISIER_HOST": mock_server.url,
        "VISIER_APIKEY": mock_server.api_key,
        "VISIER_USERNAME": mock_server.username,
        "VISIER_PASSWORD": mock_server.password,
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("VISIER_VANITY", "VISIER_CLIENT_ID", "VISIER_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    exec(compile(example.group(1), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "WFF_j1r~c7o" in printed
    assert "processing" in printed  # the rendered job tree
