"""Patterns for attribution rules: authorities' acts and their subjects, outlets publishing,
messages read aloud or signed, documents that "found that", footage descriptions, anonymity
asides, opening persons (docs/scoring.md, session 2, round two)."""

from __future__ import annotations

import re

from scoring._attribution_model import Attribution
from scoring._lexicon import hints
from scoring._models import SourceType

# The agent of a passive: "were seized by gunmen", "fue detenido por la Guardia".
_AGENT = re.compile(r"\b(?:by|por)\s+", re.IGNORECASE)


def _authority_passive(masked: str) -> Attribution | None:
    """ "Three men were arrested", "Fue asegurado un vehículo": an act only the authorities do,
    with no agent named, is known from them (docs/scoring.md, acts of the authorities)."""
    act = _AUTHORITY_PASSIVE.search(masked)
    if act is None or _AGENT.match(masked[act.end() :].lstrip()):
        return None  # "were seized by gunmen": the agent says who did it
    if _NOT_DONE.search(masked[: act.start()]):
        return None  # "Ninguno de ellos había sido condenado", "no fue vinculado": not done
    return Attribution(SourceType.OFFICIAL, None, None, f"authorities' act '{act.group(0)}'")


_NOT_DONE = re.compile(
    r"(?:^\W*(?:ninguno|ninguna|nadie|none|no one|nobody|neither)\b|\b(?:no|not|never|nunca)\s*$)",
    re.I,
)
_AUTHORITY_PASSIVE = re.compile(
    r"\b(?:(?:was|were|has been|have been|had been)\s+"
    r"(?:(?:\w+ly|later|also|then|eventually)\s+)?"
    r"(?:arrested|detained|captured|apprehended|extradited|indicted|charged|sentenced|convicted|"
    r"deported)|"
    r"(?:fue|fueron|ha sido|han sido|habían sido|había sido)\s+"
    r"(?:(?:\w+mente|también|luego)\s+)?"
    r"(?:detenid|capturad|aprehendid|arrestad|asegurad|decomisad|incautad|extraditad|sentenciad|"
    r"condenad|vinculad|deportad)[oa]s?|"
    # impersonal "se" of a seizure or an arrest ("se aseguraron 45 toneladas"), and handing
    # over to prosecutors ("fue puesto a disposición del Ministerio Público")
    r"se\s+(?:aseguraron|asegur[oó](?!\s+de)|decomisaron|decomis[oó]|incautaron|incaut[oó]|"
    r"detuvo|detuvieron|captur[oó]|capturaron|(?:encontraron|hallaron|localizaron)(?!\s+con))|"
    r"(?:fue|fueron|ha sido|han sido)\s+puest[oa]s?\s+a\s+disposici[oó]n)\b",
    re.IGNORECASE,
)


# "has been linked by Colombian police to", "fue atribuido por la Fiscalía a": a finding whose
# agent is named after "by"/"por" comes from that agent
PASSIVE_FINDING = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been|es|son|fue|fueron|ha sido|han sido)\s+"
    r"(?:(?:\w+ly|also|repeatedly|tambi[eé]n)\s+)?"
    r"(?:linked|tied|connected|attributed|blamed|identified|described|named|traced|"
    r"vinculad[oa]s?|ligad[oa]s?|atribuid[oa]s?|identificad[oa]s?|relacionad[oa]s?|"
    r"se[nñ]alad[oa]s?)\s+(?:by|por)\s+",
    re.IGNORECASE,
)


# Words after an inverted cue that start a clause, not a speaker: "“...”, dice mientras ...".
_NOT_A_SPEAKER_START = frozenset(
    [
        "that",
        "que",
        "mientras",
        "while",
        "as",
        "cuando",
        "when",
        "after",
        "before",
        "despues",
        "antes",
        "sin",
        "without",
        "con",
        "with",
        "en",
        "in",
        "durante",
        "during",
        "al",  # "exigió al Gobierno": the Spanish personal "a" marks an object, not a speaker
    ]
)


_PERSON_OPENING = re.compile(
    r"^\W*(?:(?:Don|Doña|don|doña)\s+)?([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,3})"
    r"(?:\s+(?:tiene|es|fue|vive|trabaja|lleva|busca|era|has|is|was|lives|works|runs|spent)\b|"
    # "Doris Palacios, fundadora del colectivo Madres de Colón, perdió ...": name, role, verb
    r"\s*,\s*[a-záéíóúñ][^,;:]{3,90},\s+[a-záéíóúñ]+\b)"
)


