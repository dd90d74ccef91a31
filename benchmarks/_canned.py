"""A minimal canned-response HTTP/1.1 server (asyncio, keep-alive) for the benchmarks: it answers the sign-in,
``GET /v1/op/data-versions`` and paged ``GET /v1/op/data-connector-credentials`` with bodies built once, so the
time a client spends is nearly all its own.

    python benchmarks/_canned.py PORT ITEMS     # serves on 127.0.0.1:PORT; ITEMS connector credentials in all
"""

from __future__ import annotations

import asyncio
import json
import sys
from urllib.parse import parse_qs, urlsplit

TOKEN = b"canned-asid-token"
DATA_VERSIONS = {
    "tenants": [
        {
            "tenantCode": f"WFF_j1r~t{t}",
            "dataVersions": [
                {"dataVersion": f"700000{t}{v}", "dataVersionDate": "2025-12-31T00:00:00.000Z"} for v in range(3)
            ],
        }
        for t in range(5)
    ],
    "limit": 1000,
    "start": 0,
}
CREDENTIAL = {
    "credentialId": "9b810e76-6ec9-4286-a3ca-828dd5f4b3b2",
    "displayName": "AWS S3 Jupiter",
    "dataProvider": "BasicS3",
    "isInherited": True,
    "authContext": "DefaultDataExtraction",
}


def _response(body: bytes, content_type: bytes = b"application/json") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: "
        + str(len(body)).encode() + b"\r\n\r\n" + body
    )


class Canned:
    def __init__(self, items: int) -> None:
        self.items = items
        self.sign_in = _response(TOKEN, b"text/plain")
        self.data_versions = _response(json.dumps(DATA_VERSIONS).encode())
        self.pages: dict[tuple[int, int], bytes] = {}  # (item count, limit) -> response

    def page(self, query: str) -> bytes:
        params = parse_qs(query)
        start, limit = int(params.get("start", ["0"])[0]), int(params.get("limit", ["100"])[0])
        count = max(0, min(limit, self.items - start))
        key = (count, limit)
        if key not in self.pages:
            body = {"connectorCredentials": [CREDENTIAL] * count, "limit": limit, "start": start}
            self.pages[key] = _response(json.dumps(body).encode())
        return self.pages[key]

    def answer(self, method: bytes, target: bytes) -> bytes:
        url = urlsplit(target.decode())
        if method == b"POST" and url.path == "/v1/admin/visierSecureToken":
            return self.sign_in
        if url.path == "/v1/op/data-versions":
            return self.data_versions
        if url.path == "/v1/op/data-connector-credentials":
            return self.page(url.query)
        return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                method, target, _ = line.split(b" ", 2)
                length = 0
                while (header := await reader.readline()) not in (b"\r\n", b""):
                    if header[:15].lower() == b"content-length:":
                        length = int(header[15:])
                if length:
                    await reader.readexactly(length)
                writer.write(self.answer(method, target))
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main(port: int, items: int) -> None:
    server = await asyncio.start_server(Canned(items).serve, "127.0.0.1", port, backlog=512)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
