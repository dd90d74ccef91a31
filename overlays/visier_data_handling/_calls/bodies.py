"""Request bodies read from a file object, streamed and safe to send again.

A generated operation with a raw body (fileUpload) puts the caller's file object in ``content=``. httpx would read
it once from where it stands, so a retry after a 503 or a dropped connection would send the rest of it (or nothing)
under the first try's ``Content-Length``. Here the file becomes a stream that seeks back to its start each time it is
sent and reads it in 1 MiB chunks, so every try sends the whole file and memory stays flat whatever its size.
Multipart bodies (DDI's uploadFile) need nothing: httpx's multipart stream seeks each file back to 0 itself.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any, TypeGuard

CHUNK_BYTES = 1024 * 1024


def _is_file(content: object) -> TypeGuard[IO[bytes]]:
    return hasattr(content, "read") and hasattr(content, "seek")


def _size(file: IO[bytes]) -> int:
    try:
        return os.fstat(file.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):  # an in-memory file: its end is its size
        size = file.seek(0, io.SEEK_END)
        file.seek(0)
        return size


class _Rewinding:
    """The whole file, from its start, each time it is iterated."""

    def __init__(self, file: IO[bytes], size: int) -> None:
        self._file, self._size = file, size

    def _chunks(self) -> Iterator[bytes]:
        self._file.seek(0)  # a retry sends the whole body again, never what the last try left unread
        left = self._size
        while left > 0 and (chunk := self._file.read(min(CHUNK_BYTES, left))):
            left -= len(chunk)
            yield chunk


class SyncFileBody(_Rewinding):
    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()


class AsyncFileBody(_Rewinding):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Local disk reads of 1 MiB are short; a thread per chunk would cost more than it saves.
        for chunk in self._chunks():
            yield chunk


FileBody = type[SyncFileBody] | type[AsyncFileBody]
RequestKeywords = dict[str, Any]  # Any: httpx's request() keywords, of their several types


def replayable(kwargs: RequestKeywords, body: FileBody) -> RequestKeywords:
    """The generated request's keywords with a file ``content`` made a rewinding stream of known length (so it goes
    with ``Content-Length``, not chunked)."""
    content = kwargs.get("content")
    if not _is_file(content):
        return kwargs
    size = _size(content)
    headers = {**kwargs.get("headers", {}), "Content-Length": str(size)}
    return {**kwargs, "content": body(content, size), "headers": headers}


def without_body(kwargs: RequestKeywords) -> RequestKeywords:
    """The same request with an empty body: the probe of an operation whose answer is a redirect."""
    rest = {k: v for k, v in kwargs.items() if k not in ("content", "files", "data", "json")}
    return {**rest, "content": b""}
