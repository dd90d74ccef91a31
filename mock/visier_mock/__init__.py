"""A stateful, spec-driven mock of Visier's Data and Job Handling service.

    app = create_app(MockConfig(manual_clock=True))     # an ASGI app; app.state is its world
    with serve_in_thread(MockConfig()) as running:      # a live server on 127.0.0.1
        print(running.url)
"""

import warnings

# connexion imports starlette's test client as it loads, and starlette warns about that import. Nothing here uses
# the test client; without this the warning would greet every start of the mock.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    import connexion  # noqa: F401

from ._app import MockApp, create_app
from ._clock import ManualClock, RealClock
from ._config import MockConfig
from ._server import RunningMock, serve_in_thread

__all__ = ["ManualClock", "MockApp", "MockConfig", "RealClock", "RunningMock", "create_app", "serve_in_thread"]
