"""Intake files are checked before any transaction opens: locally, then against the object's load schema. Each error
names the object, the file and the column."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from visier_data_handling import IntakeFileError, InvalidArgument
from visier_data_handling._intake.checks import SAMPLE_ROWS, SchemaColumn, check_against_schema, check_files

SCHEMA = [SchemaColumn("EmployeeID", True), SchemaColumn("Name", False), SchemaColumn("Start_Date", True)]


def _csv(tmp_path: Path, text: str, name: str = "employee.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_csv_passes(tmp_path: Path) -> None:
    (file,) = check_files({"Employee": _csv(tmp_path, "EmployeeID,Name,Start_Date\n1,Ann,2024-01-01\n")})
    check_against_schema(file, SCHEMA)
    assert (file.object_name, file.kind) == ("Employee", "csv")


def test_a_missing_column_names_object_file_and_column(tmp_path: Path) -> None:
    (file,) = check_files({"Employee": _csv(tmp_path, "EmployeeID,Name\n1,Ann\n")})
    with pytest.raises(IntakeFileError) as caught:
        check_against_schema(file, SCHEMA)
    error = caught.value
    assert (error.object_name, error.column) == ("Employee", "Start_Date")
    assert "Employee" in str(error) and "employee.csv" in str(error) and "'Start_Date'" in str(error)


def test_column_names_are_case_sensitive_and_the_near_miss_is_named(tmp_path: Path) -> None:
    (file,) = check_files({"Employee": _csv(tmp_path, "employeeid,Name,Start_Date\n1,Ann,2024-01-01\n")})
    with pytest.raises(IntakeFileError, match="the file has 'employeeid'; names are case-sensitive"):
        check_against_schema(file, SCHEMA)


def test_an_empty_mandatory_value_names_its_line(tmp_path: Path) -> None:
    (file,) = check_files({"Employee": _csv(tmp_path, "EmployeeID,Name,Start_Date\n1,Ann,2024-01-01\n2,Bo,\n")})
    with pytest.raises(IntakeFileError, match="line 3: mandatory column 'Start_Date' is empty") as caught:
        check_against_schema(file, SCHEMA)
    assert caught.value.column == "Start_Date"


def test_only_a_sample_of_rows_is_read(tmp_path: Path) -> None:
    rows = "".join(f"{i},N,2024-01-01\n" for i in range(SAMPLE_ROWS))
    header = "EmployeeID,Name,Start_Date\n"
    (past,) = check_files({"Employee": _csv(tmp_path, header + rows + "9,N,\n", "past.csv")})
    check_against_schema(past, SCHEMA)  # the empty value sits past the sample: not read
    (within,) = check_files({"Employee": _csv(tmp_path, header + "9,N,\n" + rows, "within.csv")})
    with pytest.raises(IntakeFileError, match="line 2: mandatory column 'Start_Date' is empty"):
        check_against_schema(within, SCHEMA)


def test_each_csv_in_a_zip_is_checked(tmp_path: Path) -> None:
    archive = tmp_path / "employee.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a.csv", "EmployeeID,Name,Start_Date\n1,Ann,2024-01-01\n")
        zipped.writestr("b.csv", "EmployeeID,Name\n1,Ann\n")
    (file,) = check_files({"Employee": archive})
    with pytest.raises(IntakeFileError, match=r"\(b\.csv\) has no column 'Start_Date'"):
        check_against_schema(file, SCHEMA)


def test_a_zip_without_csv_and_a_broken_zip_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as zipped:
        zipped.writestr("readme.txt", "hi")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    for path, problem in ((empty, "holds no .csv file"), (broken, "cannot be read as ZIP")):
        (file,) = check_files({"Employee": path})
        with pytest.raises(IntakeFileError, match=problem):
            check_against_schema(file, SCHEMA)


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ({}, "non-empty dict of object name to file path"),
        (["employee.csv"], "non-empty dict of object name to file path"),
        ({"": "employee.csv"}, "object name '' must be a non-empty string"),
        ({"Employee": 3}, r"files\['Employee'\] must be a file path"),
    ],
)
def test_bad_arguments_are_named(files: object, problem: str) -> None:
    with pytest.raises(InvalidArgument, match=problem) as caught:
        check_files(files)
    assert caught.value.argument == "files"


def test_a_missing_folder_other_type_or_unreadable_file_is_named(tmp_path: Path) -> None:
    other = _csv(tmp_path, "x", name="employee.xlsx")
    cases = [(tmp_path / "nope.csv", "does not exist"), (tmp_path, "is a folder"), (other, "must be a .csv or .zip")]
    for path, problem in cases:
        with pytest.raises(IntakeFileError, match=problem) as caught:
            check_files({"Employee": path})
        assert caught.value.object_name == "Employee" and caught.value.path == str(path)


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check opens the file as the upload will; an open the OS refuses is named (root reads any file, so the
    refusal is the OS's answer played back)."""
    path = _csv(tmp_path, "EmployeeID\n")
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(IntakeFileError, match=r"is not readable \(Permission denied\)") as caught:
        check_files({"Employee": path})
    assert caught.value.object_name == "Employee"
