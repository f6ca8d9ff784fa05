"""Undo Content-Encoding (gzip, deflate, br when brotli is installed) on an archived payload."""

from __future__ import annotations

import zlib

from archive._errors import ArchiveError

__all__ = ["decode_body"]

DEFAULT_MAX = 64 * 1024 * 1024


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    out = decompressor.decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        raise ArchiveError(f"decoded body exceeds {max_bytes} bytes")
    return out + decompressor.flush()


def decode_body(body: bytes, encoding: str | None, *, max_bytes: int = DEFAULT_MAX) -> bytes:
    """The payload with its content codings removed, refusing to inflate past ``max_bytes``."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    data = body
    for coding in reversed(codings):
        try:
            if coding in ("gzip", "x-gzip"):
                data = _inflate(data, 47, max_bytes)
            elif coding == "deflate":
                try:
                    data = _inflate(data, 15, max_bytes)
                except zlib.error:
                    data = _inflate(data, -15, max_bytes)
            elif coding == "br":
                try:
                    import brotli
                except ImportError:
                    raise ArchiveError("the payload is brotli-encoded; install brotli") from None
                data = brotli.decompress(data)
            elif coding != "identity":
                raise ArchiveError(f"unknown content encoding {coding!r}")
        except zlib.error as err:
            raise ArchiveError(f"cannot decode {coding} payload: {err}") from None
    return data