_DESCRIBES_FOOTAGE = re.compile(
    r"^\W*(?:en (?:él|ella|el video|la grabaci[oó]n|las im[aá]genes|el clip)\s*,?\s+"
    r"(?:aparecen?|se ve|se ven|se observa|se observan|se escucha)|"
    r"in (?:it|the video|the footage|the clip)\s*,?\s+(?:appear|are seen|can be seen)|"
    r"the (?:video|footage|clip|images?) shows?)\b",
    re.I,
)


# "abrió además una carpeta de investigación", "opened a criminal investigation".
_OPENED_CASE = re.compile(
    r"\b(?:abri[oó]|abrieron|inici[oó]|iniciaron|formaliz[oó]|formalizaron|ampli[oó]|opened|"
    r"launched|has opened|have opened)\s+"
    r"(?:(?:en|in)\s+\d{4}\s+)?(?:\w+\s+)?(?:una?|an|la|el)\s+(?:\w+\s+)?"
    r"(?:carpeta de investigaci[oó]n|investigaci[oó]n|averiguaci[oó]n|indagatoria|investigation|"
    r"inquiry|probe|proceso(?: penal| de \w+(?: de \w+)?)?|"
    r"procedimiento|juicio|case|proceedings)\b|"
    r"\b(?:cumpliment[oó]|cumplimentaron|ejecut[oó]|ejecutaron)\s+(?:\w+\s+)?(?:una?\s+)?"
    r"(?:[oó]rden(?:es)? de (?:aprehensi[oó]n|cateo|captura)|mandamiento judicial)|"
    r"\b(?:executed|served)\s+(?:an?\s+)?(?:arrest|search)\s+warrants?",
    re.I,
)


_SIGNING_HINTS = hints(
    "signed", "attributed", "firmad", "atribuid", "identif", "claiming", "signature", "firma"
)


_LOOSE_MESSAGES = hints("sign", "notice", "aviso", "papel", "hoja", "sheet", "paper", "cart")


_OPENED_HINTS = hints(
    "abri",
    "inici",
    "formaliz",
    "ampli",
    "open",
    "launch",
    "cumpliment",
    "ejecut",
    "execut",
    "served",
)


_TRAILING_CLITIC = re.compile(r"\s+(?:lo|la|los|las|le|les)\s*$", re.I)


# Officers as a long subject: "Agents with the DEA Phoenix Field Division", "Elementos de la".
_OFFICIAL_HEAD = re.compile(
    r"^\W*(?:(?:the|los|las|el|la)\s+)?((?:special\s+)?(?:agents?|officers?|detectives?|"
    r"investigators?|troopers?|deputies|soldiers?|marines|agentes?|elementos|efectivos|"
    r"oficiales|polic[ií]as|militares|soldados|marinos|detectives|investigadores|uniformados))"
    r"\s+(?:with|of|from|de|del|adscritos a)\b",
    re.I,
)


# A public body's full capitalised name as the subject: "La Fiscalía General de Justicia del
# Estado de México (FGJEM)", "The Sinaloa State Attorney General's Office".
_INSTITUTION_NAME = re.compile(
    r"\W*(?:(?:the|la|el|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
    r"(?:\s+(?:(?:de|del|de la|de los|y|en|contra|para|sobre|of|the|and|for|on|in|against)\s+)*"
    r"[A-ZÁÉÍÓÚÑ][\w'’.-]*)*"
    r"(?:\s*\([A-ZÁÉÍÓÚÑ][\w.-]{1,12}\))?"
)


# When and where, between a subject and its verb: not part of the subject's length.
_ADVERBIAL = re.compile(
    r"\s+(?:(?:on|this|last|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|morning|week)|(?:este|el|el pasado)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|"
    r"s[aá]bado|domingo)|(?:in|en|de)\s+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)?)\b",
    re.I,
)


_POSSESSIVE_OFFICE_SUBJECT = re.compile(r"^\W*[A-ZÁÉÍÓÚÑ][\w-]*['’]s\s+office\s*$")


_AND_SPLIT = re.compile(r"\s+(?:and|y|e)\s+")


_BODY_ANAPHOR = re.compile(
    r"^\W*(?:esta|dicha|la misma|la|this|the same|the)\s+"
    r"(?:instituci[oó]n|dependencia|corporaci[oó]n|representaci[oó]n social|office|agency|"
    r"department|institution)\s*$",
    re.I,
)


_NGO_WORD = re.compile(
    r"\b(?:ONG|NGO|observatorio|observatory|organizaci[oó]n no gubernamental|"
    r"non-?governmental organi[sz]ation)\b",
    re.I,
)


