"""What words whose meaning is exact settle of a frame, whatever the model reads: the
operation « lesquels ? » asks, a whole « au total » names, a department said to hold a
town, the readings that answer alike (so that the model's doubt between them is none)."""

from __future__ import annotations

import re

from bot.understanding import numbers
from bot.understanding.cues import departments_left_out
from bot.understanding.frame import PLACE_KINDS, subject_kind
from bot.understanding.link import Linked
from bot.understanding.outright import (
    EITHER_STATUS,
    ENTRY,
    OF_THE_PROGRAMME,
    SHARE,
    STATUS_WORDS,
    STEERING,
    SUPERLATIVE,
    UNCOUNTED,
    one_department_counted,
    said_exactly,
    whether_said,
    which_territory,
)
from bot.understanding.outright import superlative as superlative_of
from bot.understanding.sourcing import WHERE_FROM
from bot.understanding.whether import ALIKE_OPS, ASKING_WHAT, TAG, asked_whether

# Wholes a frame can be about besides named subjects (tests/sealed/FRAMES.md).
COLLECTIVES = frozenset(["laureates", "territories", "programme", "assembly", "release", "bot"])

LAUREATE_WORD = re.compile(r"\b(?:laureats?|laureates?|territoires?|territory|ti)\b")


_WHICH_LIST = re.compile(r"\b(?:which|quels|quelles|lesquels|lesquelles)\b")

# « quel département a le plus de lauréats ? »: departments ranked by their laureates.
_DEPARTMENTS_RANKED = re.compile(
    r"\b(?:quels?|which|what|le|the) (?:departements?|departments?)\b.*"
    r"\b(?:(?P<least>le moins|fewest|least)|le plus|most)\b.*"
    r"\b(?:laureats?|laureates?|territoires?|territories|ti)\b"
)

# A territory's member intercommunalities, however they are called.
_MEMBERS = re.compile(
    r"\b(?:intercos?|intercommunalites?|epcis?|groupements?|communautes? de communes"
    r"|agglos?|intercommunalities|member groupings?)\b"
)
# Words asking of the present day, which a release of 2023 cannot tell (bot/engine.py's
# unknowns too); « encore » as well, of a person.
PRESENT_DAY = (
    r"aujourd hui|actuellement|a ce jour|en ce moment|toujours|currently|today|nowadays"
    r"|right now|still"
)
_NOWADAYS = re.compile(
    rf"\b(?:{PRESENT_DAY}|encore|actuel|actuelle|current|successeur|successor)\b"
)
# « c'est daté de quand ? », « it's dated when? »
DATED = re.compile(r"\b(?:est|c est|il est|elle est|is|it s) (?:date|datee|dated)\b")
# What a body pays, which the release never says of a department.
_PAYS = re.compile(r"\b(?:cofinanc\w*|financ\w*|subventionn\w*|paie|paye\w*|funds?|pays|paid)\b")
# Firms and office holders the sources never name.
_FIRMS = re.compile(
    r"\b(?:usines?|entreprises?|employeurs?|societes?|boites?|pme|firms?|compan(?:y|ies)"
    r"|factor(?:y|ies)|plants?|employers?|businesses)\b"
)
# (Asked of: « qui est le maire d'Alès ? »; not the asker's own title, « adjoint au maire ».)
_OFFICE_HOLDERS = re.compile(
    r"\b(?:qui|who|nom|name|contacter|joindre|interviewer|numero|number)\b.*"
    r"\b(?:le|du|la|the) (?:maire|mayor|depute|deputee|senateur|senatrice|senator|mp)\b"
    r"|\b(?:le|du|la|the) (?:maire|mayor|depute|deputee|senateur|senatrice|senator|mp)\b.*"
    r"\b(?:c est qui|qui|who)\b"
)
# Words asking how far: no source says.
_DISTANCE = re.compile(
    r"\b(?:(?:le|la|les) plus (?:proches?|pres)|nearest|closest|how far|distances?|km"
    r"|kilometres?|kilometers?|miles|vol d oiseau|en voiture|by car)\b"
)
# Words quoted: « … », “…”, "…".
QUOTED = re.compile(r"«[^»]+»|“[^”]+”|\"[^\"]+\"")
# A phase after the one announced: « la 3e phase », « after 2027 ».
_LATER_PHASE = re.compile(
    r"\b(?:3e|3eme|troisieme|third|prochaine|next|future|suivante) phase\b"
    r"|\bphase (?:3|iii|suivante|d apres)\b|\b(?:apres|after|au dela de|beyond) 2027\b"
)
_FIRST_PHASE = re.compile(r"\b(?:premiere|1ere|first) phase\b|\bphase (?:1|i)\b")
_WHOSE = re.compile(r"\b(?:qui|laquelle|lequel|which|who|whose)\b")


