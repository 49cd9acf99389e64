"""Whom a follow-up refers to when it names no one: the laureates the last answer affirmed
(or the list it was drawn from, for a ranking), the territory a ranking put first, the one
of ANCT's territories a town was placed in."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue.context import Context
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import FILLED, Frame, subject_id, subject_kind
from bot.understanding.intents import Intent
from bot.understanding.outright import TERRITORIES_NAMED, names_inhabitants

# Words that speak of two or each: the last two subjects, not the last one.
_THE_TWO = re.compile(r"\b(?:ces deux|les deux|both|the two|these two)\b")
_BOTH = re.compile(
    r"\b(?:les deux|tous les deux|toutes les deux|ces deux|chacun|chacune|both|each|the two"
    r"|these two|ils|elles|they|lequel|laquelle|which one|which of)\b"
)


# « du département », « of the department »: the one just spoken of.
_THE_DEPARTMENT = re.compile(
    r"\b(?:du|de ce|le|ce|of the|of that|the) (?:departement|dept|department)\b"
)


# « celle du Tarn », « l'autre, dans le Gers », « the one in Ariège »: which of a name's
# towns.
_WHICH_ONE = re.compile(
    r"(?:(?:et|and|non|no|mais|but|pardon|sorry|i mean|i meant|je veux dire|je voulais dire"
    r"|je parle de|je parlais de|je pensais a|c est|i m talking about|i was talking about) )*"
    r"(?:l autre |the other |(?:celle|celui|that|the)"
    r"(?: la| ci)? |the one |the other one |that one |plutot |rather )"
)


class Referents:
    """The subjects a conversation's last answer leaves for the next question."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self._knowledge = knowledge

    def subjects_of(
        self, context: Context, *, many: bool, ranking: bool = False, question: str = ""
    ) -> Frame | None:
        """The last answer's laureate as a frame with nothing asked yet: « et ses intercos ? »
        after a laureate's card takes its subject from it; several only when the question
        speaks of several (« ces deux territoires »); a ranking of several is over the list
        the last answer was drawn from (« lequel des deux est le plus peuplé ? » after
        « Alès et l'Albigeois, nouveaux ? »)."""
        # (A list the last answer narrowed, « parmi ces 15, 5 sont nouveaux », is ranked
        # itself; « lequel des deux » ranks whichever of the two lists has two.)
        stated = numbers.wholes(fold(question))
        listed = context.last is not None and context.last.intent == Intent.LIST
        pooled = (
            ranking
            and many
            and len(context.pool) > 1
            and (len(context.pool) in stated if stated else not listed)
        )
        chosen = context.pool if pooled else context.affirmed
        names = tuple(
            f"laureate:{territory.name}"
            for territory in self._knowledge.territories
            # Only what the last answer affirmed: « Non : Mende … » names laureates of its
            # department that a follow-up must not take for its subject.
            if territory.id in chosen
        )
        if not names or (len(names) > 1 and not many):
            return None
        return Frame(ask="laureate", op="list" if len(names) > 1 else "lookup", about=names)

    def other(self, context: Context) -> Frame | None:
        """« et l'autre ? », « the other one »: the one laureate of the list the last answer
        was drawn from (or of the one before) that it did not name; the other quotation, or
        the other press contact of the one just given."""
        for base in (context.pool, context.earlier):
            rest = [ident for ident in base if ident not in context.affirmed]
            if context.affirmed and len(rest) == 1:
                name = self._knowledge.territory(rest[0]).name
                return Frame(ask="laureate", op="lookup", about=(f"laureate:{name}",))
        if (grouping := self._other_grouping(context)) is not None:
            return grouping
        if len(context.quotes) == 1:
            # (« et l'autre citation ? »: the release has two.)
            quotes = [q for q in self._knowledge.quotes if q.id != context.quotes[0]]
            if len(quotes) != 1:
                return None
            return Frame(ask="quote", op="lookup", about=(f"quote:{quotes[0].speaker}",))
        if len(context.people) != 1:
            return None
        given = self._knowledge.person(context.people[0])
        others = [
            p
            for p in self._knowledge.people
            if p.organisation == given.organisation and p.id != given.id
        ]
        if len(others) != 1:
            return None
        return Frame(ask="contact", op="lookup", about=(f"person:{others[0].name}",))

    def _other_grouping(self, context: Context) -> Frame | None:
        """« et dans l'autre ? » after one of a laureate's two groupings: the other, asked
        the same."""
        last = context.frames[-1] if context.frames else None
        if last is None or len(last.about) != 1 or subject_kind(last.about[0]) != "epci":
            return None
        siren = subject_id(last.about[0])
        coverage, perimeters = self._knowledge.coverage, self._knowledge.perimeters
        held = coverage.by_epci.get(siren, ()) if coverage and perimeters else ()
        members = perimeters.territories[held[0]].members if perimeters and len(held) == 1 else ()
        if len(members) != 2:
            return None
        (other,) = (m.siren for m in members if m.siren != siren)
        return replace(last, about=(f"epci:{other}",))

    def territory_like(self, frame: Frame, last: Frame) -> Frame | None:
        """« Is Finistère one of them? » after ANCT's territories of a region: the territory
        of that name, not the department."""
        perimeters = self._knowledge.perimeters
        if (
            perimeters is None
            or last.about != ("territories",)
            or len(frame.about) != 1
            or subject_kind(frame.about[0]) != "department"
        ):
            return None
        name = fold(self._knowledge.department_name(subject_id(frame.about[0])))
        alike = [t for t in perimeters.territories.values() if fold(t.name) == name]
        if len(alike) != 1:
            return None
        ask = "membership" if frame.op == "yesno" else frame.ask
        return replace(frame, ask=ask, about=(f"territory:{alike[0].id}",), stated=FILLED)

    def of_the_department(self, frame: Frame, last: Frame) -> Frame | None:
        """« Sur les 226 du département, ça fait quelle part ? », « le département en compte
        combien au total ? » after one laureate's communes (or several laureates' in one
        department): of the department the last question narrowed it to, or of its only one
        (its share of it, for a share)."""
        laureates = [s for s in last.about if subject_kind(s) == "laureate"]
        if "about" in frame.stated or not laureates or not _THE_DEPARTMENT.search(fold(frame.text)):
            return None
        named = [subject_id(s) for s in last.about if subject_kind(s) == "department"]
        named += [f.partition(":")[2] for f in last.filters if f.startswith("department:")]
        one = len(laureates) == 1
        # (Of several laureates, only the department their communes were counted in.)
        if not named and one and (laureate := self._laureate(subject_id(laureates[0]))):
            named = list(laureate.departments)
        measured = {"communes", "population"}
        said = "ask" in frame.stated or names_inhabitants(ask=frame.ask, folded=fold(frame.text))
        ask = frame.ask if said and frame.ask in measured else last.ask
        if len(named) != 1 or ask not in measured:
            return None
        department = f"department:{named[0]}"
        return replace(
            frame,
            ask=ask,
            op=frame.op if "op" in frame.stated else last.op,
            about=(department, laureates[0]) if frame.op == "share" and one else (department,),
            filters=(),
            stated=frame.stated | FILLED,
        )

    def quoted(self, frame: Frame, context: Context) -> Frame | None:
        """« elle parle de souveraineté dans sa citation ? » after one quotation: whether its
        speaker said so."""
        if frame.ask not in {"quote", "speaker"} or frame.op != "yesno" or frame.about:
            return None
        if len(context.quotes) != 1:
            return None
        speaker = self._knowledge.quote(context.quotes[0]).speaker
        return replace(
            frame,
            ask="quote",
            about=(f"person:{speaker}",),
            stated=frame.stated | FILLED,
        )

    def typed_near(self, frame: Frame, last: Frame) -> str | None:
        """« et Castelsarasin aussi ? » after Moissac: the one town a typo away in the
        departments the conversation is about, when the words name no one else."""
        places = self._knowledge.places
        if places is None or frame.about or not frame.candidates:
            return None
        departments: set[str] = set()
        for subject in last.about:
            kind, ident = subject_kind(subject), subject_id(subject)
            if kind == "commune" and (town := places.find(ident)) is not None:
                departments.add(town.department)
            elif kind == "department":
                departments.add(ident)
            elif kind == "laureate" and (laureate := self._laureate(ident)) is not None:
                departments.update(laureate.departments)
        found = {
            c.id
            for c in frame.candidates
            if c.kind == "commune"
            and (town := places.find(c.id)) is not None
            and town.department in departments
        }
        return f"commune:{found.pop()}" if len(found) == 1 else None

    def key_of(self, subject: str) -> str | None:
        """The answer key of a laureate or a quotation named as a subject (« t_castres »)."""
        kind, name = subject_kind(subject), subject_id(subject)
        if kind == "laureate":
            laureate = self._laureate(name)
            return None if laureate is None else f"t_{laureate.id}"
        if kind == "quote":
            return next((f"q_{q.id}" for q in self._knowledge.quotes if q.speaker == name), None)
        return None

    def _laureate(self, name: str) -> Territory | None:
        return next((t for t in self._knowledge.territories if t.name == name), None)

    def namesake_asked(self, frame: Frame, last: Frame | None, *, folded: str) -> Frame | None:
        """« celle du Tarn », « the one in Ariège » after a town many share the name of: what
        was asked, of the one in that department."""
        # (« celle de l'Ariège » names the department, though it reads as its laureate.)
        named = dict.fromkeys((*frame.about, *frame.named))
        departments = [s for s in named if subject_kind(s) == "department"]
        if last is None or len(departments) != 1 or not _WHICH_ONE.match(folded):
            return None
        town = self.namesake(last, department=subject_id(departments[0]))
        if town is None:
            return None
        # (« …, elle est dans quelle interco ? » asks its own question of it.)
        asks = "ask" in frame.stated and frame.ask not in {"laureate", "membership"}
        return replace(
            last,
            ask=frame.ask if asks else last.ask,
            op=frame.op if asks else last.op,
            about=(town,),
            text=frame.text,
            lang=frame.lang,
            ambiguous=False,
            # (The department named says which of the namesakes it is, as surely as a name.)
            named=(town, departments[0]),
            confidence=max(last.confidence, 1.0),
        )

    def namesake(self, last: Frame, *, department: str) -> str | None:
        """« celle du Tarn » after Sauveterre: the one town of the last one's name in that
        department (the last one itself, when it is there)."""
        places = self._knowledge.places
        if places is None or len(last.about) != 1 or subject_kind(last.about[0]) != "commune":
            return None
        town = places.find(subject_id(last.about[0]))
        if town is None:
            return None
        found = [
            c
            for c in places.communes_by_name.get(fold(town.name), ())
            if c.department == department and c.part_of is None
        ]
        return f"commune:{found[0].code}" if len(found) == 1 else None

    def with_earlier(self, context: Context, last: Frame, *, question: str) -> Frame:
        """« ils ont combien de communes chacun ? », « lequel des deux ? » after one laureate,
        then another: both, when the last frame is about one of them only; the list before
        the last, when the words count it."""
        named = [s for s in last.about if subject_kind(s) == "laureate"]
        towns = [s for s in last.about if subject_kind(s) == "commune"]
        counted = numbers.wholes(fold(question))
        if (
            len(counted) == 1
            and last.about == ("laureates",)
            and context.before
            and len(context.earlier) == counted[0] != len(context.affirmed)
        ):
            # (« le plus peuplé de ces 8 ? » after 8 laureates, then 2 of them: the 8.)
            return context.before[-1]
        if len(towns) == len(last.about) == 1 and _BOTH.search(fold(question)):
            # (« Rodez ? », then « et Millau ? », then « lequel est le plus peuplé ? »; « lequel
            # des trois ? » after three.)
            before = _towns_before(
                context, towns[0], wanted=max(numbers.wholes(fold(question)), default=2)
            )
            if before:
                return replace(last, about=(*before, *towns))
        if (
            towns
            and len(context.affirmed) == 1
            and _THE_TWO.search(fold(question))
            and TERRITORIES_NAMED.search(fold(question))
        ):
            # (« de ces deux territoires, lequel … ? » after two towns' territories.)
            named = [f"laureate:{self._knowledge.territory(context.affirmed[0]).name}"]
        if len(named) != 1 or len(last.about) != 1 or not _BOTH.search(fold(question)):
            return last
        earlier = [
            f"laureate:{t.name}" for t in self._knowledge.territories if t.id in context.earlier
        ]
        if not earlier or named[0] in earlier:
            return last
        return replace(last, about=(*earlier, *named))

    def laureate_named_for(self, frame: Frame, last: Frame) -> Frame:
        """« et l'Ariège ? » after another laureate's largest town: the laureate named like
        the department, which the other does not reach (so it is no part of it)."""
        if (
            frame.stated != {"about"}
            or len(frame.about) != 1
            or subject_kind(frame.about[0]) != "department"
            or len(last.about) != 1
            or subject_kind(last.about[0]) != "laureate"
        ):
            return frame
        code = subject_id(frame.about[0])
        spoken = self._laureate(subject_id(last.about[0]))
        named = next(
            (
                t
                for t in self._knowledge.territories
                if t.named_after_department and t.departments == (code,)
            ),
            None,
        )
        if named is None or spoken is None or named is spoken or code in spoken.departments:
            return frame
        return replace(frame, about=(f"laureate:{named.name}",))

    def earlier_of(self, context: Context) -> Frame | None:
        """The one laureate the answers before the last affirmed, when the last affirmed
        none, as a frame with nothing asked yet."""
        if context.affirmed or len(context.earlier) != 1:
            return None
        name = self._knowledge.territory(context.earlier[0]).name
        return Frame(ask="laureate", op="lookup", about=(f"laureate:{name}",))

    def first_ranked(self, context: Context) -> Frame | None:
        """The territory the last answer, a ranking, put first, as a frame with nothing asked
        yet: a laureate, or one of ANCT's territories."""
        last = context.last
        if last is None:
            return None
        if len(last.about) == 1 and last.about[0].startswith("e_"):
            # (A ranking of a laureate's intercommunalities: the one it put first.)
            return Frame(ask="laureate", op="lookup", about=(f"epci:{last.about[0][2:]}",))
        if len(last.territories) == 1:
            return Frame(ask="laureate", op="lookup", about=(f"laureate:{last.territories[0]}",))
        if last.national_territories:
            return self._territory_named(last.national_territories[0])
        return None

    def answered(self, context: Context) -> Frame | None:
        """The one place the last answer was about, as a frame with nothing asked yet: a
        town or an intercommunality it placed in none of the laureates, a department, or the
        one of ANCT's territories it placed its town in (« Villeneuve-lès-Avignon ? » then
        « which territory then? »)."""
        last = context.last
        if last is not None and not last.about and not last.territories:
            # (« No: … is in none of the 15; it is in « Vaucluse » »: that territory.)
            return self.national_of(context)
        if last is None or len(last.about) != 1:
            return None
        kind, _, ident = last.about[0].partition("_")
        subject = {"c": "commune", "e": "epci", "d": "department"}.get(kind)
        if subject is None:
            return None
        return Frame(ask="laureate", op="lookup", about=(f"{subject}:{ident}",))

    def ranked(self, context: Context, *, rank: int) -> Frame | None:
        """The laureate (or the intercommunality) at a rank of the list just shown (« le
        deuxième », « the last one »), as a frame with nothing asked yet."""
        shown = context.shown
        index = rank - 1 if rank > 0 else len(shown) + rank
        if not 0 <= index < len(shown):
            return None
        kind, _, ident = shown[index].partition("_")
        if kind == "e":
            return Frame(ask="laureate", op="lookup", about=(f"epci:{ident}",))
        if kind != "t" or ident not in {t.id for t in self._knowledge.territories}:
            return None
        name = self._knowledge.territory(ident).name
        return Frame(ask="laureate", op="lookup", about=(f"laureate:{name}",))

    def national_of(self, context: Context) -> Frame | None:
        """The one of ANCT's territories the last answer placed its town in (« Brest est
        dans lequel ? » then « il a combien de communes ? »)."""
        last = context.last
        if last is None or last.territories or len(last.national_territories) != 1:
            return None
        return self._territory_named(last.national_territories[0])

    def _territory_named(self, name: str) -> Frame | None:
        """One of ANCT's territories by its name, as a frame with nothing asked yet; a
        laureate by the release's name."""
        perimeters = self._knowledge.perimeters
        if perimeters is None:
            return None
        found = next((t.id for t in perimeters.territories.values() if t.name == name), None)
        if found is None:
            return None
        laureate = self._knowledge.laureate(found)
        subject = f"laureate:{laureate.name}" if laureate else f"territory:{found}"
        return Frame(ask="laureate", op="lookup", about=(subject,))


def _towns_before(context: Context, town: str, *, wanted: int) -> tuple[str, ...]:
    """The towns asked of one at a time just before `town`, the earliest first, to make
    `wanted` with it; none unless there are as many."""
    found: list[str] = []
    for frame in reversed(context.before):
        if len(found) == wanted - 1:
            break
        if len(frame.about) != 1 or subject_kind(frame.about[0]) != "commune":
            break
        if frame.about[0] not in (town, *found):
            found.append(frame.about[0])
    return tuple(reversed(found)) if len(found) == wanted - 1 else ()
