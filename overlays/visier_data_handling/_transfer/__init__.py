"""Data Intake transfer sessions: records and files in numbered batches to a source (``client.transfer``)."""