RANKS = frozenset(["most", "least"])

# What the laureates have between them, and the words saying all of them.
TOTALLED = frozenset(["members", "communes", "population"])

_EACH_ONE = re.compile(r"\b(?:chacun|chacune|respectivement|each|respectively)\b")
_SUMMED = re.compile(r"\b(?:au total|en tout|in total|altogether|combined|cumule\w*)\b")

WHICH_WORDS = frozenset(
    [
        *("lesquels", "lesquelles", "laquelle", "lequel", "which", "liste", "list", "name"),
        *("cite", "lister", "citer", "nommer", "enumerer"),
    ]
)

_WHICH_FILLERS = frozenset(
    [
        *("et", "alors", "donc", "c", "est", "ce", "sont", "ils", "elles", "and", "so", "ones"),
        *("one", "les", "la", "moi", "donne", "them", "me", "the", "please", "svp", "stp"),
        # (Asked politely: « vous pouvez me les lister ? », « tu peux les citer ? ».)
        *("tu", "vous", "peux", "pouvez", "pourriez", "pourrais", "can", "could", "you"),
    ]
)

# Kinds of subject that narrow a list of territories rather than being asked about.
FILTERING = frozenset(["department", "region"])


# « classe-moi les lauréats par population », « rank them by inhabitants »: a ranking.
_RANKING = re.compile(r"\b(?:classe|classer|classement|rank|ranking|ranked)\b")
# « par nombre de communes », « by population »: the measure a ranking is by.
_BY_MEASURE = re.compile(
    r"\b(?:par|en|by|selon|according to) (?:(?:le |leur )?nombre (?:de|d) |(?:the |their )?number of )?"
    r"(?:leur |their )?(?P<what>communes|habitants|population|intercos|intercommunalites"
    r"|inhabitants|intercommunalities)\b"
)
_MEASURE_WORDS = (
    dict.fromkeys(["habitants", "population", "inhabitants"], "population")
    | dict.fromkeys(["intercos", "intercommunalites", "intercommunalities"], "members")
    | {"communes": "communes"}
)
# « la ville principale », « the main town »: the most populous.
_MAIN_TOWN = re.compile(
    r"\b(?:main (?:town|city)|(?:ville|commune) principale|principale (?:ville|commune)"
    r"|ville centre|chef lieu)\b"
)

