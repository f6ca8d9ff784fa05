"""Turn library errors into one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click

from scraper import VeracityError

__all__ = ["cli_errors"]

P = ParamSpec("P")
R = TypeVar("R")


def cli_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so a VeracityError or OSError becomes ``click.ClickException``."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except VeracityError as err:
            raise click.ClickException(str(err)) from None
        except OSError as err:
            raise click.ClickException(
                f"{err.strerror or err}: {err.filename or ''}".rstrip(": ")
            ) from None

    return wrapper
