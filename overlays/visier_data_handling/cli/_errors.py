"""Exit codes, and one readable line per error on stderr (a traceback only with ``--debug``).

====  ==========================================================================================
code  meaning
====  ==========================================================================================
0     done; with a wait, every tenant succeeded
1     refused or failed: a job or a tenant failed or was cancelled, a wait timed out, or the service refused a
      request or any item of it (per item where a command acts on several)
2     usage: an unknown command or option, or a bad argument (named, with the expected form)
3     auth or connection: the credentials were refused, the service could not be reached, or the host is no
      Visier API's URL
130   interrupted (Ctrl-C); a job being waited for goes on unless ``--cancel-on-interrupt``
====  ==========================================================================================
"""

from __future__ import annotations

import re
import sys
import traceback

import typer
from rich.console import Console

from .. import (
    APIConnectionError,
    ApiException,
    ConfigurationError,
    Forbidden,
    InvalidArgument,
    JobError,
    JobTimeout,
    Unauthorized,
    UntrustedCertificate,
    VisierError,
    WrongHost,
)

OK = 0
FAILED = 1
USAGE = 2
AUTH_OR_CONNECTION = 3
INTERRUPTED = 130


def _click_error(error: BaseException) -> bool:
    # Click's errors (typer bundles its own copy of click in newer releases): a message and an exit code, 2 for
    # usage errors (unknown option, missing or bad argument).
    return callable(getattr(error, "format_message", None)) and isinstance(getattr(error, "exit_code", None), int)


def exit_code(error: BaseException) -> int:
    if _click_error(error):
        return USAGE if getattr(error, "exit_code", 1) == USAGE else FAILED
    if isinstance(error, Unauthorized | Forbidden | APIConnectionError | WrongHost):
        return AUTH_OR_CONNECTION
    if isinstance(error, InvalidArgument | ConfigurationError):
        return USAGE
    if isinstance(error, KeyboardInterrupt | typer.Abort):
        return INTERRUPTED
    return FAILED


# The SDK's messages start with the method that failed ("job_status(): ..."); a shell user ran a command, not it.
_METHOD = re.compile(r"^[a-z][a-z0-9_]*\(\)(: )?")


def _without_method(text: str) -> str:
    return _METHOD.sub(lambda found: "" if found.group(1) else "the request", text, count=1)


# Notes the SDK adds on what became of a Direct Data Intake transaction or a transfer session.
SAID_NOTES = ("transaction ", "transfer session ", "no transfer session ", "nothing was sent")


def message(error: BaseException) -> str:
    # What became of a Direct Data Intake transaction (rolled back, or still open and how to roll it back) or a
    # transfer session (cancelled, or nothing sent) is part of the line: the SDK adds it as a note.
    notes = [n for n in getattr(error, "__notes__", []) if isinstance(n, str) and n.startswith(SAID_NOTES)]
    return "; ".join([_message(error), *notes])


def _message(error: BaseException) -> str:
    if _click_error(error):
        text = str(error.format_message()).rstrip(".")  # type: ignore[attr-defined]
        command = getattr(getattr(error, "ctx", None), "command_path", None) or "visier-dh"
        return text + (f" (see {command} --help)" if exit_code(error) == USAGE else "")
    if isinstance(error, KeyboardInterrupt | typer.Abort):
        return "interrupted"
    if isinstance(error, JobTimeout):
        return f"{error}. Resume watching with: visier-dh jobs watch {error.job_id}"
    if isinstance(error, UntrustedCertificate):
        # The SDK's advice names verify=; a shell user has an option and a variable for the same thing.
        what = str(error).partition("; pass verify=")[0]
        return f"{what}; give --ca-bundle the CA bundle that signs it (a company's own, behind a TLS-inspecting " \
            "proxy), or set VISIER_CA_BUNDLE"
    if isinstance(error, ApiException | JobError | VisierError):
        return _without_method(str(error))
    return f"unexpected {type(error).__name__}: {error} (run with --debug for the traceback)"


def report(console: Console, error: BaseException, debug: bool) -> int:
    """Print the error on one line (and the traceback with --debug); return the exit code."""
    if type(error).__name__ == "NoArgsIsHelpError":  # a bare group (click >= 8.2): its help, as gh or kubectl do
        sys.stdout.write(str(error.format_message()) + "\n")  # type: ignore[attr-defined]
        return OK
    if debug:
        console.print("".join(traceback.format_exception(error)), markup=False, highlight=False)
    console.print(f"visier-dh: error: {message(error)}", markup=False, highlight=False, soft_wrap=True)
    return exit_code(error)