# An amount of money: « 100 M€ », « 100 millions d'euros », « 2 milliards ».
_MONEY = re.compile(
    r"\b\d+(?:[ ,.]\d+)?\s*(?:M€|M ?EUR|k€|€|millions?|milliards?|euros?)(?!\w)", re.I
)
# « pour chaque territoire », « per laureate »: an amount said to be each one's.
_PER_TERRITORY = re.compile(
    r"\b(?:par|pour) (?:chaque |chacun des )?(?:territoire|laureat|ti)s?\b|\bchaque (?:territoire|laureat)"
    r"|\b(?:per|each|every|for each) (?:territory|laureate)\b"
)
# A town ranked by its place, or after another: « la 2e ville », « la commune après Albi ».
_TOWN_RANKED = re.compile(
    r"\b(?:(?:2e|3e|4e|5e|deuxieme|troisieme|quatrieme|cinquieme|second|third|fourth|fifth)"
    r"(?: plus \w+| largest| biggest| smallest)? (?:ville|commune|town|city)"
    r"|(?:ville|commune|town|city)s?(?: \w+){0,3} (?:apres|after|derriere|behind) (?!ca\b|that\b)\w"
    # (« the biggest town », « la ville la plus peuplée », « la plus grosse commune ».)
    r"|(?:biggest|largest|smallest|most populous|least populous|plus grande?|plus grosse?"
    r"|plus petite?|plus peuplee?|moins peuplee?) (?:ville|commune|town|city)"
    r"|(?:ville|commune|town|city) (?:la |le )?(?:plus|moins) (?:grande?|grosse?|petite?|peuplee?))"
)
_SMALLEST = re.compile(r"\b(?:moins|petite?s?|least|smallest)\b")


# « combien », « how many »: a count asked.
# « toute la Lozère », « the whole of the Gers »: all of a department.
_WHOLE_DEPARTMENT = re.compile(
    r"\b(?:toute?s? (?:la |le |l |les )?|the whole (?:of )?(?:the )?|all of (?:the )?)_department_"
    r"|_department_ (?:entier|entiere|en entier|tout entier|tout entiere)\b"
)
_HOW_MANY = re.compile(r"\b(?:combien|how many|nombre de|number of)\b")
_COMBIEN = re.compile(r"\b(?:combien|cb|how many)\b")
# The laureates by name: « un des lauréats d'Occitanie ? » asks of a list, not a place.
LAUREATES = re.compile(r"\b(?:laureats?|laureates?)\b")
# « lesquelles … », « which ones … »: a list asked for, opening the question.
_WHICH_ONES = re.compile(r"(?:et |and |mais |but |ok |alors )?(?:lesquels|lesquelles|which ones)\b")


def op_settled(op: str, about: tuple[str, ...], *, ask: str, folded: str) -> tuple[str, bool, bool]:
    """The operation the words settle, if they do, whether they did, and whether the
    question says it in so many words."""
    if only_which(folded):
        # « lesquelles ? » asks for the list of what was just counted or named.
        return "list", True, True
    if op in RANKS and _two_territories(about):
        # Exactly two territories set against each other are compared (FRAMES.md).
        return "compare", True, False
    if op == "compare" and len(about) == 1 and about[0] not in COLLECTIVES:
        # One place is compared with a figure: « Comminges-Nestes, plus de 10 intercos ? »,
        # « le Gard en a deux ? » ask whether.
        return "yesno", True, False
    if op in ALIKE_OPS | {"yesno"} and _amount_stated(about, ask=ask, folded=folded):
        # « Nord Lozère regroupe 3 communautés de communes ? »: an amount of one place, asked
        # of nothing, is checked.
        return "yesno", True, False
    if op in ALIKE_OPS | {"count"} and _RANKING.search(folded):
        return "most", True, True
    superlative = SUPERLATIVE.search(folded)
    # (« le plus peuplé d'entre eux ? » compares nothing two: it ranks.)
    if (op in ALIKE_OPS or (op == "compare" and not _two_territories(about))) and superlative:
        # « le plus peuplé d'entre eux ? », « the smallest? »: a ranking in so many words.
        return superlative_of(folded) or "most", True, True
    if op not in {"share", "yesno"} and SHARE.search(folded):
        # « ça fait quelle part ? », « what percentage? »: a share, in so many words.
        return "share", True, True
    if op in ALIKE_OPS and _WHICH_ONES.match(folded):
        # « lesquelles sont dans l'Hérault ? » lists, however unsure the model is.
        return "list", True, True
    if op in ALIKE_OPS | {"count", "each"} and ask in TOTALLED and _EACH_ONE.search(folded):
        # « et cb de communes du 65 dans chacun ? »: each one's, side by side.
        return "each", True, True
    if op in ALIKE_OPS and ask in TOTALLED and _SUMMED.search(folded):
        # « combien d'habitants au total ? »: a sum, whatever was asked before.
        return "count", True, True
    if op == "count" and _COMBIEN.search(folded):
        # « ça touche combien de régions en tout ? »: a count, in so many words (« by number
        # of communes? » may rank).
        return op, True, True
    # (« chaque département a-t-il son lauréat ? » asks whether of one whole, not of each.)
    each_of_one = op == "each" and len(about) <= 1
    if (op in ALIKE_OPS | {"yesno"} or each_of_one) and asked_whether(folded):
        # « …, je me trompe ? », « Did ADEME pick them? »: yes or no (« new or renewed? »: which).
        return ("lookup" if EITHER_STATUS.search(folded) else "yesno"), True, True
    return op, False, False


