"""Every generated operation, called through httpx.MockTransport, puts the spec's method, path, query names,
headers and body on the wire, and turns error statuses into errors.ErrorResponse."""

from __future__ import annotations

import importlib
import importlib.util
import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from openapi_python_client.strings import snake_case
from visier_data_handling_api import errors, models

from ._spec import operations, resolve

VALUE_BY_TYPE: dict[str, Any] = {"string": "s-1", "integer": 7, "boolean": True}


def _instance(schema: dict[str, Any], depth: int = 0) -> Any:
    """A JSON value for a schema with every property filled in (nested objects to a small depth)."""
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "array":
        return [_instance(schema["items"], depth + 1)]
    if kind == "object":
        if depth > 6:
            return {}
        return {name: _instance(prop, depth + 1) for name, prop in schema.get("properties", {}).items()}
    return VALUE_BY_TYPE[kind]


def _call_args(op: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, str], dict[str, str]]:
    """kwargs for the generated function, plus the path values, query and headers we expect on the wire."""
    kwargs: dict[str, Any] = {}
    path_values: dict[str, str] = {}
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for param in op.get("parameters", []):
        value = VALUE_BY_TYPE[param["schema"]["type"]]
        if param["schema"]["type"] == "string":
            value = f"{param['name']}/ value"  # a slash and a space prove path values are escaped
        kwargs[snake_case(param["name"])] = value
        wire = str(value).lower() if isinstance(value, bool) else str(value)
        {"path": path_values, "query": query, "header": headers}[param["in"]][param["name"]] = wire
    return kwargs, path_values, query, headers


# fileUpload (a binary body answered by a 307) has its own test below.
JSON_OPERATIONS = [mpo for mpo in operations() if "200" in mpo[2]["responses"]]


@pytest.mark.parametrize("method_path_op", JSON_OPERATIONS, ids=lambda mpo: mpo[2]["operationId"])
def test_generated_operation_puts_the_spec_on_the_wire(method_path_op: tuple[str, str, dict[str, Any]]) -> None:
    method, path, op = method_path_op
    tag = snake_case(op["tags"][0])
    module = importlib.import_module(f"visier_data_handling_api.api.{tag}.{snake_case(op['operationId'])}")
    kwargs, path_values, query, headers = _call_args(op)

    body: Any = None
    body_content = op.get("requestBody", {}).get("content", {})
    for content_type, media in body_content.items():
        body = _instance(media["schema"])
        expected_type = content_type
        if "$ref" not in media["schema"]:  # a JSON string body (pushData's batch): sent as it is, JSON-encoded
            kwargs["body"] = body
            continue
        ref = media["schema"]["$ref"].rsplit("/", 1)[1]
        if content_type == "multipart/form-data":  # each binary part: bytes that hold no boundary-like text
            body = {name: b"Employee_ID,Name\r\n--+++\r\n" for name in body}
        kwargs["body"] = getattr(models, ref).from_dict(body)

    ok_schema = op["responses"]["200"]["content"]
    ok_type, ok_media = next(iter(ok_schema.items()))
    ok_body = _instance(ok_media["schema"])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if ok_type == "text/plain":
            return httpx.Response(200, text=str(ok_body))
        return httpx.Response(200, json=ok_body)

    with httpx.Client(base_url="https://tenant.api.visier.io", transport=httpx.MockTransport(handler)) as http:
        result = module.parse(http.request(**module.build_request(**kwargs)))

    (request,) = seen
    assert request.method == method
    expected_path = path
    for name, value in path_values.items():
        expected_path = expected_path.replace("{" + name + "}", value.replace("/", "%2F").replace(" ", "%20"))
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    assert {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()} == query
    for name, value in headers.items():
        assert request.headers[name] == value
    if body is not None and expected_type == "multipart/form-data":
        # httpx's random boundary, never the generator's fixed "+++", which a data file could contain
        kind, _, boundary = request.headers["content-type"].partition("; boundary=")
        assert kind == expected_type and boundary and boundary != "+++"
        content = request.read()
        for name, data in body.items():
            assert f'name="{name}"'.encode() in content and data in content
    elif body is not None:
        assert request.headers["content-type"] == expected_type
        if expected_type == "application/json":
            assert json.loads(request.content) == body
        else:
            assert {k: v[0] for k, v in parse_qs(request.content.decode()).items()} == body
    else:
        assert request.content == b""
    # The success body comes back parsed.
    if hasattr(result, "to_dict"):
        assert result.to_dict() == ok_body
    elif isinstance(result, list):
        assert [item.to_dict() for item in result] == ok_body
    else:
        assert result == ok_body


