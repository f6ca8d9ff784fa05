"""The sentence forms the attribution finder looks for: cue filters, spans, references,
messages, rumours and acts (regular expressions and word sets, kept apart from the logic in
``_attribution.py`` that uses them)."""

from __future__ import annotations

import re

from scoring._lexicon import hints
from scoring._models import SourceType

_CLITIC = re.compile(
    r"(?<=[\w,])(?:\s+(?:me|nos|te|le|les|se))?\s+(?:me|nos|te|le|les|lo|la)(?=\s*$)"
)
_SOURCE_END = re.compile(
    r"[,;:.!?()\"“”«»]|\s(?:during|in|on|at|after|before|when|while|that|which|who|to|about|with|"
    r"arrested|detained|captured|recently|durante|en|tras|que|sobre|con|a|detenid[oa]s?|"
    r"capturad[oa]s?)\s",
    re.IGNORECASE,
)
_POST_END = re.compile(r"[,;:.!?()\"“”«»]|\s(?:that|que|to|a)\s", re.IGNORECASE)
_STATEMENT_OF = re.compile(
    r"\b(?:confessions?|statements?|testimon(?:y|ies)|declarations?|confesi[oó]n(?:es)?|"
    r"declaraci[oó]n(?:es)?|testimonios?)\s+(?:from|of|by|de|del)\s+",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^\s+((?:who|que|quien|quienes)\b[^,;.]*)", re.I)
_PARTICIPLE = re.compile(r"(?:ado|ido|cho)$", re.I)
_AUXILIARY = re.compile(
    r"\b(?:ha|han|habia|habian|habria|habrian|hubiera|hubieran|he|hemos|fue|fueron|sido|es|son)"
    r"(?:\s+(?:ya|tambien|incluso))?\s*$",
    re.I,
)
_BEFORE_PROSECUTOR = re.compile(
    r"\s*(?:ante (?:el|la|los) (?:agente del |agentes del )?(?:ministerio p[uú]blico|mp|fiscal\w*|"
    r"juez|jueza|tribunal|juzgado)|before the (?:judge|court)|in court|"
    r"to (?:prosecutors|investigators|the jury|the court|police interrogators))\b",
    re.I,
)
_THAT = re.compile(r"\s*(?:that|que)\b", re.I)
_SIGNED = re.compile(
    r"\b(?:signed by|attributed to|firmad[oa]s? por|atribuid[oa]s? a|"
    r"(?:posted|published|released|circulated|shared|uploaded|issued)(?: on \S+(?: \S+)?)? by|"
    r"(?:difundid|publicad|subid|compartid)[oa]s?(?: en \S+(?: \S+)?)? por|"
    r"se identifican? como (?:integrantes?|miembros?|parte) de(?:l| la| los)?|"
    r"identifying (?:himself|herself|themselves) as (?:a )?members? of(?: the)?|"
    r"identifies (?:itself|himself|herself|themselves) with(?: the)?|"
    r"se identifica con(?: el| la| los)?|"
    r"claiming to be (?:a )?members? of(?: the)?)\s+",
    re.I,
)
_MESSAGE_SIGNER = re.compile(
    r"\b(?:signed by|attributed to|from the|firmad[oa]s? por|atribuid[oa]s? a|"
    r"(?:posted|published|released|circulated|shared|uploaded|issued)(?: on \S+(?: \S+)?)? by|"
    r"(?:difundid|publicad|subid|compartid)[oa]s?(?: en \S+(?: \S+)?)? por)\s+",
    re.I,
)

# "The report says ...": the report named just before (by its author) is speaking again.
_DOCUMENT_BACK = re.compile(
    r"^\s*(?:the|this|that|its|el|este|dicho|su|la|esta|dicha)\s+"
    r"(?:new\s+|nuevo\s+|[\d,.]+-(?:page|p[aá]gina)s?\s+|(?:full|complete|final|latest)\s+)?"
    r"(?:(?:mism[oa]|same)\s+(?:versi[oó]n|declaraci[oó]n|account|statement|testimony|documento|"
    r"informe|reporte|document|report)|"
    r"report|study|document|survey|analysis|informe|estudio|documento|reporte|"
    r"an[aá]lisis|investigaci[oó]n|encuesta|statement|press release|release|communiqu[eé]|"
    r"comunicado|bolet[ií]n|texto|text|mensaje|message)\s*$",
    re.I,
)

_NAME_AFTER = re.compile(r"^\s*,\s*([^,;:.]{3,60}?)\s*(?:[.;]|$)")

# people's roles a reporter names once and then repeats with "el"/"la"/"the"
_PERSON_ROLES = frozenset(
    re.findall(
        r"\w+",
        """lider leader dirigente defensora defensor activista investigador investigadora researcher
    analyst analista experto experta expert coordinador coordinadora director directora presidente
    presidenta vocero vocera spokesman spokeswoman abogado abogada lawyer attorney sacerdote priest
    parroco obispo bishop madre padre mother father hermano hermana brother sister viuda widow
    comerciante shopkeeper fiscal prosecutor juez jueza judge general comandante commander coronel
    colonel alcalde alcaldesa mayor gobernador gobernadora governor secretario secretaria ministro
    ministra minister senador senadora diputado diputada congresista legislator funcionario
    funcionaria official agente agent detective sheriff capitan captain testigo witness victima
    victim sobreviviente survivor ganadero rancher productor campesino campesina farmer periodista
    journalist reporter profesor profesora professor academico academica criminologo criminologa
    criminologist economista economist sociologo sociologa sociologist antropologa anthropologist
    medico medica doctor enfermera nurse maestra maestro teacher transportista empresario empresaria
    businessman businesswoman pescador fisherman minero miner""",
    )
)
_DEFINITE_ROLE = re.compile(r"^\s*(?i:the|el|la)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)?\s*$")
_PEOPLE_KINDS = frozenset(
    {SourceType.ANONYMOUS_SOURCE, SourceType.CONFESSION, SourceType.CRIMINAL_GROUP}
)
_NAMED_KINDS = frozenset({SourceType.NAMED_SOURCE, SourceType.OFFICIAL, SourceType.CONFESSION})

_GENERIC_PERSON = frozenset(
    {"joven", "hombre", "mujer", "muchacho", "sujeto", "individuo", "detenido", "detenida",
     "sospechoso", "acusado", "imputado", "young man", "man", "woman", "suspect", "detainee",
     "defendant", "accused", "testigo", "witness", "declarante"}
)  # fmt: skip

_OPINION = re.compile(
    r"^\W*(para|a juicio de|en opini[oó]n de|a criterio de|in the view of|in the opinion of)\s+"
    r"([^,;:.]{3,80}?)\s*,",
    re.I,
)

_WIRE = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# A wire dateline: "BOGOTA, Colombia (AP) —", "Ciudad de Guatemala, 20 nov (EFE).-".
_DATELINE = re.compile(
    r"^[^()\n]{2,60}\((?:[A-Z][\w.+ -]{0,24})\)\s*\.?\s*[-–—]+\s*|"
    # "LIMA —", "CHILAPA, Gro.-", "RÍO DE JANEIRO.-": a place in capitals, then a dash
    r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’ ]{2,30}(?:,\s*[A-Z][\w.]{1,12}(?:\s+[A-Z][\w.]{1,12}){0,2})?"
    r"\s*(?:\.-|\.?\s*[-–—]+)\s+"
)
_FOOTAGE = re.compile(r"\b(?:show\w*|muestr\w*|capt\w*|record\w*|footage|where|donde)\b", re.I)

