"""Jobs move on the manual clock: loads, extractions and the ad hoc jobs, step by step."""

from __future__ import annotations

from .conftest import Api

TENANTS = ["WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o", "WFF_j1r~k2m", "WFF_j1r~p4q"]


def test_load_moves_from_pending_to_running_to_succeeded_and_spawns_tenant_jobs(api: Api) -> None:
    job = api.load()
    status = lambda: api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job}", jobs="true"))  # noqa: E731
    assert status()["status"] == "Pending" and status()["receivingJobs"] == []
    api.advance(0.5)
    assert status()["status"] == "Running"
    api.advance(0.6)
    assert status()["status"] == "Succeeded"
    api.advance(0.3)  # tenants start a little apart
    body = status()
    assert [j["tenantCode"] for j in body["receivingJobs"]] == TENANTS  # the file names every analytic tenant
    assert {j["status"] for j in body["receivingJobs"]} <= {"Pending", "Running"}
    api.advance(1.5)
    processing = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))
    assert processing["parentJobId"] == job and len(processing["processingJobs"]) == 5
    assert {p["status"] for p in processing["processingJobs"]} <= {"Pending", "Running"}
    assert all(p["dataVersion"] == "" for p in processing["processingJobs"])
    api.advance(5)
    processing = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))
    assert {p["status"] for p in processing["processingJobs"]} == {"Succeeded"}
    versions = {p["tenantCode"]: p["dataVersion"] for p in processing["processingJobs"]}
    latest = api.ok(api.get("/v1/op/data-versions"))
    analytic = [t for t in latest["tenants"] if t["tenantCode"] in TENANTS]
    assert len(analytic) == len(TENANTS)
    for tenant in analytic:
        assert tenant["dataVersions"][0]["dataVersion"] == versions[tenant["tenantCode"]]  # newest first


def test_a_tenant_file_loads_only_that_tenant(api: Api) -> None:
    job = api.load(["WFF_j1r~e1a_hcm_20260101.zip.gpg"])
    api.advance(10)
    jobs = api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job}", jobs="true"))["receivingJobs"]
    assert [j["tenantCode"] for j in jobs] == ["WFF_j1r~e1a"]


def test_at_most_five_data_versions_are_listed(api: Api) -> None:
    for _ in range(4):
        api.load(["WFF_j1r~c7o_hcm_20260101.zip.gpg"])
        api.advance(10)
    versions = api.ok(api.get("/v1/op/data-versions", tenantCode="WFF_j1r~c7o"))["tenants"][0]["dataVersions"]
    assert len(versions) == 5  # 3 seeded + 4 new, capped
    assert [v["dataVersion"] for v in versions] == sorted((v["dataVersion"] for v in versions), reverse=True)
    two = api.ok(api.get("/v1/op/data-versions", tenantCode="WFF_j1r~c7o", numberOfVersions=2))
    assert len(two["tenants"][0]["dataVersions"]) == 2


def test_planted_failure_fails_that_tenant_with_its_message(api: Api) -> None:
    api.http.post("/__mock__/failures", json={"tenantCode": "WFF_j1r~e1a", "stage": "processing",
                                              "message": "[DP510002] Unexpected exception"})
    job = api.load()
    api.advance(10)
    jobs = {p["tenantCode"]: p for p in api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))["processingJobs"]}
    assert jobs["WFF_j1r~e1a"]["status"] == "Failed"
    assert jobs["WFF_j1r~e1a"]["message"] == "[DP510002] Unexpected exception"
    assert jobs["WFF_j1r~e1a"]["dataVersion"] == ""
    assert jobs["WFF_j1r~c7o"]["status"] == "Succeeded"


def test_extraction_dispatches_one_job_per_tenant_through_its_stages(api: Api) -> None:
    job = api.extract(tenants=["WFF_j1r~c7o", "WFF_j1r~e1a"])
    assert api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{job}"))["status"] == "Pending"
    api.advance(0.6)
    dispatching = api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{job}"))
    assert dispatching["totalJobsDispatched"] == 2
    stages = []
    for _ in range(12):
        jobs = api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{job}/extraction-jobs"))["extractionJobs"]
        stages.append(jobs[0].get("currentStage"))
        api.advance(0.25)
    seen = [s for i, s in enumerate(stages) if s and s not in stages[:i]]
    assert seen[0] == "Initialize" and "Process Records" in seen and seen[-1] == "Publish Records"
    assert stages[-1] is None  # left out once complete
    api.advance(10)
    receiving = api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{job}/receiving-jobs"))["receivingJobs"]
    processing = api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{job}/processing-jobs"))["processingJobs"]
    assert len(receiving) == 2 and len(processing) == 2
    assert {p["status"] for p in processing} == {"Succeeded"} and all(p["dataVersion"] for p in processing)


def test_adhoc_jobs_start_dispatching_or_single_jobs(api: Api) -> None:
    processing = api.ok(api.send("POST", "/v1alpha/op/jobs/processing-jobs", {"allTenants": True}))["jobId"]
    api.advance(5)
    assert len(api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{processing}/processing-jobs"))["processingJobs"]) == 5
    extraction = api.ok(api.send("POST", "/v1alpha/op/jobs/extraction-jobs", {"tenants": ["WFF_j1r~c7o"]}))["jobId"]
    api.advance(1)
    assert api.ok(api.get(f"/v1/op/jobs/dispatching-jobs/{extraction}"))["totalJobsDispatched"] == 1
    consolidated = api.ok(api.send("POST", "/v1alpha/op/jobs/consolidated-analytics-jobs",
                                   {"tenantCode": "WFF_j1r~CAa7s", "runProcessingJob": True}))["jobId"]
    api.advance(5)
    (line,) = api.ok(api.get(f"/v1/op/job-status/jobs/{consolidated}"))
    assert (line["jobType"], line["status"], line["tenant"]) == ("CONSOLIDATED_ANALYTICS_JOB", "Succeeded",
                                                                "WFF_j1r~CAa7s")


def test_job_status_filters_by_time_range_and_status(api: Api) -> None:
    first = api.load()
    api.advance(1800)  # within the token's hour
    second = api.load()
    api.advance(0.5)
    everything = api.ok(api.get("/v1/op/job-status/jobs", startTime="2025-12-31T00:00:00Z"))["jobStatus"]
    ids = {line["jobId"] for line in everything}
    assert {first, second} <= ids
    recent = api.ok(api.get("/v1/op/job-status/jobs", startTime="2026-01-01T00:20:00Z"))["jobStatus"]
    assert second in {line["jobId"] for line in recent} and first not in {line["jobId"] for line in recent}
    running = api.ok(api.get("/v1/op/job-status/jobs", startTime="2025-12-31T00:00:00Z", status="Running"))
    assert {line["status"] for line in running["jobStatus"]} == {"Running"}
    assert second in {line["jobId"] for line in running["jobStatus"]}
    epoch_ms = str(int((api.state.now() - 10) * 1000))
    by_epoch = api.ok(api.get("/v1/op/job-status/jobs", startTime=epoch_ms))["jobStatus"]
    assert second in {line["jobId"] for line in by_epoch}
