"""How a question leans on the one before it: pronouns, « et … ? », ranks, bare details."""

from __future__ import annotations

import re
from dataclasses import dataclass

# What a follow-up asks of a laureate; the answers say it, and bot.dialogue.followup narrows by it.
# (« la nouvelle phase », « the new round »: the programme's, no laureate's status.)
NOT_OF_A_PHASE = (
    r"(?! (?:phase|etape|vague|selection|dynamique|offre|edition|generation|round|wave|offer))"
)
NEW, RENEWED, INTERREGIONAL, MULTI, DEPARTMENTS, SINCE = (
    "new",
    "renewed",
    "interregional",
    "multi",  # spread over several departments
    "departments",
    "since",
)
FILTERS = frozenset({NEW, RENEWED, INTERREGIONAL, MULTI})
# A status has one other value: what a laureate is when it is not the one asked.
OTHER_STATUS = {NEW: RENEWED, RENEWED: NEW}

_AND = re.compile(r"^(?:et|and|what about|how about|ou|or)\b")
# Words that open a follow-up without changing it: « ah et lui ? », « ok, et Mende ? ».
_OPENERS = re.compile(
    r"^(?:(?:ah|oh|ok|okay|bon|alors|euh|oui|super|d accord|tres bien|merci)\s+)+"
)
# Inversions and impersonal forms hold an « il » that refers to nothing: « y a-t-il »,
# « le Lot a-t-il », « il faut ».
_IMPERSONAL = re.compile(
    r"\b(?:y a t il|y a t elle|y en a t il|il y a|il y en a|il faut|is there|are there"
    r"|a t il|a t elle|est ce qu il"
    # (« quel temps fait-il à Alès ? »: the weather's « il », no one spoken of.)
    r"|quel temps (?:fait|fera) (?:t )?il|il (?:fait|fera) (?:beau|chaud|froid)|il pleut"
    r"|pleut il|faut il)\b"
)
# « c'est », typed « c », mostly introduces a question of its own: « c koi les lauréats ».
_THAT = re.compile(r"\b(?:c est|c|ca)\b")
# « X fait partie de Y ? », « X est dans Y ? », « rattachée à Y ? »: a question about one
# relation.
RELATION = re.compile(
    r"\b(?:dans|ds|partie d[eu]?|membre|appartien\w*|appartenir|inclus\w*|compris\w*"
    r"|couvert\w* par|rattache\w*|c est bien|est bien|in|inside|part of|within|belong\w*"
    r"|member of|covered by)\b"
)
# « il fait partie des lauréats ? », « is it one of the laureates »: being one, in so many
# words (not « Alès en fait partie ? » of another programme).
_BELONGING = re.compile(
    r"\b(?:(?:fait|font)(?: il| elle| ils| elles)? partie|appartien\w*|part|member|one|among)"
    r" (?:de |des |du |d |aux |of |the |a |an |l )*(?:\w+ )?(?:laureats?|laureates?|territoires?"
    r"|territory|territories|ti)\b"
)


def belongs(folded: str) -> bool:
    return bool(_BELONGING.search(folded))


