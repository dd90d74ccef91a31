"""PGP key pairs in the mock are real: a file encrypted with a public key it answered is decrypted when a load
names it, and a file not encrypted for a key pair it holds fails the load's receiving job, as on Visier."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import gnupg
import pytest

from .conftest import Api

KEYS = "/v1/api/pgp-keys"


@pytest.fixture
def keyrings(tmp_path: Path) -> Iterator[Path]:
    """A folder for the test's own keyrings; the gpg agents they start are stopped afterwards."""
    yield tmp_path
    for home in tmp_path.iterdir():
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True, timeout=10)


def _keyring(path: Path) -> gnupg.GPG:
    path.mkdir(exist_ok=True)
    return gnupg.GPG(gnupghome=str(path))


def _encrypt(home: Path, public_key: str, data: bytes) -> bytes:
    gpg = _keyring(home / "sender")
    fingerprint = gpg.import_keys(public_key).fingerprints[0]
    result = gpg.encrypt_file(io.BytesIO(data), [fingerprint], always_trust=True, armor=False)
    assert result.ok, result.status
    return bytes(result.data)


def _upload(api: Api, name: str, content: bytes) -> None:
    redirect = api.http.put(f"/v1/data/upload/files/{name}", headers=api.headers, follow_redirects=False)
    assert redirect.status_code == 307, redirect.text
    assert api.http.put(redirect.headers["location"], content=content).status_code == 201


def _receiving(api: Api, files: list[str]) -> dict[str, object]:
    job_id = api.load(files)
    api.advance(60)
    return dict(api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job_id}", jobs=True)))


def test_key_pairs_are_created_listed_got_and_deleted(api: Api) -> None:
    in_three_years = datetime.now(UTC).replace(year=datetime.now(UTC).year + 3).isoformat()
    made = api.ok(api.send("POST", KEYS, {"expirationDate": in_three_years}))
    assert len(made["keyID"]) == 16 and made["publicKey"].startswith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
    assert int(made["expiryDate"]) > int(made["dateGenerated"])
    assert [k["keyID"] for k in api.ok(api.get(KEYS))["keys"]] == [made["keyID"]]
    assert api.ok(api.get(f"{KEYS}/{made['keyID']}"))["publicKey"] == made["publicKey"]
    assert api.ok(api.send("DELETE", f"{KEYS}/{made['keyID']}", None)) == {"keyID": made["keyID"]}
    assert api.get(f"{KEYS}/{made['keyID']}").status_code == 404
    assert api.ok(api.get(KEYS))["keys"] == []


@pytest.mark.parametrize("years", [1, 11])
def test_an_expiry_outside_2_to_10_years_is_refused(api: Api, years: int) -> None:
    when = datetime.now(UTC).replace(year=datetime.now(UTC).year + years).isoformat()
    refused = api.send("POST", KEYS, {"expirationDate": when})
    assert refused.status_code == 400 and "expirationDate" in refused.json()["message"]
    assert api.state.pgp_store.keys == {}


def test_a_file_encrypted_for_a_held_key_loads_and_one_for_another_key_fails(api: Api, keyrings: Path) -> None:
    public = api.ok(api.send("POST", KEYS, {}))["publicKey"]
    _upload(api, "WFF_j1r~c7o_good.csv.gpg", _encrypt(keyrings, public, b"EmployeeID\n1\n"))
    good = _receiving(api, ["WFF_j1r~c7o_good.csv.gpg"])
    assert good["status"] == "Succeeded"

    stranger = _keyring(keyrings / "stranger")
    other = stranger.gen_key(stranger.gen_key_input(key_type="EDDSA", key_curve="ed25519", subkey_type="ECDH",
                                                    subkey_curve="cv25519", no_protection=True))
    _upload(api, "WFF_j1r~c7o_bad.csv.gpg", _encrypt(keyrings, stranger.export_keys(other.fingerprint), b"x\n"))
    _upload(api, "WFF_j1r~c7o_plain.csv.gpg", b"EmployeeID\n1\n")
    for name in ("WFF_j1r~c7o_bad.csv.gpg", "WFF_j1r~c7o_plain.csv.gpg"):
        bad = _receiving(api, [name])
        assert bad["status"] == "Failed"
        assert [j["status"] for j in bad["receivingJobs"]] == ["Failed"]  # type: ignore[union-attr]
        job = api.state.jobs[str(bad["jobId"])]
        assert name in str(job.failure) and "decrypted" in str(job.failure)
