"""Words that say outright what is asked, whatever the model reads: a ranking (« le plus
peuplé », « the most people »), whether the last answer is the release's, a town's
intercommunality or a territory's ranked, a status or a count in so many words (« combien
de régions »), each of a set (« tous … nouveaux ? »), a person's office, a laureate and a
department asked yes or no, and a territory department by department."""

from __future__ import annotations

import re

from bot.normalize import fold
from bot.understanding.cues import NOT_OF_A_PHASE
from bot.understanding.frame import subject_id, subject_kind
from bot.understanding.laureate_asked import laureates_claimed, one_laureate_asked
from bot.understanding.sourcing import named_source
from bot.understanding.unsourced import NO_SOURCE_SAYS

# « qui parle de … », « quelle personnalité explique que … », « who called … »: whose words
# something is, a few words of lead-in allowed.
_WHO_SAYS = re.compile(
    r"(?:\w+ ){0,6}?(?:qui|quelle personnalite|quel responsable|who|which official)"
    r"(?: est ce qui)? (?:a |l a )?(?:dit|disait|parle|trouve|explique|rappelle|promet|salue"
    r"|felicite|estime|affirme|souligne|evoque|assure|declare|qualifie|decrit|insiste|pense"
    r"|juge|considere|said|says|called|calls|describes|described|talks|talked|speaks|spoke"
    r"|mentions|mentioned|salutes|praised|praises|promises|promised|explains|explained"
    r"|thinks|believes|stresses|welcomes|welcomed|congratulat\w*)\b"
)
# « le plus », « the fewest »: a ranking in so many words.
SUPERLATIVE = re.compile(
    r"\b(?:(?:le|la|les|(?:2|3|4|5)e|deuxieme|troisieme|quatrieme|cinquieme) "
    r"(?:plus (?P<smallest>petite?s?)\b|plus|(?P<least>moins))|(?:biggest|largest|most"
    r"|(?P<least_en>smallest|fewest|(?<!at )least)))\b"
)
# « à quelle interco Lombez est-elle rattachée ? »: a town's own intercommunality.
ONE_GROUPING = re.compile(
    r"\b(?:quelle|which|what|son|sa|its) (?:interco|intercommunalite|intercommunality|epci"
    r"|communaute de communes|communaute d agglomeration)\b"
)
_OTHER_GROUPING = re.compile(
    r"\b(?:autres?|other|another) (?:intercos?|intercommunalites?|groupements?|epcis?"
    r"|intercommunalit(?:y|ies)|groupings?)\b"
)
# A grouping named as such: « l'interco », « la communauté de communes ».
GROUPING_WORD = re.compile(
    r"\b(?:intercos?|intercommunalites?|intercommunality|intercommunalities|epcis?"
    r"|communautes? de communes|communautes? d agglomeration|groupements?)\b"
)
_MOST_GROUPINGS = re.compile(
    r"\b(?:plus|moins|most|fewest|more|fewer) (?:de |d |of )?(?:intercos?|intercommunalites"
    r"|intercommunalities|groupements|epcis?)\b"
)
# Whether what was just said is in the release: « c'est écrit dans le communiqué ? », « le
# communiqué le dit ? », « is that in the press release? ». Whole questions only: « c'est dans
# le communiqué que … ? » states a claim of its own.
_IN_RELEASE = re.compile(
    r"(?:(?:et|mais|donc|ok|bon|alors|ah) )*(?:est ce que |is |does |are )?"
    # What was just said: « ça », « ces chiffres de communes, ils … », « that figure ».
    r"(?:(?:ca|cela|tout ca|that|this|it|(?:ce|cet|cette|ces|ton|ta|tes|vos|that|this|these"
    r"|those|your)(?: \w+){1,3}?|(?:la|le|les|l|the) (?:liste|chiffre|chiffres|info|infos"
    r"|information|informations|nombre|donnees|list|figure|figures)(?: \w+){0,3}?)"
    r"(?: (?:il|ils|elle|elles|c|they|it))? )?"
    r"(?:(?:c est|c|est|sont|that s|it s|is|are|was|were|vient|viennent|provient|proviennent"
    r"|sort|sortent|comes|come)(?: bien| vraiment| really| actually)? )?"
    r"(?:(?:ecrit|ecrite|ecrits|ecrites|marque|dit|indique|mentionne|note|precise|tire|issu"
    r"|issus|pris|sorti|written|stated|said|taken|mentioned) )?"
    r"(?:(?:(?:dans|ds|du|de|d apres|in|from) (?:le|ton|votre|ce|the|your) |du )(?:communique"
    r"|press release|release)(?: de presse| officiel| de la prefecture| de la region)?"
    r"|(?:le|the) (?:communique|release|press release) (?:le dit|dit ca|dit cela|en parle"
    r"|says so|says that|say so|say that))"
    r"(?: aussi| too| as well| itself| lui meme| ca| cela)?"
    # « … , que Carmaux en fait partie ? »: the claim just answered, said again.
    r"(?: (?:que|qu|that) .+)?"
)
# « combien de communes dans chaque département ? » of one territory: department by department.
PER_DEPARTMENT = re.compile(
    r"\b(?:chaque departement|par departement|departement par departement|de chaque cote"
    r"|dans chacun|each department|per department|by department|department by department"
    r"|in each of them)\b"
)
# « which of them has the most people? »: a ranking by inhabitants, in so many words.
_PEOPLE = re.compile(
    r"\b(?:people|inhabitants|residents|populous|population|habitants|peuplee?s?|hab|pop|popu)\b"
)
# « plus de 100 communes », « moins de 50 000 habitants »: an amount a place is said to pass.
_AMOUNT_CLAIMED = re.compile(
    r"\b(?:plus|moins|more|less|fewer|over|under|au moins|at least) (?:de |d |than )?"
    r"(?:\d{1,3}(?: \d{3})+|\d+) (?P<unit>communes|habitants|inhabitants|intercos|groupements"
    r"|intercommunalites|municipalities)\b"
)
_CLAIMED_MEASURE = {
    "communes": "communes",
    "municipalities": "communes",
    "habitants": "population",
    "inhabitants": "population",
    "intercos": "members",
    "groupements": "members",
    "intercommunalites": "members",
}
# « quelle part », « quel pourcentage », « what share »: a share asked.
SHARE = re.compile(
    r"\b(?:quelle (?:part|proportion|fraction)|quel pourcentage|en pourcentage|what (?:share"
    r"|percentage|proportion|fraction)|as a percentage|how much of)\b"
)
# « nouveau ou renouvelé ? », « new or renewed? »: which of the two, not whether.
EITHER_STATUS = re.compile(
    r"\b(?:nouveaux?|nouvelles?|new)\b (?:\w+ ){0,2}?(?:ou|or) (?:\w+ ){0,2}?(?:renouvel\w*|renewed)"
    r"|\b(?:renouvel\w*|renewed)\b (?:\w+ ){0,2}?(?:ou|or) (?:\w+ ){0,2}?(?:nouveaux?|nouvelles?|new)\b"
)
# The programme itself, its laureates or its Assembly named: a question of the domain, even
# when it asks what the sources do not say (« le ministre était-il présent à Chalon ? »).
OF_THE_PROGRAMME = re.compile(
    r"\b(?:(?:du|ce|le) programme|dispositif|territoires? d industrie|laureats?|laureates?"
    r"|assemblee generale|chalon|communique|press release)\b"
)
# A territory's status, in so many words.
STATUS_WORDS = re.compile(
    r"\b(?:renouvel\w*|nouveaux?|nouvelles?|premiere fois|premiere participation|first time"
    r"|first participation|new|renewed|renewals?|newcomers?|reconduit\w*|reconduction)\b"
    + NOT_OF_A_PHASE
)
# « fait son entrée dans le programme ? », « a rejoint le programme ? »: whether it is new.
# (Joining is new only when said of now: « Alès a rejoint le programme ? » may ask whether it
# is in it.)
ENTRY = re.compile(
    r"\b(?:fait son entree|fait ses debuts|fait son apparition"
    r"|absente?s? (?:de|lors de|from) (?:la |the )?(?:premiere|first) phase"
    r"|(?:rejoint|rejoindre|joins?|joined)\b.*\b(?:cette annee|2023|recemment|cette phase"
    r"|deuxieme phase|this year|recently|this phase|second phase))\b"
)
# « ces deux territoires », « these laureates »: those spoken of, named as territories.
TERRITORIES_NAMED = re.compile(
    r"\b(?:territoires?|territory|territories|ti|tis|laureats?|laureates?)\b"
)
# « lequel est nouveau ? »: which of them, not whether.
_WHICH_OF = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|which)\b")
# « et de renouvelés ? »: some of them, counted or listed as the last ones were.
_SOME_OF = re.compile(r"(?:et |and )?(?:de|des|d)\b")
# « combien de régions ? », « how many departments? »: the places counted, named outright.
_HOW_MANY_PLACES = re.compile(
    r"\b(?:combien de|cb de|nombre de|how many|number of) (?P<what>regions|departements"
    r"|departments)\b"
)
# Offices a person may be said to hold: « Carole Delga, c'est la maire de Toulouse ? ».
_OFFICE = re.compile(
    r"\b(?:maire|ministre|prefete?|presidente?|deputee?|senat(?:eur|rice)|conseill[eè]re?"
    r"|directeur|directrice|mayor|minister|prefect|president|senator|mp|director)\b"
)
# What a territory has in a department, counted or checked there.
_MEASURES = frozenset(["communes", "population", "members", "status", "interregional"])
# « tous », « all of them »: each of a set.
# « il touche le Gers ? », « does it reach the Aude? »: whether a territory lies there.
# A word asking which, how many or how: no yes or no.
_ASKING_WORD = re.compile(r"\b(?:combien|quels?|quelles?|lesquel\w*|which|what|how|cb)\b")
REACHES = re.compile(
    r"\b(?:touche|touchent|deborde|debordent|va jusqu|vont jusqu|s etend|s etendent|englobe"
    r"|englobent|mord|mordent|empiete|empietent|reach|reaches|extend|extends|spill|spills)\b"
    # « y a des communes ds l'Hérault ? » after a laureate: whether it has some there.
    r"|^(?:et |mais )?(?:il )?(?:y a|ya|y en a)(?: t il)? (?:aussi )?des communes (?:dans|ds|en)\b"
)