def _amount_stated(about: tuple[str, ...], *, ask: str, folded: str) -> bool:
    """One territory's amount, stated in a question that asks nothing else."""
    one = len(about) == 1 and subject_kind(about[0]) in {"laureate", "territory"}
    if not one or ask not in TOTALLED or ASKING_WHAT.search(folded):
        return False
    # (A number in the territory's name, « 32/82 », or a year is no amount.)
    named = set(re.findall(r"\d+", about[0]))
    stated = [
        n
        for _, n in numbers.amounts(folded)
        if str(n) not in named and n not in numbers.years(folded)
    ]
    return bool(stated)


def alike_ops(op: str, ask: str, about: tuple[str, ...], *, claimed: bool) -> frozenset[str]:
    """The operations answered as `op` is: giving and listing; for several subjects named,
    each one's value too, and for several towns, whether each is in a territory; a share the
    question states (« la moitié ? ») is checked whether asked as a share or yes or no."""
    if claimed and op in {"yesno", "share"}:
        return frozenset(["yesno", "share"])
    if op in RANKS and len(about) == 1 and subject_kind(about[0]) == "laureate":
        # « X est le lauréat le plus peuplé ? »: ranked, with whether X comes first.
        return RANKS | {"yesno"}
    if len(about) < 2 or any(s in COLLECTIVES for s in about):
        return ALIKE_OPS
    if _two_territories(about) and op in RANKS | {"compare"}:
        # (« Does A have more communes than B? » compares them, yes or no.)
        return RANKS | {"compare", "yesno"}
    alike = ALIKE_OPS | {"each"}
    if ask == "membership" and all(subject_kind(s) == "commune" for s in about):
        # Each town is said in or out of a territory, however the question sets them.
        alike |= {"yesno", "compare"}
    return alike if op in alike else ALIKE_OPS


# « la ville la plus peuplée », « the biggest town »: a town's rank by its inhabitants.
_TOWN_FIRST = re.compile(
    r"\b(?:ville|commune|town|city) (?:la |the )?(?:plus|moins|most|least) (?:peuplee|grande"
    r"|grosse|populous|petite)|\bla (?:plus|moins) (?:grande|grosse|peuplee|petite) "
    r"(?:ville|commune)|\b(?:biggest|largest|smallest) (?:town|city|commune)"
)
_MAP = re.compile(r"\b(?:carte|cartes|map|maps|cartographie)\b")
# A way to reach someone, in so many words (« numéro » may be a department's: not here).
_REACH_WORDS = re.compile(
    r"\b(?:telephone|tel|phone|portable|mobile|e mail|email|mail|courriel|joindre|appeler"
    r"|contacter|contact|contacts|call|reach)\b"
)
# « combien d'habitants », « how many people live »: the number of inhabitants.
_HOW_MANY_LIVE = re.compile(
    r"\b(?:combien (?:d habitants|de personnes|de gens|d ames)|cb d habitants|nombre d habitants"
    r"|how many (?:people|inhabitants|residents)|number of (?:people|inhabitants|residents))\b"
)
# « dit », « parle de », « said », « mentions »: what someone said.
_SAYS = re.compile(
    r"\b(?:dit|disait|declare|affirme|parle|parlait|evoque|mentionne|cite|explique|souligne"
    r"|vante|said|says|say|mentions?|mentioned|talks?|talked|speaks?|spoke)\b"
)
# « pourquoi … ? », « why … ? »: a reason asked.
ASKS_WHY = re.compile(r"\b(?:pourquoi|pq|pk|pour quelle raison|why|how come|for what reason)\b")
# « pourquoi … retenu ? »: why a territory was chosen, which the release doesn't give.
WHY_CHOSEN = re.compile(
    ASKS_WHY.pattern + r".*\b(?:retenue?s?|selectionnee?s?|choisie?s?|laureate?s?|chosen"
    r"|selected|picked|included)\b"
)
# What is asked that a word names outright (« and on a map? »): said, however unsure the
# model is.
NAMED_OUTRIGHT = frozenset(
    {"map", "membership", "sources", "population", "members", "status", "region", "departments"}
    | {"governance", "communes"}
)
# Counts of laureates a claim may state; a year (« en 2023 ») is none.
_FEW = 200


