"""Encryption before upload (the [pgp] extra): a file encrypted for the tenant's newest unexpired PGP key, uploaded
as NAME.gpg, is decrypted by the mock's receiving job; a file encrypted for another key fails it; an expired, unknown
or missing key is refused, naming it, before any of the file is sent. And the key operations' own checks."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import gnupg
import pytest
from visier_data_handling import InvalidArgument, VisierDataHandling
from visier_data_handling_api.models import PublicKeyDTO
from visier_mock import MockConfig, RunningMock, serve_in_thread

from .test_upload import Recorder, client_for


@pytest.fixture
def live() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(speed=200.0)) as running:
        yield running


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "WFF_j1r_hcm_20260301.zip"
    path.write_bytes(b"EmployeeID,Name\n" + b"".join(b"%d,person %d\n" % (i, i) for i in range(50_000)))
    return path


@pytest.fixture
def stranger(tmp_path: Path) -> Iterator[PublicKeyDTO]:
    """A key pair the mock does not hold, as the SDK would list it: unexpired, with its public half."""
    home = tmp_path / "stranger"
    home.mkdir(mode=0o700)
    gpg = gnupg.GPG(gnupghome=str(home))
    made = gpg.gen_key(gpg.gen_key_input(key_type="EDDSA", key_curve="ed25519", subkey_type="ECDH",
                                         subkey_curve="cv25519", no_protection=True))
    far = int((datetime.now(UTC) + timedelta(days=800)).timestamp() * 1000)
    yield PublicKeyDTO(key_id=str(made.fingerprint)[-16:], public_key=gpg.export_keys(made.fingerprint),
                       expiry_date=str(far))
    subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True, timeout=10)


def _puts(recorder: Recorder) -> list[str]:
    return [r["path"] for r in recorder.sent if r["method"] == "PUT"]


def test_an_encrypted_upload_is_decrypted_by_the_receiving_job(live: RunningMock, data_file: Path) -> None:
    with client_for(live) as client:
        older = client.pgp_keys.generate_pgp_key_pair()
        client.pgp_keys.generate_pgp_key_pair()  # the newest: the one encrypted for
        uploaded = client.upload(data_file, encrypt=True)
        client.pgp_keys.delete_pgp_key_pair(key_id=str(older.key_id))  # so only the newest can decrypt it
        loaded = client.load([uploaded.filename], timeout=60)
    assert uploaded.filename == "WFF_j1r_hcm_20260301.zip.gpg"
    assert loaded.outcome == "succeeded" and len(loaded.tenants) == 5, loaded.error
    with live.state.lock:
        kept = live.state.pgp_store.files[uploaded.filename].read_bytes()
    assert uploaded.size == len(kept) and b"person 1" not in kept  # what went over the wire was encrypted


def _subkeys(public_key: str, home: Path) -> set[str]:
    home.mkdir(mode=0o700)
    gpg = gnupg.GPG(gnupghome=str(home))
    gpg.import_keys(public_key)
    subkeys = {sub[0].upper() for key in gpg.list_keys() for sub in key["subkeys"]}
    subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True, timeout=10)
    return subkeys


def test_upload_and_load_encrypts_every_file_for_the_key_given_async(live: RunningMock, data_file: Path) -> None:
    second = data_file.with_name("WFF_j1r_payroll.csv")
    second.write_bytes(b"EmployeeID\n1\n")

    async def run() -> tuple[PublicKeyDTO, Any]:
        async with client_for(live) as client:
            chosen = await client.pgp_keys.agenerate_pgp_key_pair()
            await client.pgp_keys.agenerate_pgp_key_pair()  # newer, but not the one asked for
            loaded = await client.aupload_and_load([data_file, second], encrypt=True, pgp_key=chosen.key_id,
                                                   timeout=60)
            return chosen, loaded

    chosen, loaded = asyncio.run(run())
    assert loaded.outcome == "succeeded", loaded.error
    with live.state.lock:
        kept = [live.state.pgp_store.files[n] for n in ("WFF_j1r_hcm_20260301.zip.gpg", "WFF_j1r_payroll.csv.gpg")]
    reader = gnupg.GPG(gnupghome=str(data_file.parent))
    recipients = {r.upper() for path in kept for r in reader.get_recipients_file(str(path))}
    assert recipients and recipients <= _subkeys(str(chosen.public_key), data_file.parent / "chosen")


def test_a_file_encrypted_for_another_key_fails_the_receiving_job(
    live: RunningMock, data_file: Path, stranger: PublicKeyDTO
) -> None:
    with client_for(live) as client:
        client.pgp_keys.generate_pgp_key_pair()
        uploaded = client.upload(data_file, encrypt=True, pgp_key=stranger)
        loaded = client.load([uploaded.filename], timeout=60)
    assert loaded.outcome == "failed" and loaded.status == "Failed"
    with live.state.lock:
        assert "could not be decrypted" in str(live.state.jobs[loaded.job_id].failure)


@pytest.mark.parametrize("case", ["expired", "unknown", "none"])
def test_a_key_that_cannot_be_used_is_refused_before_the_file_is_sent(
    live: RunningMock, data_file: Path, stranger: PublicKeyDTO, case: str
) -> None:
    recorder = Recorder()
    with client_for(live, transport=recorder) as client:
        if case == "expired":
            stranger.expiry_date = str(int((datetime.now(UTC) - timedelta(days=1)).timestamp() * 1000))
            key: object = stranger
        else:
            key = "00000000DEADBEEF" if case == "unknown" else None
        with pytest.raises(InvalidArgument) as refused:
            client.upload(data_file, encrypt=True, pgp_key=key)  # type: ignore[arg-type]
    assert refused.value.argument == "pgp_key"
    named = {"expired": f"{stranger.key_id} expired on", "unknown": "00000000DEADBEEF is not a PGP key pair",
             "none": "no unexpired PGP key"}[case]
    assert named in str(refused.value)
    assert _puts(recorder) == []  # the key was looked up, at most; nothing of the file went


def test_encrypting_checks_names_and_options_first(live: RunningMock, data_file: Path) -> None:
    recorder = Recorder()
    with client_for(live, transport=recorder) as client:
        done = data_file.with_name("WFF_j1r_hcm.zip.gpg")
        done.write_bytes(b"x")
        with pytest.raises(InvalidArgument, match="already encrypted") as encrypted:
            client.upload(done, encrypt=True)
        with pytest.raises(InvalidArgument, match="needs encrypt=True") as contradiction:
            client.upload(data_file, encrypt=False, pgp_key="00000000DEADBEEF")
        with pytest.raises(InvalidArgument, match="16 hexadecimal digits") as short:
            client.upload(data_file, pgp_key="DEADBEEF")
    assert (encrypted.value.argument, contradiction.value.argument, short.value.argument) == ("path", "pgp_key",
                                                                                              "pgp_key")
    assert recorder.sent == []


def _in_years(years: int, days: int = 0) -> str:
    now = datetime.now(UTC)
    return (now.replace(year=now.year + years) + timedelta(days=days)).date().isoformat()


@pytest.mark.parametrize("expiry", [_in_years(2, -1), _in_years(10, 1), "next year", "2031-02-30"])
def test_a_key_pair_expiring_outside_2_to_10_years_is_refused_before_sending(live: RunningMock, expiry: str) -> None:
    recorder = Recorder()
    with client_for(live, transport=recorder) as client, pytest.raises(InvalidArgument) as refused:
        client.pgp_keys.generate_pgp_key_pair(expiration_date=expiry)
    assert refused.value.argument == "expiration_date" and expiry in str(refused.value)
    assert recorder.sent == []


def test_key_pairs_are_created_listed_got_and_deleted(live: RunningMock) -> None:
    with client_for(live) as client:
        made = [client.pgp_keys.generate_pgp_key_pair(expiration_date=_in_years(2)),
                client.pgp_keys.generate_pgp_key_pair(model={"expirationDate": _in_years(10)})]
        listed = client.pgp_keys.get_all_pgp_public_keys()
        got = client.pgp_keys.get_pgp_public_key(key_id=str(made[0].key_id).lower())
        deleted = client.pgp_keys.delete_pgp_key_pair(key_id=str(made[0].key_id))
        left = client.pgp_keys.get_all_pgp_public_keys()
        with pytest.raises(InvalidArgument, match="key_id 'DEADBEEF' is not a PGP key ID") as bad_id:
            client.pgp_keys.raw.get_pgp_public_key(key_id="DEADBEEF")
    assert [k.key_id for k in listed.keys or []] == [m.key_id for m in made]
    assert got.public_key == made[0].public_key and deleted.key_id == made[0].key_id
    assert [k.key_id for k in left.keys or []] == [made[1].key_id]
    assert bad_id.value.argument == "key_id"


def test_the_sync_client_needs_no_event_loop_to_encrypt(live: RunningMock, data_file: Path) -> None:
    client: VisierDataHandling
    with client_for(live) as client:
        client.pgp_keys.generate_pgp_key_pair()
        assert client.upload(data_file, encrypt=True, filename="WFF_j1r_renamed.zip").filename == \
            "WFF_j1r_renamed.zip.gpg"


def test_the_existing_faults_are_retried_and_the_file_still_decrypts(live: RunningMock, data_file: Path) -> None:
    with client_for(live) as client:
        client.pgp_keys.generate_pgp_key_pair()
        with live.state.lock:
            live.state.faults.set("getAllPgpPublicKeys", {"sequence": [503, "drop"]})
            live.state.faults.set("fileUpload", {"sequence": [503, "drop"]})
        uploaded = client.upload(data_file, encrypt=True)
        loaded = client.load([uploaded.filename], timeout=60)
    assert loaded.outcome == "succeeded", loaded.error
    with live.state.lock:
        met = [(e["operationId"], e["fault"]) for e in live.state.journal if e.get("fault")]
    assert {("getAllPgpPublicKeys", "drop"), ("fileUpload", "drop")} <= set(met), met
