"""Whether a question asks yes or no by its form, and the words that ask what instead."""

from __future__ import annotations

import re

from bot.understanding.frame import subject_kind

# Operations whose answers are the same: « quelles sont tes sources ? » may be either.
ALIKE_OPS = frozenset(["lookup", "list"])
# A question that asks yes or no by its form: a tag closing it, an auxiliary opening it.
TAG = re.compile(
    r"\b(?:je me trompe|c est bien ca|c est ca|non|hein|n est ce pas|vrai|exact|right|correct"
    r"|isn t it|aren t they|is that right|is that so|true|je confonds|si je ne m abuse|ou pas"
    r"|or not|am i right|am i wrong|je me trompe pas|si j ai bien (?:lu|compris)|doesn t it"
    r"|don t they|didn t it|didn t they|isn t that right|correct me if i m wrong|vrai ou faux"
    r"|vrai ou fake|true or false|intox|fake)$"
)
_AUXILIARY = re.compile(
    r"^(?:is|are|was|were|did|does|do|has|have|can|est ce|y a t il|y a t elle)\b"
)
# « … a-t-il son lauréat ? », « est-elle dedans ? »: a verb and its subject inverted.
_INVERTED = re.compile(
    r"\b(?:a t|est|sont|ont|peut|peuvent|fait|font|va|vont|existe t|compte t|couvre t|touche t"
    r"|fait il|doit|doivent) (?:il|elle|ils|elles|on)\b"
)
# The words that ask what, rather than whether (SMS spellings too).
QUESTION_WORDS = (
    r"combien|cb|quand|qd|qui|ki|comment|pourquoi|pk|ou|quoi|koi|quel(?!qu)\w*|lequel|laquelle"
    r"|lesquel\w*|how|when|who|what|where|why|which|whose|whom"
)
ASKING_WHAT = re.compile(rf"\b(?:{QUESTION_WORDS})\b")


# « est-ce Durand qui … ? », « c'est le préfet qui a dit … ? »: whether that one did, not who.
_CLEFT = re.compile(
    rf"^(?:est ce|c est|ce sont|sont ce|is it|was it|are they|were they) "
    rf"(?!(?:{QUESTION_WORDS})\b)\w+(?: \w+){{0,4}} (?:qui|who)\b"
)


def inverted(folded: str) -> bool:
    """A question by its word order: « is it … », « est-il … », « a-t-il … »."""
    return bool(_AUXILIARY.match(folded) or _INVERTED.search(folded))


def asked_whether(folded: str) -> bool:
    """« La phase court jusqu'en 2027, je me trompe ? », « Did ADEME pick them? », « est-ce
    que le Lot en a un ? »: yes or no, and nothing a question word would ask instead."""
    if TAG.search(folded) or _CLEFT.match(folded):
        return True
    return inverted(folded) and not ASKING_WHAT.search(folded)


def declared(folded: str) -> bool:
    """A statement asked (« L'ANCT propose des moyens d'ingénierie ? »): a verb in the order
    of a statement, and no question word."""
    return (
        len(folded.split()) >= _DECLARED_WORDS
        and bool(_STATED_VERB.search(folded))
        and not ASKING_WHAT.search(folded)
        and not _SAYS_WHAT.search(folded)
    )


# « que dit … », « qu'en dit … »: what, asked without a question word of its own.
_SAYS_WHAT = re.compile(r"\b(?:que|qu)\b")
# Words a statement asked has at least: a subject, its verb, what it says.
_DECLARED_WORDS = 3
# A verb in the third person, as a statement says what its subject does or is.
_STATED_VERB = re.compile(
    r"(?<!^)\b(?:est|sont|etait|etaient|sera|seront|fait|font|va|vont|peut|peuvent|doit|doivent"
    r"|propose|proposent|s appuie|s appuient|salue|saluent|cite|citent|regroupe|regroupent"
    r"|couvre|couvrent|touche|touchent|beneficie|beneficient|finance|financent|accompagne"
    r"|accompagnent|soutient|soutiennent|prevoit|prevoient|dispose|disposent|parle|parlent"
    r"|dit|disent|inclut|incluent|comprend|comprennent|contient|concerne|concernent|represente"
    r"|representent|pilote|pilotent|copilote|copilotent|selectionne|selectionnent|aide|aident"
    r"|offre|offrent|apporte|apportent|existe|existent|fournit|fournissent|mentionne"
    r"|mentionnent|evoque|evoquent|figure|figurent|appartient|appartiennent|reunit|reunissent"
    r"|deborde|debordent|s etend|s etendent|a ete|ont ete)\b"
)


def declared_of_an_actor(
    read: tuple[str, bool, bool], *, about: tuple[str, ...], folded: str
) -> tuple[str, bool, bool]:
    """The operation read, unless a statement about a person or a body is asked (« L'ANCT
    propose des moyens d'ingénierie ? », « Delga salue … ? »): whether it holds."""
    op, known, said = read
    actor = any(subject_kind(s) in {"person", "org"} for s in about)
    return (
        ("yesno", True, said)
        if op in ALIKE_OPS and not known and actor and declared(folded)
        else read
    )
