"""``visier-mock serve --tls-self-signed`` removes the folder of the certificate it made, private key included,
however it is stopped: Ctrl-C (SIGINT) or SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from visier_mock._server import free_port

pytest.importorskip("trustme")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_the_made_certificate_goes_when_the_mock_stops(stop: signal.Signals) -> None:
    port = free_port()
    command = [str(Path(sys.executable).with_name("visier-mock")), "serve", "--port", str(port), "--tls-self-signed"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            ca = ""
            while not ca:
                line = server.stdout.readline()
                assert line, "visier-mock ended before printing VISIER_CA_BUNDLE"
                ca = line.removeprefix("export VISIER_CA_BUNDLE=").strip() if "VISIER_CA_BUNDLE" in line else ""
            folder = Path(ca.strip("'")).parent
            assert any(folder.glob("*key*")), "the made certificate's key is in its folder while the mock runs"
            deadline = time.monotonic() + 30
            while True:  # serving (uvicorn's signal handlers installed) once a connection is accepted
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline, "visier-mock did not start listening"
                    time.sleep(0.05)
            server.send_signal(stop)
            server.wait(timeout=30)
            assert server.stderr is not None and "Traceback" not in server.stderr.read()
        finally:
            if server.poll() is None:
                server.kill()
    assert not folder.exists(), sorted(p.name for p in folder.iterdir())
