from enum import StrEnum


class DataProviderAuthParamsDTOSourceType(StrEnum):
    SQL = "Sql"
    UNVERSIONED = "UnVersioned"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DataProviderAuthParamsDTOSourceType | None":
        # The service adds values over time: keep an unknown one instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member