# « qui sont les binômes de Grand Auch/Astarac ? »: their names, which no source gives.
_WHO_ARE_PAIRS = re.compile(
    r"\b(?:qui sont|c est qui|c qui|noms?|who are|names?)\b(?: \w+){0,3} binomes?\b"
)
_ASKING_WHOSE = re.compile(r"\b(?:qui|ki|who|whose|lequel|laquelle|which|quel|quelle)\b")
# « Foix et Pamiers, même interco ? », « the same territory? »: towns set side by side.
SAME = re.compile(r"\b(?:meme|memes|same)\b")
# « c'était déjà un TI avant 2023 ? », « a returning territory? »: its status, asked so.
_RETURNING = re.compile(
    r"\b(?:deja (?:un |une )?(?:territoire|ti|laureat)|deja retenu|already|returning|avant 2023"
    r"|before 2023|premiere phase|first phase|depuis 2018|since 2018)\b"
)
# « Delga est-elle citée ? », « did the prefect comment? »: whether one is quoted at all.
_QUOTED_AT_ALL = re.compile(
    r"\b(?:cite|citee|exprime|exprimee|commente|reagi|pris la parole|quoted|comment|commented"
    r"|say anything|said anything)\b"
)
# Jobs counted, factories closing: the sources say nothing of them.
# Counts of what no source counts: jobs, firms, plants, wasteland, tonnes of CO2.
UNCOUNTED = re.compile(
    r"\b(?:combien|nombre|how many|how much|number)(?: de| d| of)?(?: \w+)?"
    r" (?:salaries|employes|emplois|jobs|workers|employees|friches|tonnes|tons|usines|factories"
    r"|entreprises|firms|companies|startups|brevets|patents)\b"
    r"|\b(?:gens|personnes|people|qui) (?:qui )?(?:bossent|travaillent|work|working) dans\b"
)
_HOW_MANY_LAUREATES = re.compile(
    r"\b(?:combien|how many|nombre) (?:de |d )?(?:laureats?|laureates?|territoires?|territories|ti)\b"
)
# « Elle parle des territoires ruraux ? »: whether her words do, asked without a question word.
_SPEAKS_OF = re.compile(r"\b(?:parle|parlent|mentionne|evoque|talks? about|mentions?)\b")
_ASKS_WHAT = re.compile(
    r"\b(?:quoi|koi|que|qu|what|comment|how|pourquoi|why|qui|who|quels?|quelles?|lequel"
    r"|laquelle|which)\b"
)
# « la Banque des Territoires met combien ? »: an amount no source gives (« combien de
# partenaires ? » counts them).
_HOW_MUCH = re.compile(
    r"\b(?:met|mettent|donne|donnent|apporte|apportent|verse|versent|prete|pretent|investit"
    r"|investissent) combien\b|\bcombien (?:d argent|d euros|de millions|met|donne|apporte)\b"
    r"|\b(?:engage|engagent|consacre|consacrent|reserve|reserves) (?:\w+ ){0,3}?combien\b"
    r"|\bcombien (?:\w+ ){0,5}?(?:engage|engagent|consacre|consacrent|met|mettent|donne"
    r"|donnent|apporte|apportent|verse|versent|finance|financent)\b"
    r"|\bhow much\b|\bmontants?\b|\btaux\b"
)
# What an amount may be asked of and the sources give none for.
_NO_AMOUNTS = frozenset({"partners", "axes", "services", "governance", "selection"})
_ENVELOPE = re.compile(r"\b(?:enveloppe|envelope|100 m|100 millions?)\b")
# An amount asked of one body, axis or territory: the release gives only the envelope's.
_AMOUNT_OF_ONE = re.compile(
    r"\b(?:banque des territoires|bpifrance|ademe|anct|region|etat|state|axe|axis|chaque|each"
    r"|par (?:territoire|laureat)|per (?:territory|laureate))\b"
)
_CURRENT_HOLDER = re.compile(
    r"\b(?:actuel|actuelle|current|successeur|successor|(?:a|l a|who) (?:remplace|replaced)"
    r"|succede\w*|succeeded)\b"
)
_LATER_YEAR = re.compile(r"\b(?:pour|en|in|for|de|d ici) 20(?:2[5-9]|3\d)\b")
# « qui pilote le TI Albigeois ? »: a territory's own lead, which the sources do not name
# (the programme's co-pilots in the region, they do).
_LEADS = re.compile(r"\b(?:pilote|pilotent|dirige|dirigent|anime|animent|runs|leads|heads)\b")
# « la Région et le préfet copilotent le programme ? »: who steers it, not who someone is.
STEERING = re.compile(r"\b(?:co ?pilot\w*|pilot\w*|co ?steer\w*|steer\w*|co ?led|co ?leads?)\b")
# « la Préfecture fait quoi dans ce programme ? », « the Région's role? »: its part in it.
_COPILOTS = ("prefecture de la region", "region occitanie")
_DOES_WHAT = re.compile(
    r"\b(?:fait quoi|font quoi|sert a quoi|a quoi sert|role|what does|what do|what role)\b"
)
# « elle fait quoi à la préfecture ? »: someone's work there, not the body's part.
_WORKS_AT = re.compile(r"\b(?:a|au|at) (?:la |the )?(?:prefecture|region)\b")
# « à cheval sur plusieurs départements », « more than one department »: how many it spans.
SPANS = re.compile(
    r"\b(?:a cheval|plusieurs departements|several departments|more than one department"
    r"|multiple departments)\b"
)
_ALL = re.compile(r"\b(?:tous|toutes|all|each|chacun|chacune)\b")
# « à cheval sur deux régions »: over a region's border.
_REGIONS = re.compile(r"\b(?:regions|region voisine|neighbouring region)\b")


