"""The laureates ranked by a measure (whole, or in the department a question names), and
the departments by the laureates with communes in them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers.common import OCCITANIE, colon, join, ordinal, t
from bot.answers.parts import Parts
from bot.answers.quantities import amount_of, leads, number, units
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import Frame
from bot.understanding.language import Language

# « lequel », « which one »: one picked, however many are named.
_ONE_OF = re.compile(r"\b(?:lequel|laquelle|which one|which of)\b")


class Rankings(Parts):
    def _departments_ranked(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        """The departments the release gives the laureates, by how many of the laureates
        (filtered) have communes in them, as « combien de lauréats dans l'Hérault ? » counts
        them (a laureate's few communes beyond, in the Ardèche, make no department of its);
        of Occitanie's own when asked."""
        counts: dict[str, int] = {}
        coverage, places = self.k.coverage, self.k.places
        named = {code for territory in self.k.territories for code in territory.departments}
        for territory in territories:
            reached = (
                [c for c, held in coverage.by_department.items() if territory.anct_id in held]
                if coverage is not None
                else territory.departments
            )
            for code in set(reached) & named:
                counts[code] = counts.get(code, 0) + 1
        if "region:Occitanie" in frame.filters and places is not None:
            regions = places.departments
            counts = {
                c: n for c, n in counts.items() if c in regions and regions[c].region == OCCITANIE
            }
        if not counts:
            return None
        lang = frame.lang
        best = max(counts.values()) if frame.op == "most" else min(counts.values())
        winners = sorted(code for code, n in counts.items() if n == best)
        # (The fewest first when the fewest are asked.)
        sign = -1 if frame.op == "most" else 1
        colon = " :" if lang == "fr" else ":"
        ranking = "\n".join(
            f"• {self.department_label(code)}{colon} {n}"
            for code, n in sorted(counts.items(), key=lambda item: (sign * item[1], item[0]))
        )
        names = join([self.department_label(code) for code in winners], lang)
        answer = self._answer(
            question=question,
            frame=frame,
            text=t(
                lang,
                f"{names}, avec {best} lauréat{'s' if best > 1 else ''} :\n{ranking}",
                f"{names}, with {best} laureate{'s' if best > 1 else ''}:\n{ranking}",
            ),
            territories=[],
        )
        # (« lesquels ? » then asks for the laureates of the department first.)
        return replace(answer, about=tuple(f"d_{code}" for code in winners))

    def _spread(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        """The laureates by how many departments the release gives each."""
        if not territories:
            return None
        lang = frame.lang
        counts = [len(territory.departments) for territory in territories]
        best = max(counts) if frame.op == "most" else min(counts)
        winners = [territory for territory in territories if len(territory.departments) == best]
        names = join([f"« {w.name} »" for w in winners], lang)
        ranking = "\n".join(
            self._territory_line(territory, lang)
            for territory in sorted(territories, key=lambda each: -len(each.departments))
        )
        return self._answer(
            question=question,
            frame=frame,
            text=t(
                lang,
                f"{names}, sur {best} département{'s' if best > 1 else ''} :\n{ranking}",
                f"{names}, over {best} department{'s' if best > 1 else ''}:\n{ranking}",
            ),
            territories=winners,
        )

    def _ranked(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        lang, ask = frame.lang, frame.ask
        places = [f.split(":", 1)[1] for f in frame.filters if f.startswith("department:")]
        code = (
            places[0]
            if len(places) == 1
            and ask in {"communes", "population"}
            and self._within(self.said(frame.text or question), places[0])
            else ""
        )
        known = [
            (territory, self._measured_in(territory, ask, code))
            for territory in territories
            if territory.anct_id in self._measures
        ]
        if not known:
            return None
        others = sorted(known, key=lambda pair: pair[1], reverse=frame.op == "most")
        # (« le top 3 des plus peuplés » shows those three, and names them.)
        said = self.said(question)
        # (« les 3 lauréats du Tarn, lequel … ? » picks one of them.)
        shown = numbers.top(said) if frame.rank == 1 and not _ONE_OF.search(said) else None
        # (« des trois lauréats tarnais » names them all: one is ranked first.)
        shown = shown if shown and shown < len(others) else None
        listed = others[:shown] if shown else others
        ranking = "\n".join(f"• {other.name}{colon(lang)}{number(m, lang)}" for other, m in listed)
        if frame.rank > 1:
            # « et le deuxième ? » after a ranking: the one at that place, with the ranking.
            if frame.rank > len(others):
                return None
            at, measure = others[frame.rank - 1]
            head = _placed(at.name, measure, ask=ask, rank=frame.rank, lang=lang)
            text = f"{head}\n{ranking}"
            return self._answer(question=question, frame=frame, text=text, territories=[at])
        best = others[0][1]
        # Ties are all named: « Grand Narbonne et Nord Lozère, 37 communes chacun ».
        winners = [territory for territory, m in others if m == best]
        unit_fr, unit_en = units(ask, best)
        names = join([f"« {w.name} »" for w in winners], lang)
        most = frame.op == "most"
        several = len(winners) > 1
        verb = leads(ask, most=most, lang=lang, several=several)
        head = (
            t(
                lang,
                f"{names} {verb}, à égalité : {number(best, lang)} {unit_fr} chacun.",
                f"{names} {verb}, tied: {number(best, lang)} {unit_en} each.",
            )
            if several
            else t(
                lang,
                f"{names} {verb} : {number(best, lang)} {unit_fr}.",
                f"{names} {verb}: {number(best, lang)} {unit_en}.",
            )
        )
        where = t(lang, f" {self._in_department(code)}", f" in {self.department_label(code)}")
        return self._answer(
            question=question,
            frame=frame,
            text=f"{head[:-1]}{where if code else ''}{head[-1]}\n{ranking}",
            territories=[territory for territory, _ in listed] if shown else winners,
        )

    def _within(self, folded: str, code: str) -> bool:
        """Whether the words weigh the laureates in a department they name (« lequel compte le
        plus de communes dans le 65 ? »), not pick those of that department (« les
        nouveaux du Tarn »)."""
        name = fold(self.k.department_name(code))
        return bool(
            re.search(
                rf"\b(?:dans|ds|cote|in|en|within) (?:le |la |les |l |the )?(?:{re.escape(name)}"
                rf"|{code})\b",
                folded,
            )
        )

    def _measured_in(self, territory: Territory, ask: str, code: str) -> int:
        """A laureate's measure, or its communes or inhabitants in one department only: « dans
        le Gers, lequel est le plus peuplé ? » weighs each one's part there."""
        if not code:
            return self._measures[territory.anct_id].metric(ask)
        return amount_of(ask, self._communes_of(territory, code))


def _placed(name: str, value: int, *, ask: str, rank: int, lang: Language) -> str:
    """« « Alès » vient en deuxième position : 94 communes. »"""
    unit_fr, unit_en = units(ask, value)
    place, amount = ordinal(rank, lang), number(value, lang)
    return t(
        lang,
        f"« {name} » vient en {place} position : {amount} {unit_fr}.",
        f"“{name}” comes {place}: {amount} {unit_en}.",
    )