# messages left where they are found: on bodies, bridges, doors (not statements or videos).
# Its own list on purpose: unlike `_framing`'s message nouns, no bare "message"/"mensaje" (it may
# be a statement), and what the words are written on ("cardboard", "papel", "hoja").
_LEFT_MESSAGE = re.compile(
    r"\b(?:cartulinas?|narcomantas?|mantas?|banners?|narco[- ]?banners?|(?:piece of )?cardboard|"
    r"signs?|notes?|notas?|letreros?|papel|hoja|pintas?|graffiti|mensaje escrito|"
    r"handwritten message|recados?)\b",
    re.I,
)
# A written note that "reads" a quotation; its nouns are the written ones only (no "message").
_NOTE_READ = re.compile(
    r"^\W*(?:an?|the|una?|el|la)\s+(?:[\w-]+\s+){0,2}(notes?|signs?|banners?|cartulinas?|mantas?|"
    r"narcomantas?|letreros?|notas?|cardboard)\b[^.;“”\"«»]{0,60}\b(?:read|reads|said|dec[ií]a|"
    r"rezaba)\b(?:\s*,?\s*:?\s*|[^.;“”\"«»]{0,90}:\s*)[“\"«]|"
    r"^\W*(?:en (?:ella|él)|en (?:la|el) (?:manta|cartulina|mensaje|papel))\b[^“”\"«»]{0,90}"
    r"\bse lee\s*:\s*[“\"«]",
    re.I,
)
_POLICE_VIDEO = re.compile(
    r"^\W*(?:in|en)\s+(?:an?|un|el|the)\s+(?:video|grabaci[oó]n|clip)\s+(?:\w+\s+){0,2}"
    r"(?:released|published|posted|distributed|difundid[oa]|publicad[oa]|divulgad[oa])\s+"
    r"(?:by|por)\s+(?:the\s+|la\s+|el\s+)?(?:[\w'’.-]+\s+){0,3}?(?:police|polic[ií]a|prosecutors?|"
    r"fiscal[ií]a|FGE|army|ej[eé]rcito|navy|marina|DPS|authorities|autoridades|"
    r"(?:Direcci[oó]n|Secretar[ií]a|Ministerio)\b[^,]*)\b[^,]*,",
    re.I,
)
_TESTIFYING = re.compile(
    r"\b(?:testified|testifies|told\s+(?:a\s+|the\s+)?(?:federal\s+)?(?:jury|jurors|court)|"
    r"declar[oó]\s+ante\s+(?:el|la)\s+(?:tribunal|juez|jueza|corte))\b",
    re.I,
)
_OWN_COUNT = re.compile(
    r"\s+(?:que\s+(?:lleva|realiza|hace|elabora)|elaborad[oa]\s+por|kept\s+by|by)\s+"
    r"(?:este|esta|this|our|nuestr[oa])\s+(?:diario|medio|peri[oó]dico|redacci[oó]n|semanario|"
    r"newspaper|outlet|site|publication)\b",
    re.I,
)
_OWN_EARLIER = re.compile(
    r"\b(?:como\s+(?:cont[eé]|escrib[ií]|inform[eé]|publicamos|informamos|documentamos)\s+en\s+"
    r"(?:este|esta)\s+(?:espacio|columna|medio|diario|blog)|as\s+(?:I|we)\s+(?:wrote|reported)\s+"
    r"(?:here|in this (?:space|column|blog)))\b",
    re.I,
)
# a banner's words copied in capitals: "ESTO LES PASA A LOS QUE NO SE ALINEAN."
_SHOUTED = re.compile(r"^\W*[A-ZÁÉÍÓÚÑ]{2,}(?:[\s,]+[A-ZÁÉÍÓÚÑ]{1,}){2,}[\s.!,]*$")
# "Security analysts in Quito": a plural common noun, once the place is taken away
_BARE_PLURAL = re.compile(r"^\W*(?:[A-Za-záéíóúñ]+\s+){0,2}[a-záéíóúñ]{3,}s\s*$")
_OPENS_QUOTED = re.compile(r"^\s*[“\"«]")
_IT_READ = re.compile(
    r"^\W*(?:it|the (?:note|sign|message|banner|text)|el (?:mensaje|texto)|la (?:nota|leyenda))\s+"
    r"(?:read|reads|said|says|dec[ií]a|dice|rezaba)\b|^\W*(?:dec[ií]an?|se le[ií]a)\b",
    re.I,
)

