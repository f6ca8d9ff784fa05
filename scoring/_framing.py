"""Who frames a sentence when no speaker is its subject: circulating chains, documents obtained
by the outlet, the speaker inside a recording, unsigned messages left with victims, negative
subjects ("no authority has announced"), and paragraphs opened by "According to X," whose
following factual sentences continue X's account (docs/scoring.md, session 2, round two).
"""

from __future__ import annotations

import re

from scoring._lexicon import hints, lexicon
from scoring._models import SourceType
from scoring._source_criminal import find_criminal_actor
from scoring._source_memory import Typed
from scoring._source_official import PUBLIC_BODY

__all__ = [
    "chain_message",
    "chain_source",
    "circulating_item",
    "frames_paragraph",
    "negative_subject",
    "obtained_document",
    "recording_opening",
    "stops_frame",
    "unsigned_message",
]

# A message that circulates with nobody behind it: "a WhatsApp message circulating among
# parents", "una cadena que circula en redes", "a post shared thousands of times".
_CIRCULATING = re.compile(
    r"\b(?:cadenas?|chain(?:\s+messages?)?|circula\w*|circulating|forwarded|reenviad[oa]s?|"
    r"se difundi[oó]|difundid[oa]s? en|se viraliz\w+|spread on|spreading on|"
    r"viral(?:es|ized)?|shared\s+(?:\S+\s+){0,3}?(?:times|widely)|"
    r"compartid[oa]s?\s+(?:\S+\s+){0,3}?veces|going around)\b",
    re.I,
)
_CHAIN_NOUN = re.compile(
    r"\b(?:cadenas?|chain|message|messages|mensajes?|post|posts|publicaci[oó]n|publicaciones|"
    r"texto|text|audios?|voice note|nota de voz|flyer|imagen|image)\b",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"\b(?:signed by|attributed to|firmad[oa]s? por|atribuid[oa]s? a|from the|"
    r"purportedly from|supuestamente de)\b",
    re.I,
)
_DETERMINED_NOUN = re.compile(
    r"(?:\b(?:a|an|the|this|that|un|una|el|la|esta|este|esa|ese)\s+)(?:[\w-]+\s+){0,2}$", re.I
)


def chain_message(subject: str) -> Typed | None:
    """An unsigned chain or viral post as the subject of a reporting verb: anonymous."""
    lower = subject.lower()
    if not _CIRCULATING_HINTS.search(lower):
        return None
    circulating = _CIRCULATING.search(subject)
    noun = _CHAIN_NOUN.search(subject)
    bare = re.sub(r"(?<=\d),(?=\d)", "", subject)  # "40,000 times" is not a clause break
    if circulating is None or noun is None or "," in bare or len(subject.split()) > 16:
        return None  # the chain must be the opening subject, not a clause further on
    if len(subject[: noun.start()].split()) > 6:
        return None
    if _ATTRIBUTED.search(subject) or find_criminal_actor(subject) is not None:
        return None  # "un comunicado ... atribuido a la banda": the group's message
    if lexicon().official.search(subject[: noun.start()]) is not None:
        return None  # "a police message shared on X"
    return Typed(
        SourceType.ANONYMOUS_SOURCE,
        f"circulating unsigned '{noun.group(0)}' ({circulating.group(0)})",
    )


def chain_source(subject: str) -> str:
    """The chain's noun phrase: "una cadena" in "Circula en redes una cadena que"."""
    noun = _CHAIN_NOUN.search(subject)
    text = subject.strip()
    if noun is None:
        return text
    det = _DETERMINED_NOUN.search(subject[: noun.start()])
    start = det.start() if det is not None else noun.start()
    phrase = subject[start:].strip()
    return re.sub(r"\s+(?:que|that|which)\s*$", "", phrase).strip(" ,") or text


