"""Frames answered by computing on the knowledge: any laureate or territory × attribute ×
filters × operation the data can answer, with the question's polarity. A frame it cannot
answer gets None, and the topic answers take it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer
from bot.answers.common import ASKING, colon, t
from bot.answers.compared import Compared, ranking
from bot.answers.computed import (
    ATTRIBUTES,
    NEW,
    ONLY,
    RENEWED,
    asked_filters,
    departments_hold,
)
from bot.answers.followups import FollowUpAnswers
from bot.answers.groupings import Groupings
from bot.answers.listed import Listed
from bot.answers.measures import METRICS
from bot.answers.reach import Reach
from bot.answers.restated import restated
from bot.answers.sayings import Sayings
from bot.answers.towns import Towns
from bot.answers.towns_over import TownsOver
from bot.answers.wholes import Wholes
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.cues import DEPARTMENT_WORD, DEPARTMENTS, INTERREGIONAL, OTHER_STATUS
from bot.understanding.cues import NEW as CUE_NEW
from bot.understanding.cues import RENEWED as CUE_RENEWED
from bot.understanding.filters import measured
from bot.understanding.frame import PLACE_KINDS, Frame, subject_id, subject_kind

# How many of a laureate's communes a list of them shows, the largest first.
# What a share of a department is counted in.
_AMOUNTS = frozenset(["communes", "population"])
# Places smaller than a region: an amount for one of them is no part of the release.
_TERRITORIAL = PLACE_KINDS - {"region"}
# How sure a reading of which territory holds a place must be to be computed though the
# model reads the request itself less surely.
_SURE_OF_A_PLACE = 0.5
# A reading this sure stands, whichever place an ambiguous name is.
_CLEARLY = 0.75
# What a territory has and a town has not.
# What one laureate named is asked, which its own card answers.
_ITS_CARD = frozenset([("yesno", "membership"), ("yesno", "laureate"), ("lookup", "laureate")])
_TERRITORY_ONLY = frozenset(["status", "interregional", "members", "communes"])
# What a membership question may name: towns, and the laureates and departments beside.
_MEMBERSHIP_KINDS = frozenset(["commune", "epci", "laureate", "department"])
# « lequel des deux est nouveau ? » picks among them, rather than describing each.
_WHICH = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|which)\b")
# « ce territoire », « that territory »: the one a town named is in, not the town.
_ITS_TERRITORY = re.compile(
    r"\b(?:ce|cet|son|sa|that|this|its) (?:territoire|territory|ti|laureat|laureate)\b"
)


class Executor(Compared, Wholes, Reach, Listed, Towns, TownsOver, Sayings, Groupings):
    """A frame's answer, computed; None for a frame it cannot compute."""

    def __init__(self, *, knowledge: Knowledge, composer: Composer) -> None:
        super().__init__(knowledge=knowledge)
        self._composer = composer
        self._details = FollowUpAnswers(knowledge=knowledge)

    def answer(self, *, question: str, frame: Frame) -> Answer | None:
        frame = restated(measured(frame))
        if (over := self.towns_over(question=question, frame=frame)) is not None:
            return over
        kinds = {subject_kind(s) for s in frame.about}
        if (card := self._its_card(question=question, frame=frame, kinds=kinds)) is not None:
            return card
        if (
            grouped := self.grouping_asked(question=question, frame=frame, kinds=kinds)
            or self.covers_whole(question=question, frame=frame)
        ) is not None:
            return grouped
        if kinds == {"commune"} and (
            frame.ask in _TERRITORY_ONLY
            # (« Is Lourdes in a laureate? And how many people live in that territory? »)
            or (
                frame.ask in _AMOUNTS
                and frame.op in {"lookup", "count"}
                and bool(_ITS_TERRITORY.search(fold(frame.text)))
            )
        ):
            return self._of_their_laureates(question=question, frame=frame)
        if (
            ("commune" in kinds or (kinds == {"department"} and frame.ask == "region"))
            and kinds <= {"commune", "department", "region"}
            and frame.ask in {"departments", "region"}
            and frame.op in {"lookup", "yesno"}
        ):
            # (« le Cantal, c'est en Occitanie ? »: a department's region, likewise.)
            return self.town_placed(question=question, frame=frame)
        mentioned = kinds | {subject_kind(s) for s in frame.named}
        if frame.ask == "unknown" or (
            frame.ask == "funding" and mentioned & _TERRITORIAL and self.per_place(question, frame)
        ):
            # Not in the sources: said so, with what they are and whom to ask; never a card.
            # (The envelope is national: what a territory gets is not said, FRAMES.md.)
            return self._composer.not_in_release(question=question, lang=frame.lang)
        if (
            frame.ask == "out_of_scope"
            # (A name that could be another place is no reason to doubt a clear reading.)
            and (not frame.ambiguous or frame.confidence >= _CLEARLY)
            and {subject_kind(s) for s in (*frame.named, *frame.about)} & PLACE_KINDS
        ) or (frame.ask == "out_of_scope" and numbers.ARITHMETIC.search(self.said(question))):
            # « il pleut à Perpignan ? »: a town named is no question about it; « combien
            # font 15 fois 183 ? » is no question on the data.
            return self._composer.out_of_scope(question=question, lang=frame.lang)
        if frame.ask == "speaker" or (
            frame.ask == "quote" and frame.op == "yesno" and "person" in kinds
        ):
            # (« Le préfet a parlé d'emplois pérennes dans sa citation ? »: whose words.)
            said = self.speaker(question=question, frame=frame)
            if said is not None or frame.ask == "speaker":
                return said
        if frame.ask == "map":
            return self._map(question=question, frame=frame)
        if frame.ask == "contact":
            return self.contact(question=question, frame=frame)
        if frame.ask == "role" and frame.op == "lookup":
            return self.role(question=question, frame=frame)
        if frame.op == "yesno" and frame.ask in {
            "selection",
            "partners",
            "place",
            "date",
            "funding",
            "history",
            "period",
            "objective",
        }:
            said = self.listed(question=question, frame=frame)
            if said is not None or frame.ask in {"selection", "partners", "place"}:
                return said
        if frame.ask in {"date", "place"} and frame.about in {("assembly",), ("release",)}:
            return self.when_and_where(question=question, frame=frame)
        # (A department beside a town alone, read unsurely, is where the town is said to be:
        # « c'est dans le 31, Lannemezan ? » after its laureate.)
        placed = "department" not in kinds or "laureate" in kinds or frame.confidence >= _CLEARLY
        towns = kinds & {"commune", "epci"}
        if frame.ask == "membership" and towns and kinds <= _MEMBERSHIP_KINDS and placed:
            # A yes/no question of a town or an intercommunality asks whether it is in.
            sure = (
                "ask" in frame.stated
                or (frame.op == "yesno" and "op" in frame.stated)
                or frame.confidence >= _SURE_OF_A_PLACE
            )
            served = self.by_postcode(question=question, frame=frame) if frame.ambiguous else None
            if served is not None or not sure:
                # (« notre usine est au 81100 : quel territoire ? »: each town it serves.)
                return served
            if frame.ambiguous and "laureate" not in kinds:
                # (A name several towns bear, asked of a laureate, is the one in it, if any.)
                return None
            return self._membership(question=question, frame=frame)
        national = self._in_ancts(question=question, frame=frame, kinds=kinds)
        if national is not None:
            return national
        if frame.ask in {"laureate", "departments", "membership"} and (
            frame.op == "yesno"
            or (frame.op in {"count", "least", "most"} and not ASKING.search(self.said(question)))
        ):
            # « la Lozère a plusieurs lauréats ? » asks nothing but whether: yes or no.
            counted = self._count_said(question=question, frame=frame)
            if counted is not None:
                return counted
        bearing = self._bearing(frame)
        if (
            bearing is not None
            and frame.op == "yesno"
            and numbers.WHOLE.search(self.said(question))
        ):
            # « le TI Pyrénées-Orientales couvre-t-il tout le département ? »: the department's
            # cover, of which the laureate is the whole.
            return self._department_covered(
                question=question, frame=frame, code=bearing.departments[0]
            )
        if kinds in ({"department"}, {"region"}) and (
            frame.ask in {"communes", "population"}
            # « les Pyrénées-Orientales sont couvertes en entier ? »
            or (
                frame.op == "yesno"
                and frame.ask in {"membership", "departments"}
                and numbers.WHOLE.search(self.said(question))
            )
        ):
            return self._place_covered(question=question, frame=frame, kinds=kinds)
        if (
            kinds == {"department"}
            and len(frame.about) == 1
            and frame.ask in {"status", "interregional"}
        ):
            return self._department_status(question=question, frame=frame)
        if frame.about == ("region:Occitanie",) and (
            frame.ask == "departments"
            or (frame.op == "yesno" and DEPARTMENT_WORD.search(self.said(question)))
        ):
            # « tous les départements d'Occitanie ont un lauréat ? », « un département sans
            # lauréat ? »: the laureates' departments (counted or listed, Occitanie's own).
            of_them = replace(_of_occitanie(frame), ask="departments")
            return self._laureates_whole(question=question, frame=of_them)
        if "territory" in kinds and kinds <= {"territory", "region"} and frame.ask == "membership":
            # « Pays Basque, un des lauréats d'Occitanie ? »: the region says which list.
            territories = tuple(s for s in frame.about if subject_kind(s) == "territory")
            return self._national(question=question, frame=replace(frame, about=territories))
        if frame.ask not in ATTRIBUTES | {"laureate"}:
            return None
        compared = self._compared(question=question, frame=frame)
        if compared is not None:
            return compared
        if kinds == {"laureate"}:
            return self._ranked_first(question=question, frame=frame) or self._laureates_named(
                question=question, frame=frame
            )
        if kinds == {"laureates"}:
            return self._laureates_whole(question=question, frame=ranking(frame, question))
        if (
            frame.ask == "population"
            and kinds
            and kinds <= {"commune", "laureate"}
            and ("commune" in kinds)
        ):
            return self.town_ranked(question=question, frame=frame) or self._town_population(
                question=question, frame=frame
            )
        if kinds == {"territory"} or (
            "territory" in kinds
            and kinds <= {"territory", "department", "region"}
            and frame.ask in {"departments", "region", "communes"}
            and frame.op == "yesno"
        ):
            # (« Le TI Vaucluse déborde en Occitanie ? »: whether it lies there.)
            return self._national(question=question, frame=frame)
        if kinds == {"laureate", "region"}:
            return self.in_regions(question=question, frame=frame)
        if kinds == {"laureate", "department"}:
            return self._laureate_and_departments(question=question, frame=frame)
        if kinds == {"territories"}:
            return self._territories_whole(question=question, frame=frame)
        return None

    def _place_covered(self, *, question: str, frame: Frame, kinds: set[str]) -> Answer | None:
        """How much of a department or a region the laureates cover, or its ranking."""
        if len(frame.about) != 1:
            return None
        place = subject_id(frame.about[0])
        if kinds == {"department"}:
            covered = self._department_covered(question=question, frame=frame, code=place)
            # (« et ça fait combien d'habitants ? » after the Ariège: its laureate's.)
            named = self.named_after(place) if covered is None else None
            about = (f"laureate:{named.name}",) if named is not None else ()
            return (
                self.answer(question=question, frame=replace(frame, about=about))
                if about
                else covered
            )
        if frame.op in {"most", "least"} and frame.ask in {"communes", "population"}:
            # « le département le plus peuplé d'Occitanie ? »
            return self._departments_ranked_in(question=question, frame=frame, name=place)
        return self._region_covered(question=question, frame=frame, name=place)

    def _its_card(self, *, question: str, frame: Frame, kinds: set[str]) -> Answer | None:
        """« Tarn Nord, c'est un lauréat ? »: the one laureate named, its card, whatever else
        the words lead to; read clearly only (not « Action cœur de ville, Alès en fait
        partie ? », nor « parle-moi de l'Albigeois », which the topic answers take), and
        named in the question (not « et Andorre en fait partie ? » of the one spoken of)."""
        one = self._by_name.get(subject_id(frame.about[0])) if kinds == {"laureate"} else None
        if (
            one is None
            or (frame.op, frame.ask) not in _ITS_CARD
            or frame.about[0] not in frame.named
            or "ask" not in frame.stated
        ):
            return None
        card = self._composer.territory(question=question, territory=one, lang=frame.lang)
        return replace(card, about=(f"t_{one.id}",))

    def _laureate_and_departments(self, *, question: str, frame: Frame) -> Answer | None:
        """A laureate and departments: « Béziers-Sète couvre-t-il aussi le Gard ? », « combien
        de communes de Lacq Pau Tarbes dans les Hautes-Pyrénées ? »."""
        codes = [subject_id(s) for s in frame.about if subject_kind(s) == "department"]
        named = tuple(s for s in frame.about if subject_kind(s) == "laureate")
        if frame.ask in {"departments", "membership", "laureate"} and len(named) == 1:
            wholly = self.wholly_within(question=question, frame=frame, codes=codes)
            return wholly or self.lies_in(question=question, frame=frame, codes=codes)
        first = subject_kind(frame.about[0]) == "department"
        # (« quelle part des communes de Lacq Pau Tarbes est dans les Hautes-Pyrénées ? »)
        within = frame.op == "yesno" or (frame.op == "share" and not first)
        if frame.ask == "communes" and len(named) == 1 and within:
            return self.communes_within(question=question, frame=frame)
        if frame.op == "share" and first and len(codes) == 1 and frame.ask in _AMOUNTS:
            # « quelle part des communes du Cantal est dans Aurillac Figeac Rodez ? »: of
            # the department's, named first.
            return self._department_share(
                question=question, frame=frame, territories=named, code=codes[0]
            )
        narrowed = replace(
            frame, about=named, filters=(*frame.filters, *(f"department:{c}" for c in codes))
        )
        return self._laureates_named(question=question, frame=narrowed)

    def _department_status(self, *, question: str, frame: Frame) -> Answer | None:
        """« le Gers a un nouveau lauréat ? », « Pyrénées-Orientales, c'est une première ? »:
        the status of the laureates of a department, or of the one that bears its name."""
        code = subject_id(frame.about[0])
        bearing = self.named_after(code)
        if bearing is not None:
            named = replace(frame, about=(f"laureate:{bearing.name}",))
            return self._laureates_named(question=question, frame=named)
        asked = asked_filters(self.said(question)) if frame.ask == "status" else ("interregional",)
        if not asked:
            return None
        whole = replace(
            frame,
            ask="laureate",
            about=("laureates",),
            filters=(*frame.filters, f"department:{code}", *asked),
        )
        return self._laureates_whole(question=question, frame=whole)

    def _of_their_laureates(self, *, question: str, frame: Frame) -> Answer | None:
        """« Albi est dans un lauréat ? et ce lauréat est nouveau ? »: a town has no status
        nor member intercommunalities; the laureate it is in has."""
        held = self._laureates_holding(frame.about)
        if not held:
            return self.of_their_territories(question=question, frame=frame)
        about = tuple(dict.fromkeys(f"laureate:{x.name}" for _, x in held))
        found = self.answer(question=question, frame=replace(frame, about=about))
        return None if found is None else self._via_towns(found, held, frame.lang)

    def _bearing(self, frame: Frame) -> Territory | None:
        """The one laureate asked about, when it bears its department's name."""
        if len(frame.about) != 1 or subject_kind(frame.about[0]) != "laureate":
            return None
        territory = self._by_name.get(subject_id(frame.about[0]))
        return territory if territory is not None and territory.named_after_department else None

    def _laureates_named(self, *, question: str, frame: Frame) -> Answer | None:
        chosen = [
            self._by_name[subject_id(s)] for s in frame.about if subject_id(s) in self._by_name
        ]
        lang, ask = frame.lang, frame.ask
        stated = numbers.amount(self.said(question)) if ask in _AMOUNTS | {"members"} else None
        if stated is not None and stated[0] != "=" and len(chosen) == 1 and not frame.filters:
            # « Comminges-Nestes compte plus de 400 communes ? » claims an amount, whatever
            # the « plus » made of the operation.
            frame = replace(frame, op="yesno")
        narrowing = {f.removeprefix("not:").partition(":")[0] for f in frame.filters}
        if chosen and frame.filters and narrowing <= {"status", "interregional"}:
            return self._narrowed(question=question, frame=frame, territories=chosen)
        if ask == "laureate" and frame.op == "lookup" and len(chosen) == 1:
            if chosen[0].named_after_department:
                # « parle-moi du lauréat Pyrénées-Orientales »: its card, where the topic
                # answers would read the department's laureates.
                return self.territory(question=question, territory=chosen[0], lang=lang)
            return None
        if ask == "laureate" and frame.op == "list" and len(chosen) > 1 and not frame.filters:
            # « lesquels ? » of the laureates just counted: them, listed.
            listed = "\n".join(self._territory_line(territory, lang) for territory in chosen)
            return self._answer(
                question=question,
                frame=frame,
                text=t(lang, f"Ces {len(chosen)} lauréats :\n", f"These {len(chosen)} laureates:\n")
                + listed,
                territories=chosen,
                intent="list",
            )
        if not chosen or ask not in ATTRIBUTES:
            return None
        selecting = frame.op == "list" or (
            frame.op == "compare" and _WHICH.search(self.said(question))
        )
        if ask in {"status", "interregional"} and selecting and len(chosen) > 1:
            # « entre Alès et Béziers-Sète, lequel est nouveau ? »
            asked = asked_filters(self.said(question)) if ask == "status" else ("interregional",)
            if asked:
                return self._narrowed(
                    question=question, frame=replace(frame, filters=asked), territories=chosen
                )
        places = [subject_id(s) for s in frame.filters if s.startswith("department:")]
        if (
            places
            and ask in {"communes", "population"}
            and frame.op in {"count", "lookup", "share"}
        ):
            return self._within_department(
                question=question, frame=frame, territories=chosen, code=places[0]
            )
        left = [f.rpartition(":")[2] for f in frame.filters if f.startswith("not:department:")]
        if left and len(chosen) == 1 and ask in {"communes", "population"}:
            # « et sans la partie audoise ? »: its part outside those departments.
            return self.outside_departments(
                question=question, frame=frame, territory=chosen[0], codes=left
            )
        one = len(chosen) == 1
        if one and ask == "members" and (places or frame.op in {"most", "least"}):
            return self.groupings_of(
                question=question, frame=frame, territory=chosen[0], places=places
            )
        if places and len(chosen) == 1 and ask == "communes" and frame.op == "list":
            return self.towns_within(
                question=question, frame=frame, territory=chosen[0], code=places[0]
            )
        if places and len(chosen) == 1 and ask in _AMOUNTS and frame.op in {"most", "least"}:
            # « la plus grosse côté 65 ? »: its largest town in that department.
            code = places[0]
            return self.largest(
                question=question,
                frame=frame,
                communes=self._communes_of(chosen[0], code),
                of=(
                    f"{self.of_named(chosen[0].name)[0]} {self._in_department(code)}",
                    f"of “{chosen[0].name}” in {self.department_label(code)}",
                ),
                territories=chosen,
            )
        if frame.filters:
            return None
        if one and ask in {"members", "communes"} and frame.op in {"lookup", "count", "list"}:
            # One laureate's perimeter: every grouping with its communes, as its card says;
            # its communes listed, the largest first.
            card = self.territory(question=question, territory=chosen[0], lang=lang, perimeter=True)
            if ask != "communes" or frame.op != "list":
                return card
            listed = t(
                lang, "Ses communes, les plus peuplées d'abord", "Its communes, largest first"
            )
            towns = self.towns_listed(territory=chosen[0], lang=lang)
            return replace(card, text=f"{card.text}\n\n{listed}{colon(lang)}{towns}")
        if one and ask in {"population", "communes"} and frame.op in {"most", "least"}:
            return self._towns(question=question, frame=frame, territory=chosen[0])
        if frame.op in {"most", "least"} and ask in METRICS and len(chosen) > 1:
            return self._ranked(question=question, frame=frame, territories=chosen)
        both = frame.op == "compare" and ask in {"status", "interregional"} and len(chosen) > 1
        if frame.op == "yesno" or (
            both and (ask == "interregional" or asked_filters(self.said(question)))
        ):
            # « sont-ils tous les deux renouvelés ? » is asked yes or no, of each.
            return self._yesno(question=question, frame=frame, territories=chosen)
        if one and ask == "departments" and frame.op in {"lookup", "list", "count"}:
            return self._details.detail(
                question=question, territory=chosen[0], aspect=DEPARTMENTS, lang=lang
            )
        if one and ask in {"communes", "population"} and frame.op == "each":
            return self.by_department(question=question, frame=frame, territory=chosen[0])
        return self.side_by_side(question=question, frame=frame, territories=chosen)

    def _yesno(self, *, question: str, frame: Frame, territories: list[Territory]) -> Answer | None:
        folded, lang, ask = self.said(question), frame.lang, frame.ask
        wanted = ""
        if ask == "status":
            wanted = "new" if NEW.search(folded) else "renewed" if RENEWED.search(folded) else ""
            if not wanted:
                return None
            truth = all(territory.status == wanted for territory in territories)
        elif ask == "interregional":
            truth = all(territory.interregional for territory in territories)
        elif ask == "region":
            truth = "occitanie" in folded or "76" in folded.split()
            if not truth and not any(r in folded for r in self._region_words()):
                return None
            if truth and (ONLY.search(folded) or numbers.WHOLE.search(folded)):
                # « … est entièrement en Occitanie ? »: not when it reaches another region.
                truth = not any(territory.interregional for territory in territories)
        elif ask in {"communes", "members", "population"}:
            # « Nord Lozère, c'est 37 communes ? », « … dépasse les 20 000 habitants ? »: the
            # amount stated, against the data.
            stated = numbers.amount(folded)
            measures = [self._measures.get(territory.anct_id) for territory in territories]
            if stated is None or None in measures:
                return None
            truth = all(
                numbers.amount_holds(stated, m.metric(ask)) for m in measures if m is not None
            )
        elif ask == "departments":
            # « … déborde sur le Cantal ? », « … sur plusieurs départements ? »
            codes = [subject_id(s) for s in frame.about if subject_kind(s) == "department"]
            held = [
                departments_hold(t.departments, codes=codes, folded=folded) for t in territories
            ]
            if None in held:
                return None
            truth = all(held)
        else:
            return None
        if len(territories) == 1 and ask in {"status", "interregional"}:
            # One laureate: the sentence the conversation layer says of it too.
            aspect = (
                INTERREGIONAL
                if ask == "interregional"
                else CUE_NEW
                if wanted == "new"
                else CUE_RENEWED
            )
            return self._details.detail(
                question=question, territory=territories[0], aspect=aspect, lang=lang
            )
        opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
        lines = [self._value_line(territory, ask, lang) for territory in territories]
        return self._answer(
            question=question,
            frame=frame,
            text=f"{opening} : " + "\n".join(lines)
            if lang == "fr"
            else f"{opening}: " + "\n".join(lines),
            territories=territories,
        )

    def _narrowed(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        """« que ceux sur deux régions » after a list: the laureates of that list that are."""
        if frame.op not in {"list", "lookup", "count", "yesno"}:
            return None
        lang = frame.lang
        kept = [territory for territory in territories if self._keeps(territory, frame.filters)]
        opening = t(lang, "Oui", "Yes") if kept else t(lang, "Non", "No")
        said = " :" if lang == "fr" else ":"
        if len(territories) == 1 and frame.filters in {
            ("status:new",),
            ("status:renewed",),
            ("interregional",),
        }:
            # « donc il fait partie des nouveaux ? »: the sentence a laureate's aspect gets.
            aspect = {"status:new": CUE_NEW, "status:renewed": CUE_RENEWED}.get(
                frame.filters[0], INTERREGIONAL
            )
            return self._details.detail(
                question=question, territory=territories[0], aspect=aspect, lang=lang
            )
        if len(territories) == 1:
            # « donc il fait partie des nouveaux ? »: yes or no, and what it is.
            attribute = "interregional" if "interregional" in frame.filters else "status"
            line = self._value_line(territories[0], attribute, lang)
            return self._answer(
                question=question,
                frame=frame,
                text=f"{opening}{said} {line}",
                territories=territories,
                intent="laureate",
            )
        single = self._described(frame.filters, lang, plural=False)
        if not kept:
            # (A status has one other value: what they all are instead.)
            status = frame.filters[0].partition(":")[2] if len(frame.filters) == 1 else ""
            other = (f"status:{OTHER_STATUS[status]}",) if status in OTHER_STATUS else ()
            are, both = self._described(other, lang, plural=True), len(territories) == 2
            text = t(
                lang,
                f"Non : aucun de ces {len(territories)} lauréats n'est {single}"
                + (f" ; {'les deux' if both else 'tous'} sont {are}." if other else "."),
                f"No: none of these {len(territories)} laureates is {single}"
                + (f"; {'both' if both else 'all'} are {are}." if other else "."),
            )
        else:
            several = len(kept) > 1
            described = self._described(frame.filters, lang, plural=several)
            lines = "\n".join(self._territory_line(territory, lang) for territory in kept)
            text = t(
                lang,
                f"Oui : {len(kept)} de ces {len(territories)} lauréats "
                f"{'sont' if several else 'est'} {described} :\n{lines}",
                f"Yes: {len(kept)} of these {len(territories)} laureates "
                f"{'are' if several else 'is'} {single}:\n{lines}",
            )
        return self._answer(
            question=question, frame=frame, text=text, territories=kept, intent="list"
        )

    def _towns(self, *, question: str, frame: Frame, territory: Territory) -> Answer | None:
        """A laureate's largest (or smallest) commune by population."""
        return self.largest(
            question=question,
            frame=frame,
            communes=self._communes_of(territory),
            of=self.of_named(territory.name),
            territories=[territory],
        )


def _of_occitanie(frame: Frame) -> Frame:
    """The laureates' departments asked of Occitanie: counted or listed, its own only."""
    counted = frame.op in {"count", "list", "lookup"}
    return replace(frame, about=("laureates",), filters=("region:Occitanie",) if counted else ())
