"""Shared fixtures: a fresh local fault-injection server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.scraper.faultserver import FaultServer


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A FaultServer on 127.0.0.1 with a free port, stopped after the test."""
    with FaultServer() as server:
        yield server
