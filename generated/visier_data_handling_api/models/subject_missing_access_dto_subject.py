from enum import StrEnum


class SubjectMissingAccessDTOSubject(StrEnum):
    ABSENTEEISM = "Absenteeism"
    APPLICANT = "Applicant"
    CANDIDATE = "Candidate"
    COMPENSATION_PAYOUT = "Compensation_Payout"
    CUSTOMSUBJECT = "CustomSubject"
    EMPLOYEE = "Employee"
    EMPLOYEE_BUDGETED_COMPENSATION = "Employee_Budgeted_Compensation"
    EMPLOYMENT_EXIT = "Employment_Exit"
    EMPLOYMENT_START = "Employment_Start"
    HIRE = "Hire"
    INTERNAL_PLACEMENT = "Internal_Placement"
    ORGANIZATION = "Organization"
    PAY_CHANGE = "Pay_Change"
    REQUISITION = "Requisition"
    SUPERVISORY = "Supervisory"
    TESTCONNECTIONSUBJECT = "TestConnectionSubject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubjectMissingAccessDTOSubject | None":
        # The service adds values over time: keep an unknown one instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member