def asks_if_in_release(folded: str) -> bool:
    """« c'est écrit dans le communiqué, que Carmaux en fait partie ? »: whether what was
    just answered comes from the release, one request (its « que … » is no other)."""
    return _IN_RELEASE.fullmatch(folded.strip()) is not None


def whether_said(folded: str, *, ask: str, op: str, about: tuple[str, ...]) -> bool:
    """Of words quoted, whether the question asks yes or no if they are someone's: « « Vecteur
    puissant de … », c'est de Carole Delga ? », with no word asking whose."""
    person = any(subject_kind(s) == "person" for s in about)
    yes_or_no = op == "yesno" or (person and not _ASKING_WHOSE.search(folded))
    return ask in {"speaker", "quote"} and yes_or_no


def placed_in_region(kinds: list[str]) -> bool:
    """One territory and the region it is asked to lie in, and nothing else."""
    territories = kinds.count("laureate") + kinds.count("territory")
    return territories == 1 and kinds.count("region") == 1 and len(kinds) == 2


def superlative(folded: str) -> str | None:
    """« le plus peuplé », « the smallest »: a ranking in so many words, « most » or
    « least »."""
    found = SUPERLATIVE.search(folded)
    if found is None:
        return None
    return "least" if found.group("least", "least_en", "smallest") != (None, None, None) else "most"


