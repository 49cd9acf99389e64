"""Parts of a question that say rather than ask: a statement beside a question (« I'm a
student working on industry in southern France. Is … ? ») leads into it."""

from __future__ import annotations

import re

from bot.normalize import fold
from bot.understanding.frame import PLACE_KINDS, Frame, subject_kind
from bot.understanding.whether import QUESTION_WORDS, inverted

_SENTENCE = 5  # words enough for a sentence of its own, not a subject set before a question
# Words that ask for something without a question mark: « donnez-moi … », « I'd like … ».
_REQUEST = re.compile(
    r"\b(?:donne\w*|dites|dis|liste\w*|indique\w*|explique\w*|precise\w*|voudr\w+"
    r"|aimer\w+|souhaite\w*|cherche|besoin|savoir|tell|give|list|show|explain|like to|want|need"
    r"|know|please|svp|stp)\b"
)
INTERROGATIVE = re.compile(rf"\b(?:{QUESTION_WORDS}|est ce|whether)\b")


def marked_asked(text: str, cleaned: str) -> bool:
    """Whether a question mark closes the part `text` of the question."""
    # (A part joined to the words set before it, « Saint-Sauveur, en Ardèche territoire
    # d'industrie », is found by its end.)
    tail = text if text in cleaned else " ".join(text.split()[-_TAIL:])
    return any(
        cleaned[at.end() :].lstrip().startswith("?") for at in re.finditer(re.escape(tail), cleaned)
    )


# Words of a part's end enough to find it in the question.
_TAIL = 2


def sentence_closed(text: str, cleaned: str) -> bool:
    """Whether a full stop closes the part `text` of the question: a sentence of its own."""
    at = cleaned.find(text)
    return at >= 0 and cleaned[at + len(text) :].lstrip().startswith(".")


def statement(frame: Frame, *, closed: bool = False, sure: bool) -> bool:
    """A part read as nothing the sources hold (or out of the domain) that neither asks nor
    requests anything: « I'm trying to understand the scheme before a board meeting ».
    `sure`: whether the model read the part surely."""
    folded = fold(frame.text)
    return (
        # (« L'innovation, c'est dans le programme ? »: a subject set before its question.)
        len(folded.split()) >= _SENTENCE
        # (or as anything, unsurely, naming no place: « I'm a student working on industry
        # in southern France »)
        and (
            frame.ask in {"unknown", "out_of_scope"}
            or (not sure and not of_places(frame.about))
            # (or the asker saying who they are: « Bonjour, je suis journaliste à La Dépêche
            # et je prépare un article sur les lauréats »)
            or asker_speaks(frame)
            # (or a sentence of its own that says, not asks, beside a question that names
            # its own subjects: « … is it? It's in Aveyron like Rodez. », « France Bleu
            # Occitanie ici. »)
            or closed
        )
        and not INTERROGATIVE.search(folded)
        # (« Je cherche un terrain pour mon usine : … ? »: a wish out of the domain only
        # says why the question is asked.)
        and (frame.ask == "out_of_scope" or not _REQUEST.search(folded))
    )


def remark(frame: Frame) -> bool:
    """« c'est les Pyrénées-Atlantiques aussi », « le Gard est juste à côté »: where
    something lies, stated and asking nothing; beside a question before it, a remark."""
    folded = fold(frame.text)
    # (What its own words name: « c'est la grosse agglo de l'Hérault » after Béziers-Sète.)
    kinds = {subject_kind(s) for s in frame.named or frame.about}
    return (
        bool(kinds)
        and kinds <= {"department", "region"}
        and bool(_SAYS_WHERE.search(folded))
        and not folded.startswith(("et ", "and ", "mais ", "but "))
        and not INTERROGATIVE.search(folded)
        and not _REQUEST.search(folded)
    )


def asker_speaks(frame: Frame) -> bool:
    """« je suis journaliste à … », « moi j'en vois 6 »: the asker speaking of themselves."""
    return bool(_ABOUT_ME.match(fold(frame.text)))


def set_aside_speaks(frames: list[Frame]) -> bool:
    """Whether parts set aside said something of their own (a wish out of the domain,
    the asker speaking of themselves, a remark), so that the question's own words are
    what is asked, not the whole message's."""
    return any(f.ask == "out_of_scope" or asker_speaks(f) or remark(f) for f in frames)