def test_generated_file_upload_sends_the_bytes_and_returns_the_redirect() -> None:
    from visier_data_handling_api.api.data_upload import file_upload
    from visier_data_handling_api.types import File

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": "https://upload.example/x"})

    with httpx.Client(base_url="https://tenant.api.visier.io", transport=httpx.MockTransport(handler)) as http:
        sent = file_upload.build_request("hcm 1.zip", body=File(payload=b"PK"), target_tenant_id="t")
        response = http.request(**sent)
        file_upload.parse(response)  # the documented 307 is an answer, not an error
    (request,) = seen
    assert request.method == "PUT" and request.url.raw_path == b"/v1/data/upload/files/hcm%201.zip"
    assert request.content == b"PK" and request.headers["TargetTenantID"] == "t"
    assert request.headers["content-type"] == "application/octet-stream"  # the spec's "*/*" is no type to send
    assert response.status_code == 307 and response.headers["location"] == "https://upload.example/x"


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500, 502, 520])
def test_error_statuses_raise_error_response_even_with_non_json_bodies(status: int) -> None:
    from visier_data_handling_api.api.data_and_job_handling import receiving_job_status

    def handler(request: httpx.Request) -> httpx.Response:
        if status >= 502:
            return httpx.Response(status, text="<html>Bad gateway</html>", headers={"Retry-After": "3"})
        return httpx.Response(status, json={"code": "E", "localizedMessage": "nope"}, headers={"Retry-After": "3"})

    with httpx.Client(base_url="https://t", transport=httpx.MockTransport(handler)) as http:
        answer = http.request(**receiving_job_status.build_request("job-1"))
    with pytest.raises(errors.ErrorResponse) as caught:
        receiving_job_status.parse(answer)
    assert caught.value.status_code == status
    assert caught.value.headers["Retry-After"] == "3"
    assert b"nope" in caught.value.content or b"Bad gateway" in caught.value.content
    # The body stays on the exception and out of its message.
    assert "nope" not in str(caught.value) and "Bad gateway" not in str(caught.value)


def test_async_twin_sends_the_same_request() -> None:
    import asyncio

    from visier_data_handling_api.api.data_and_job_handling import cancel_jobs

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"jobCancellationResults": []})

    body = models.CancelJobBatchFromJobIdDTO(job_ids=["a", "b"])

    async def send() -> Any:
        async with httpx.AsyncClient(base_url="https://t", transport=httpx.MockTransport(handler)) as http:
            return cancel_jobs.parse(await http.request(**cancel_jobs.build_request(body=body)))

    result = asyncio.run(send())
    assert result.job_cancellation_results == []
    assert sent[0].url.path == "/v1/op/jobs/cancel"
    assert json.loads(sent[0].content) == {"jobIds": ["a", "b"]}


def test_only_what_the_sdk_calls_is_generated() -> None:
    """Each endpoint module has build_request, parse and (for the SDK's operations) OPERATION; no generator client
    and no sync/asyncio functions: a second request path without the SDK's auth, retries and errors."""
    import pkgutil

    import visier_data_handling_api
    from visier_data_handling_api import api

    assert importlib.util.find_spec("visier_data_handling_api.client") is None
    assert not hasattr(visier_data_handling_api, "Client")
    modules = [info.name for info in pkgutil.walk_packages(api.__path__, api.__name__ + ".") if not info.ispkg]
    assert len(modules) > 20
    for name in modules:
        module = importlib.import_module(name)
        public = {n for n, v in vars(module).items() if callable(v) and getattr(v, "__module__", None) == name}
        assert public <= {"build_request", "parse"}, (name, public)
