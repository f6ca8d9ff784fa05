"""Text of comment elements: whitespace-normalised, furniture and control characters removed."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

__all__ = [
    "all_text",
    "block_lines",
    "clean_author",
    "element_text",
    "is_furniture",
    "norm",
    "strip_furniture",
]

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]"
)
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "form", "button", "svg", "iframe", "template", "textarea",
     "select", "input", "label", "object", "embed", "canvas", "head"}
)  # fmt: skip

# Whole strings that are comment furniture, English with Spanish twins (plus a few neighbours).
_FURNITURE = re.compile(
    r"^(?:"
    r"reply|responder|respond|responde|antworten|répondre|reply to this comment|"
    r"responder a este comentario|cancel reply|cancelar respuesta|"
    r"report|denunciar|report abuse|denunciar abuso|reportar|report comment|melden|"
    r"report this comment|denunciar este comentario|loading|cargando|"
    r"like|me gusta|likes?|unlike|ya no me gusta|share|compartir|flag|marcar|delete|eliminar|"
    r"edit|editar|quote|citar|permalink|enlace permanente|link|enlace|"
    r"post a comment|publicar un comentario|enviar un comentario|leave a (?:reply|comment)|"
    r"deja (?:un comentario|una respuesta|tu comentario)|add (?:a )?comment|"
    r"añadir (?:un )?comentario|"
    r"agregar (?:un )?comentario|write a comment|escribe un comentario|"
    r"load more(?: comments| replies)?|cargar más(?: comentarios| respuestas)?|"
    r"ver más(?: comentarios| respuestas)?|"
    r"show more(?: comments| replies)?|"
    r"mostrar más(?: comentarios)?|newer post|older post|home|entrada más reciente|entrada antigua|"
    r"entradas más recientes|entradas antiguas|página principal|inicio|"
    r"subscribe to: post comments \(atom\)|"
    r"this comment has been removed by (?:the author|a blog administrator|an administrator)|"
    r"(?:este|el) comentario (?:ha sido|fue) eliminado por "
    r"(?:el autor|un administrador(?: del blog)?)|"
    r"(?:this comment|comment) (?:is awaiting moderation|was deleted)|"
    r"(?:comentario|este comentario) (?:en espera de moderación|eliminado)|"
    r"suscribirse a: (?:enviar comentarios|comentarios de la entrada) \(atom\)|"
    r"(?:\d+|no|one|un|una|sin)\s+(?:comments?|comentarios?|responses?|respuestas?|replies|"
    r"kommentare?|reactions?|reacciones?)(?:\s+(?:so far|hasta ahora))?\s*:?|"
    r"comments?|comentarios?|responses?|respuestas?|repl(?:y|ies)|discussion|discusión|"
    r"kommentare?|"
    r"(?:\d+\s+)?(?:points?|puntos?|votes?|votos?)|[-+]?\d+|↑|↓|▲|▼|·|\||-+"
    r")[\s.:!…]*(?:\(\d+\))?[\s.:!…]*$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+(?:reply|responder|report|denunciar|like|me gusta|antworten|melden|"
    r"reply to this comment|responder a este comentario|report abuse|denunciar abuso|"
    r"report this comment|denunciar este comentario|share|compartir|flag|marcar|quote|citar|"
    r"delete|eliminar|edit|editar|permalink|enlace permanente|↑|↓|·|\|)(?:\s*\(\d+\))?)+\s*$",
    re.IGNORECASE,
)
_AUTHOR_SUFFIX = re.compile(
    r"\s*(?:said|says|dijo|dice|ha dicho|escribió|escribio|wrote|writes|comentó|comento|commented|"
    r"opinó|opino|opina|responded|respondió|contestó|replied|meint|schrieb|sagt|a écrit)\b"
    r"\s*(?:…|\.\.\.|:)?.*$|"
    r"\s+(?:on|el|am|le)\s+(?=\S*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|"
    r"mon|tue|wed|thu|fri|sat|sun|lun|mié|jue|vie|sáb|dom))\S.*$|\s+[—–|-]\s+.*\d.*$|\s*[:…]+\s*$",
    re.IGNORECASE | re.DOTALL,
)
_AUTHOR_PREFIX = re.compile(
    r"^\s*(?:(?:comment|comentario|posted|publicado|written|escrito|enviado|submitted)\s+)?"
    r"(?:by|por|von|de|par)\s*:?\s+|^\s*(?:author|autor|usuario|user|name|nombre|from|de)\s*:\s*",
    re.IGNORECASE,
)


_UNVERIFIED = re.compile(r"\s*\((?:not verified|no verificado|sin verificar)\)", re.IGNORECASE)


def all_text(element: HtmlElement) -> str:
    """All text inside ``element`` (scripts included, tail excluded), computed in C; works for
    any lxml element, not only ``HtmlElement``."""
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return text


def norm(text: str | None) -> str:
    """Collapse whitespace and drop control/ANSI characters so text is safe to print."""
    if not text:
        return ""
    return " ".join(_CONTROL.sub("", text).split())  # split(): the same whitespace as \s


def element_text(element: HtmlElement, *, skip: Callable[[HtmlElement], bool] | None = None) -> str:
    """Visible text of ``element``, skipping scripts, forms and subtrees where ``skip`` is true."""
    return norm(" ".join(_pieces(element, skip, blocks=False)))


def _pieces(
    element: HtmlElement, skip: Callable[[HtmlElement], bool] | None, *, blocks: bool
) -> list[str]:
    """Text pieces in document order (iterative, so any depth is fine); skipped subtrees keep
    their tail; with ``blocks`` a newline marks each block element's start and end."""
    parts: list[str] = []
    stack: list[tuple[HtmlElement, bool, bool]] = [(element, True, False)]
    while stack:
        node, top, closing = stack.pop()
        tag = node.tag
        if closing:
            if blocks and tag in _BLOCK_TAGS:
                parts.append("\n")
            if not top and node.tail:
                parts.append(node.tail)
            continue
        visible = (
            isinstance(tag, str)
            and tag.lower() not in _SKIP_TAGS
            and (top or skip is None or not skip(node))
        )
        if not visible:
            if not top and node.tail:
                parts.append(node.tail)
            continue
        if blocks and tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        stack.append((node, top, True))
        stack.extend((child, False, False) for child in reversed(node))
    return parts