# « c'est l'Hérault », « le Gard est à côté », « it's in the Gers »: where, stated.
_SAYS_WHERE = re.compile(r"\b(?:c est|c|cest|ce sont|est|sont|it s|its|it is|is|are)\b")
# The asker speaking of themselves: « je suis journaliste », « I'm writing a piece », « moi
# j'en vois 6 ».
_ABOUT_ME = re.compile(
    r"(?:(?:bonjour|bonsoir|salut|hello|hi|madame|monsieur|moi)\s+)*(?:je|j|nous|i|i m|we"
    r"|we re)\s+(?:en\s+)?(?:suis|prepare|travaille|fais|ecris|redige|sommes|preparons|vois"
    r"|crois|pense|compte|trouve|am|work|write|writing|preparing|run|manage|think|see|count)\b"
)


def of_places(about: tuple[str, ...]) -> bool:
    """Whether every subject is a place."""
    return bool(about) and all(subject_kind(s) in PLACE_KINDS for s in about)


# What places someone or something: « je suis à Rodez », « mairie d'Uzès : … ».
_SITUATING = re.compile(
    r"\b(?:suis|sommes|est|sont|base\w*|situe\w*|installe\w*|implante\w*|travaille\w*"
    r"|habite\w*|am|m|is|are|re|located|live|work|on a|j ai|nous avons|we have|i have"
    r"|run|runs|manage|manages|own|owns|operate|operates)\b"
    r"(?: \w+){0,4}? (?:a|au|aux|en|dans|pres de|cote"
    r"|sur|in|at|near)(?: \w+){0,3}? _"
    r"|^(?:bonjour |hello |hi )?(?:mairie|commune|ville|town hall|cabinet du maire) (?:d|de|du|of) _"
)


def situating(masked: str) -> bool:
    """« Mon usine est à Castres : quel territoire ? »: a statement placing the asker,
    which asks nothing itself, sets the subject of what follows."""
    words = masked.split()
    return (
        any(w.startswith("_") for w in words)
        and not INTERROGATIVE.search(masked)
        # (« je suis à Mende le maire voudrait savoir si … », dictated: the request is in it.)
        and not _REQUEST.search(masked)
        and bool(_SITUATING.search(masked))
    )


# At most this many words open a part before a question word, for it to ask.
_OPENING = 3


def premise(text: str, then: str, *, cleaned: str, masked: dict[str, str]) -> bool:
    """« Comminges-Nestes est à cheval sur deux départements, donc … ? », « Chalon-sur-Saône,
    où s'est tenue l'AG, c'est … ? »: a statement (neither closed by a question mark, nor
    opened by a question word, nor a request) that the question `then`, drawing on it,
    rests on. `masked`: each part's words as read (courtesies left out), by its text."""
    words = fold(text).split()
    return (
        not marked_asked(text, cleaned)
        and marked_asked(then, cleaned)
        and bool(_DRAWN.match(fold(then)))
        and bool(_STATING.search(" ".join(words)))
        and not INTERROGATIVE.search(" ".join(words[:_OPENING]))
        and not _REQUEST.search(" ".join(words))
        # (« is Grand Auch/Astarac new, and is it interregional? »: asked by its form.)
        and not inverted(masked.get(text, ""))
    )


# « donc c'est … ? », « ça en fait … ? », « so is it … ? »: drawing on what was just said.
_DRAWN = re.compile(r"(?:donc|alors|so|ca|cela|c est|c|il|elle|is it|so is|does it)\b")
# A verb that states: « est », « touche », « s'est tenue ».
_STATING = re.compile(
    r"\b(?:est|sont|a|ont|touche\w*|compte\w*|etend\w*|couvre\w*|deborde\w*|fait|font"
    r"|tenue?|situee?|is|are|has|have|was|were|covers|spans|lies)\b"
)


# « j'ai lu le contraire », « on m'a dit autre chose », « I heard otherwise »: a doubt the
# asker voices, asking nothing besides.
_DOUBT_ONLY = re.compile(
    r"(?:mais |pourtant |but )?(?:(?:j ai|on m a|i|i ve|somebody|someone)"
    r" (?:lu|entendu|vu|dit|assure|read|heard|seen|told me|was told|been told)"
    r" (?:le contraire|l inverse|autre chose|que non|otherwise|the opposite|something else"
    r"|differently)|(?:ca|cela) m etonne|j ai un doute|je doute|i doubt it)(?: pourtant| though)?"
)


def doubt_only(folded: str) -> bool:
    """Whether the words only doubt what was said, so that it is confirmed again."""
    return bool(_DOUBT_ONLY.fullmatch(folded))
