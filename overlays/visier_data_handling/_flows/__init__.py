"""Flows that start jobs and follow them: load, extract-and-load, the reconciliation that keeps a lost answer from
starting a second job, uploads, and the results users get back."""
