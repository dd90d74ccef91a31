from enum import StrEnum


class DirectDataJobConfigDTOSupplementalMode(StrEnum):
    IS_PRIMARY = "IS_PRIMARY"
    IS_SUPPLEMENTAL = "IS_SUPPLEMENTAL"
    UNCHANGED = "UNCHANGED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DirectDataJobConfigDTOSupplementalMode | None":
        # The service adds values over time: keep an unknown one instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member
