"""Direct Data Intake's seeded world: the load schemas of the objects a transaction takes files for, and the
samples loadSampleData knows. Every column listed must be in a file's header; mandatory ones must also hold a value
in every row (the mock checks the header only, as it answers the upload)."""

from __future__ import annotations

from typing import Any

DATE = ["yyyy-MM-dd"]


def _column(name: str, data_type: str = "String", mandatory: bool = False, formats: list[str] | None = None,
            ) -> dict[str, Any]:
    return {"name": name, "dataType": data_type, "formats": list(formats or []), "isMandatory": mandatory,
            "emptyValuesAllowed": not mandatory}


def _event(*extra: dict[str, Any]) -> list[dict[str, Any]]:
    """An event's columns: whose event it is and when, then its own."""
    return [_column("EmployeeID", mandatory=True), _column("EventDate", "Date", True, DATE), *extra]


LOAD_SCHEMAS: dict[str, list[dict[str, Any]]] = {
    "Employee": [
        _column("EmployeeID", mandatory=True),
        _column("EffectiveDate", "Date", True, DATE),
        _column("First_Name"),
        _column("Last_Name"),
        _column("Birth_Date", "Date", formats=DATE),
        _column("Gender"),
        _column("Location"),
        _column("Organization_Hierarchy"),
        _column("Direct_Manager"),
        _column("Annual_Salary", "Number"),
    ],
    "Requisition": [
        _column("RequisitionID", mandatory=True),
        _column("EffectiveDate", "Date", True, DATE),
        _column("Requisition_Status", mandatory=True),
        _column("Job_Name"),
        _column("Location"),
        _column("Hiring_Manager"),
        _column("Open_Date", "Date", formats=DATE),
    ],
    "Employee_Exit": _event(_column("Exit_Reason"), _column("Is_Voluntary", "Boolean")),
    "Employment_Start": _event(_column("Hire_Source")),
    "Organization_Hierarchy": [
        _column("OrganizationID", mandatory=True),
        _column("Parent_OrganizationID"),
        _column("Organization_Name", mandatory=True),
        _column("EffectiveDate", "Date", True, DATE),
    ],
}

# loadSampleData's sampleName (the spec's x-known-values) and the object each sample loads into.
SAMPLES: dict[str, str] = {
    "employee": "Employee",
    "employee_exit": "Employee_Exit",
    "employment_start": "Employment_Start",
    "organization_hierarchy": "Organization_Hierarchy",
}

DEFAULT_JOB_CONFIG: dict[str, Any] = {"supplementalMode": "IS_PRIMARY", "extendObjects": []}