_COUNTED = frozenset(
    [
        "registro",
        "registraron",
        "ha registrado",
        "han registrado",
        "ha documentado",
        "han documentado",
        "has recorded",
        "has documented",
        "have documented",
        "contabilizo",
        "contabilizaron",
        "documento",
        "documentaron",
        "documented",
        "recorded",
        "counted",
        "reported",
        "released",
        "published",
    ]
)


# A group named only by its kind after "attributed to" / "atribuido a": "la banda", "the gang".
_GENERIC_GROUP = re.compile(
    r"(?:(?:la|el|the|esa|esta|that|this)\s+)(?:banda|facci[oó]n|pandilla|gang|faction|"
    r"organizaci[oó]n criminal|grupo criminal|grupo armado|criminal group|armed group|"
    r"c[aá]rtel|cartel|clica|clique)\b",
    re.I,
)


# An anonymity aside anywhere in the subject outweighs the role (docs/scoring.md conventions).
_ANONYMITY_ASIDE = re.compile(
    r"\b(?:anonimato|anonymity|anonymously|not be (?:named|identified)|no ser (?:identificad|"
    r"nombrad|citad|mencionad)[oa]|not be mentioned|"
    r"(?:use|give|dar|revelar|usar|publicar) (?:his|her|their|su|sus) "
    r"(?:real |full |verdadero )?(?:names?|nombres?)|no identificarse|"
    r"not to be (?:named|identified)|I will call|I'll call|llamar[eé] |"
    r"(?:name|nombre) (?:has been|was|fue|ha sido) (?:changed|cambiado)|real name|nombre real|"
    r"pseudonym|seud[oó]nimo|nombre ficticio|sin autorizaci[oó]n|not authori[sz]ed|"
    r"speaking privately|en privado|off the record|"
    r"without (?:authorization|"
    r"permission) to|no (?:est[aá]|estaba) autorizad[oa])",
    re.I,
)


# "“...,” the message read": a quoted message's own words.
_MESSAGE_READ = re.compile(
    r"[_”\"»]\s*[,.]?\s*(?:the|el|la)\s+(message|banner|note|sign|notice|mensaje|manta|"
    r"cartulina|narcomanta|nota|leyenda|texto|letrero)\s+(?:read|reads|said|says|dec[ií]a|dice|"
    r"rezaba|reza)\b",
    re.I,
)


# "Several of them", "varios de ellos": some of the people named just before.
_OF_THEM = re.compile(
    r"^\W*(?:(?:\w+|one|most|some|several|many|two|three)\s+(?:of them|de ellos|de ellas)|"
    r"another|the other|a second|a third|otra|otro|la otra|el otro|una segunda|un segundo)\s*$",
    re.I,
)
# "“...,” read one of them": one of the banners or messages mentioned before
READ_ONE = re.compile(
    r"[”\"»]\s*[,.]?\s*(?:read|reads|said|dec[ií]a|dice|rezaba)\s+(?:one|another|the other|"
    r"the (?:first|second|third|last)|una|otra|la (?:primera|segunda|otra|[uú]ltima))"
    r"(?:\s+(?:of them|de ellas|de ellos))?\b",
    re.I,
)


_PUBLISHED_HINTS = hints(
    "public", "publish", "difundi", "divulg", "broadcast", "aired", "transmiti"
)


_PUBLISHED = re.compile(
    r"\b(?:public[oó]|publicaron|published|difundi[oó]|divulg[oó]|broadcast|aired|transmiti[oó])\b",
    re.I,
)


_SUBORDINATE = re.compile(
    r"^\W*(?:as|when|while|after|before|since|if|cuando|mientras|despu[eé]s de que|si)\b", re.I
)


_MEDIA_WORD = re.compile(
    r"\b(?:diario|peri[oó]dico|semanario|revista|noticiero|canal|emisora|newspaper|outlet|"
    r"magazine|broadcaster|tabloid|news site|portal)\b",
    re.I,
)


# "The survey, carried out ..., found that": a document named just before, speaking.
_DOC_FINDS = re.compile(
    r"^\W*(?:the|this|that|el|la|este|esta|dicho|dicha)\s+(?:new\s+|nuevo\s+|nueva\s+)?"
    r"(survey|report|study|audit|analysis|review|census|informe|estudio|encuesta|"
    r"auditor[ií]a|an[aá]lisis|censo|reporte)\b[^.;]{0,100}?\b(found|finds|concluded|concludes|"
    r"encontr[oó]|hall[oó]|concluy[oó]|determin[oó])\s+(?:that|que)\b",
    re.I,
)