def said_exactly(
    folded: str,
    *,
    ask: str,
    op: str,
    about: tuple[str, ...],
    filters: list[str],
    named: tuple[str, ...] = (),
) -> tuple[str, str, bool] | None:
    """Words that say outright what is asked: whether the last answer is the release's, a
    town's intercommunality, a territory's groupings ranked, its communes or inhabitants
    department by department."""
    if asks_if_in_release(folded):
        return "sources", "yesno", True
    if named_source(folded) is not None and set(about) <= {"release", "programme"}:
        # « c'est l'ANCT qui le dit ? »: whether the last answer is that source's (a person
        # or an office named asks whose words those are; the release names itself).
        return "sources", "yesno", True
    if _WHO_SAYS.match(folded) and not any(subject_kind(s) == "person" for s in about):
        # « qui parle d'emplois qu'on ne pourra pas délocaliser ? »: whose words those are.
        return "speaker", "lookup", True
    of_one = one_laureate_asked(
        folded, ask=ask, op=op, about=about, filters=filters
    ) or laureates_claimed(folded, ask=ask, op=op, about=about, filters=filters)
    if of_one is not None:
        return of_one
    ranked_as = superlative(folded)
    if _OTHER_GROUPING.search(folded) and ranked_as is None:
        # « il y a une autre interco avec ? », « et l'autre interco ? »: its groupings.
        return "members", "list", True
    if ONE_GROUPING.search(folded) and op not in {"most", "least"} and ranked_as is None:
        return "members", "lookup", True
    if (
        ranked_as is not None
        and GROUPING_WORD.search(folded)
        # (« lequel a le plus d'intercos ? » ranks territories by how many they have.)
        and not _MOST_GROUPINGS.search(folded)
        # (None named: a follow-up, of the territory just spoken of.)
        and (not about or (len(about) == 1 and subject_kind(about[0]) in {"laureate", "territory"}))
    ):
        # « l'interco la plus peuplée de Lacq Pau Tarbes ? »: its groupings ranked.
        return "members", ranked_as, True
    if (
        ask == "population"
        and op in {"most", "least"}
        and _PEOPLE.search(folded)
        and not GROUPING_WORD.search(folded)
    ):
        # « which of them has the most people? »: by inhabitants, whatever was counted before.
        return ask, op, True
    if (
        about == ("laureates",)
        and op == "yesno"
        and any(f.startswith("status:") for f in filters)
        and _ALL.search(folded)
    ):
        # « tous les lauréats du Tarn sont nouveaux ? »: whether each of them is.
        return "status", op, True
    if (
        ask == "status"
        and op in {"lookup", "yesno", "compare"}
        and STATUS_WORDS.search(folded)
        and not _SOME_OF.match(folded)
    ):
        # « Is that territory new to the programme? »: its status, in so many words (« et
        # de renouvelés ? » after a count counts them); « new or renewed? » asks which;
        # « ces deux territoires sont nouveaux ? » compares nothing.
        whether = (
            "yesno"
            if op == "compare" and not _WHICH_OF.search(folded) and TERRITORIES_NAMED.search(folded)
            else op
        )
        return ask, "lookup" if EITHER_STATUS.search(folded) else whether, True
    claimed = (
        _AMOUNT_CLAIMED.search(folded)
        if op in {"yesno", "lookup"}
        and len(about) == 1
        and subject_kind(about[0]) in {"laureate", "territory", "department", "epci"}
        else None
    )
    if claimed is not None and not _ASKS_WHAT.search(folded):
        # « Alès a plus de 100 communes ? »: whether one place's measure passes the amount.
        return _CLAIMED_MEASURE[claimed.group("unit")], "yesno", True
    counted = _HOW_MANY_PLACES.search(folded)
    if counted is not None:
        return ("region" if counted.group("what") == "regions" else "departments"), "count", True
    kinds = [subject_kind(s) for s in about]
    # (Called by her name, not by her office: « le préfet vient-il … ? » claims no office.)
    if (
        op == "yesno"
        and _OFFICE.search(folded)
        and any(
            fold(subject_id(s)).split()[-1] in folded.split()
            for s in about
            if subject_kind(s) == "person"
        )
    ):
        # « Carole Delga c'est la maire de Toulouse non ? »: the office she holds, checked.
        return "role", op, True
    speaks_of = _SPEAKS_OF.search(folded) and not _ASKS_WHAT.search(folded)
    if ask == "quote" and op == "lookup" and speaks_of:
        return ask, "yesno", True
    if (
        _HOW_MUCH.search(folded)
        and not _ENVELOPE.search(folded)
        # (« Bpifrance met combien ? »: a partner the release lists, named by no subject.)
        and (ask in _NO_AMOUNTS or "org" in kinds or _AMOUNT_OF_ONE.search(folded))
    ):
        # « combien la Banque des Territoires engage-t-elle ? », « quel montant pour l'axe
        # décarbonation ? »: the release gives one amount, the national envelope.
        return "unknown", op, True
    if ask == "funding" and op != "yesno" and _LATER_YEAR.search(folded):
        # « et pour 2025, l'enveloppe sera de combien ? »: the release gives 2024's.
        return "unknown", op, True
    territorial = any(k in {"laureate", "territory"} for k in kinds)
    if ask == "governance" and territorial and _LEADS.search(folded):
        return "unknown", op, True
    if NO_SOURCE_SAYS.search(folded):
        return "unknown", op, True
    copilot = kinds == ["org"] and fold(subject_id(about[0])).startswith(_COPILOTS)
    if copilot and _DOES_WHAT.search(folded) and ask != "contact" and not _WORKS_AT.search(folded):
        # (The Préfecture and the Région co-pilot the programme: FRAMES.md.)
        return "governance", "lookup", True
    yes_or_no = op == "yesno" or folded.startswith(("did ", "does ", "is ", "was ", "has "))
    if yes_or_no and "person" in kinds and _QUOTED_AT_ALL.search(folded):
        return "quote", "yesno", True
    placed = (
        kinds.count("department") >= 1 and kinds.count("laureate") + kinds.count("territory") == 1
    )
    if (
        # (« lacq pau tarbes mord sur le gers ? »: a verb of reaching asks whether, unless a
        # question word asks which or how much.)
        (op == "yesno" or (REACHES.search(folded) and not _ASKING_WORD.search(folded)))
        and placed
        and ask not in _MEASURES
        and len(kinds) == kinds.count("department") + 1
    ):
        # « Lacq Pau Tarbes, ça va jusque dans le Gers ? »: whether it lies there.
        return "departments", "yesno", True
    if op == "yesno" and kinds and set(kinds) == {"department"} and REACHES.search(folded):
        # « et il touche le Gers ? »: the same, of the territory the conversation is about.
        return "departments", op, True
    one = len(about) == 1 and subject_kind(about[0]) in {"laureate", "territory"}
    asks_of_it = ask in {"history", "status", "laureate", "membership"}
    # (None named: a follow-up, of the territory just spoken of.)
    if (one or not about) and op == "yesno" and asks_of_it and _RETURNING.search(folded):
        return "status", op, True
    if (one or not about) and op == "yesno" and SPANS.search(folded):
        # « et il est à cheval sur plusieurs départements ? »: how many it spans; « à cheval
        # sur deux régions ? », whether it is interregional.
        return "interregional" if _REGIONS.search(folded) else "departments", op, True
    if op == "yesno" and placed_in_region(kinds):
        # « Is Lacq Pau Tarbes entirely within Occitanie? »: whether it lies there.
        return "region", op, True
    if kinds.count("commune") > 1 and SAME.search(folded) and GROUPING_WORD.search(folded):
        # « Foix et Pamiers, même interco ? »: whether they share it.
        return "members", "compare", True
    if _WHO_ARE_PAIRS.search(folded) and any(
        subject_kind(s) in {"laureate", "territory", "department"} for s in (*about, *named)
    ):
        return "unknown", op, True
    if (one or not about) and ask in {"communes", "population"} and PER_DEPARTMENT.search(folded):
        return ask, "each", True
    return None


