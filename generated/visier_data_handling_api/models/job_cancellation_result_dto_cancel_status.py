from enum import StrEnum


class JobCancellationResultDTOCancelStatus(StrEnum):
    CANCEL_FAILED = "CANCEL_FAILED"
    CANCEL_SUCCEEDED = "CANCEL_SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobCancellationResultDTOCancelStatus | None":
        # The service adds values over time: keep an unknown one instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member