# Words that ask about a place: « … est dans … ? », « ma commune ».
PLACE_WORDS = re.compile(
    r"\b(?:commune|ville|village|town|city|habite|j habite|chez moi|ma commune|mon village"
    r"|(?:est|sont)(?: elle| il| elles| ils)? (?:dans|ds)|c (?:dans|ds)|is it in|is in"
    r"|(?:is it|is) (?:inside|part of|covered)"
    r"|(?:est|c) (?:un |en )?(?:territoire d industrie|ti)|(?:is|is it) an? industrial territory"
    # (« is Mirepoix in one of these industry territories? »)
    r"|in (?:an?|one of (?:the|these|those)) (?:industr\w* territor\w*|territoires? d industrie))\b"
)
_ONE = re.compile(
    r"\b(?:il|elle|ce territoire|ce laureat|celui ci|celui la|celle ci|celle la"
    r"|ce dernier|cette commune|cette ville|ce departement|lui|it|its|this one|that one|he|she"
    r"|him)\b"
)
_MANY = re.compile(
    r"\b(?:ils|elles|lesquels|lesquelles|lequel|laquelle|ceux ci|ceux la|ceux|celles|parmi eux"
    r"|des deux|des trois|les deux|les trois|ces deux|ces trois"
    r"|ces territoires|ces laureats|aucun|aucune"
    r"|which ones|which one|which of them|of them|of these|they|them|those|these|none|any of)\b"
)
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs|his|her|their)\b")
_RANKS = {
    "premier": 1,
    "premiere": 1,
    "1er": 1,
    "1ere": 1,
    "first": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "2eme": 2,
    "2nd": 2,
    "troisieme": 3,
    "third": 3,
    "3e": 3,
    "3eme": 3,
    "3rd": 3,
    "quatrieme": 4,
    "fourth": 4,
    "4e": 4,
    "4eme": 4,
    "4th": 4,
    "cinquieme": 5,
    "fifth": 5,
    "5e": 5,
    "5eme": 5,
    "5th": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
    "dernier": -1,
    "derniere": -1,
    "last": -1,
}
_RANK = re.compile(r"\b(" + "|".join(_RANKS) + r")\b(?: (\w+))?")
# An ordinal before one of these words is not an item of a list: « la deuxième phase ».
_NOT_ITEMS = frozenset(
    {"phase", "phases", "edition", "vague", "tour", "etape", "partie", "semestre", "trimestre"}
    | {"mandat", "fois", "time", "round", "wave", "stage", "periode", "period", "annee", "year"}
)
_NEXT = re.compile(
    r"^(?:et |and )?(?:(?:juste |just )?(?:derriere|apres|behind|after that|after it)"
    r"(?: elle| lui| celle ci| celui ci| her| him)?|puis|ensuite"
    r"|(?:la |le |les |the )?(?:suivante?s?|next(?: one)?(?: down)?|runner up))$"
)
_AXIS = re.compile(r"\b(?:axe|axes|axis|priorite|pilier)\b")
_ASPECTS = (
    (
        RENEWED,
        re.compile(
            r"\b(?:renouvel\w*|anciens?|existants?|deja|already|renewed|premiere phase"
            r"|first phase)\b"
        ),
    ),
    (NEW, re.compile(rf"\b(?:nouveaux?|nouvelles?|new)\b{NOT_OF_A_PHASE}")),
    (
        INTERREGIONAL,
        re.compile(r"\b(?:inter ?region\w*|hors occitanie|plusieurs regions|autres? regions?)\b"),
    ),
    (
        MULTI,
        re.compile(
            r"\b(?:plusieurs departements|several departments|more than one department|a cheval"
            r"|multi ?departement\w*|straddl\w*)\b"
        ),
    ),
    (SINCE, re.compile(r"\b(?:depuis|since|how long|quand|when)\b")),
    (
        DEPARTMENTS,
        re.compile(
            r"\b(?:departements?|departments?|ou est|est ou|ou exactement|ou se trouve|ou ca|where"
            r"|situe\w*|kel dep\w*)\b"
        ),
    ),
)
_COUNT = re.compile(r"\b(?:combien|how many|nombre|number)\b")
_WHOLE = re.compile(
    r"\b(?:en tout|au total|in total|altogether|overall|en occitanie|in occitanie|tous|all"
    # (« population totale ? » after a ranking of towns: the whole's.)
    r"|total|totale|totaux|totales)\b"
)
_PERIMETER = re.compile(
    r"\b(?:perimetre\w*|communes?|villes?|towns?|composition|compose\w*|boundar\w*)\b"
)
_PHONE = re.compile(r"\b(?:portable|mobile|tel|telephone|numeros?|phone|cell|appeler|call)\b")
_EMAIL = re.compile(r"\b(?:mail|email|e mail|courriel|adresse|address)\b")
_LAUREATE = re.compile(
    r"\b(?:laureat\w*|retenu\w*|selectionne\w*|concerne\w*|dedans|covered|selected|chosen)\b"
)
# A question naming the list it asks about stands alone: « quels sont les nouveaux
# lauréats ? », « c koi les lauréats renouvelés ».
_NOUN = re.compile(
    r"\b(?:laureats|territoires|liste|programme|laureates|territories|list|program)\b"
)
# A bare follow-up is short: « depuis quand ? », « combien ? », « sur quels départements ? ».
_SHORT = 3
# A question the engine cannot answer alone, this short, may continue the last topic.
_BRIEF = 5


