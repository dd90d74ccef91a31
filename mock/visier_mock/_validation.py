"""Tightening connexion's request validation where schemathesis showed it too lax or too vague."""

from __future__ import annotations

from typing import Any

from connexion.validators import VALIDATOR_MAP
from connexion.validators.parameter import ParameterValidator
from jsonschema import Draft4Validator

INT32 = (-(2**31), 2**31 - 1)


@Draft4Validator.FORMAT_CHECKER.checks("int32")
def _is_int32(value: object) -> bool:
    # connexion ignores int32 bounds by default; the real service rejects out-of-range numbers.
    return not isinstance(value, int) or isinstance(value, bool) or INT32[0] <= value <= INT32[1]


class NamingParameterValidator(ParameterValidator):
    """Puts the parameter's name into every error (connexion names it only when it is missing)."""

    @staticmethod
    def validate_parameter(parameter_type: str, value: Any, param: dict[str, Any], param_name: Any = None) -> Any:
        error = ParameterValidator.validate_parameter(parameter_type, value, param, param_name)
        if error and not str(error).startswith("Missing"):
            return f"Invalid value for {parameter_type} parameter '{param['name']}': {str(error).splitlines()[0]}"
        return error


VALIDATORS = {**VALIDATOR_MAP, "parameter": NamingParameterValidator}
