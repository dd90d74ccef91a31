"""The connection under an answer: whether an answer has begun, and closing it unanswered for injected drops."""

from __future__ import annotations

from starlette.types import Message, Send


class TrackingSend:
    """Passes messages on and remembers whether an answer has begun; keeps the connection's transport reachable
    for injected drops."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.transport = getattr(getattr(send, "__self__", None), "transport", None)
        self.started = False

    async def __call__(self, message: Message) -> None:
        self.started = self.started or message["type"] == "http.response.start"
        await self.send(message)


class DroppedConnection(ConnectionResetError):
    """An injected drop where there is no connection to close (an in-process test client sees this)."""


def drop_connection(send: Send) -> None:
    """Close the connection without answering, as a crashed proxy would."""
    transport = getattr(send, "transport", None)
    if transport is None:
        raise DroppedConnection("fault injected: connection dropped")
    transport.close()
