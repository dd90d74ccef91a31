"""Spans, when the application has set an OpenTelemetry tracer provider; nothing at all otherwise.

The SDK never imports OpenTelemetry on its own: a provider can only have been set by an application that imported
``opentelemetry.trace``, so while that module is not loaded there is nothing to trace to and the check is one
dictionary look-up. With the module loaded but no provider set (the API's default proxy), there is still nothing:
no span object is made, so the extra installed and unconfigured costs a look-up and an ``isinstance`` per call.

Span names: a flow's (``load``, ``extract_and_load``, ``intake``, ``transfer``), ``wait`` and ``poll`` while a job is
followed, an operation's (``start_load``), and per HTTP attempt ``METHOD /path/{template}`` (``attempts.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import ModuleType
from typing import TYPE_CHECKING, cast

from .._exceptions import ApiException

if TYPE_CHECKING:
    # The [otel] extra's API; a type checker without it sees these names as Any.
    from opentelemetry.trace import Span as OtelSpan  # type: ignore[import-not-found, import-untyped, unused-ignore]
    from opentelemetry.trace import Tracer, TracerProvider  # type: ignore[import-not-found, import-untyped, unused-ignore]

TRACER_NAME = "visier_data_handling"
# Attributes: the HTTP client semantic conventions' names, and the SDK's own under "visier.".
METHOD, TEMPLATE, SERVER = "http.request.method", "url.template", "server.address"
PORT, STATUS, RESEND = "server.port", "http.response.status_code", "http.request.resend_count"
ERROR_TYPE, RCI, REQUEST_ID = "error.type", "visier.rci", "visier.request_id"
JOB_ID, JOB_STATUS = "visier.job_id", "visier.job.status"
Value = str | int | float | bool

_cache: list[tuple[TracerProvider, Tracer]] = []  # the last provider seen and its tracer
_UNKNOWN = object()
_PROVIDER_FROM_ENVIRONMENT = "OTEL_PYTHON_TRACER_PROVIDER" in os.environ  # the API loads that one on first use


def tracer() -> Tracer | None:
    """The SDK's tracer from the application's tracer provider, or None when none is set."""
    trace = sys.modules.get("opentelemetry.trace")
    if trace is None:
        return None
    # The global provider, read as get_tracer_provider() reads it but without its environment look-up (most of its
    # cost): None until one is set, unless OTEL_PYTHON_TRACER_PROVIDER names one for the API to load. Should the
    # API ever keep it elsewhere, the public call decides.
    found = getattr(trace, "_TRACER_PROVIDER", _UNKNOWN)
    if found is None and not _PROVIDER_FROM_ENVIRONMENT:
        return None
    provider = cast("TracerProvider", trace.get_tracer_provider() if found is None or found is _UNKNOWN else found)
    if _cache and _cache[0][0] is provider:
        return _cache[0][1]
    return _tracer_of(provider)


def _tracer_of(provider: TracerProvider) -> Tracer | None:
    trace = _api()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    from .. import __version__

    made: Tracer = provider.get_tracer(TRACER_NAME, __version__)
    _cache[:] = [(provider, made)]
    return made


def _api() -> ModuleType:
    """``opentelemetry.trace``, which the application loaded (only called once :func:`tracer` found a provider)."""
    return sys.modules["opentelemetry.trace"]


class Span:
    """One of the SDK's spans, or none: what a flow or a call tells it (nothing, when not traced)."""

    __slots__ = ("_span",)

    def __init__(self, span: OtelSpan | None) -> None:
        self._span = span

    def set(self, key: str, value: Value | None) -> None:
        if self._span is not None and value is not None:
            self._span.set_attribute(key, value)

    def failed(self, error_type: str) -> None:
        """The span's outcome is an error (an HTTP client's span: any 4xx or 5xx answer)."""
        if self._span is not None:
            self._span.set_attribute(ERROR_TYPE, error_type)
            self._span.set_status(_api().StatusCode.ERROR)


NO_SPAN = Span(None)
UNTRACED: AbstractContextManager[Span] = nullcontext(NO_SPAN)


def span(
    name: str, attributes: Mapping[str, Value | None] | None = None, *, client: bool = False
) -> AbstractContextManager[Span]:
    """A child span of the current one, current while the block runs, ended with the error that leaves it;
    ``client``: a span of a request sent (an HTTP attempt)."""
    found = tracer()
    return UNTRACED if found is None else _traced(found, name, attributes or {}, client)


@contextmanager
def _traced(found: Tracer, name: str, attributes: Mapping[str, Value | None], client: bool) -> Iterator[Span]:
    given = {k: v for k, v in attributes.items() if v is not None}
    kind = _api().SpanKind.CLIENT if client else _api().SpanKind.INTERNAL
    with found.start_as_current_span(name, kind=kind, attributes=given) as current:
        try:
            yield Span(current)
        except BaseException as exc:
            describe_error(Span(current), exc)
            raise


def describe_error(target: Span, exc: BaseException) -> None:
    """The error's attributes: its type, and for an error status its code and the service's IDs."""
    target.set(ERROR_TYPE, type(exc).__qualname__)
    if isinstance(exc, ApiException):
        target.set(STATUS, exc.status)
        target.set(RCI, exc.rci)
        target.set(REQUEST_ID, exc.request_id)