# Word passed on by someone close and unnamed: "a text from my neighbor that", "un mensaje de
# mi cuñado diciendo que"; "My husband just came back and saw" (an unnamed witness).
_KIN = (
    r"(?:husband|wife|brother|sister|son|daughter|neighbou?r|cousin|friend|dad|mom|father|"
    r"mother|brother-in-law|sister-in-law|esposo|esposa|marido|hermano|hermana|hijo|hija|"
    r"vecino|vecina|primo|prima|amigo|amiga|compadre|comadre|pap[aá]|mam[aá]|cuñad[oa])"
)
_TEXT_FROM = re.compile(
    r"\b(?:an?|one|un|una)\s+(?:text|message|call|email|voice note|mensaje|llamada|audio|correo)"
    r"\s+(?:from|de)\s+((?:my|our|mi|nuestr[oa])\s+" + _KIN + r")\s+(that|saying|que|diciendo)\b",
    re.I,
)
_TEXT_FROM_HINTS = hints(
    "text", "message", "call", "email", "voice", "mensaje", "llamada", "audio", "correo"
)
_KIN_WITNESS = re.compile(
    r"^\W*((?:my|our|mi|nuestr[oa])\s+" + _KIN + r")\b[^.;:]{0,80}?"
    r"\b(saw|heard|watched|vio|escuch[oó]|oy[oó]|presenci[oó])\b",
    re.I,
)
# A dropped subject after an object pronoun: "Me contó que", "Nos dijo".
_LONE_CLITIC = re.compile(r"\W*(?:me|nos|te|le|les)\s*", re.I)
# An unnamed acquaintance opening a sentence: "A un compañero de la línea lo asaltaron".
_UNNAMED_OPENING = re.compile(
    r"^\W*(?:a\s+)?((?:un|una|a|an)\s+(?:compañer[oa]|amig[oa]|vecin[oa]|conocid[oa]|colega|"
    r"prim[oa]|friend|neighbou?r|colleague|co-?worker|cousin)"
    r"(?:\s+(?:de|of)\s+(?:(?:la|el|the|my|mi)\s+)?\w+)?)"
    r"(?=[,\s])",
    re.I,
)
# Bodies or goods found beside a message that is not quoted: the author describes the find.
# Singular nouns only, after an article, and "cartel" (a poster) as well: a list of its own.
_FOUND_BESIDE = re.compile(
    r"\b(?:junto a|junto con|al lado de|next to|alongside|beside|along with)\s+(?:una?|an?|the|"
    r"la|el)\s+(?:\w+\s+)?(?:cartulina|narcomanta|manta|mensaje|message|banner|note|nota|"
    r"sign|letrero|cartel)\b",
    re.I,
)
_QUOTED_OR_COLON = re.compile(r"[:“”«»\"]")
# News that appeared in an outlet: "También salió en el Diario Angelópolis que detuvieron ...".
_IN_THE_NEWS = re.compile(
    r"^\W*(?:tambi[eé]n\s+)?en\s+(?:las\s+noticias\s+de\s+|el\s+(?:peri[oó]dico|diario|noticiero)\s+|"
    r"la\s+(?:radio|p[aá]gina\s+de)\s+)([A-ZÁÉÍÓÚÑ][^,.;:]{2,40}?)\s+(?:sali[oó]|public[oó]|dijeron|"
    r"dicen|informaron)\s+que\b",
    re.I,
)
_APPEARED_IN = re.compile(
    r"\b(?:sali[oó]|salieron|apareci[oó]|se public[oó]|le[ií]|le[ií]mos|I read|we read)\s+"
    r"(?:publicad[oa]\s+)?(?:en|in)\s+"
    r"((?:el|la|los|the|un|una|a)\s+[^,.;:]{2,40}?|[A-ZÁÉÍÓÚÑ][^,.;:]{2,40}?)\s+(?:que|that)\b",
    re.I,
)
# Posts that claim: "Posts sharing the clip since Monday claim it was filmed ...".
_POSTS_CLAIM = re.compile(
    r"^\W*((?:(?:the|some|many|several|las|algunas|varias)\s+)?(?:social media\s+)?"
    r"(?:posts|publicaciones)\b[^,.;:]{0,60}?)\s+(claim|claimed|say|said|suggest|aseguran|"
    r"afirman|dicen|sostienen)\b",
    re.I,
)
# A defendant's plea: "pleaded guilty", "se declaró culpable".
_PLEA = re.compile(
    r"\b(?:pleaded|pled|pleads|has pleaded)\s+guilty\b|"
    r"\bse\s+(?:declar[oó]|declararon|declara|han declarado|ha declarado)\s+culpables?\b",
    re.I,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|quien|quienes|que)\s+(?:later\s+|luego\s+)?$", re.I)
