"""Fixtures for archive tests: an archive, a fake fetcher, a local HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import Archive
from tests.archive.archive_server import ArchiveTestServer
from tests.archive.helpers import FakeFetcher


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "arch") as store:
        yield store


@pytest.fixture
def fake() -> FakeFetcher:
    return FakeFetcher()


@pytest.fixture
def server() -> Iterator[ArchiveTestServer]:
    with ArchiveTestServer() as srv:
        yield srv
