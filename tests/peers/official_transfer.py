"""Run under .venv-peers/bin/python (never imported by the test session): the official visier-platform-sdk's
DataIntakeApi and PGPKeysApi drive all ten of their operations against the mock at argv[1], signing in with the
credentials in argv[2:5] and sending to the tenant argv[5]; prints what each call answered, as JSON, for
tests/peers/test_official_transfer.py."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any

from visier_platform_sdk import (
    ApiClient,
    Configuration,
    DataIntakeApi,
    KeyPairGenerateRequestDTO,
    PGPKeysApi,
    PushDataCompleteRequest,
)
from visier_platform_sdk.exceptions import ApiException

BATCH = "EmployeeID,StartDate\nE1,2026-01-01\nE2,2026-01-02"


def _refused(call: Any) -> list[Any]:
    """The status and message of a call the mock refuses."""
    try:
        call()
    except ApiException as error:
        return [error.status, json.loads(error.body or "{}").get("message", "")]
    return [200, ""]


def transfer(api: DataIntakeApi, tenant: str) -> dict[str, Any]:
    out: dict[str, Any] = {"getSources": api.get_sources().to_dict()}
    employee = next(s["sourceId"] for s in out["getSources"]["sources"] if s["name"] == "Employee")
    session = api.start_transfer().transfer_session_id
    out["startTransfer"] = session
    out["pushData"] = api.push_data(session, BATCH, source_id=employee, sequence=1, tenant_code=tenant).to_dict()
    out["pushAgain"] = api.push_data(session, BATCH, source_id=employee, sequence=1, tenant_code=tenant).to_dict()
    out["pushRefused"] = _refused(lambda: api.push_data(session, "EmployeeID,Shoe\nE3,42", source_id=employee,
                                                        sequence=2, tenant_code=tenant))
    out["uploadData"] = api.upload_data(session, sequence="3", tenant_code=tenant,
                                        file=("Employee_more.csv", b"EmployeeID,StartDate\nE4,2026-02-01\n")).to_dict()
    request = PushDataCompleteRequest(transfer_session_id=session, processing_data=True)
    out["pushDataComplete"] = api.push_data_complete(request).to_dict()
    dropped = api.start_transfer().transfer_session_id
    out["pushDataCancel"] = api.push_data_cancel(dropped).to_dict()
    return out


def pgp_keys(api: PGPKeysApi) -> dict[str, Any]:
    in_three_years = datetime.now(UTC).replace(year=datetime.now(UTC).year + 3).strftime("%Y-%m-%dT%H:%M:%SZ")
    made = api.generate_pgp_key_pair(KeyPairGenerateRequestDTO(expiration_date=in_three_years)).to_dict()
    return {
        "generatePgpKeyPair": made,
        "getAllPgpPublicKeys": api.get_all_pgp_public_keys().to_dict(),
        "getPgpPublicKey": api.get_pgp_public_key(made["keyID"]).to_dict(),
        "deletePgpKeyPair": api.delete_pgp_key_pair(made["keyID"]).to_dict(),
        "getDeleted": _refused(lambda: api.get_pgp_public_key(made["keyID"])),
    }


def main() -> None:
    url, api_key, username, password, tenant = sys.argv[1:6]
    client = ApiClient(Configuration(host=url, api_key=api_key, username=username, password=password))
    print(json.dumps({**transfer(DataIntakeApi(client), tenant), **pgp_keys(PGPKeysApi(client))}))


if __name__ == "__main__":
    main()
