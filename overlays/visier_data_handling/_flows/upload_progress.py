"""A local file opened for an upload, reporting progress as the request body reads it.

The caller's streams (``_calls/bodies``) and httpx's multipart stream both read the file in chunks and seek it back
to its start before each try. So progress counts what the current try has read: a retry rewinds the file, the count
starts again at 0, and the callback sees it start again rather than a total past the file's size.
"""

from __future__ import annotations

import io
from pathlib import Path

from .._exceptions import APIConnectionError, APITimeoutError, InvalidArgument
from .upload_check import UploadProgress, UploadProgressCallback


class ProgressFile(io.BufferedReader):
    """``path`` opened for reading; each read reports :class:`UploadProgress` for ``filename``, whose ``total`` is
    ``size``. ``sent`` is what the current try has read, ``tries`` how many times reading started from the top."""

    def __init__(self, path: Path, filename: str, size: int, on_progress: UploadProgressCallback | None) -> None:
        try:
            raw = io.FileIO(path, "rb")
        except OSError as exc:  # it was checked, then removed or locked before the upload opened it
            raise InvalidArgument(
                f"file {str(path)!r} could not be opened for the upload ({exc.strerror or exc}), though it could be "
                "when it was checked; nothing of it was sent",
                argument="path",
            ) from None
        super().__init__(raw)
        self.filename, self.size, self.on_progress = filename, size, on_progress
        self.sent, self.tries = 0, 0

    def _report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(UploadProgress(self.filename, self.sent, self.size))

    def read(self, size: int | None = -1, /) -> bytes:
        if self.sent == 0 and self.tell() == 0:
            self.tries += 1
        chunk = super().read(size)
        if chunk:
            self.sent += len(chunk)
            self._report()
        return chunk

    def seek(self, target: int, whence: int = io.SEEK_SET, /) -> int:
        position = super().seek(target, whence)
        if position == 0 and self.sent:  # a retry sends the file again from its start
            self.sent = 0
            self._report()
        return position

    def lost(self, exc: APIConnectionError, advice: str) -> APIConnectionError:
        """``exc``, a connection lost or timed out while the file was sent, told in the file's terms (how far it got,
        what to do); the other connection errors (a proxy, a certificate) are returned as they are."""
        if self.tries == 0 or type(exc) not in (APIConnectionError, APITimeoutError):
            return exc  # lost before the file was sent (the probe), or not a lost connection
        return type(exc)(f"uploading {self.filename!r} failed after {self.sent} of {self.size} bytes ({exc}); {advice}")
