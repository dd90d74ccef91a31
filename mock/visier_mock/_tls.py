"""Serving the mock over HTTPS: a certificate and key given, or a certificate made on request.

A made certificate is signed by a throwaway certificate authority (trustme's, the ``tls`` extra) whose own
certificate is written beside it, so a client trusts the mock by that one file: ``verify="<dir>/ca.pem"``,
``VISIER_CA_BUNDLE`` or ``SSL_CERT_FILE``. Nothing else trusts it, which is what an untrusted-certificate test needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

MISSING = 'a made certificate needs the tls extra: pip install "visier-data-handling-mock[tls]"'


@attrs.frozen
class TLSFiles:
    """What the server needs: its certificate chain and key; and, for a made certificate, the CA that signed it."""

    certfile: str
    keyfile: str
    ca: str | None = None
    client_ca: str | None = None  # when given, a client must show a certificate this CA signed (mutual TLS)


def make_certificate(directory: Path, hosts: Sequence[str]) -> TLSFiles:
    """A certificate for ``hosts`` (names or IP addresses) from a new CA, as files in ``directory``."""
    try:
        import trustme
    except ImportError:
        raise RuntimeError(MISSING) from None
    ca = trustme.CA(organization_name="visier-mock test CA")
    leaf = ca.issue_cert(*hosts)
    directory.mkdir(parents=True, exist_ok=True)
    files = TLSFiles(str(directory / "server.pem"), str(directory / "server.key"), str(directory / "ca.pem"))
    for i, blob in enumerate(leaf.cert_chain_pems):
        blob.write_to_path(files.certfile, append=i > 0)
    leaf.private_key_pem.write_to_path(files.keyfile)
    ca.cert_pem.write_to_path(str(files.ca))
    return files


def tls_options(tls: TLSFiles | None) -> dict[str, object]:
    """uvicorn's settings for serving HTTPS with ``tls`` (none for HTTP)."""
    if tls is None:
        return {}
    options: dict[str, object] = {"ssl_certfile": tls.certfile, "ssl_keyfile": tls.keyfile}
    if tls.client_ca is not None:
        import ssl

        options.update(ssl_ca_certs=tls.client_ca, ssl_cert_reqs=ssl.CERT_REQUIRED)
    return options
