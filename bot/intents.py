"""What a question asks, from the words it uses, in French or English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    LAUREATE = "laureate"
    LIST = "list"
    PROGRAMME = "programme"
    AXES = "axes"
    BENEFITS = "benefits"
    FUNDING = "funding"
    PARTNERS = "partners"
    ENGINEERING = "engineering"
    SELECTION = "selection"
    GOVERNANCE = "governance"
    QUOTES = "quotes"
    ANNOUNCEMENT = "announcement"
    COUNTS = "counts"
    CONTACTS = "contacts"
    PRESS_KIT = "press_kit"
    APPLICATION = "application"
    MAP = "map"
    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"
    CLARIFY = "clarify"
    OUT_OF_SCOPE = "out_of_scope"
    EMPTY = "empty"


class ListFilter(StrEnum):
    ALL = "all"
    NEW = "new"
    RENEWED = "renewed"
    INTERREGIONAL = "interregional"


class ContactDetail(StrEnum):
    ALL = "all"
    PHONE = "phone"
    EMAIL = "email"


# Triggers are folded words or phrases; a trailing * matches any ending.
_TRIGGERS: dict[Intent, str] = {
    Intent.LAUREATE: (
        "laureat* retenu* selectionne* couvert* concerne* eligible* fait partie font partie "
        "dedans inclus* beneficie t il beneficie elle "
        "covered cover covers included part of selected chosen eligible laureate*"
    ),
    Intent.LIST: (
        "liste lister quels territoires quels sont les laureats quels sont les lesquels tous les laureats "
        "les laureats les 15 les quinze les territoires laureats nouveaux renouvele* existants "
        "interregion* list which territories all laureates the laureates new renewed"
    ),
    Intent.PROGRAMME: (
        "programme program territoires d industrie en quoi consiste presentation "
        "combien de temps duree jusqu a quand periode how long"
    ),
    Intent.AXES: (
        "axe axes priorite* thematique* pilier* decarbonation decarboner competences innovation "
        "foncier axis priorities pillars themes decarbonisation skills land"
    ),
    Intent.BENEFITS: (
        "avantage* apporte* benefice* interet soutien* offre* service* mesure* a quoi ca sert "
        "sert accompagnement* aide aides animation benefit* bring* get offer services support"
    ),
    Intent.FUNDING: (
        "financ* argent budget* enveloppe* million* euros m subvention* montant* 100 m "
        "combien d argent funding fund funds money grant* envelope amount budget"
    ),
    Intent.PARTNERS: (
        "partenaire* banque des territoires bpifrance bpi ademe caisse des depots partner*"
    ),
    Intent.ENGINEERING: "ingenierie anct chef de projet chefs de projet engineering project manager",
    Intent.SELECTION: (
        "qui a choisi qui a selectionne qui choisit qui selectionne selection jury choisi* "
        "retenus par regions de france intercommunalites de france france industrie criteres "
        "who selected who chose who picked selection chosen by selected by"
    ),
    Intent.GOVERNANCE: (
        "pilot* copilot* gouvernance binome* gere qui dirige steer* governance run by managed"
    ),
    Intent.QUOTES: (
        "citation* declaration* a dit disent dit propos declare* quote* said statement"
    ),
    Intent.ANNOUNCEMENT: (
        "quand date* annonce* assemblee generale chalon* devoile* communique objectif* "
        "president de la republique industrie verte championne "
        "when announced announcement date general assembly green industry objective"
    ),
    Intent.COUNTS: (
        "combien de laureats combien de territoires combien y a nombre de laureats "
        "nombre de territoires combien sont ils how many number of"
    ),
    Intent.PRESS_KIT: "dossier de presse press kit liste nationale liste complete",
    Intent.APPLICATION: (
        "candidat* postuler date limite appel a projets inscri* dossier de candidature deposer "
        "apply application deadline"
    ),
    Intent.CONTACTS: (
        "contact* presse telephone* tel numero* mail* email* e mail courriel* joindre appeler "
        "attache* journaliste* phone* call reach press office spokes* adresse"
    ),
    Intent.MAP: (
        "carte cartes map maps localiser localisation ou sont ou se trouvent ou se situent "
        "where are located locate"
    ),
    Intent.GREETING: "bonjour bonsoir salut coucou hello hi hey good morning",
    Intent.THANKS: "merci thanks thank you cheers top parfait",
    Intent.HELP: (
        "help que sais tu que peux tu comment ca marche commandes commande que fais tu "
        "what can you do how does it work"
    ),
}

_PHONE = re.compile(r"\b(?:telephone\w*|tel|numero\w*|phone\w*|appeler|call|portable|mobile)\b")
_EMAIL = re.compile(r"\b(?:mail\w*|email\w*|e mail|courriel\w*|adresse electronique)\b")
_NEW = re.compile(r"\b(?:nouveaux|nouveau|nouvelles|nouvelle|new)\b")
_RENEWED = re.compile(r"\b(?:renouvel\w*|existants|anciens|renewed|existing)\b")
_INTERREGIONAL = re.compile(r"\b(?:inter ?region\w*|hors occitanie|outside occitanie)\b")
_PERIMETER = re.compile(
    r"\b(?:perimetre\w*|quelles communes|communes membres|liste des communes|compose\w*"
    r"|boundar\w*|which towns|what towns|which communes)\b"
)


def _compile(triggers: str) -> re.Pattern[str]:
    phrases = []
    for trigger in sorted(set(_expand(triggers)), key=len, reverse=True):
        body = re.escape(trigger.rstrip("*")).replace(r"\ ", " ")
        phrases.append(body + (r"\w*" if trigger.endswith("*") else ""))
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


def _expand(triggers: str) -> list[str]:
    """Single words, except the known multi-word phrases kept whole."""
    words = triggers.split()
    phrases: list[str] = []
    index = 0
    while index < len(words):
        for size in (5, 4, 3, 2):
            candidate = " ".join(words[index : index + size])
            if candidate in _MULTI_WORD:
                phrases.append(candidate)
                index += size
                break
        else:
            phrases.append(words[index])
            index += 1
    return phrases


_MULTI_WORD = frozenset(
    [
        "combien de temps",
        "jusqu a quand",
        "how long",
        "combien de laureats",
        "combien de territoires",
        "combien y a",
        "nombre de laureats",
        "nombre de territoires",
        "combien sont ils",
        "dossier de presse",
        "press kit",
        "liste nationale",
        "liste complete",
        "date limite",
        "appel a projets",
        "dossier de candidature",
        "president de la republique",
        "industrie verte",
        "green industry",
        "fait partie",
        "font partie",
        "t il",
        "part of",
        "quels territoires",
        "quels sont les laureats",
        "quels sont les",
        "tous les laureats",
        "a quoi ca sert",
        "les laureats",
        "les 15",
        "les quinze",
        "les territoires laureats",
        "which territories",
        "all laureates",
        "the laureates",
        "territoires d industrie",
        "en quoi consiste",
        "combien d argent",
        "100 m",
        "banque des territoires",
        "caisse des depots",
        "chef de projet",
        "chefs de projet",
        "project manager",
        "qui a choisi",
        "qui a selectionne",
        "qui choisit",
        "qui selectionne",
        "retenus par",
        "regions de france",
        "intercommunalites de france",
        "france industrie",
        "who selected",
        "who chose",
        "who picked",
        "chosen by",
        "selected by",
        "qui dirige",
        "run by",
        "a dit",
        "assemblee generale",
        "general assembly",
        "how many",
        "number of",
        "e mail",
        "press office",
        "good morning",
        "thank you",
        "que sais tu",
        "que peux tu",
        "comment ca marche",
        "que fais tu",
        "what can you do",
        "how does it work",
        "t elle",
        "beneficie t il",
        "ou sont",
        "ou se trouvent",
        "ou se situent",
        "where are",
    ]
)

_PATTERNS = {intent: _compile(triggers) for intent, triggers in _TRIGGERS.items()}


@dataclass(frozen=True)
class Signals:
    """Which intents a question's words point to, with how many hits each."""

    scores: dict[Intent, int]
    list_filter: ListFilter
    contact_detail: ContactDetail
    asks_perimeter: bool = False

    def has(self, intent: Intent) -> bool:
        return self.scores.get(intent, 0) > 0

    def topics(self) -> list[Intent]:
        """Topic intents found, strongest first; ties go to the more specific topic."""
        order = list(_TOPIC_PRIORITY)
        found = [i for i in order if self.has(i)]
        return sorted(found, key=lambda i: (-self.scores[i], order.index(i)))


