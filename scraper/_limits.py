"""Content decoding with size guards: undo gzip/deflate/br incrementally and stop at a limit.

The fetcher keeps bodies exactly as sent; these helpers turn them back into the payload while
refusing decompression bombs (a small gzip that inflates to gigabytes).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from scraper._errors import FetchError, ResponseTooLargeError

__all__ = [
    "ACCEPT_ENCODING",
    "ContentDecoder",
    "SizeGuard",
    "decode_body",
    "decoded_prefix",
    "parse_content_encoding",
]

_CHUNK = 64 * 1024

try:  # brotli is optional: offer and decode "br" only when it is installed.
    import brotli as _brotli  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the environment
    _brotli = None

ACCEPT_ENCODING = "gzip, deflate, br" if _brotli is not None else "gzip, deflate"


class _ZlibStep:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it) with bounded output."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        wbits = zlib.MAX_WBITS | 16 if kind == "gzip" else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(wbits)
        self._first = True

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data``, yielding at most _CHUNK bytes at a time."""
        if self._first and self._kind == "deflate" and data:
            self._first = False
            try:
                first = self._obj.decompress(data, _CHUNK)
            except zlib.error:  # raw deflate without the zlib header
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                first = self._obj.decompress(data, _CHUNK)
            yield first
        else:
            yield self._obj.decompress(data, _CHUNK)
        while self._obj.unconsumed_tail:
            yield self._obj.decompress(self._obj.unconsumed_tail, _CHUNK)

    def finish(self) -> Iterator[bytes]:
        """What zlib still buffers."""
        yield self._obj.flush()


class _BrotliStep:
    """br via the optional brotli package, with bounded output where brotli supports it."""

    def __init__(self) -> None:
        assert _brotli is not None
        self._obj = _brotli.Decompressor()
        self._bounded = hasattr(self._obj, "can_accept_more_data")

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data``, at most _CHUNK bytes per piece (brotli >= 1.2)."""
        if not self._bounded:  # older brotli: bound the input instead
            for i in range(0, len(data), 1024):
                yield bytes(self._obj.process(data[i : i + 1024]))
            return
        piece = bytes(self._obj.process(data, output_buffer_limit=_CHUNK))
        while piece:  # drain what the limit held back before taking more input
            yield piece
            piece = bytes(self._obj.process(b"", output_buffer_limit=_CHUNK))

    def finish(self) -> Iterator[bytes]:
        """Brotli keeps nothing back once fed."""
        yield b""


_DecodeErrors: tuple[type[BaseException], ...] = (zlib.error,)
if _brotli is not None:  # pragma: no cover - depends on the environment
    _DecodeErrors = (zlib.error, _brotli.error)


def parse_content_encoding(value: str | None) -> list[str]:
    """The codings of a Content-Encoding header in the order they were applied."""
    if not value:
        return []
    codings = [part.strip().lower() for part in value.split(",")]
    return [c for c in codings if c and c != "identity"]


class SizeGuard:
    """Counts bytes and raises ResponseTooLargeError once they pass ``limit``."""

    def __init__(self, limit: int, *, url: str | None, what: str) -> None:
        self.limit = limit
        self.count = 0
        self._url = url
        self._what = what

    def add(self, n: int) -> None:
        """Count ``n`` more bytes; raise if the total is now over the limit."""
        self.count += n
        if self.count > self.limit:
            raise ResponseTooLargeError(
                f"{self._what} exceeds {self.limit} bytes: {self._url}", url=self._url
            )


class ContentDecoder:
    """Incrementally undoes a stack of content codings, guarding the decoded size."""

    def __init__(self, codings: list[str], *, max_bytes: int, url: str | None = None) -> None:
        self._steps: list[_ZlibStep | _BrotliStep] = []
        self._url = url
        for coding in reversed(codings):  # the last applied is undone first
            if coding in ("gzip", "x-gzip"):
                self._steps.append(_ZlibStep("gzip"))
            elif coding == "deflate":
                self._steps.append(_ZlibStep("deflate"))
            elif coding == "br" and _brotli is not None:
                self._steps.append(_BrotliStep())
            else:
                raise FetchError(f"unsupported content-encoding {coding!r}: {url}", url=url)
        self._guard = SizeGuard(max_bytes, url=url, what="decompressed body")

    def feed(self, data: bytes) -> bytes:
        """Decode the next raw chunk; raises ResponseTooLargeError past the size limit."""
        return self._collect(self._through(0, data, final=False))

    def finish(self) -> bytes:
        """Flush what the decoders still hold."""
        return self._collect(self._through(0, b"", final=True))

    def _collect(self, pieces: Iterator[bytes]) -> bytes:
        out: list[bytes] = []
        try:
            for piece in pieces:
                self._guard.add(len(piece))
                out.append(piece)
        except _DecodeErrors as exc:
            raise FetchError(
                f"corrupt content-encoded body ({exc}): {self._url}", url=self._url
            ) from exc
        return b"".join(out)

    def _through(self, index: int, data: bytes, *, final: bool) -> Iterator[bytes]:
        """Push ``data`` through steps[index:], lazily, so a bomb is caught chunk by chunk."""
        if index == len(self._steps):
            if data:
                yield data
            return
        step = self._steps[index]
        if data:
            for piece in step.feed(data):
                yield from self._through(index + 1, piece, final=False)
        if final:
            for piece in step.finish():
                yield from self._through(index + 1, piece, final=False)
            yield from self._through(index + 1, b"", final=True)


def decode_body(
    body: bytes | Iterable[bytes],
    content_encoding: str | None,
    *,
    max_bytes: int,
    url: str | None = None,
) -> bytes:
    """The payload with content codings undone; ResponseTooLargeError past ``max_bytes``."""
    codings = parse_content_encoding(content_encoding)
    chunks: Iterable[bytes]
    if isinstance(body, bytes):
        chunks = (body[i : i + _CHUNK] for i in range(0, len(body), _CHUNK))
    else:
        chunks = body
    if not codings:
        data = body if isinstance(body, bytes) else b"".join(chunks)
        SizeGuard(max_bytes, url=url, what="body").add(len(data))
        return data
    decoder = ContentDecoder(codings, max_bytes=max_bytes, url=url)
    out = [decoder.feed(chunk) for chunk in chunks]
    out.append(decoder.finish())
    return b"".join(out)


def decoded_prefix(body: bytes, content_encoding: str | None, *, size: int) -> bytes:
    """The first ``size`` decoded bytes (or fewer), decoding only what is needed; for sniffing."""
    codings = parse_content_encoding(content_encoding)
    if not codings:
        return body[:size]
    decoder = ContentDecoder(codings, max_bytes=size + 2 * _CHUNK)
    out = b""
    for i in range(0, len(body), 4096):
        try:
            out += decoder.feed(body[i : i + 4096])
        except ResponseTooLargeError:
            break
        if len(out) >= size:
            break
    return out[:size]
