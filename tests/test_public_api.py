"""Each package's public face: ``__all__`` lists every public name it defines, and all resolve."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = ["scraper", "archive", "scoring"]


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_complete_and_resolvable(name: str) -> None:
    module = importlib.import_module(name)
    public = {
        attr
        for attr, value in vars(module).items()
        if not attr.startswith("_") and getattr(value, "__module__", "").startswith(name)
    }
    assert public <= set(module.__all__), public - set(module.__all__)
    assert len(set(module.__all__)) == len(module.__all__)
    for attr in module.__all__:
        assert getattr(module, attr) is not None


@pytest.mark.parametrize("name", PACKAGES)
def test_errors_share_one_root(name: str) -> None:
    import scraper

    module = importlib.import_module(name)
    errors = [getattr(module, a) for a in module.__all__ if a.endswith("Error")]
    assert errors
    for error in errors:
        assert issubclass(error, scraper.VeracityError)
