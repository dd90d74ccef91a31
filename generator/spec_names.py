"""What the generator's modules read from the spec alike: the HTTP methods an operation may sit under, and the
snake_case name openapi-python-client gives an operationId or a wire name."""

from __future__ import annotations

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))