_FORMER_WORD = re.compile(r"\b(?:former|ex-|retired|ex)\b", re.I)

_ACCORDING_OPENER = re.compile(
    r"^\W*(?:according to|seg[uú]n|de acuerdo (?:con|a)|as shown by)\s+", re.I
)

# The stop inside initials ("the U.S. Embassy", "the U.N. agency") does not end a source.
_ANY_RELATIVE = re.compile(r"\b(?:que|who|which|quien|quienes)\b", re.I)
_COORDINATED = re.compile(r"\s(?:y|and)\s*$")
# "It is likely that ...", "Es probable que ...": no subject, the speaker follows the cue
_EXPLETIVE = re.compile(
    r"^\W*(?:it\s+(?:is|was|seems)\s+(?:\w+\s+){1,2}that|es\s+(?:\w+\s+){1,2}que|parece\s+que)\b",
    re.I,
)
# "dijo entre lágrimas Marcelina Huamán", "said by phone Ana Ruiz": a short phrase, then the
# speaker; with no capitalised speaker after it ("relató entre lágrimas."), nobody new speaks
_PLACE_OR_MANNER = re.compile(
    r"^\s*(?:entre|ante|tras|desde|por|con|en|a|from|on|at|to|by|in|with)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus|the|a|an|his|her)\s+)?[\wáéíóúñü]+"
    r"(?:\s+de\s+[\wáéíóúñü]+)?\s+(?=[A-ZÁÉÍÓÚÑ]|(?:el|la|los|las|un|una|the|a|an)\s)",
)
_IN_IT = re.compile(
    r"\W*(?:en|in)\s+(?:él|el|ella|it|(?:the|el|la)\s+(?:same|mism[oa]|ese|esa)?\s*(?:video|"
    r"recording|message|grabación|mensaje|audio|declaración|statement|testimony))"
    r"\s*,?\s*(?:(?:me|nos|le|les)\s*)?",
    re.I,
)
# a capitalised noun phrase, then an aside, right before the cue: a subject the span rules could
# not read, which the last source must not stand in for
_UNREAD_SUBJECT = re.compile(r"^\W*(?:The|El|La|Los|Las|A|An|Un|Una)\s+\w+[^“”\"«»]*,\s*$")
# a person in custody or cooperating with prosecutors, named by kind in an unattributed sentence
_HELD_PERSON = re.compile(
    r"\b(?:un|una|el|la|a|an|the)\s+(?:testigo\s+(?:protegido|colaborador|criteriado)|"
    r"(?:cooperating|protected)\s+witness|former\s+[\w-]+\s+member\s+who\s+pleaded\s+guilty|"
    r"detenido|capturado|defendant|inmate|reo|recluso)\b",
    re.I,
)
_DEMONSTRATIVES = frozenset({"este", "esta", "éste", "ésta", "este ultimo", "esta ultima"})
_OFFICIAL_TITLE_HINTS = hints(
    "judge",
    "juez",
    "jueza",
    "sheriff",
    "mayor",
    "governor",
    "gobernador",
    "alcalde",
    "prosecutor",
    "fiscal",
    "sen.",
    "rep.",
    "gov.",
    "magistrad",
    "comandante",
    "commander",
    "coronel",
)
_OFFICIAL_TITLE = re.compile(
    r"\b((?:U\.S\.\s+)?(?:District\s+|Magistrate\s+|Circuit\s+)?Judge|Juez(?:a)?|Sheriff|Mayor|"
    r"Governor|Gobernador(?:a)?|Alcalde(?:sa)?|Prosecutor|Fiscal|Sen\.|Rep\.|Gov\.|Magistrad[oa]|"
    r"Comandante|Commander|Coronel)\s+((?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s?){2,3})"
)
_ROLE_COMMA_NAME = re.compile(
    r"\b(?:al?|el|la|the)\s+([a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2}),?\s+"
    r"([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3})"
)
_NAME_BETWEEN_COMMAS = re.compile(r"^\s*,\s*([^,;:“”\"«»]{3,60}?)\s*,\s*$")
_AFTER_QUOTE = re.compile(r"[”\"»]\s*,?\s*$")  # "“...”, dijo entre lágrimas X": inverted
_LEARNED_HINTS = hints("saber", "supo", "supimos", "enter", "learned", "was told")
_READ_HINTS = hints("leí", "lei", "read")
_LEARNED_FROM = re.compile(
    r"\b(?:pudo saber|supo|se enter[oó]|pudimos saber|supimos|learned|was told)\s*,?\s+"
    r"(?:por|from|by)\s+([^,;:]{3,60}?)\s*,?\s+(?:que|that)\b",
    re.I,
)
_HEARD_SAY = re.compile(
    r"\bse\s+(?:le\s+)?(?:escucha|oye|ve)\s+decir\s+(?:al|a\s+la|a)\s+([^,;:.]{3,40})", re.I
)
_AS_REPORTED = re.compile(r"^\W*(?:as|como|tal como|seg[uú]n lo)\s", re.I)
_PUBLISHING_CUES = frozenset(
    {"reported", "informo", "publico", "documento", "revelo", "reporto", "published", "revealed",
     "documented", "dio a conocer", "adelanto"}
)  # fmt: skip
_TIME_TAIL = re.compile(r"\s+(?:en|in|el|on|desde|since)\s+\w+$", re.I)
_FIRST_PERSON_END = re.compile(r"\b(?:we|I|nosotros|yo)\s*$")
_OUR_OWN = re.compile(
    r"^\W*(?:our|nuestr[oa]s?|this (?:newspaper|outlet|site)'s|el an[aá]lisis de este medio)\s",
    re.I,
)
_SPANISH_CUE = re.compile(r"(?:o|aron|ieron|a|an|en)$")
_AUX_FIRST = re.compile(r"^(?:habia|ha|han|habian|has|have|had)\s", re.I)
_DATIVE_PHRASE = re.compile(
    r"^\s*a\s+(?:este|esta|estos|la|el|los|las|un|una)\s+(?:medio|diario|peri[oó]dico|agencia|"
    r"reportero|reportera|prensa|periodistas|redacci[oó]n|semanario|portal)\s+",
    re.I,
)
_SPEAKER_NEXT = re.compile(r"(?:el|la|los|las|un|una|unos|unas|[A-ZÁÉÍÓÚÑ])\w*\s", re.I)
_PLACE_TAIL = re.compile(
    r"\s+(?:en|in|on|at|durante|desde|from)\s+(?:el|la|los|las|the|su|his|her)?\s*\S+.*$"
)
_DETERMINER_NEXT = re.compile(r"\s*(?:el|la|los|las|un|una|unos|unas|su|sus)\b", re.I)
_PREPOSITION = frozenset(
    {"entre", "ante", "tras", "desde", "por", "con", "en", "a", "from", "on", "at", "to", "by",
     "in", "with"}
)  # fmt: skip
# "declaró a esta agencia", "dijo a los periodistas": whom it was said to, not who said it
_DATIVE = re.compile(
    r"^\s*a\s+(?:esta|este|estos|estas|la|las|los|el|un|una|unos|unas|su|sus|nuestr[oa]s?)\b",
    re.I,
)
_PLURAL_PEOPLE = re.compile(r"^\W*(?:\w+\s+){0,2}[a-záéíóúñ]+s\b")
# "in Campo Dos", "de Chicomuselo": a place after a common noun, to tell from a person's name
_PLACE_NAMES = re.compile(
    r"\s+(?:in|from|of|near|at|de|del|en|desde|cerca de)\s+(?:(?:the|el|la|los|las)\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s*)+"
)
_HEARSAY_OPENING = re.compile(r"^\W*(al parecer|aparentemente|apparently)\b,?", re.I)
_OFFICIAL_WORD = re.compile(r"\b(?:officials?|funcionari[oa]s?)\b", re.I)
_TO_INVESTIGATORS_ES = re.compile(
    r"\s*(?:a\s+)?(?:los|las)\s+(?:agentes|investigadores|polic[ií]as|fiscales|"
    r"interrogadores|militares)\s+que\b",
    re.I,
)
_PEOPLE_AT_PLACE = re.compile(r"^\W*(?:(?:los|las|unos|unas|some|the)\s+)?[a-záéíóúñ]+s\s*$")
_THE_GROUP = re.compile(
    r"^\W*(?:the|el|la)\s+(?:group|grupo|organization|organizaci[oó]n|agrupaci[oó]n|faction|"
    r"facci[oó]n|gang|banda|clica|cell|c[eé]lula)\s*$",
    re.I,
)
_VERB_FIRST = re.compile(
    r"\s*(?:lo\s+que\s+)?(?:inform[oó]|informaron|dijo|dijeron|señal[oó]|report[oó]|"
    r"precis[oó]|detall[oó]|indic[oó]|explic[oó])\s+(?=(?:el|la|los|las)\s)",
    re.I,
)
_READ_IN = re.compile(
    r"\b(?:le[ií]|le[ií]mos|I read|we read)\s+(?:en|in)\s+"
    r"((?:el|la|los|the|un|una|a)\s+[^,.;:]{2,40}?|[A-ZÁÉÍÓÚÑ][^,.;:]{2,40}?)\s+(?:que|that)\b",
    re.I,
)
_SOCIAL_GROUP = re.compile(
    r"\b(?:grupos?|groups?|p[aá]ginas?|pages?|cuentas?|accounts?|chats?)\s+(?:de\s+|on\s+|in\s+)?"
    r"(?:Facebook|WhatsApp|Telegram|TikTok|Twitter|X|Instagram)\b",
    re.I,
)
_TOLD_ME = re.compile(
    r"\s*(?:me|nos|le|les)\s+(?:explic\w+|dij\w+|cont\w+|cuent\w+|dicen|relat\w+|"
    r"asegur\w+|coment\w+)\s+",
    re.I,
)
_WHAT_CLAUSE = re.compile(r"\s*((?:lo\s+que|what)\s+[^,;.:]{3,80})", re.I)
_CONFESSING = ("confes", "admit", "reconoci")
_INITIALS = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[A-Z])")
