"""From the friendly keyword arguments to the generated function's arguments, checked before any request.

Each operation's parameters come with it: ``OPERATION.signature`` at the end of its generated endpoint module.

Body shapes accepted for an operation with a request body, all equivalent:

* flattened keywords matching the body's fields: ``start_extraction(all_tenants=True)``,
  ``include_data_uploads(uploads=[...])``, ``start_load(files=[...])`` (wrapped into ``model`` where the body is);
* ``model={...}`` as in the earlier generated SDK: wrapped bodies (startLoad, disableDv) take it as their
  ``model`` field, the other bodies take its content as their fields;
* ``body=`` a generated attrs model (or a dict of its fields).

Dict keys may be snake_case or the camelCase wire names, at any depth: names are matched case- and
underscore-insensitively against the attrs fields. Unknown keys are an error at the top level (a typo in a keyword)
and kept as additional properties in nested dicts (the service may know fields the spec does not).
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from visier_data_handling_api.operation import CALL_KEYWORDS, Signature

from .._exceptions import InvalidArgument


def norm(name: str) -> str:
    return name.replace("_", "").lower()


class _ModelsNamespace(dict[str, object]):
    """The models package's names, each looked up (and so imported) only when a type hint names it."""

    def __missing__(self, name: str) -> object:
        from visier_data_handling_api import models  # the package imports each model on first use

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _models_namespace() -> dict[str, object]:
    return _ModelsNamespace()


@functools.cache
def _field_hints(cls: type) -> dict[str, object]:
    # Model modules use postponed annotations with TYPE_CHECKING imports: resolve against the models package.
    return typing.get_type_hints(cls, localns=_models_namespace())


def unexpected(method: str, key: str, known: Iterable[str]) -> InvalidArgument:
    """The error for an unknown keyword, with the closest known names."""
    import difflib  # only for this error: a call with known keywords never needs it

    close = difflib.get_close_matches(key, sorted(set(known)), n=2)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return InvalidArgument(f"{method}() got an unexpected argument {key!r}{hint}", argument=key)


def _unset() -> type:
    from visier_data_handling_api.types import Unset

    return Unset


def _describe(value: object) -> str:
    return type(value).__name__


