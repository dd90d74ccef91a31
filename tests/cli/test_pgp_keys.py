"""visier-dh pgp-keys list|create|get|delete and upload --encrypt against the mock: JSON in the service's camelCase,
-q IDs whole, an encrypted upload the mock's receiving job decrypts, and a refused key or expiry as one line, exit 2,
with nothing of the file sent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from visier_mock import RunningMock

from .test_commands import in_process, ok

FAST = ("--poll-interval", "0.05", "-o", "json")


def test_keys_are_created_listed_got_and_deleted_and_encrypt_an_upload(
    mock_env: dict[str, str], live_mock: RunningMock, data_file: Path
) -> None:
    made = ok(in_process("pgp-keys", "create", *FAST))
    key_id = made["keyID"]
    assert len(key_id) == 16 and made["publicKey"].startswith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
    quiet = in_process("pgp-keys", "list", "-q")
    assert quiet.code == 0 and quiet.stdout == f"{key_id}\n"
    assert ok(in_process("pgp-keys", "get", key_id, *FAST)) == made
    table = in_process("pgp-keys", "list")
    assert table.code == 0 and key_id in table.stdout and "EXPIRES (UTC)" in table.stdout

    uploaded = ok(in_process("upload", str(data_file), "--encrypt", *FAST))
    assert [u["fileName"] for u in uploaded] == [f"{data_file.name}.gpg"]
    loaded = ok(in_process("load", f"{data_file.name}.gpg", "--wait", *FAST))
    assert loaded["outcome"] == "succeeded" and len(loaded["tenants"]) == 5

    assert ok(in_process("pgp-keys", "delete", key_id, *FAST)) == {"keyID": key_id, "deleted": True}
    assert in_process("pgp-keys", "list", "-q").stdout == ""


def _one_line(outcome: object) -> str:
    lines = outcome.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert outcome.code == 2 and outcome.stdout == "" and len(lines) == 1, outcome  # type: ignore[attr-defined]
    assert lines[0].startswith("visier-dh: error: ")
    return lines[0]


def test_an_expired_key_is_refused_before_sending_with_one_line_and_exit_2(
    mock_env: dict[str, str], live_mock: RunningMock, data_file: Path
) -> None:
    key_id = ok(in_process("pgp-keys", "create", *FAST))["keyID"]
    with live_mock.state.lock:
        live_mock.state.pgp_store.keys[key_id].expires_ms = int(datetime.now(UTC).timestamp() * 1000) - 1
        before = list(live_mock.state.sftp)
    for args in (["--encrypt"], ["--pgp-key", key_id]):
        line = _one_line(in_process("upload", str(data_file), *args))
        assert key_id in line and ("expired on" in line or "no unexpired PGP key" in line), line
    with live_mock.state.lock:
        assert live_mock.state.sftp == before and live_mock.state.pgp_store.files == {}


def test_bad_key_arguments_are_one_line_and_exit_2(
    mock_env: dict[str, str], live_mock: RunningMock, tmp_path: Path, data_file: Path
) -> None:
    next_year = datetime.now(UTC).replace(year=datetime.now(UTC).year + 1).date().isoformat()
    assert "expiration_date" in _one_line(in_process("pgp-keys", "create", "--expires", next_year))
    assert "key_id 'DEADBEEF'" in _one_line(in_process("pgp-keys", "get", "DEADBEEF"))
    done = tmp_path / "WFF_j1r_hcm.zip.gpg"
    done.write_bytes(b"x")
    with live_mock.state.lock:
        before = list(live_mock.state.sftp)
    # Every file is checked before the first is read: the plain one is not uploaded either.
    assert "already encrypted" in _one_line(in_process("upload", str(data_file), str(done), "--encrypt"))
    with live_mock.state.lock:
        assert live_mock.state.sftp == before