# On a tie, the more specific topic wins: « financement des partenaires » is about partners.
_TOPIC_PRIORITY = (
    Intent.PRESS_KIT,
    Intent.APPLICATION,
    Intent.CONTACTS,
    Intent.QUOTES,
    Intent.PARTNERS,
    Intent.ENGINEERING,
    Intent.FUNDING,
    Intent.AXES,
    Intent.SELECTION,
    Intent.GOVERNANCE,
    Intent.ANNOUNCEMENT,
    Intent.BENEFITS,
    Intent.COUNTS,
    Intent.MAP,
    Intent.LIST,
    Intent.PROGRAMME,
    Intent.HELP,
    Intent.THANKS,
    Intent.GREETING,
)


def read_signals(*, folded: str) -> Signals:
    hits = {intent: set(pattern.findall(folded)) for intent, pattern in _PATTERNS.items()}
    scores = {intent: len(found) for intent, found in hits.items() if found}
    if _NEW.search(folded):
        list_filter = ListFilter.NEW
    elif _RENEWED.search(folded):
        list_filter = ListFilter.RENEWED
    elif _INTERREGIONAL.search(folded):
        list_filter = ListFilter.INTERREGIONAL
    else:
        list_filter = ListFilter.ALL
    phone, email = bool(_PHONE.search(folded)), bool(_EMAIL.search(folded))
    detail = (
        ContactDetail.PHONE
        if phone and not email
        else ContactDetail.EMAIL
        if email and not phone
        else ContactDetail.ALL
    )
    return Signals(
        scores=scores,
        list_filter=list_filter,
        contact_detail=detail,
        asks_perimeter=bool(_PERIMETER.search(folded)),
    )
