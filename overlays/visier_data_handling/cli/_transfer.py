"""``visier-dh intake push SOURCE FILE|-``: one Data Intake transfer session from the shell, on ``client.transfer``.

FILE is JSON lines (one record, a JSON object of column to value, per line; ``-`` reads them from stdin, streamed),
or a CSV or ZIP file, which is uploaded whole. Records are checked against the source's definition as they are read;
a record the source would refuse (an unknown column, a missing mandatory one) stops the push with one line naming the
record and the column, exit 2, and when it is in the first batch nothing was sent at all. Any failure cancels the
session, and the line says so.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from visier_data_handling_api.facts import TRANSFER_FILE_EXTENSIONS

from .. import InvalidArgument, LoadResult
from ._progress import UploadProgressView
from ._session import Opt, session_of
from ._waiting import TimeoutOpt, headline, result_dict, wait_for


def _json_lines(lines: IO[str], name: str) -> Iterator[dict[str, Any]]:
    """Each non-blank line as a record; a line that is not a JSON object is an error naming it."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InvalidArgument(f"{name} line {number} is not JSON ({exc})", argument="FILE") from None
        if not isinstance(record, dict):
            raise InvalidArgument(f"{name} line {number} must be a JSON object of column to value",
                                  argument="FILE")
        yield record


def _is_file_upload(path: str) -> bool:
    return path != "-" and Path(path).suffix.lower().removeprefix(".") in TRANSFER_FILE_EXTENSIONS


def intake_push(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="The source's name or ID (getSources).")],
    path: Annotated[str, typer.Argument(
        metavar="FILE|-", help="JSON lines (one record per line; - reads stdin), or a CSV or ZIP file to upload.")],
    tenant: Annotated[str | None, Opt("--tenant", "-t", metavar="TENANT",
                                      help="The tenant to send to, such as WFF_j1r~c7o.")] = None,
    processing: Annotated[bool, Opt("--processing", help="A processing job follows the receiving job, making a "
                                                         "new data version.")] = False,
    wait: Annotated[bool, Opt("--wait/--no-wait", help="Wait for the receiving job (and processing jobs).")] = False,
    timeout: TimeoutOpt = None,
) -> None:
    """Push records (or one file) to a source in one transfer session, in numbered batches, and complete it: the
    receiving job's ID is printed (--wait follows it to the end). A refused record stops the push (exit 2) and the
    session is cancelled."""
    session = session_of(ctx)
    with session.client() as client:
        with client.transfer(source, tenant=tenant, processing=processing, poll=session.poll()) as transfer:
            if _is_file_upload(path):
                with UploadProgressView(session.err) as view:
                    transfer.upload(path, on_progress=view)
            elif path == "-":
                transfer.push(_json_lines(sys.stdin, "stdin"))
            else:
                try:
                    opened = open(path, encoding="utf-8")  # noqa: SIM115 (closed by the with below)
                except OSError as exc:
                    raise InvalidArgument(f"FILE {path!r} cannot be read ({exc.strerror or exc})",
                                          argument="FILE") from None
                with opened:
                    transfer.push(_json_lines(opened, path))
        future = transfer.job
        about = {"transferSessionId": transfer.session_id, "batches": len(transfer.sequences),
                 "records": transfer.records}
        if not wait:
            session.err.print(f"transfer session {transfer.session_id} completed ({about['batches']} batches); "
                              f"receiving job {future.job_id} started. Watch it with: visier-dh jobs watch "
                              f"{future.job_id}", markup=False, soft_wrap=True)
            session.emit({**about, "jobId": future.job_id, "kind": "receiving"}, lambda: future.job_id)
            return
        result = wait_for(session, future, timeout, False, LoadResult)
    session.emit({**about, **result_dict(result)}, lambda: f"transfer session {about['transferSessionId']}: "
                 f"{headline(result)}", failed=not result.ok)
