"""A fresh process that imports a contender, builds its client and gets a first result (``latest_enabled_dv``).

    python benchmarks/_cold.py CONTENDER URL    # prints {"seconds": ..., "model_modules": ...}

Only ``sys``, ``time`` and ``json`` are imported before the clock starts, so whatever a contender imports on the way
to its first result is counted (importing the benchmark machinery first would hide the cost of shared modules).
"""

import json
import sys
import time

API_KEY, USERNAME, PASSWORD = "bench-api-key", "bench-user", "bench-password"


def cold(contender: str, url: str) -> dict[str, float]:
    started = time.perf_counter()
    if contender == "raw":
        import httpx

        with httpx.Client(base_url=url) as client:
            form = {"username": USERNAME, "password": PASSWORD}
            token = client.post("/v1/admin/visierSecureToken", data=form).text
            headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={token}"}
            assert client.get("/v1/op/data-versions", headers=headers).json()["tenants"]
    elif contender == "official":
        from visier_platform_sdk import ApiClient, Configuration, DataAndJobHandlingApi

        config = Configuration(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD)
        assert DataAndJobHandlingApi(ApiClient(config)).latest_enabled_dv().tenants
    else:
        from visier_data_handling import VisierDataHandling

        with VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD) as ours:
            assert ours.data_and_job_handling.latest_enabled_dv().tenants
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "model_modules": sum(1 for name in sys.modules if ".models." in name)}


if __name__ == "__main__":
    print(json.dumps(cold(sys.argv[1], sys.argv[2])))
