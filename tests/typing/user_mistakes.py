"""A user's file with one mistake per marked line: ``mypy --strict`` must report each (test_typing.py)."""

from __future__ import annotations

from visier_data_handling import VisierDataHandling


def mistakes(client: VisierDataHandling) -> None:
    dh = client.data_and_job_handling
    dh.processing_job_status(recieving_job_id="r-1")  # misspelt
    dh.receiving_job_status(receiving_job_id="r-1", jobs="yes")  # wrong type
    dh.job_id_status()  # missing
    client.load(["hcm.zip.gpg"], wiat=False)  # misspelt
    client.direct_data_intake.commit_transaction(transaction_id=7)  # wrong type
    client.intake({"Employee": "employee.csv"}, draft="prod")  # misspelt
    client.data_intake.push_data(transfer_session_id="s-1", body=["Id", "1"])  # wrong type
    client.pgp_keys.get_pgp_public_key(keyid="00A1B2C3D4E5F607")  # misspelt
    client.transfer("Employee", procesing=True)  # misspelt
    client.transfer("Employee").push([{"EmployeeID": ["E1"]}])  # wrong type
    client.upload("hcm.zip", encrypt="yes")  # wrong type
    client.data_intake.push_data(transfer_session_id="s-1", body="[]", extra_body={"a": 1})  # no JSON object body
    dh.start_load(files=["a"], extra_headers={"X-Retry": 1})  # wrong type
