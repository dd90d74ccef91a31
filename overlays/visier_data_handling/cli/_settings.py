"""The connection settings a command runs with: the ``VISIER_*`` variables, the options that override them, and the
secrets, which should not be options at all.

An option's value is visible to every local user in ``ps`` and lands in shell history, so the environment stays the
primary path for secrets; ``--password-stdin`` (as ``docker login`` has it) and its twins read one from standard
input, and on a terminal a missing one is asked for without echo. A secret given as an option still works, with a
one-line warning.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

import typer
from rich.console import Console

# The secrets, by setting: the option that takes one, and the variable that should.
SECRETS = {
    "api_key": ("--api-key", "VISIER_APIKEY"),
    "password": ("--password", "VISIER_PASSWORD"),
    "client_secret": ("--client-secret", "VISIER_CLIENT_SECRET"),
}


def secret_help(setting: str, what: str) -> str:
    option, variable = SECRETS[setting]
    return (
        f"{what} [env {variable}]. Prefer the variable, {option}-stdin or the prompt on a terminal: an option is "
        "visible to other local users (ps) and stays in shell history."
    )


def _read_stdin(option: str) -> str:
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise typer.BadParameter("standard input had no secret on its first line", param_hint=option)
    return value


def with_secrets(given: dict[str, str], from_stdin: Mapping[str, bool], err: Console) -> dict[str, str]:
    """``given`` (the options set) with each secret from standard input, when asked, or from a prompt on a terminal
    when the settings need it and neither the options nor the environment have it. Warns of secrets given as
    options."""
    asked = [setting for setting, wanted in from_stdin.items() if wanted]
    if len(asked) > 1:
        names = " and ".join(f"{SECRETS[s][0]}-stdin" for s in asked)
        raise typer.BadParameter(f"standard input holds one secret: give only one of {names}")
    for setting in asked:
        option = SECRETS[setting][0]
        if setting in given:
            raise typer.BadParameter(f"give {option} or {option}-stdin, not both", param_hint=option)
        given = {**given, setting: _read_stdin(f"{option}-stdin")}
    for setting, (option, variable) in SECRETS.items():
        if setting in given and setting not in asked:
            err.print(
                f"visier-dh: warning: {option} on the command line is visible to other local users and stays "
                f"in shell history; prefer {variable}, {option}-stdin or the prompt",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
    if sys.stdin.isatty() and sys.stderr.isatty():
        given = {**given, **_prompted(given)}
    return given


def _prompted(given: dict[str, str]) -> dict[str, str]:
    """The secrets the settings lack, asked for on the terminal without echo."""
    variables = {
        "host": "VISIER_HOST",
        "vanity": "VISIER_VANITY",
        "api_key": "VISIER_APIKEY",
        "username": "VISIER_USERNAME",
        "password": "VISIER_PASSWORD",
        "client_id": "VISIER_CLIENT_ID",
        "client_secret": "VISIER_CLIENT_SECRET",
    }
    known = {k: v for k, name in variables.items() if (v := os.environ.get(name))} | given
    if not (known.get("host") or known.get("vanity")):
        return {}  # nothing to sign in to: the error names the settings to give, not a prompt
    wanted = []
    if not known.get("api_key"):
        wanted.append(("api_key", "API key"))
    if known.get("username") and not known.get("password"):
        wanted.append(("password", f"Password for {known['username']}"))
    if known.get("client_id") and not known.get("username") and not known.get("client_secret"):
        wanted.append(("client_secret", f"Client secret of {known['client_id']}"))
    return {setting: str(typer.prompt(label, hide_input=True, err=True)) for setting, label in wanted}