# "Flight logs obtained by this newspaper show", "documentos en poder de este medio revelan".
_OBTAINED = re.compile(
    r"\b(?:obtained|seen|reviewed|examined|obtenid[oa]s|consultad[oa]s|revisad[oa]s)\s+"
    r"(?:by|por)\s+(?:this|our|este|esta|nuestro|nuestra)\s+\w+|"
    r"\b(?:en poder de|a (?:los|las) que tuvo acceso|al que tuvo acceso|a la que tuvo acceso)\s+"
    r"(?:este|esta)\s+\w+",
    re.I,
)
_OBTAINED_HINTS = hints(
    "by this", "by our", "por este", "por esta", "por nuestr", "en poder", "acceso"
)
_DOCUMENT = re.compile(
    r"\b(?:documents?|records?|logs?|files?|e-?mails?|papers|reports?|data|memos?|minutes|"
    r"chats?|messages|recordings|ledgers?|spreadsheets?|contracts?|documentos?|registros?|"
    r"bit[aá]coras?|expedientes?|correos?|archivos?|informes?|reportes?|oficios?|actas?|"
    r"mensajes|grabaciones|fichas?|datos|contratos?|libretas?|transcripts?|transcripciones|"
    r"wiretaps?|intercepts?|escuchas|intervenciones telef[oó]nicas)\b",
    re.I,
)


def obtained_document(text: str, *, lower: str | None = None) -> tuple[Typed, str] | None:
    """Papers the outlet obtained, as the sentence's subject: a public body's papers are
    official, papers with no public body named are the outlet's own reporting (media)."""
    lower = lower if lower is not None else text.lower()
    if not _OBTAINED_HINTS.search(lower):
        return None  # a cheap test first: most sentences name no obtained papers
    match = _OBTAINED.search(text)
    if match is None or match.start() > 160:
        return None
    phrase = text[: match.start()].strip(" ,")
    doc = _DOCUMENT.search(phrase)
    if doc is None or doc.start() > 60:
        return None
    phrase = text[: match.end()].strip(" ,")  # "Documentos obtenidos por este semanario"
    role = lexicon().official.search(phrase)
    body = role.text if role is not None else None
    public = PUBLIC_BODY.search(phrase)
    body = body or (public.group(0) if public is not None else None)
    if body is not None:
        return Typed(SourceType.OFFICIAL, f"official papers '{body}' obtained"), phrase
    return Typed(SourceType.MEDIA, f"'{doc.group(0)}' {match.group(0)}"), phrase


# "No authority has announced a curfew", "ninguna autoridad ha informado": nobody speaks.
_NEGATIVE = re.compile(
    r"(?:^|\b(?:and|y|but|pero)\s+|^(?:aqu[ií]|here|en \w+|in \w+)(?:\s+en\s+\w+)?\s+)"
    r"(?:no\s+(?:authority|authorities|official|officials|one|"
    r"agency|group|source|police)|nobody|none\s+of|ningun[oa]?|ningún|nadie)\b",
    re.I,
)


def negative_subject(subject: str) -> bool:
    """True when the subject of a reporting verb is nobody: the author states an absence."""
    stripped = subject.strip()
    if _NEGATIVE.search(stripped) is not None:
        return True
    # "Aquí en el pueblo nadie": a place, then nobody
    return len(stripped.split()) <= 7 and _NOBODY_LAST.search(stripped) is not None


_NOBODY_LAST = re.compile(
    r"\b(?:nadie|nobody|no one)\s*$|\b(?:neither|ninguna?|ningún|none)\b", re.I
)


# "En la grabación, un hombre afirma ...": the speaker inside a message just described.
_IN_RECORDING = re.compile(
    r"^\W*(?:en|in)\s+(?:el|la|the|this|that|ese|esa|este|esta|dicho|dicha|su|its)\s+"
    r"(?:grabaci[oó]n|audio|video|v[ií]deo|mensaje|comunicado|clip|recording|message|statement|"
    r"nota de voz|voice note)\b",
    re.I,
)


def recording_opening(text: str) -> bool:
    """True when the sentence opens inside a recording or message ("In the video, ...")."""
    return _IN_RECORDING.match(text) is not None