_CONTACT_KINDS = (
    ("email", re.compile(r"\b(?:e ?mail|mail|courriel|adresse electronique|ecrire)\b")),
    ("mobile", re.compile(r"\b(?:mobiles?|portables?|cell|cellphones?|06|07)\b")),
    ("landline", re.compile(r"\b(?:fixes?|landlines?|standard|bureau)\b")),
    ("phone", re.compile(r"\b(?:tel|tels|telephone|phone|numero|numeros|number|appeler|call)\b")),
)


def contact_kind(ask: str, folded: str) -> str:
    """The way to reach someone asked: « any » for several (« fixe et portable de … », « le
    mail et le tel ») or none said; « » when no contact is asked."""
    if ask != "contact":
        return ""
    kinds = [k for k, p in _CONTACT_KINDS if p.search(folded)]
    if {"mobile", "landline"} & set(kinds):
        # (« téléphone portable » is the mobile.)
        kinds = [k for k in kinds if k != "phone"]
    return "any" if len(kinds) != 1 else kinds[0]


# « le seul lauréat », « the only one »: a count of one claimed.
_SOLE = re.compile(r"\b(?:le seul|la seule|l unique|the only|the sole)\b")


def sole_in(*, about: tuple[str, ...], op: str, folded: str) -> str | None:
    """« Castres Revel Castelnaudary est le seul lauréat du Tarn ? »: the department whose
    laureates are claimed to be that one alone."""
    kinds = sorted(subject_kind(s) for s in about)
    if op != "yesno" or kinds != ["department", "laureate"] or not _SOLE.search(folded):
        return None
    return next(s for s in about if subject_kind(s) == "department")


