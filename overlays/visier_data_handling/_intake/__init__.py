"""Direct Data Intake: files loaded straight into Visier's objects through one transaction (``client.intake``)."""
