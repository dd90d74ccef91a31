"""Callers without a type checker: every mistake is the SDK's own error, naming the argument, before anything is
sent -- never a bare TypeError, ValueError or AttributeError from deep inside."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import visier_data_handling as sdk
from visier_data_handling import InvalidArgument, VisierDataHandling, VisierError


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(sent: list[httpx.Request]) -> Iterator[VisierDataHandling]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    with VisierDataHandling(host="https://acme.api.visier.io", api_key="k", access_token="t",
                            transport=httpx.MockTransport(handler)) as made:
        yield made


def _run(call: Callable[[], Any]) -> Any:
    result = call()
    return asyncio.run(result) if inspect.isawaitable(result) else result


# (what the caller wrote, the argument the error names, words the message holds)
MISTAKES: list[tuple[str, Callable[[Any, Path], Any], str, str]] = [
    ("misspelt path parameter", lambda c, _: c.data_and_job_handling.processing_job_status(recieving_job_id="r"),
     "recieving_job_id", "did you mean 'receiving_job_id'"),
    ("misspelt, async", lambda c, _: c.data_and_job_handling.aprocessing_job_status(recieving_job_id="r"),
     "recieving_job_id", "did you mean 'receiving_job_id'"),
    ("misspelt body field", lambda c, _: c.data_and_job_handling.start_load(filez=["a.zip"]), "filez",
     "did you mean 'files'"),
    ("misspelt, raw", lambda c, _: c.data_and_job_handling.raw.job_status(stauts="Failed"), "stauts",
     "did you mean 'status'"),
    ("misspelt SDK keyword", lambda c, _: c.data_and_job_handling.latest_enabled_dv(iterator=True, page_ahed=False),
     "page_ahed", "did you mean 'page_ahead'"),
    ("wrong type", lambda c, _: c.data_and_job_handling.receiving_job_status(receiving_job_id="r", jobs="yes"),
     "jobs", "must be a bool"),
    ("missing", lambda c, _: c.data_and_job_handling.job_id_status(), "job_id", "missing required argument"),
    ("positional", lambda c, _: c.data_and_job_handling.job_id_status("j-1"), "", "keyword arguments only"),
    ("one file for a list", lambda c, _: c.data_and_job_handling.start_load(files="a.zip"), "files",
     "must be a list"),
    ("load(files=str)", lambda c, _: c.load(files="a.zip"), "files", "list of strings"),
    ("load()", lambda c, _: c.load(), "files", "at least one"),
    ("load misspelt option", lambda c, _: c.load(["a.zip.gpg"], wiat=False), "wiat", "did you mean 'wait'"),
    ("load progress not callable", lambda c, _: c.load(["a.zip.gpg"], on_progress=5), "on_progress", "callable"),
    ("aload progress not callable", lambda c, _: c.aload(["a.zip.gpg"], on_progress="print"), "on_progress",
     "callable"),
    ("extraction misspelt", lambda c, _: c.extract_and_load(tenant=["T"]), "tenant", "did you mean 'tenants'"),
    ("upload progress not callable", lambda c, f: c.upload(f, on_progress=5), "on_progress", "callable"),
    ("upload misspelt", lambda c, f: c.upload(f, file_name="x.zip"), "file_name", "did you mean 'filename'"),
    ("upload_and_load one path", lambda c, f: c.upload_and_load(f), "paths", "not one path"),
    ("future progress not callable", lambda c, _: c.jobs.future("j-1", on_progress=5), "on_progress", "callable"),
    ("future kind", lambda c, _: c.jobs.future("j-1", kind="nonsense"), "kind", "must be one of"),
    ("future job", lambda c, _: c.jobs.future(5), "job", "job ID"),
    ("tree job", lambda c, _: c.jobs.tree(None), "job", "job ID"),
    ("cancel one string", lambda c, _: c.jobs.cancel("j-1"), "jobs", "list of job IDs"),
    ("result timeout", lambda c, _: c.jobs.future("j-1").result(timeout="soon"), "timeout", "seconds"),
    ("done callback", lambda c, _: c.jobs.future("j-1").add_done_callback(None), "fn", "callable"),
    ("per-call timeout", lambda c, _: c.data_and_job_handling.job_id_status(job_id="j", timeout="x"), "timeout",
     "seconds"),
    ("poll schedule", lambda c, _: sdk.PollSchedule(initial="fast"), "initial", "number"),
]


@pytest.mark.parametrize(("mistake", "call", "argument", "words"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_invalid_argument_naming_it_and_nothing_is_sent(
    client: VisierDataHandling, sent: list[httpx.Request], tmp_path: Path, mistake: str,
    call: Callable[[Any, Path], Any], argument: str, words: str,
) -> None:
    data = tmp_path / "WFF_j1r_hcm_20260301.zip"
    data.write_bytes(b"PK")
    with pytest.raises(InvalidArgument) as caught:
        _run(lambda: call(client, data))
    assert type(caught.value) is InvalidArgument, mistake
    assert caught.value.argument == argument
    assert words in str(caught.value)
    assert sent == []


def test_the_deprecated_alias_warns_and_checks_the_same_way(client: VisierDataHandling) -> None:
    with pytest.warns(DeprecationWarning, match="exclude_data_uploads"), pytest.raises(InvalidArgument) as caught:
        client.data_and_job_handling.exclude_data_uplaods(upload=[])
    assert "did you mean 'uploads'" in str(caught.value)


def test_every_sdk_error_job_errors_included_derives_from_one_base() -> None:
    errors = [getattr(sdk, name) for name in sdk.__all__
              if isinstance(getattr(sdk, name), type) and issubclass(getattr(sdk, name), BaseException)]
    names = {e.__name__ for e in errors}
    assert {"JobError", "JobFailed", "JobCancelled", "JobTimeout", "InvalidArgument", "ApiException"} <= names
    assert [e for e in errors if not issubclass(e, VisierError)] == []
