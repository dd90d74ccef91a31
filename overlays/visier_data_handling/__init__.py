"""Python SDK for Visier's Data and Job Handling API."""

__version__ = "0.1.0"
