"""Errors raised by the generated API functions."""

from collections.abc import Mapping


class UnexpectedStatus(Exception):
    """Raised when the service answers with a status the spec does not document as a success."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        # The body is kept on the exception but left out of the message: it is the caller's to show.
        super().__init__(f"Unexpected status code: {status_code}")


class ErrorResponse(UnexpectedStatus):
    """The service answered with an error status; the raw body and headers are kept for the caller."""

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str]):
        super().__init__(status_code, content)
        self.headers = headers


__all__ = ["ErrorResponse", "UnexpectedStatus"]