# The nouns of an unsigned message, shared by the regexes below (alternatives of one regex, in
# this order): only a narco-message is called these; a message left somewhere; a posted notice.
_NARCO_NOUNS = ("narcomantas?", "narcomensajes?", "narco[- ]?banners?", "cartulinas?")
_LEFT_NOUNS = (
    "mantas?",
    "banners?",
    "messages?",
    "mensajes?",
    "notes?",
    "notas?",
    "recados?",
    "letreros?",
    "signs?",
)
_POSTED_NOUNS = (
    "notices?",
    "avisos?",
    "pintas?",
    "graffiti",
    "leaflets?",
    "volantes?",
    "panfletos?",
)
_LEFT = "(?:" + "|".join(_LEFT_NOUNS) + ")"

# A message left with the victims and quoted or paraphrased: the killers' message even unsigned.
_STRONG_MESSAGE = re.compile(r"\b(?:" + "|".join((*_NARCO_NOUNS, "narco-?mantas?")) + r")\b", re.I)
_LEFT_WITH_VICTIMS = re.compile(
    r"\b" + _LEFT + r"\b"
    r"[^.;]{0,80}?\b(?:junto a|al lado de|sobre|encima de|next to|beside|on top of|on|with|con)\s+"
    r"(?:(?:los|las|el|la|the|his|her|their|sus?)\s+)?(?:cuerpos?|cad[aá]ver(?:es)?|restos|"
    r"bod(?:y|ies)|victims?|v[ií]ctimas?|remains)\b|"
    r"\b(?:junto a|al lado de|sobre|next to|beside|on)\s+(?:(?:los|las|el|la|the)\s+)?"
    r"(?:cuerpos?|cad[aá]ver(?:es)?|bod(?:y|ies)|restos|remains)\b[^.;]{0,60}?\b" + _LEFT + r"\b",
    re.I,
)
_MESSAGE_HINTS = hints(
    "narco",
    "cartulina",
    "manta",
    "banner",
    "note",
    "nota",
    "mensaje",
    "message",
    "sign",
    "letrero",
    "recado",
    "aviso",
    "notice",
    "pinta",
    "graffiti",
    "leaflet",
    "volante",
    "panfleto",
    "advertencia",
    "amenaza",
    "threat",
    "warning",
    "cartel",
    "papel",
    "hoja",
)
_CONTENT_HINTS = hints(
    ":",
    "“",
    '"',
    "«",
    "dec",
    "dice",
    "leyenda",
    "read",
    "warn",
    "threat",
    "advi",
    "advert",
    "amenaz",
    "lee",
)
_CONTENT = re.compile(
    r"[:“\"«]|\b(?:que dec[ií]a|que dice|con la leyenda|which read|that read|reading|"
    r"warning|threatening|advirtiendo|amenazando|en (?:el|la) que se lee)\b",
    re.I,
)


# "A handwritten notice posted on a wall warned that ...": an unsigned notice that threatens.
# Its nouns are its own list on purpose: the left and posted nouns in another order, without
# "recados" and the narco nouns (kept as written so the regex stays the same).
_WARNING_NOTICE = re.compile(
    r"^\W*(?:an?|the|un|una|unos|unas)\s+(?:[\w-]+\s+)?(?:notices?|notes?|signs?|messages?|"
    r"banners?|avisos?|letreros?|notas?|mensajes?|mantas?|pintas?|graffiti|leaflets?|volantes?|"
    r"panfletos?)\b[^.;]{0,90}?\b(?:warned|warns|threatened|threatens|advirti[oó]|advierte|"
    r"advert[ií]an?|amenaz[aó]|amenazaba)\b",
    re.I,
)