# The President's objective, and where or when it is said to reach.
_OBJECTIVE = re.compile(r"\b(?:champion\w*|industrie verte|green industry|objectif|goal)\b")
_SCOPE = re.compile(r"\b(?:monde|mondiale?|world|worldwide|europe|europeenne?|european)\b")
# « qui est cité », « who is quoted », « qui s'exprime »: whom the release quotes.
_QUOTED_WHO = re.compile(
    r"\b(?:qui|who|quelles? personnes?|quels? officiels?|which officials?|which people)\b"
    r"(?: \w+){0,4} (?:cite\w*|quoted|s exprime\w*|speaks?|parle\w*)\b"
)


_THE_RELEASE = re.compile(r"\b(?:communique|release)\b")


def _named_outright(
    about: tuple[str, ...], *, op: str, folded: str
) -> tuple[str, str, bool] | None:
    """A ranking by a measure named (« classe-moi les nouveaux par nombre de communes »), a
    town's territory asked (« Brassac, celui de l'Ariège : quel territoire ? »), the
    President's objective claimed (« Macron a fixé l'objectif le 12 mai ? »), an uncounted
    count (« combien de salariés ? »), whom someone works for, a department left out."""
    if UNCOUNTED.search(folded):
        return "unknown", op, True
    people_and_bodies = sorted(subject_kind(s) for s in about) == ["org", "person"]
    if (
        op == "yesno"
        and people_and_bodies
        and not (_SAYS.search(folded) or STEERING.search(folded))
    ):
        # « Delphine Amilhau, c'est l'attachée de presse de la Région ? »: whom she works for.
        return "role", op, True
    if (
        (not about or about == ("programme",))
        and _OBJECTIVE.search(folded)
        and (numbers.days(folded) or _SCOPE.search(folded))
        and not ASKING_WHAT.search(folded)
    ):
        return "objective", "yesno", True
    if about == ("region:Occitanie",) and departments_left_out(folded):
        return "departments", "yesno", True
    if op == "yesno":
        return None
    measure = _BY_MEASURE.search(folded)
    if measure and _RANKING.search(folded):
        return _MEASURE_WORDS[measure.group("what")], superlative_of(folded) or "most", True
    if which_territory(about, folded):
        return "membership", "lookup", True
    if about in {(), ("release",)} and _QUOTED_WHO.search(folded) and _THE_RELEASE.search(folded):
        # « Who is quoted in the press release? »: its quotations and who signs them, not
        # the release's card.
        return "quote", "list", True
    return None


