"""``visier-dh upload``, and the uploads ``load`` makes of local files: streamed with progress, and with
``--encrypt`` (or ``--pgp-key``) encrypted first for one of the tenant's PGP keys (the ``pgp`` extra)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from visier_data_handling_api.facts import UPLOAD_FILENAME_PATTERN

from .. import UploadResult, VisierDataHandling, check_uploads
from ._progress import UploadProgressView
from ._session import Opt, Session, session_of
from ._table import Column, grid

EncryptOpt = Annotated[
    bool,
    Opt("--encrypt", help="Encrypt each file first for the tenant's newest unexpired PGP key (or --pgp-key) and "
        "upload it as NAME.gpg; needs the pgp extra."),
]
PgpKeyOpt = Annotated[
    str | None, Opt("--pgp-key", metavar="KEY_ID", help="The PGP key to encrypt for (implies --encrypt).",
                    show_default=False)
]


def upload_files(
    session: Session, client: VisierDataHandling, paths: Sequence[Path], encrypt: bool = False,
    pgp_key: str | None = None,
) -> list[UploadResult]:
    with UploadProgressView(session.err) as view:
        # Encrypted, each upload chooses and checks the key before its file is read: a refused key stops the first.
        return [client.upload(path, on_progress=view, encrypt=encrypt or pgp_key is not None, pgp_key=pgp_key)
                for path in paths]


def upload(
    ctx: typer.Context,
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE...", help="Local ZIP, CSV, XLS or XLSX files (optionally .gpg/.pgp).")
    ],
    encrypt: EncryptOpt = False,
    pgp_key: PgpKeyOpt = None,
) -> None:
    """Upload local files to Visier (at most 500 MB each), ready to load."""
    session = session_of(ctx)
    check_uploads(files)  # every file checked before signing in and before the first byte is sent
    if encrypt or pgp_key:
        # Names check_uploads took that take no .gpg after them (the spec's pattern) are encrypted already.
        encrypted = next((p for p in files if not re.fullmatch(UPLOAD_FILENAME_PATTERN, f"{p.name}.gpg")), None)
        if encrypted is not None:
            raise typer.BadParameter(f"{str(encrypted)!r} is already encrypted; upload it without --encrypt",
                                     param_hint="FILE")
    with session.client() as client:
        done = upload_files(session, client, files, encrypt, pgp_key)
    session.emit(
        [{"fileName": u.filename, "size": u.size} for u in done],
        lambda: grid("uploaded", (Column("file", whole=True), "bytes"), [(u.filename, u.size) for u in done]),
    )