# « quel territoire ? », « which TI? »: the territory a place is in.
_WHICH_TERRITORY = re.compile(
    r"\b(?:quel|which|what) (?:territoire|territory|ti|laureat|laureate|industrial territory)\b"
    # (« pourquoi Mende n'y est pas ? », « why was Montpellier left out? »: whether it is
    # in, which the answer gives with the release's silence on why.)
    r"|\b(?:pourquoi|pq|pk|pour quelle raison|why|how come)\b.*\b(?:retenue?s?|choisie?s?"
    r"|selectionnee?s?|dedans|partie|y est|exclue?s?|ecartee?s?|oubliee?s?|laureate?s?|ti"
    r"|chosen|selected|picked|included|left out|excluded)\b"
)


def which_territory(about: tuple[str, ...], folded: str) -> bool:
    """« Brassac, celui de l'Ariège : quel territoire ? », « pourquoi Mende n'y est
    pas ? »: one town's territory asked."""
    one = len(about) == 1 and subject_kind(about[0]) in {"commune", "epci"}
    return one and territory_asked(folded)


def territory_asked(folded: str) -> bool:
    """« … c'est dans quel TI ? »: which territory, not whether one."""
    return bool(_WHICH_TERRITORY.search(folded))


def no_source_says(folded: str) -> bool:
    """« combien d'emplois créés ? », « les horaires du service presse ? », an amount other
    than the envelope, a later year's, who holds an office now: what no source holds, in so
    many words."""
    return bool(
        NO_SOURCE_SAYS.search(folded)
        or (_HOW_MUCH.search(folded) and _AMOUNT_OF_ONE.search(folded))
        or _LATER_YEAR.search(folded)
        or _CURRENT_HOLDER.search(folded)
    )


