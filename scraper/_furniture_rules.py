"""The furniture rule tables: class/id name signals and English/Spanish text phrases.

Every text rule has an English and a Spanish twin. Text rules only fire on short blocks
(``max_len``) so an article paragraph that merely mentions "donations" survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "COMMENT_MARKUP",
    "FOLLOWER_RULE",
    "MARKUP_PARTS",
    "MARKUP_PHRASES",
    "MARKUP_RULES",
    "MARKUP_WORDS",
    "SHARE_WORDS",
    "TEXT_RULES",
    "MarkupRule",
    "TextRule",
    "Vocabulary",
]


@dataclass(frozen=True)
class Vocabulary:
    """Class/id words: single parts ("share") and hyphenated phrases ("-sd-sharing-")."""

    words: frozenset[str]
    phrases: tuple[str, ...]

    def matches(self, parts: set[str], joined: str) -> bool:
        """True when a token's parts hold a word, or its ``-joined-`` form holds a phrase."""
        return not self.words.isdisjoint(parts) or any(p in joined for p in self.phrases)


@dataclass(frozen=True)
class MarkupRule:
    """Elements whose class/id token holds a word of ``vocabulary`` are furniture ``name``."""

    name: str
    vocabulary: Vocabulary


@dataclass(frozen=True)
class TextRule:
    """Blocks whose text matches ``pattern`` (and are at most ``max_len`` long) are furniture."""

    name: str
    pattern: re.Pattern[str]
    max_len: int
    gate: tuple[str, ...] = ()  # the lower-cased text must hold one of these (a cheap test)


_ALL_PARTS: set[str] = set()


def _token(words: str) -> Vocabulary:
    """A vocabulary from ``a|b-c|d_e``: tokens match on whole ``-``/``_``-separated parts."""
    singles: set[str] = set()
    phrases: list[str] = []
    for word in words.lower().replace("_", "-").split("|"):
        if "-" in word:
            phrases.append(f"-{word}-")
            _ALL_PARTS.add(word.split("-")[0])
        else:
            singles.add(word)
    _ALL_PARTS.update(singles)
    return Vocabulary(frozenset(singles), tuple(phrases))


# Matched against each class token and the id. Order matters: the first rule that fires names
# the reason.
MARKUP_RULES: tuple[MarkupRule, ...] = (
    MarkupRule(
        "share buttons",
        _token(
            r"sharedaddy|sd-sharing|sd-social|share|shares|sharing|sharebar|social|socials|addthis|"
            r"addtoany|a2a_kit|shariff|social-share|share-buttons|post-share-buttons|sharethis|"
            r"compartir|redes-sociales|essb_links|ssba|heateor_sss_sharing"
        ),
    ),
    MarkupRule(
        "related content",
        _token(
            r"jp-relatedposts|related|relatedposts|related-posts|yarpp|crp_related|more-stories|"
            r"read-also|also-read|recommended|recomendados|relacionadas|relacionados|outbrain|"
            r"taboola|ob-widget|te-puede-interesar|lee-tambien|read-next"
        ),
    ),
    MarkupRule(
        "donate appeal",
        _token(
            r"donate|donation|donations|donar|donacion|donaciones|support-us|apoyanos|membership|"
            r"membresia|patreon"
        ),
    ),
    MarkupRule(
        "newsletter",
        _token(
            r"newsletter|newsletters|subscribe|subscription|signup|mailchimp|mc4wp|boletin|suscripcion|"
            r"suscribete"
        ),
    ),
    MarkupRule("helpful widget", _token(r"helpful|was-this-helpful|feedback|rating|post-ratings")),
    MarkupRule(
        "poll", _token(r"poll|polls|survey|encuesta|encuestas|sondeo|votacion|wp-polls|totalpoll")
    ),
    MarkupRule(
        "author bio",
        _token(
            r"author-bio|author-box|authorbox|about-author|author-info|author-description|"
            r"sobre-el-autor|autor-bio|saboxplugin-wrap|abh_box"
        ),
    ),
    MarkupRule(
        "image caption", _token(r"wp-caption-text|caption|figcaption|image-caption|pie-de-foto")
    ),
    MarkupRule("breadcrumb", _token(r"breadcrumb|breadcrumbs|migas|rank-math-breadcrumb")),
    MarkupRule(
        "advertisement",
        _token(
            r"advert|advertisement|advertising|adsbygoogle|ad-slot|ad-container|ad-unit|dfp|"
            r"publicidad|anuncio|sponsored|patrocinado|banner-ad"
        ),
    ),
    MarkupRule(
        "licence notice", _token(r"republish|republish-notice|license|licence|licencia|copyright")
    ),
    MarkupRule(
        "post meta",
        _token(
            r"entry-meta|post-meta|post-labels|tag-links|tags-links|post-tags|byline|cat-links|"
            r"post-footer|entry-footer|post-header-line-1"
        ),
    ),
    MarkupRule(
        "site header",
        _token(
            r"site-header|site-branding|site-title|site-description|descriptionwrapper|titlewrapper|"
            r"masthead|header-inner|header-outer|navbar|top-bar|topbar"
        ),
    ),
    MarkupRule(
        "page navigation",
        _token(
            r"blog-pager|pagination|nav-links|post-navigation|post-feeds|feed-links|navigation|"
            r"skip-link"
        ),
    ),
)

