"""A client library for accessing Visier Data and Job Handling API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
