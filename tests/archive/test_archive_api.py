"""The public face of the archive package: ``__all__`` is complete and every name imports."""

from __future__ import annotations

import inspect

import archive
from archive import ArchiveError
from scraper import VeracityError


def test_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(archive).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public == set(archive.__all__)
    for name in archive.__all__:
        assert getattr(archive, name) is not None


def test_errors_derive_from_the_toolkit_root() -> None:
    assert issubclass(ArchiveError, VeracityError)
    for name in ("ArchiveLockedError", "CaptureNotFoundError", "SourcesError", "VerifyError"):
        assert issubclass(getattr(archive, name), ArchiveError)


def test_public_signatures() -> None:
    assert list(inspect.signature(archive.Archive).parameters) == ["path", "options", "create"]
    run_params = inspect.signature(archive.run).parameters
    assert list(run_params)[:2] == ["archive", "sources"]
    assert {"fetcher", "analyze", "now"} <= {
        name for name, p in run_params.items() if p.kind is inspect.Parameter.KEYWORD_ONLY
    }