def is_furniture(text: str) -> bool:
    """True when the whole of ``text`` is comment furniture ("Reply", "6 comments:", ...)."""
    return bool(_FURNITURE.match(text.strip()))


def strip_furniture(text: str) -> str:
    """Remove trailing action words ("Reply", "Responder") left at the end of a comment."""
    return _TRAILING.sub("", text).strip()


# "Name » Mon Jan 13, 2020 9:12 am", "Name | 13/01/2020": a separator, then a tail with digits.
_DATE_TAIL = re.compile(r"\s*(?:»|›|\||·|—|–|\s-\s)\s*[^»›|·—–]*\d[^»›|·—–]*$")


def clean_author(text: str | None) -> str | None:
    """Strip "said...", "dijo...", "says:", "on <date>", "by"/"por" from an author line."""
    text = norm(text)
    if not text:
        return None
    text = _AUTHOR_PREFIX.sub("", text)
    text = _DATE_TAIL.sub("", text)
    text = _AUTHOR_SUFFIX.sub("", text)
    text = _UNVERIFIED.sub("", text).strip(" -–—|,:;·»«›‹•")
    if not text or len(text) > 80 or is_furniture(text):
        return None
    return text


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "tr", "td", "th", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
     "table", "blockquote", "section", "article", "header", "footer", "ul", "ol", "dl", "pre",
     "hr", "aside", "address", "figure", "figcaption"}
)  # fmt: skip


def block_lines(
    element: HtmlElement, *, skip: Callable[[HtmlElement], bool] | None = None
) -> list[str]:
    """Visible text of ``element`` split at block boundaries (cells, paragraphs, line breaks)."""
    raw = "".join(_pieces(element, skip, blocks=True))
    return [line for line in (norm(piece) for piece in raw.split("\n")) if line]
