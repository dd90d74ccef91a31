"""Per-request settings and secrets on the command line (issue 22): --request-timeout and --max-retries (and their
variables) on every command, and secrets from the environment, standard input or a prompt rather than options."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator

import pytest
import typer
from visier_data_handling.cli import app

from .scripted import Terminal, visier_dh


class SilentServer:
    """Accepts connections and never answers; counts them (one per attempt)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def _env(url: str, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISIER_")}
    return {**env, "VISIER_HOST": url, "VISIER_APIKEY": "k", "VISIER_USERNAME": "u", "VISIER_PASSWORD": "p", **more}


def test_request_timeout_and_no_retries_end_auth_check_against_a_silent_server(silent: SilentServer) -> None:
    # The subprocess timeout only guards against a hang: without the option a sign-in would wait 60 s per attempt.
    done = visier_dh(_env(silent.url), "--request-timeout", "1", "--max-retries", "0", "auth", "check", timeout=30)
    assert done.code == 3 and "timed out" in done.stderr, done
    assert len(silent.held) == 1  # one attempt: no retry


def test_the_settings_come_from_variables_too_and_may_follow_the_command(silent: SilentServer) -> None:
    done = visier_dh(_env(silent.url, VISIER_REQUEST_TIMEOUT="0.5", VISIER_MAX_RETRIES="1"), "auth", "check",
                     timeout=30)
    assert done.code == 3 and len(silent.held) == 2, done  # the first attempt and one retry
    after = visier_dh(_env(silent.url), "jobs", "list", "--request-timeout", "0.5", "--max-retries", "0", timeout=30)
    assert after.code == 3 and len(silent.held) == 3, after


@pytest.mark.parametrize(("args", "named"), [(["--request-timeout", "soon"], "--request-timeout"),
                                             (["--max-retries", "-1"], "--max-retries")])
def test_a_bad_setting_is_a_usage_error(args: list[str], named: str) -> None:
    done = visier_dh(_env("http://127.0.0.1:9"), *args, "auth", "check")
    assert done.code == 2 and named in done.stderr and len(done.stderr.strip().splitlines()) == 1, done


def test_password_from_standard_input_with_no_warning(mock_env: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VISIER_PASSWORD"}
    done = visier_dh(env, "auth", "check", "--password-stdin", "-o", "json", stdin=mock_env["VISIER_PASSWORD"] + "\n")
    assert done.code == 0 and done.json()["signedIn"] is True, done
    assert "warning" not in done.stderr
    empty = visier_dh(env, "--password-stdin", "auth", "check", stdin="")
    assert empty.code == 2 and "--password-stdin" in empty.stderr, empty
    both = visier_dh(env, "--password-stdin", "--api-key-stdin", "auth", "check", stdin="x\n")
    assert both.code == 2 and "one secret" in both.stderr, both


def test_a_secret_given_as_an_option_works_with_a_one_line_warning(mock_env: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VISIER_PASSWORD"}
    password = mock_env["VISIER_PASSWORD"]
    done = visier_dh(env, "auth", "check", "--password", password)
    assert done.code == 0, done
    [warning] = done.stderr.strip().splitlines()
    assert warning.startswith("visier-dh: warning: --password") and "VISIER_PASSWORD" in warning
    assert password not in done.stderr


def test_a_missing_password_is_asked_for_on_a_terminal_without_echo(mock_env: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "VISIER_PASSWORD"}
    terminal = Terminal(env, "auth", "check")
    terminal.wait_for(f"Password for {mock_env['VISIER_USERNAME']}")
    terminal.wait_for_no_echo()
    terminal.type(mock_env["VISIER_PASSWORD"].encode() + b"\n")
    assert terminal.finish() == 0, terminal.text
    assert "signed in to" in terminal.text and mock_env["VISIER_PASSWORD"] not in terminal.text


def test_the_help_of_each_secret_steers_to_the_safer_ways() -> None:
    shown = visier_dh(dict(os.environ), "--help").stdout
    flat = " ".join(shown.split())
    for option, variable in (("--api-key", "VISIER_APIKEY"), ("--password", "VISIER_PASSWORD"),
                             ("--client-secret", "VISIER_CLIENT_SECRET")):
        assert f"{option}-stdin" in flat and variable in flat, option
    assert "--request-timeout" in flat and "VISIER_REQUEST_TIMEOUT" in flat and "VISIER_MAX_RETRIES" in flat
    assert flat.count("visible to other local users") == 3


def test_no_command_has_an_option_named_like_a_top_level_one() -> None:
    root = typer.main.get_command(app)
    top = {name for param in root.params for name in getattr(param, "opts", [])}

    def options(command: object) -> Iterator[str]:
        for param in getattr(command, "params", []):
            yield from getattr(param, "opts", [])
        for sub in getattr(command, "commands", {}).values():
            yield from options(sub)

    below = {name for sub in root.commands.values() for name in options(sub)}  # type: ignore[attr-defined]
    assert top & below == set(), top & below