# Comment regions: kept out of the body, but not reported as furniture (they are comments).
COMMENT_MARKUP = _token(
    r"comments|comment-respond|respond|disqus_thread|commentlist|comment-list|comments-area|"
    r"comments-block|comentarios|fb-comments|comment-form|reply-form|discussion|comments-content|"
    r"kommentare|kommentar|commentaires|commenti|komentarze|reacties|comment-thread|"
    r"comments-section|comment-section|user-comments|reader-comments|comment|commentarea|"
    r"comentario"
)

# Word and phrase -> rule index (0 = comments, then MARKUP_RULES + 1), first rule wins: one dict
# lookup per token part instead of a scan over every rule.
MARKUP_WORDS: dict[str, int] = {}
MARKUP_PHRASES: list[tuple[str, int]] = []
for _index, _vocabulary in enumerate([COMMENT_MARKUP, *(r.vocabulary for r in MARKUP_RULES)]):
    for _word in _vocabulary.words:
        MARKUP_WORDS.setdefault(_word, _index)
    MARKUP_PHRASES.extend((_phrase, _index) for _phrase in _vocabulary.phrases)
MARKUP_PARTS = frozenset(_ALL_PARTS)

# Words that make up a share bar when a block holds nothing else ("share icon icon icon").
_SHARE_WORDS = (
    "share shares sharing this on via tweet twitter x facebook whatsapp telegram linkedin "
    "pinterest reddit email e-mail mail print copy link icon icons compartir comparte "
    "compartido tuitear correo imprimir copiar enlace en por messenger flipboard pocket"
)
SHARE_WORDS = frozenset(_SHARE_WORDS.split())


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