def convert(hint: object, value: object, where: str) -> object:
    """``value`` checked against ``hint`` (a generated type) and turned into what the generated code expects."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(hint) if a not in (_unset(), type(None))]
        if len(options) == 1:
            return convert(options[0], value, where)
        errors = []
        for option in options:
            try:
                return convert(option, value, where)
            except InvalidArgument as exc:
                errors.append(str(exc))
        raise InvalidArgument(f"{where}: {_describe(value)} fits none of the accepted types", argument=where)
    if hint is Any or hint is object:  # typing.Any as a value: a hint that takes anything
        return value
    if origin is list:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
            raise InvalidArgument(f"{where} must be a list, not {_describe(value)}", argument=where)
        (item,) = typing.get_args(hint) or (Any,)  # Any: a bare list takes items of any type
        return [convert(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict or hint is dict:
        if not isinstance(value, Mapping):
            raise InvalidArgument(f"{where} must be a dict, not {_describe(value)}", argument=where)
        return dict(value)
    if isinstance(hint, type) and attrs.has(hint):
        if isinstance(value, hint):
            return value
        if isinstance(value, Mapping):
            return build(hint, value, where, strict=False)
        raise InvalidArgument(f"{where} must be a dict or {hint.__name__}, not {_describe(value)}", argument=where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value.value if isinstance(value, enum.Enum) else value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in hint)
            raise InvalidArgument(f"{where} must be one of {allowed}, not {value!r}", argument=where) from None
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidArgument(f"{where} must be a bool, not {_describe(value)}", argument=where)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgument(f"{where} must be an int, not {_describe(value)}", argument=where)
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidArgument(f"{where} must be a number, not {_describe(value)}", argument=where)
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise InvalidArgument(f"{where} must be a str, not {_describe(value)}", argument=where)
        return value
    if hint is datetime.datetime and isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidArgument(f"{where} must be an ISO 8601 date-time, not {value!r}", argument=where) from None
    if isinstance(hint, type) and not isinstance(value, hint):
        raise InvalidArgument(f"{where} must be {hint.__name__}, not {_describe(value)}", argument=where)
    return value


def build(cls: type, values: Mapping[str, object], where: str, *, strict: bool, also: Iterable[str] = ()) -> object:
    """An instance of the attrs model ``cls`` from snake_case or wire-named ``values``; ``also`` are the other names a
    strict caller could have meant (the operation's parameters)."""
    hints = _field_hints(cls)
    fields = {norm(f.name): f for f in attrs.fields(cls) if f.init}
    kwargs: dict[str, object] = {}
    extra: dict[str, object] = {}
    for key, value in values.items():
        field = fields.get(norm(str(key)))
        if field is None:
            if strict:
                raise unexpected(where.removesuffix("()"), str(key), [*(f.name for f in fields.values()), *also])
            extra[str(key)] = value
        elif value is not None:  # None means "not given", as in the generated functions' query parameters
            kwargs[field.name] = convert(hints[field.name], value, field.name if strict else f"{where}.{field.name}")
    missing = [f.name for f in fields.values() if f.default is attrs.NOTHING and f.name not in kwargs]
    if missing:
        raise InvalidArgument(f"{where} is missing required argument {missing[0]!r}", argument=missing[0])
    instance = cls(**kwargs)
    if extra:
        instance.additional_properties = extra
    return instance


def bind(sig: Signature, method: str, given: Mapping[str, object], defaults: Mapping[str, object]) -> dict[str, object]:
    """The keyword arguments of the operation's generated ``build_request`` for a call of ``method(**given)``."""
    rest = dict(given)
    out: dict[str, object] = {}
    _reject_unknown(sig, method, rest)
    for param in sig.path:
        value = rest.pop(param, None)
        if value is None and param in sig.path_defaults:
            value = sig.path_defaults[param]  # x-sdk-default: DDI's draft_id is "prod" unless given
        if value is None:
            raise InvalidArgument(f"{method}() missing required argument {param!r}", argument=param)
        out[param] = convert(str, value, param)
    for param, hint in sig.query.items():
        value = rest.pop(param, None)  # None means "not given": the client's default, if it has one, applies
        if value is not None:
            out[param] = convert(hint, value, param)
            check_bounds(method, param, out[param], sig.bounds.get(param))
        elif defaults.get(param) is not None:
            out[param] = defaults[param]
    if sig.body is None:
        if rest:
            raise unexpected(method, str(next(iter(rest))), [*sig.path, *sig.query, *CALL_KEYWORDS])
        return out
    out["body"] = _body(sig, method, rest, [*sig.path, *sig.query, *CALL_KEYWORDS])
    return out


def check_bounds(method: str, name: str, value: object, bounds: tuple[int | None, int | None] | None) -> None:
    """Raise InvalidArgument naming ``name`` when ``value`` is outside the spec's ``(minimum, maximum)``."""
    if bounds is None or isinstance(value, bool) or not isinstance(value, int | float):
        return
    low, high = bounds
    if (low is None or value >= low) and (high is None or value <= high):
        return
    wanted = f"from {low} to {high}" if low is not None and high is not None else (
        f">= {low}" if low is not None else f"<= {high}"
    )
    raise InvalidArgument(f"{method}() {name} must be {wanted}, not {value!r}", argument=name)


# Per operation's signature (kept, so that its id stays its own): the keywords it takes, and those normalised.
_keywords: dict[int, tuple[Signature, list[str], frozenset[str]]] = {}


def _keywords_of(sig: Signature) -> tuple[list[str], frozenset[str]]:
    """The keywords an operation takes, worked out on its first call rather than on every call."""
    known = _keywords.get(id(sig))
    if known is None or known[0] is not sig:
        names = [*sig.path, *sig.query, *CALL_KEYWORDS]
        if sig.body is not None:
            names += ["model", "body"]
            if attrs.has(sig.inner or sig.body):  # a model's fields may be keywords; a str body (pushData) has none
                names += [f.name for f in attrs.fields(sig.inner or sig.body) if f.init]
        known = _keywords[id(sig)] = (sig, names, frozenset(norm(n) for n in names))
    return known[1], known[2]


def _reject_unknown(sig: Signature, method: str, given: Mapping[str, object]) -> None:
    """A misspelt keyword is named first (with the closest names), before a required one is reported missing."""
    names, known = _keywords_of(sig)
    for key in given:
        if norm(str(key)) not in known:
            raise unexpected(method, str(key), names)


def _body(sig: Signature, method: str, rest: dict[str, object], params: list[str]) -> object:
    cls = sig.body
    assert cls is not None
    body = rest.pop("body", None)
    if cls is str:  # pushData's batch: a JSON string, given only as body=
        return _text_body(method, body, rest)
    model = rest.pop("model", None)
    if sum(x is not None for x in (body, model)) + bool(rest) > 1:
        raise InvalidArgument(f"{method}(): pass the body once: as keywords, as model=, or as body=", argument="body")
    if body is not None:
        if isinstance(body, cls):
            return body
        if isinstance(body, Mapping):
            return build(cls, body, f"{method}() body", strict=True)
        raise InvalidArgument(
            f"{method}() body must be {cls.__name__} or a dict, not {_describe(body)}", argument="body"
        )
    if model is not None:
        if sig.inner is not None:
            return build(cls, {"model": model}, f"{method}()", strict=True)
        if isinstance(model, cls):  # the earlier generated SDK's model= holds the whole body for the other operations
            return model
        if not isinstance(model, Mapping):
            raise InvalidArgument(f"{method}() model must be a dict, not {_describe(model)}", argument="model")
        return build(cls, model, f"{method}()", strict=True)
    if sig.inner is not None:
        return cls(model=build(sig.inner, rest, f"{method}()", strict=True, also=[*params, "model", "body"]))
    return build(cls, rest, f"{method}()", strict=True, also=[*params, "model", "body"])


def _text_body(method: str, body: object, rest: dict[str, object]) -> str:
    if rest:
        raise InvalidArgument(f"{method}() takes its body only as body=, a str", argument="body")
    if body is None:
        raise InvalidArgument(f"{method}() missing required argument 'body'", argument="body")
    if not isinstance(body, str):
        raise InvalidArgument(f"{method}() body must be a str, not {_describe(body)}", argument="body")
    return body