def settled(
    *, ask: str, op: str, about: tuple[str, ...], filters: list[str], linked: Linked
) -> tuple[str, str, bool]:
    """What is asked and how, when words whose meaning is exact settle it, whatever the
    model reads, and whether they do: « les Pyrénées-Orientales sont couvertes en
    entier ? » asks how much of one department the laureates cover; « which laureates
    span … ? », with a filter, lists them; « le préfet a-t-il parlé de « … » ? » asks whose
    the words quoted are."""
    folded = linked.folded
    named = _named_outright(about, op=op, folded=folded)
    if named is not None:
        return named
    if _covered_whole(about, ask=ask, op=op, linked=linked):
        return "population" if ask == "population" else "communes", "yesno", True
    # (« quels territoires touchent le Gard ? » reads as departments to the model: those
    # reaching the department named are listed.)
    placed = ask == "departments" and any(f.startswith("department:") for f in filters)
    listing = (
        about in {("laureates",), ("territories",)}
        and filters
        and (op in {"lookup", "yesno"} or (op == "list" and (ask == "laureate" or placed)))
    )
    if listing and _WHICH_LIST.search(folded):
        return "laureate" if placed else ask, "list", True
    if whether_said(folded, ask=ask, op=op, about=about) and QUOTED.search(linked.text):
        return ask, "yesno", True
    if ask == "quote" and QUOTED.search(linked.text) and _WHOSE.search(folded):
        # « Laquelle des deux citations parle de « reconquête industrielle » ? »: whose the
        # words quoted are.
        return "speaker", op, True
    one = len(about) == 1 and subject_kind(about[0]) in {"laureate", "territory"}
    if (one or not about) and _MAIN_TOWN.search(folded):
        # « What's the main town of Hautes Terres d'Oc? »: its most populous.
        return "population", "most", True
    if one and ask in {"laureate", "members"} and _MEMBERS.search(folded):
        # « donne-moi la liste des intercos de Lacq Pau Tarbes »: its members, whatever the
        # word « liste » leans to.
        return "members", op if op in {"count", "yesno", "compare"} else "list", True
    if (
        ask == "date"
        and op == "lookup"
        and numbers.weekdays(folded)
        and not ASKING_WHAT.search(folded)
    ):
        # « L'assemblée générale, c'était un vendredi ? »: a day stated is a claim.
        return ask, "yesno", True
    if one and _REACH_WORDS.search(folded) and not asked_whether(folded):
        # « le téléphone du TI Ariège lui-même » asks a way to reach it, whatever else the
        # words lean to (the release gives the press offices' only).
        return "contact", "lookup", True
    if len(about) == 1 and subject_kind(about[0]) == "person" and _SAYS.search(folded):
        # « Le préfet dit bien que … ? », « Delga parle-t-elle d'emplois ? »: what the one
        # named said, checked.
        whether = op == "yesno" or asked_whether(folded) or bool(TAG.search(folded))
        return "quote", "yesno" if whether else "lookup", True
    elsewhere = filters and "region:Occitanie" not in filters
    if (
        # « How many industry territories in the Grand Est? »: counted, wherever named
        # (Occitanie's are the release's, asked of in many more ways).
        about == ("territories",) and elsewhere and _HOW_MANY.search(folded)
    ) or one_department_counted(ask=ask, op=op, about=about, filters=filters, folded=folded):
        return "laureate", "count", True
    kinds = sorted(subject_kind(s) for s in about)
    if kinds == ["region", "territory"] and op == "yesno" and not LAUREATES.search(folded):
        # « Le TI Vaucluse déborde en Occitanie ? »: whether one of ANCT's territories lies
        # in the region named.
        return "region", op, True
    single = subject_kind(about[0]) if len(about) == 1 else ""
    if (
        STATUS_WORDS.search(folded)
        and (single == "territory" or (single == "laureate" and op == "yesno"))
    ) or (single == "laureate" and op == "yesno" and ENTRY.search(folded)):
        # « Le TI Cotentin, il a été renouvelé ou c'est sa première fois ? »: its status
        # (which the release gives of Occitanie's fifteen only); « Is Hautes Terres d'Oc a
        # renewal of an existing territory? », claimed, however unsure the model (a
        # laureate's card would open « Yes »).
        return "status", op if op in {"lookup", "yesno"} else "lookup", True
    if len(about) == 1 and op in {"lookup", "count"} and _HOW_MANY_LIVE.search(folded):
        # « How many people live in the Albigeois? », « … dans cette interco ? »: its population.
        return "population", "lookup", True
    kinds = [subject_kind(s) for s in about]
    if (
        sorted(set(kinds)) == ["department", "laureate"]
        and kinds.count("laureate") == 1
        and ask in {"membership", "departments", "laureate", "region"}
        and (op == "yesno" or asked_whether(folded))
        and not _PAYS.search(folded)
    ):
        # « Hautes Terres d'Oc, ça se trouve en Aveyron ? »: whether the laureate lies in
        # the department, not whether it is a laureate.
        return "departments", "yesno", True
    if (
        len(about) <= 1
        and set(kinds) <= {"commune", "laureate", "territory"}
        and (_TOWN_RANKED.search(folded))
    ):
        # « la 2e ville après Pamiers ? », « the third largest town? »: towns by population.
        return "population", "least" if _SMALLEST.search(folded) else "most", True
    if (
        about in {(), ("programme",), ("laureates",), ("territories",)}
        and _MONEY.search(linked.text)
        and not ASKING_WHAT.search(folded)
        and (ask == "funding" or _PER_TERRITORY.search(folded))
    ):
        # « 100 millions pour chaque territoire, c'est ça ? »: an amount of the envelope
        # stated, not asked for, is a claim.
        return "funding", "yesno", True
    if ask == "departments" and op == "each" and kinds == ["region"]:
        # « un lauréat dans chaque département de la région ? » asks whether, of one whole.
        return ask, "yesno", True
    laureates = kinds.count("laureate")
    if (
        kinds.count("commune") + kinds.count("epci") == 1
        and laureates
        and set(kinds) <= {"commune", "epci", "laureate", "department"}
        and ask in {"membership", "laureate", "departments", "region", "communes", "members"}
        and (op == "yesno" or asked_whether(folded) or laureates > 1)
    ):
        # « Tarbes, c'est dans Comminges-Nestes ? », « Brassac : Albigeois ou Castres Revel
        # Castelnaudary ? »: whether the town is in the laureate, or in which of them.
        return "membership", "yesno" if op == "yesno" or laureates == 1 else "lookup", True
    ranked = _DEPARTMENTS_RANKED.search(folded)
    if ranked and not any(subject_kind(s) in FILTERING for s in about):
        return "departments", "least" if ranked.group("least") else "most", True
    if any(subject_kind(s) == "person" for s in about) and _NOWADAYS.search(folded):
        # « Pierre-André Durand est toujours préfet aujourd'hui ? »: the release says who
        # they were in November 2023, not who they are now.
        return "unknown", op, True
    if (
        (op in RANKS and _FIRMS.search(folded))
        or _OFFICE_HOLDERS.search(folded)
        or ("department" in kinds and _PAYS.search(folded))
        or (ask == "out_of_scope" and OF_THE_PROGRAMME.search(folded))
    ):
        # « la plus grosse usine de Castres Revel Castelnaudary ? » ranks no town; « qui est
        # le maire d'Alès ? »: the sources name no firm and no mayor; « le Département du
        # Gers cofinance-t-il … ? »: nor what a department pays; a question naming the
        # programme is of the domain, though the sources do not answer it (« le ministre
        # était-il présent à Chalon ? »).
        return "unknown", op, True
    said = said_exactly(folded, ask=ask, op=op, about=about, filters=filters, named=linked.named)
    if said is not None:
        return said
    if WHERE_FROM.search(folded):
        # « ça vient d'où ces citations ? », « where does that figure come from? »
        return "sources", "lookup", True
    if (
        ask != "date"
        and DATED.search(folded)
        and not any(subject_kind(s) in PLACE_KINDS for s in about)
    ):
        # « c'est daté de quand ? »: the release's date.
        return "date", op if op == "yesno" else "lookup", True
    if (
        about == ("laureates",)
        and ask == "laureate"
        and op == "yesno"
        and filters
        and any(n < _FEW for n in numbers.counts(folded))
    ):
        # « il y a 6 nouveaux territoires en Occitanie, vrai ? »: a count to check.
        return ask, op, True
    if ask not in {"help", "sources"} and _MAP.search(folded):
        # « and on a map? », « tu peux me faire la carte »: a map, whatever else the words
        # lean to.
        return "map", op if op == "list" else "lookup", True
    if about == ("laureates",) and op == "count" and ask in {"date", "place"}:
        # (Dates and places are not counted: « combien en Occitanie ? » counts laureates.)
        return "laureate", op, True
    if (
        op == "count"
        and about in {("territories",), ("laureates",), ("programme",)}
        and not any(f.startswith("status:") for f in filters)
        and _FIRST_PHASE.search(folded)
    ):
        # « combien de lauréats lors de la première phase ? »: the release counts this one's.
        return "unknown", op, True
    superlative = SUPERLATIVE.search(folded)
    claimed_first = (op == "yesno" or asked_whether(folded)) and (
        (ask == "population" and superlative)
        # (« Mazamet c'est la ville la plus peuplée de … ? » whatever the model reads.)
        or (ask in {"membership", "laureate", "status"} and _TOWN_FIRST.search(folded))
    )
    if (
        claimed_first
        and superlative
        and any(subject_kind(s) == "commune" for s in about)
        # (Of a department named, « la plus grande ville du Tarn », the ranking would be the
        # town's laureate's, not the department's.)
        and not any(subject_kind(s) == "department" for s in linked.named)
    ):
        # « Foix, c'est la plus grande ville de l'Ariège, non ? »: a town said to rank first,
        # which the ranking answers, opening with whether it does.
        return "population", superlative_of(folded) or "most", True
    if about == ("assembly",) and op == "yesno" and ask in {"date", "place"}:
        # « l'AG avait lieu à Paris le 9 novembre ? »: a claim of its day and town, checked.
        return ask, op, True
    if _LATER_PHASE.search(folded):
        # « et la 3e phase elle commence quand ? »: the release says nothing after 2027.
        return "unknown", op, True
    if _DISTANCE.search(folded):
        # « quel lauréat est le plus proche de Millau ? », « à combien de km ? »: the sources
        # hold no distances.
        return "unknown", op, True
    if numbers.ARITHMETIC.search(folded):
        # « combien font 15 fois 183 ? » is a sum to work out, not a question on the data.
        return "out_of_scope", op, True
    return ask, op, False


