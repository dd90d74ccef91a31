from __future__ import annotations

from collections.abc import Iterator

import pytest
from visier_data_handling import VisierDataHandling

from .helpers import Service, Sleeps, make_client


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(service: Service, sleeps: Sleeps) -> Iterator[VisierDataHandling]:
    with make_client(service, sleeps) as c:
        yield c
