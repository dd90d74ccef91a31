"""The demo's encrypted-upload step, ``Demo.pgp`` (``examples/demo.py``'s Demo takes it from this mixin, kept beside
it so the demo stays short).

It creates a PGP key pair on the mock, encrypts a file for it as a stream and uploads it as NAME.zip.gpg (the
``[pgp]`` extra, which a dev install has), loads it so the mock's receiving jobs decrypt it, then shows an expired
key refused before anything is sent, and deletes the key pair.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from visier_data_handling import InvalidArgument, PollSchedule, VisierDataHandling


class DemoSession(Protocol):
    """What the step uses of the demo: the client, the mock's state (its knobs), output, and the summary lists."""

    client: VisierDataHandling
    state: Any  # the mock's in-process state: untyped, the mock is outside mypy
    poll: PollSchedule
    facts: list[str]

    def say(self, text: str = "") -> None: ...

    def expect(self, ok: bool, problem: str) -> None: ...

    def heading(self, text: str) -> None: ...


def _expires(millis: object) -> str:
    return datetime.fromtimestamp(int(str(millis)) / 1000, UTC).date().isoformat()


class EncryptedUploadStep:
    """Gives the demo its ``pgp`` step."""

    def pgp(self: DemoSession) -> None:
        encrypted_upload(self)


def encrypted_upload(demo: DemoSession) -> None:
    demo.heading("5. An encrypted upload: a PGP key pair, a file encrypted for it as a stream, loaded")
    keys = demo.client.pgp_keys
    key = keys.generate_pgp_key_pair()  # expires in 2 years, the service's default
    demo.say(f"   key pair {key.key_id} created (Visier keeps the private half), expires {_expires(key.expiry_date)}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "WFF_j1r_demo_20260301.zip"
        path.write_bytes(os.urandom(256 * 1024))  # a ZIP's bytes are as incompressible as these
        uploaded = demo.client.upload(path, encrypt=True)
        demo.say(f"   {path.name} encrypted for {key.key_id} and uploaded as {uploaded.filename} ({uploaded.size} B)")
        result = demo.client.load([uploaded.filename], skip_data_load=True, poll=demo.poll, timeout=120)
        demo.say(f"   load {result.job_id}: {result.outcome}; every receiving job decrypted the file")
        demo.expect(result.outcome == "succeeded", f"the encrypted file's load {result.outcome}")
        with demo.state.lock:  # the mock's knob: the key pair expires now
            demo.state.pgp_store.keys[key.key_id].expires_ms = 0
        try:
            demo.client.upload(path, encrypt=True, pgp_key=str(key.key_id))
            demo.expect(False, "an expired key was used")
        except InvalidArgument as refused:
            demo.say(f"   refused before anything was sent: {str(refused).split(';')[0]}")
    keys.delete_pgp_key_pair(key_id=str(key.key_id))
    demo.say(f"   key pair {key.key_id} deleted")
    demo.facts.append(f"pgp: {uploaded.filename} encrypted for key {key.key_id}, decrypted by every receiving job; "
                      "an expired key refused before sending")