# Asks a share of a place cannot be of, or may be: it is of its communes.
_NO_MEASURE = frozenset(
    [
        "unknown",
        "laureate",
        "membership",
        "communes",
        # (Nothing a place has a share of: a reading the words « part » lead astray.)
        "partners",
        "services",
        "axes",
        "history",
        "definition",
        "departments",
        "region",
    ]
)


def names_inhabitants(*, ask: str, folded: str) -> bool:
    """Whether the words name the inhabitants the model reads as asked (« quelle part des
    habitants du département ? »): so asked, however unsure the reading."""
    return ask == "population" and bool(_PEOPLE.search(folded))


def share_of_place(*, ask: str, op: str, about: tuple[str, ...], folded: str) -> bool:
    """« how much of the Gers is covered? », « quelle part de l'Occitanie est couverte ? »:
    a share of a place's communes, asked in so many words, whatever measure the model
    leans to (inhabitants only when they are said)."""
    return (
        op == "share"
        and (ask in _NO_MEASURE or (ask == "population" and not _PEOPLE.search(folded)))
        and bool(about)
        and all(subject_kind(s) in {"department", "region"} for s in about)
        and bool(SHARE.search(folded))
        # (« quelle part des 100 M€ revient à l'Occitanie ? » is no share of communes.)
        and not _ENVELOPE.search(folded)
    )


def one_department_counted(
    *, ask: str, op: str, about: tuple[str, ...], filters: list[str], folded: str
) -> bool:
    """« combien de lauréats touchent ce département ? », the Tarn said before: the laureates
    of the one department counted, not departments."""
    return (
        ask == "departments"
        and op == "count"
        and about in {("laureates",), ("territories",)}
        and sum(f.startswith("department:") for f in filters) == 1
        and bool(_HOW_MANY_LAUREATES.search(folded))
    )