TEXT_RULES: tuple[TextRule, ...] = (
    TextRule(
        "helpful widget",
        _rx(
            r"^\W*(was this (content|article|page|information|post|story) (helpful|useful)|"
            r"did you find this (helpful|useful)|"
            r"¿?\s*(te|le) (fue|ha sido|resultó|pareció) útil (este|esta|el|la) "
            r"(contenido|artículo|información|nota)|"
            r"¿?\s*(fue|es|ha sido) útil (este|esta) (contenido|artículo|información|nota))\W*$"
        ),
        120,
    ),
    TextRule(
        "donate appeal",
        _rx(
            r"^\W*(donate( now| today)?|make a donation|support us|support our work|"
            r"dona( ahora| hoy)?|donar( ahora)?|haz una donación|apóyanos|"
            r"apoya nuestro trabajo)\W*$"
        ),
        40,
    ),
    TextRule(
        "donate appeal",
        _rx(
            r"(we need (your )?(support|help|resources|donations)|in order to do so,? we need|"
            r"support (our|independent|quality) (journalism|reporting|work)|please (consider )?"
            r"(donat|support|contribut)|become a (member|supporter|patron)|"
            r"necesitamos (tu |su |de tu )?(apoyo|ayuda|recursos|donaciones)|"
            r"apoya (nuestro|el) (periodismo|trabajo)|haz una donación|hazte (miembro|socio)|"
            r"considera (hacer una )?donar|para (ello|hacerlo),? necesitamos)"
        ),
        400,
        gate=(
            "need",
            "support",
            "please",
            "become a",
            "necesitamos",
            "apoya",
            "donaci",
            "hazte",
            "considera",
            "para ello",
            "para hacerlo",
        ),
    ),
    TextRule(
        "feedback line",
        _rx(
            r"(what are your thoughts\?|click here to send .{0,40}(comments|feedback)|"
            r"submit your letter to the editor|envíe? (su|tu) carta (al|a la) (editor|dirección)|"
            r"send us your (comments|feedback|thoughts)|we welcome your (comments|feedback)|"
            r"¿\s*qué (opinas|piensas|te parece)\s*\?|haz clic aquí para enviar(nos|le)? .{0,40}"
            r"comentarios|envíanos tus (comentarios|opiniones))"
        ),
        250,
        gate=(
            "thoughts",
            "click here",
            "send us",
            "welcome your",
            "letter to the editor",
            "carta",
            "opinas",
            "piensas",
            "te parece",
            "haz clic",
            "envíanos",
        ),
    ),
    TextRule(
        "licence notice",
        _rx(
            r"(creative commons|non-commercial purposes|we encourage readers to (copy|republish)|"
            r"copyrighted property|written permission must be obtained|"
            r"sin (la )?autorización (previa y )?(por )?escrit[oa]|"
            r"republish (this|our) (article|story|work)|all rights reserved|"
            r"licencia creative commons|fines no comerciales|alentamos a (los )?lectores a "
            r"(copiar|republicar)|republica(r)? (este|nuestro) (artículo|trabajo)|"
            r"todos los derechos reservados|prohibida su reproducción|"
            r"reproducción (total o parcial )?(está )?prohibida)"
        ),
        700,
        gate=(
            "creative commons",
            "non-commercial",
            "encourage readers",
            "republish",
            "rights reserved",
            "copyrighted",
            "written permission",
            "autorización",
            "licencia",
            "no comerciales",
            "alentamos",
            "republica",
            "derechos reservados",
            "reproducción",
        ),
    ),
    TextRule(
        "related teaser",
        _rx(
            r"^\W*(related( content| articles?| posts?| stories| news| coverage| reading)?|"
            r"read (also|more|next)|see also|more on this( topic| story)?|more from .{1,30}|"
            r"you (may|might) also (like|be interested in)|recommended( for you| reading)?|"
            r"lee también|lea también|te puede interesar|le puede interesar|"
            r"también te puede interesar|noticias relacionadas|artículos relacionados|"
            r"contenido relacionado|notas relacionadas|"
            r"ver también|más noticias|más sobre este tema|sigue leyendo|recomendados( para ti)?)"
            r"\s*[:.»›]?\W*$"
        ),
        60,
    ),
    TextRule(
        "related teaser",
        _rx(
            r"^\W*(read (also|more|next)|also read|see also|related|recommended|watch|"
            r"more on this|don't miss|"
            r"(lee|lea)( más| también)?|también (lee|lea|puede leer)|vea también|ver también|"
            r"mira|mire|puedes ver|te recomendamos|le recomendamos|te puede interesar|"
            r"le puede interesar|no te pierdas|noticia relacionada|relacionad[oa]s?)\s*[:\-–—»|]"
        ),
        250,
    ),
    TextRule(
        "advertisement label",
        _rx(
            r"^\W*(advertisement|advertising|ad|ads|sponsored( content)?|story continues below "
            r"(this )?advertisement|publicidad|anuncio|contenido patrocinado|patrocinado|"
            r"la nota continúa (abajo|después de la publicidad))\W*$"
        ),
        60,
    ),
    TextRule(
        "follow us",
        _rx(
            r"^\W*(follow us|follow .{1,40} on (twitter|facebook|instagram|x|telegram|whatsapp)|"
            r"join (us|our channel) on|síguenos|siguenos|sigue a .{1,40} en (twitter|facebook|"
            r"instagram|x|telegram|whatsapp)|únete a (nuestro|nuestra) (canal|comunidad))|"
            r"\bour (youtube|telegram|whatsapp) channel|"
            r"\b(nuestro|tenemos) canal de (youtube|telegram|whatsapp)"
        ),
        300,
        gate=(
            "follow",
            "join",
            "síguenos",
            "siguenos",
            "sigue a",
            "únete",
            "channel",
            "canal de",
        ),
    ),
    TextRule(
        "newsletter",
        _rx(
            r"((sign up|subscribe) (for|to) (our|the|a) .{0,30}newsletter|get (our|the) newsletter|"
            r"suscr[ií]bete (a|al) (nuestro |nuestra )?.{0,20}(boletín|newsletter)|"
            r"recibe (nuestro|el) (boletín|newsletter)|regístrate (a|en) (nuestro )?boletín|"
            r"never miss .{0,60}(sign|subscrib)|no te pierdas .{0,60}(suscr|regístrate))"
        ),
        300,
        gate=("newsletter", "boletín", "never miss", "no te pierdas"),
    ),
    TextRule(
        "byline",
        _rx(
            r"^\W*((written |posted |reported )?by|por|escrito por|publicado por|posted by)\s+"
            r"[\w.'’-]+( [\w.'’-]+){0,5}\W*$"
        ),
        100,
    ),
    TextRule(
        "byline",
        _rx(
            r"^[^.!?]{0,60}\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)"
            r"[a-z]*\.?\s+\d{4}\b[^.!?]{0,20}\b(by|por)\b[^.!?]{0,60}$"
        ),
        200,
    ),
    TextRule(
        "image caption",
        _rx(
            r"^\W*(photo|photos|image|picture|credit|foto|fotos|imagen|crédito|fotografía)"
            r"( courtesy of| by| de| cortesía de)?\s*[:/|©]"
        ),
        200,
    ),
    TextRule(
        "image caption",
        _rx(
            r"^\W*(AFP|AP|EFE|Reuters|Getty Images|Cuartoscuro|Notimex|dpa|EPA|Xinhua|AP Photo)"
            r"(\s*(photo|foto))?\s*[/|:]\s*[^.!?]{2,50}$"
        ),
        80,
    ),
    TextRule(
        "author bio",
        _rx(r"^\W*(about the author|sobre el autor|acerca del autor|sobre la autora)\W*$"),
        60,
    ),
    TextRule(
        "tag list",
        _rx(
            r"^\W*(tags|labels|topics|filed under|categor(y|ies)|etiquetas|temas|archivado en|"
            r"categorías?|secci[oó]n)\s*(:|$)"
        ),
        300,
    ),
    TextRule(
        "subscription appeal",
        _rx(
            r"(to (view|read) the full story,? please subscribe|subscribe now to .{0,40}"
            r"(full story|edition)|already a subscriber|first-time subscribers|"
            r"download (our|the) .{0,40}app|cancel (at )?any ?time|"
            r"para (seguir leyendo|leer la nota completa),? suscr[ií]bete|ya eres suscriptor|"
            r"descarga (nuestra|la) .{0,40}app|cancela cuando quieras|"
            r"puedes hacer periodismo)"
        ),
        300,
        gate=(
            "subscribe",
            "subscriber",
            "download",
            "cancel",
            "suscr",
            "descarga",
            "cancela",
            "periodismo",
        ),
    ),
    TextRule(
        "affiliate disclosure",
        _rx(
            r"(affiliate links?|we (may )?(earn|receive) (a )?commission|"
            r"we recommend the best products|enlaces? de afiliados?|"
            r"(recibimos|ganamos) una comisión)"
        ),
        300,
        gate=(
            "affiliate",
            "commission",
            "we recommend the best",
            "afiliad",
            "comisión",
        ),
    ),
    TextRule("bare URL", _rx(r"^\s*(https?://|www\.)\S+\s*$"), 400),
    TextRule(
        "timestamp",
        _rx(r"^\s*\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\s*$"),
        40,
    ),
    TextRule(
        "timestamp",
        _rx(
            r"^\W*((updated|last updated|published|posted|first published|actualizado|"
            r"última actualización|publicado|fecha de publicación)\b.{0,50}\d|"
            r"(release date|fecha( de publicación)?)\s*:)"
        ),
        90,
    ),
    TextRule("licence notice", _rx(r"^\W*(copyright\b|©|\(c\)\s)"), 200),
    TextRule(
        "comment-section label",
        _rx(
            r"^\W*(\d+ (comments?|responses?|replies)|post a comment|leave a (reply|comment)|"
            r"no comments|add (a )?comment|\d+ comentarios?|deja (un|tu) comentario|"
            r"publicar un comentario|sin comentarios|comentarios)\W*$"
        ),
        60,
    ),
)

# After a related-content heading, the teasers that follow are furniture too.
FOLLOWER_RULE = "follows a related-content heading"