@dataclass(frozen=True)
class Cues:
    lead_and: bool
    # A personal pronoun (« il », « elle », « it »): it always refers to something said.
    personal: bool
    one: bool
    many: bool
    possessive: bool
    rank: int | None
    axis: bool  # the rank is of an axis: « le deuxième axe »
    # « et juste derrière ? », « and the next one? »: the place after the last one shown.
    following: bool
    aspect: str
    count: bool
    whole: bool
    perimeter: bool
    detail: str
    laureate: bool
    short: bool
    noun: bool
    words: int

    @property
    def brief(self) -> bool:
        """Few enough words to be a follow-up of whatever topic came before."""
        return self.words <= _BRIEF

    @property
    def pronoun(self) -> bool:
        return self.one or self.many or self.possessive

    @property
    def leans(self) -> bool:
        """Whether the question may lean on the context at all."""
        if self.noun and not (self.personal or self.many or self.lead_and or self.rank is not None):
            return False
        return (
            self.lead_and
            or self.pronoun
            or self.rank is not None
            or (self.short and bool(self.aspect or self.detail or self.perimeter or self.count))
        )


def read_cues(*, folded: str) -> Cues:
    plain = _IMPERSONAL.sub(" ", _OPENERS.sub("", folded))
    rank = None
    for match in _RANK.finditer(plain):
        if match[2] not in _NOT_ITEMS:
            rank = _RANKS[match[1]]
            break
    aspect = next((name for name, pattern in _ASPECTS if pattern.search(plain)), "")
    phone, email = bool(_PHONE.search(plain)), bool(_EMAIL.search(plain))
    return Cues(
        lead_and=bool(_AND.match(plain)),
        personal=bool(_ONE.search(plain)),
        one=bool(_ONE.search(plain)) or (bool(_THAT.search(plain)) and not _NOUN.search(plain)),
        many=bool(_MANY.search(plain)),
        possessive=bool(_POSSESSIVE.search(plain)),
        rank=rank,
        axis=rank is not None and bool(_AXIS.search(plain)),
        following=bool(_NEXT.match(plain.strip())),
        aspect=aspect,
        count=bool(_COUNT.search(plain)),
        whole=bool(_WHOLE.search(plain)),
        perimeter=bool(_PERIMETER.search(plain)),
        detail="email" if email and not phone else "phone" if phone else "",
        laureate=bool(_LAUREATE.search(plain)),
        short=len(plain.split()) <= _SHORT and not _NOUN.search(plain),
        noun=bool(_NOUN.search(plain)),
        words=len(plain.split()),
    )


# « sans lauréat », « without a laureate », « oublié »: whether some department has none.
LEFT_WITHOUT = re.compile(
    r"\b(?:sans|without|aucun|no|pas de|oublie\w*|left out|forgotten|prive\w*)"
    r"(?: (?:aucun|un|de|any|a|one))? (?:laureats?|laureates?|territoires?|territory|ti)\b"
    r"|\b(?:oublie\w*|left out|forgotten|prive\w*)\b"
)
# « département », « department »: departments named as such.
DEPARTMENT_WORD = re.compile(r"\b(?:departements?|departments?)\b")


def departments_left_out(folded: str) -> bool:
    """« y a-t-il un département d'Occitanie sans lauréat ? »: whether every department of the
    region has one, asked the other way round."""
    return bool(DEPARTMENT_WORD.search(folded) and LEFT_WITHOUT.search(folded))