def unsigned_message(text: str, *, lower: str | None = None) -> str | None:
    """The message noun of an unsigned narco-message quoted or paraphrased in ``text``."""
    paper = _PAPER_READ.search(text)
    if paper is not None:
        return text[paper.start() : paper.end()].split()[2]  # "papel", "sheet"
    lower = lower if lower is not None else text.lower()
    if not _MESSAGE_HINTS.search(lower):
        return None
    if not _CONTENT_HINTS.search(lower):
        return None  # no quotation, no "que decía", no warning: nothing the message says
    threat = _QUOTED_THREAT.search(text)
    if threat is not None:  # "recibió una advertencia: “...”", "un cartel escrito a mano: “...”"
        before = text[: threat.start()]
        if lexicon().official.search(before) is None or _FOUND_OR_GOT.search(before):
            return threat.group(1)  # "the governor issued a warning": the governor's own
        return None
    found = (
        _STRONG_MESSAGE.search(text)
        or _WARNING_NOTICE.search(text)
        or _LEFT_WITH_VICTIMS.search(text)
        or _RECEIVED_QUOTED.search(text)
    )
    if found is None:
        return None
    if _CONTENT.search(text, found.start()) is None and _WARNING_NOTICE.search(text) is None:
        return None
    if lexicon().official.search(text[: found.end()]) is not None:
        return None  # "a police notice warned drivers": the authorities' message
    noun = _MESSAGE_NOUN.search(text)
    return noun.group(0) if noun is not None else found.group(0)


# The message noun with its article, for the evidence: "una narcomanta", "the note".
_MESSAGE_NOUN = re.compile(
    r"(?:\b(?:a|an|the|un|una|el|la|unas?|unos?)\s+)?(?:"
    + "|".join((*_NARCO_NOUNS, *_LEFT_NOUNS, *_POSTED_NOUNS))
    + r")\b",
    re.I,
)


# A threat or a hand-made sign quoted after a colon, whoever found or received it: "recibió por
# mensaje de texto una advertencia: “...”", "encontraron un cartel escrito a mano: “...”"
_QUOTED_THREAT = re.compile(
    r"\b((?:el|la|the)\s+(?:mensaje|message|nota|note|leyenda|texto|cartulina|manta|banner)\b"
    r"(?=[^:.;“”\"«»]{0,60}\b(?:dec[ií]a|dice|rezaba|read|reads|said|says)\s*:\s*[«“\"])|"
    r"(?:una?|an?)\s+(?:banner|manta|narcomanta|cartulina|narcomensaje|pinta|graffiti|"
    r"papel\s+escrito|hoja\s+escrita|mensaje\s+escrito)\b"
    r"(?=[^:.;“”\"«»]{0,80}:\s*[«“\"])|"
    r"(?:una?|an?|the|el|la)\s+(?:advertencias?|amenazas?|threats?|warnings?|"
    r"cartel(?:es)?\s+(?:escrito|hecho|pintado)s?|letreros?|cartulinas?|handwritten\s+(?:signs?|"
    r"notes?)|notas?\s+manuscritas?))\b[^:.;“”\"«»]{0,80}:\s*[«“\"]",
    re.I,
)


_FOUND_OR_GOT = re.compile(
    r"\b(?:found|discovered|received|got|removed|took down|encontr\w+|hall\w+|localiz\w+|recib\w+|"
    r"retir\w+|descolg\w+)\b",
    re.I,
)


# A threat received and quoted after a colon: "me enseñó el mensaje que recibió el 3 de marzo:
# «...»", "showed me the message he got: “...”" (the convention: an unsigned message quoted).
_RECEIVED_QUOTED = re.compile(
    r"\b(?:mensaje|message|text|nota|note|recado|papel)\s+(?:que|that|he|she|they|it)?\s*"
    r"(?:le\s+|les\s+)?(?:recibi[oó]|recibieron|received|got|lleg[oó]|dejaron|left)\b"
    r"[^:.;]{0,40}:\s*[«“\"]",
    re.I,
)