def only_which(folded: str) -> bool:
    """« lesquelles ? », « et lesquels alors ? », « which ones? »: which, and nothing else."""
    words = folded.split()
    return bool(WHICH_WORDS.intersection(words)) and all(
        word in WHICH_WORDS or word in _WHICH_FILLERS for word in words
    )


def _covered_whole(about: tuple[str, ...], *, ask: str, op: str, linked: Linked) -> bool:
    """Whether a department is asked to be covered whole: « ça couvre tout le département ? »
    (the one spoken of), « tous les habitants du 65 sont en TI ? », « toute la Lozère est
    dans Nord Lozère ? »."""
    folded = linked.folded
    department = len(about) == 1 and subject_kind(about[0]) == "department"
    if op == "yesno" and numbers.WHOLE.search(folded) and (department or "departement" in folded):
        return True
    kinds = [subject_kind(s) for s in about]
    return (
        sorted(set(kinds)) == ["department", "laureate"]
        and kinds.count("laureate") == 1
        and ask in {"membership", "departments", "laureate", "region", "communes"}
        and (op == "yesno" or asked_whether(folded))
        and bool(_WHOLE_DEPARTMENT.search(linked.masked))
    )


def _two_territories(about: tuple[str, ...]) -> bool:
    return len(about) == 2 and all(subject_kind(s) in {"laureate", "territory"} for s in about)
