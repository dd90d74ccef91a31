"""Handlers of the job operations that read or cancel jobs: statuses, child jobs, cancelling (starting them is
_handlers_job_starts)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from dateutil import parser as dateparser
from visier_data_handling_api.facts import CANCEL_JOBS_MAX_IDS

from ._clock import iso
from ._context import state
from ._errors import bad_request, not_found
from ._jobs import DISPATCHING, EXTRACTION, PROCESSING, RECEIVING, TERMINAL, Job
from ._paging import clean, page

MAX_CANCEL = CANCEL_JOBS_MAX_IDS  # the spec's maxItems of cancelJobs' jobIds


def _get(job_id: str, kind: str | None, what: str) -> Job:
    job = state().job_store.job(job_id, kind)
    if job is None:
        raise not_found(what, job_id)
    return job


async def receiving_job_status(receiving_job_id: str, jobs: bool = False, tenant_code: str | None = None,
                               start: int | None = None, limit: int | None = None, **_: Any) -> Any:
    s = state()
    job = _get(receiving_job_id, RECEIVING, "Receiving job")
    now = s.now()
    body: dict[str, Any] = {"jobId": job.job_id, "status": job.status(now)}
    if job.parent_id:
        parent = s.job_store.jobs[job.parent_id]
        body.update(parentJobId=parent.job_id, parentTenantCode=parent.tenant)
    if jobs:
        children = (c for c in s.job_store.descendants(job, RECEIVING) if tenant_code in (None, c.tenant))
        items, _, _ = page(children, start, limit)
        body["receivingJobs"] = [
            {"receivingJobId": c.job_id, "tenantCode": c.tenant, "status": c.status(now)} for c in items
        ]
    return body


def _processing_item(job: Job, now: float) -> dict[str, Any]:
    status = job.status(now)
    return {
        "jobId": job.job_id, "tenantCode": job.tenant, "status": status, "message": job.message(now),
        "dataVersion": job.data_version if status == "Succeeded" and job.data_version else "",
    }


async def processing_job_status(receiving_job_id: str, tenant_code: str | None = None, start: int | None = None,
                                limit: int | None = None, **_: Any) -> Any:
    s = state()
    job = _get(receiving_job_id, RECEIVING, "Receiving job")
    now = s.now()
    children = (c for c in s.job_store.descendants(job, PROCESSING) if tenant_code in (None, c.tenant))
    items, limit, start = page(children, start, limit)
    return {"parentJobId": job.job_id, "parentTenantCode": job.tenant, "limit": limit, "start": start,
            "processingJobs": [_processing_item(c, now) for c in items]}


async def dispatching_job_status(job_id: str, **_: Any) -> Any:
    s = state()
    job = _get(job_id, DISPATCHING, "Dispatching job")
    now = s.now()
    direct = [c for c in job.children if s.job_store.job(c) is not None]
    return {"jobId": job.job_id, "tenantCode": job.tenant, "status": job.status(now),
            "totalJobsDispatched": len(direct)}


def _children_page(job_id: str, kind: str, tenant_code: str | None, start: int | None,
                   limit: int | None) -> tuple[Job, list[Job], int, int]:
    s = state()
    job = _get(job_id, DISPATCHING, "Dispatching job")
    children = (c for c in s.job_store.descendants(job, kind) if tenant_code in (None, c.tenant))
    items, limit, start = page(children, start, limit)
    return job, items, limit, start


async def extraction_job_and_status(job_id: str, tenant_code: str | None = None, start: int | None = None,
                                    limit: int | None = None, **_: Any) -> Any:
    job, items, limit, start = _children_page(job_id, EXTRACTION, tenant_code, start, limit)
    now = state().now()
    return clean({"parentJobId": job.job_id, "parentTenantCode": job.tenant, "limit": limit, "start": start,
                  "extractionJobs": [{"extractionJobId": c.job_id, "tenantCode": c.tenant, "status": c.status(now),
                                      "currentStage": c.stage(now)} for c in items]})


async def receiving_job_and_status(job_id: str, tenant_code: str | None = None, start: int | None = None,
                                   limit: int | None = None, **_: Any) -> Any:
    job, items, limit, start = _children_page(job_id, RECEIVING, tenant_code, start, limit)
    now = state().now()
    return {"parentJobId": job.job_id, "parentTenantCode": job.tenant, "limit": limit, "start": start,
            "receivingJobs": [{"receivingJobId": c.job_id, "tenantCode": c.tenant, "status": c.status(now)}
                              for c in items]}


async def processing_job_and_status(job_id: str, tenant_code: str | None = None, start: int | None = None,
                                    limit: int | None = None, **_: Any) -> Any:
    job, items, limit, start = _children_page(job_id, PROCESSING, tenant_code, start, limit)
    now = state().now()
    return {"parentJobId": job.job_id, "parentTenantCode": job.tenant, "limit": limit, "start": start,
            "processingJobs": [_processing_item(c, now) for c in items]}


def _status_line(job: Job, now: float) -> dict[str, Any]:
    return clean({"jobId": job.job_id, "tenant": job.tenant, "status": job.status(now), "jobType": job.kind,
                  "startTime": iso(job.created), "parentJobId": job.parent_id})


def _time(field: str, value: str | None) -> float | None:
    """ISO 8601 or epoch milliseconds, in seconds. The spec types these as free text, so text that is neither
    leaves the range open on that side instead of failing the call; a time that is one but lies outside the years
    1 to 9999 once in UTC is a 400 naming the field."""
    if not value:
        return None
    try:
        if value.isdigit():
            return int(value) / 1000 if len(value) <= 13 else None
        moment = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        seconds = moment.timestamp()
        iso(seconds)
    except (ValueError, OverflowError, OSError):
        raise bad_request(field, f"{value!r} lies outside the years 1 to 9999 in UTC") from None
    return seconds


async def job_status(start_time: str | None = None, end_time: str | None = None, status: str | None = None,
                     **_: Any) -> Any:
    s = state()
    now = s.now()
    since = _time("startTime", start_time)
    until = _time("endTime", end_time)
    since = now - 86_400 if since is None else since
    until = now if until is None else until
    lines = [_status_line(j, now) for j in s.job_store.jobs.values()
             if j.exists(now) and since <= j.created <= until and status in (None, j.status(now))]
    return {"queryStartTime": iso(since), "queryEndTime": iso(until), "jobStatus": lines}


async def job_id_status(job_id: str, **_: Any) -> Any:
    s = state()
    return [_status_line(_get(job_id, None, "Job"), s.now())]


_LABEL = {RECEIVING: "ReceivingJob", PROCESSING: "ProcessingJob", EXTRACTION: "ExtractionJob",
          DISPATCHING: "DispatchingJob"}


async def cancel_jobs(body: dict[str, Any], **_: Any) -> Any:
    s = state()
    ids = body.get("jobIds")
    if not ids:
        raise bad_request("jobIds", "name at least one job")
    if len(ids) > MAX_CANCEL:
        raise bad_request("jobIds", f"at most {MAX_CANCEL} jobs per call")
    results = []
    with s.lock:
        now = s.now()
        for job_id in ids:
            job = s.job_store.job(job_id)
            if job is None:
                results.append({"tenantCode": s.admin, "jobId": job_id, "jobType": "UNRECOGNIZED",
                                "message": f"Unrecognized job [{job_id}]."})
                continue
            line = {"tenantCode": job.tenant, "jobId": job.job_id, "jobType": job.kind, "parentJobId": job.parent_id}
            status = job.status(now)
            if status in TERMINAL or status == "Cancelling":
                label = _LABEL.get(job.kind, "Job")
                line.update(jobStatus=status,
                            message=f"{label} [{job.job_id}] with status [{status}] could not be cancelled.")
            elif job.kind == RECEIVING and status == "Running":
                line.update(cancelStatus="CANCEL_FAILED", jobStatus=status,
                            message="Receiving jobs with the Running status cannot be cancelled.")
            else:
                s.job_store.cancel(job)
                line.update(cancelStatus="CANCEL_SUCCEEDED", jobStatus=job.status(now))
            results.append(clean(line))
    return {"jobCancellationResults": results}