# "En el papel se leía: ...", "On the sheet it read ...": a handwritten message's words.
_PAPER_READ = re.compile(
    r"\b(?:en|on|in)\s+(?:el|la|the|a|una?|ese|esa)\s+(?:papel|hoja|cartel|cart[oó]n|"
    r"sheet|paper|cardboard|placard)\s+(?:se\s+le[ií]a|dec[ií]a|it read|read|said)\b",
    re.I,
)


# A paragraph opened by "According to X," / "Según X,": the account continues after it.
_OPENS_ACCORDING = re.compile(
    r"^\W*(?:according to|as reported by|citing|seg[uú]n|de acuerdo con|de acuerdo a|conforme a)\b",
    re.I,
)
# The author's own voice: first person, evaluation, contrast, inference, demonstrative openers.
_AUTHOR_VOICE = re.compile(
    r"\b(?:nosotros|nuestr[oa]s?|suggests?|shows?|means|meaning|should|must|"
    r"clearly|obviously|however|but|yet|although|though|sin embargo|pero|aunque|demuestra|"
    r"significa|sugiere|deber[ií]an?|evidentemente|claramente|in other words|es decir|"
    r"es probable|probablemente|likely|probably|seguramente|quiz[aá]s?|perhaps|"
    r"this newspaper|this outlet|este (?:diario|medio|peri[oó]dico)|esta redacci[oó]n)\b|"
    r"^\W*(?:that|this|these|those|it is|ese|esa|eso|esto|estos|estas|esas)\b",
    re.I,
)


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")


def frames_paragraph(text: str) -> bool:
    """True when a sentence opens with "According to X," and so frames what follows."""
    return _OPENS_ACCORDING.match(text) is not None


def stops_frame(text: str) -> bool:
    """True when a sentence speaks in the author's voice, ending an "According to" frame."""
    if _AUTHOR_VOICE.search(text) is not None or _FIRST_PERSON.search(text) is not None:
        return True
    return text.rstrip().endswith("?")


# "A video shared 40,000 times claims to show ...", "Videos circulating on social media appear
# to show ...": what a circulating, unsigned item shows or claims is nobody's in particular.
_CIRCULATING_SHOWS = re.compile(
    r"^(?P<subject>(?:[^,;:]|(?<=\d),(?=\d)){3,140}?)\s+"
    r"(?:claims? to|purports? to|appears? to|seems? to|"
    r"shows?|dice|dicen|asegura|aseguran|afirma|afirman|muestra|muestran|"
    r"parece|parecen|pretende)\b",
    re.I,
)
# Footage that "shows" is described by the author; footage that "claims to" show is not vouched.
_CLAIMING = re.compile(
    r"claims? to|purports? to|appears? to|seems? to|dice|dicen|asegura|"
    r"aseguran|afirma|afirman|parece|parecen|pretende",
    re.I,
)
_CIRCULATING_HINTS = hints(
    "circul",
    "cadena",
    "chain",
    "forward",
    "reenviad",
    "viral",
    "shared",
    "compartid",
    "around",
    "difund",
    "spread",
)
_VIDEO = re.compile(r"\b(?:videos?|v[ií]deos?|clips?|photos?|fotos?|im[aá]genes|images?)\b", re.I)


def circulating_item(text: str, *, lower: str | None = None) -> tuple[Typed, str] | None:
    """An unsigned chain, post or video opening the sentence, with what it shows or claims."""
    lower = lower if lower is not None else text.lower()
    if not _CIRCULATING_HINTS.search(lower):
        return None
    match = _CIRCULATING_SHOWS.match(text.strip())
    if match is None:
        return None
    subject = match.group("subject")
    typed = chain_message(subject)
    claiming = _CLAIMING.fullmatch(match.group(0)[len(subject) :].strip())
    footage = _VIDEO.search(subject) and _CIRCULATING.search(subject) and claiming
    unsigned = find_criminal_actor(subject) is None and not _ATTRIBUTED.search(subject)
    if typed is None and footage and unsigned:
        typed = Typed(SourceType.ANONYMOUS_SOURCE, "circulating unsourced footage")
    if typed is None:
        return None
    return typed, subject.strip()
