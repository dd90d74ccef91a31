"""What ``mypy --strict`` tells a user: concrete types for every call, and each mistake reported before it runs.

``user_code.py`` and ``user_mistakes.py`` are ordinary user files (never run); mypy reads the SDK from the source
tree here and from an installed wheel in tests/foundation/test_packaging.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _mypy import strict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _mypy(*files: str, cache: Path) -> tuple[int, list[str]]:
    status, out = strict([HERE / f for f in files], path=[ROOT / "overlays", ROOT / "generated"], cache=cache,
                         flags=("--show-error-codes",))
    return status, [line for line in out.splitlines() if ": error:" in line]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def test_a_correct_user_file_type_checks_with_every_expected_type(cache: Path) -> None:
    status, errors = _mypy("user_code.py", cache=cache)
    assert (status, errors) == (0, [])
    text = (HERE / "user_code.py").read_text()
    # The file does hold the expectations the issue asks for (a file of no assertions would pass too).
    for expected in ["assert_type(dh.start_load(", "assert_type(await dh.astart_load(", "Iterator[Multiple",
                     "assert_type(upload, TenantDataUploadsResponseDTO)", "RawResponse[DataLoadResponse]",
                     'assert_type(client.load(["hcm.zip.gpg"]), LoadResult)', ".result(), JobTree)",
                     "SeedClient", "assert_type(client.intake(", "ddi.raw.commit_transaction(",
                     "intake.push_data(", "keys.generate_pgp_key_pair(", "await keys.aget_pgp",
                     "with client.transfer(", "async with client.atransfer(",
                     "extra_headers={", "extra_query={", "extra_body={"]:
        assert expected in text, expected


def _line(text: str, marker: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


def test_misspelt_wrong_typed_and_missing_arguments_are_errors(cache: Path) -> None:
    status, errors = _mypy("user_mistakes.py", cache=cache)
    text = (HERE / "user_mistakes.py").read_text()
    by_line: dict[int, list[str]] = {}
    for error in errors:
        line = int(re.match(r".*?:(\d+): error:", error).group(1))  # type: ignore[union-attr]
        by_line.setdefault(line, []).append(error)
    assert status == 1
    misspelt = by_line[_line(text, "recieving_job_id=")]
    assert any('Unexpected keyword argument "recieving_job_id"' in e and 'did you mean "receiving_job_id"' in e
               for e in misspelt), misspelt
    wrong_type = by_line[_line(text, 'jobs="yes"')]
    assert any("receiving_job_status" in e and "[call-overload]" in e for e in wrong_type), wrong_type
    missing = by_line[_line(text, "dh.job_id_status()")]
    assert any('Missing named argument "job_id"' in e for e in missing), missing
    intake_type = by_line[_line(text, "commit_transaction(transaction_id=7)")]
    assert any('"commit_transaction"' in e and '"int"' in e for e in intake_type), intake_type
    intake_name = by_line[_line(text, 'draft="prod"')]
    assert any('Unexpected keyword argument "draft"' in e for e in intake_name), intake_name
    flow_option = by_line[_line(text, "wiat=False")]
    assert any('Unexpected keyword argument "wiat"' in e for e in flow_option), flow_option
    batch = by_line[_line(text, 'body=["Id", "1"]')]
    assert any("push_data" in e and 'incompatible type "list[str]"' in e for e in batch), batch
    key = by_line[_line(text, "keyid=")]
    assert any('Unexpected keyword argument "keyid"' in e and 'did you mean "key_id"' in e for e in key), key
    option = by_line[_line(text, "procesing=True")]
    assert any('Unexpected keyword argument "procesing"' in e for e in option), option
    record = by_line[_line(text, '"EmployeeID": ["E1"]')]
    assert any('"list[str]"; expected "str": "str | int | float | None"' in e for e in record), record
    encrypt = by_line[_line(text, 'encrypt="yes"')]
    assert any('"encrypt"' in e and '"str"' in e and '"bool"' in e for e in encrypt), encrypt
    no_extra_body = by_line[_line(text, 'extra_body={"a": 1}')]
    assert any('Unexpected keyword argument "extra_body"' in e for e in no_extra_body), no_extra_body
    header = by_line[_line(text, '"X-Retry": 1')]
    assert any('"str": "int"; expected "str": "str"' in e for e in header), header
    markers = ("recieving", 'jobs="yes"', "job_id_status()", "wiat", "transaction_id=7", 'draft="prod"',
               'body=["Id"', "keyid=", "procesing=True", '"EmployeeID": ["E1"]', 'encrypt="yes"',
               'extra_body={"a": 1}', '"X-Retry": 1')
    assert set(by_line) == {_line(text, m) for m in markers}


def test_mypy_finds_the_package_in_the_make_setup_environment(tmp_path: Path) -> None:
    """No MYPYPATH: mypy must find the SDK as installed in this environment (``make setup``'s editable install)."""
    user = tmp_path / "first_script.py"
    user.write_text("from visier_data_handling import LoadResult, VisierDataHandling\n\n"
                    "def run(client: VisierDataHandling) -> LoadResult:\n"
                    "    return client.load(['hcm.zip.gpg'])\n")
    status, out = strict([user], path=[], cache=tmp_path / "cache")
    assert (status, out) == (0, ""), out
