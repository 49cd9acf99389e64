"""Answers from ANCT's perimeters: is a commune, a postal code or an intercommunality in a
territory, and which groupements make up a laureate. Membership is ANCT's (4 July 2024)
joined to Etalab's intercommunalities (2026), and every answer says so."""

from __future__ import annotations

from bot.answer import Answer, Button
from bot.answers import french
from bot.answers.common import Base, colon, join, key, of_the_fifteen, t
from bot.knowledge.perimeters import Coverage, NationalTerritory, Perimeters
from bot.knowledge.places import Commune, Places
from bot.knowledge.schema import Territory
from bot.understanding.intents import Intent
from bot.understanding.language import Language

# A postal code's list of communes stays readable in one message.
_MAX_LISTED = 30


def communes(count: int, lang: Language) -> str:
    """« 1 commune », « 37 communes » (English keeps only 1 singular)."""
    return t(lang, french.counted(count, "commune"), f"{count} commune{'s' if count != 1 else ''}")


class PerimeterAnswers(Base):
    """Who is in which territory, with the chain of evidence: commune → intercommunality → territory."""

    @property
    def _data(self) -> tuple[Places, Perimeters, Coverage]:
        k = self.k
        assert k.places is not None and k.perimeters is not None and k.coverage is not None
        return k.places, k.perimeters, k.coverage

    def _territories_of(self, commune: Commune) -> list[NationalTerritory]:
        _, perimeters, coverage = self._data
        return [perimeters.territories[i] for i in coverage.territories_of(commune)]

    def _laureates(self, found: list[NationalTerritory]) -> list[Territory]:
        return [laureate for n in found if (laureate := self.k.laureate(n.id)) is not None]

    def _perimeter_sources(self) -> tuple[str, ...]:
        return (
            self._release,
            self.k.sources["anct-ti-2024-07-04"].title,
            self.k.sources["etalab-decoupage"].title,
        )

    def _as_of(self, lang: Language) -> str:
        return t(
            lang,
            " (Appartenance selon l'ANCT, données du 4 juillet 2024, et les intercommunalités d'Etalab, 2026.)",
            " (Membership as given by ANCT, data of 4 July 2024, and Etalab's intercommunalities, 2026.)",
        )

    def _epci_name(self, commune: Commune) -> str | None:
        places, _, _ = self._data
        return None if commune.epci is None else places.epci_names.get(commune.epci)

    def _chain(self, commune: Commune, national: NationalTerritory, lang: Language) -> str:
        """How the commune is in the territory: through its intercommunality, or itself."""
        epci = self._epci_name(commune)
        if commune.epci is not None and any(m.siren == commune.epci for m in national.members):
            return t(
                lang,
                f"{commune.name} appartient à l'intercommunalité « {epci} », membre du territoire "
                f"« {national.name} » dans les données de l'ANCT.",
                f"{commune.name} belongs to the intercommunality « {epci} », a member of the territory "
                f"« {national.name} » in ANCT's data.",
            )
        return t(
            lang,
            f"{commune.name} est elle-même membre du territoire « {national.name} » dans les données de l'ANCT.",
            f"{commune.name} is itself a member of the territory « {national.name} » in ANCT's data.",
        )

    def _laureate_sentence(self, territory: Territory, lang: Language) -> str:
        interregional = (
            t(lang, " C'est un territoire interrégional.", " It is an interregional territory.")
            if territory.interregional
            else ""
        )
        return t(
            lang,
            f"« {territory.name} » ({self._departments_of(territory)}), l'un des 15 lauréats "
            f"« Territoires d'industrie » 2023-2027 en Occitanie : {self._status(territory, lang)}.{interregional}",
            f"« {territory.name} » ({self._departments_of(territory)}), one of the 15 « Territoires "
            f"d'industrie » laureates for 2023-2027 in Occitanie: {self._status(territory, lang)}.{interregional}",
        )

    def _elsewhere_sentence(self, national: NationalTerritory, lang: Language) -> str:
        region = self._region_name(national.region)
        return t(
            lang,
            f"« {national.name} », territoire que l'ANCT rattache à la région {region}, l'un des 183 "
            "territoires lauréats 2023-2027 en France ; ce n'est pas l'un des 15 lauréats d'Occitanie "
            "du communiqué, les seuls dont je connaisse le détail (statut, contacts…).",
            f"« {national.name} », a territory ANCT files under {region}, one of the 183 laureate "
            "territories for 2023-2027 in France; it is not one of the release's 15 Occitanie "
            "laureates, the only ones I know in detail (status, contacts…).",
        )

    def membership(
        self,
        *,
        question: str,
        commune: Commune,
        where: str,
        lang: Language,
        confidence: float,
        asked: Territory | None = None,
    ) -> Answer:
        """« Is my town in it? » for a current commune; `asked` when the question names a laureate."""
        found = self._territories_of(commune)
        laureates = self._laureates(found)
        if asked is not None and asked not in laureates:
            return self._not_in(
                question=question,
                commune=commune,
                where=where,
                asked=asked,
                found=found,
                lang=lang,
                confidence=confidence,
            )
        if asked is not None:
            laureates = [asked, *(x for x in laureates if x != asked)]
        text = self._is_in(
            commune=commune,
            where=where,
            found=found,
            laureates=laureates,
            lang=lang,
            fifteen=of_the_fifteen(question),
        )
        buttons: tuple[Button, ...]
        if laureates:
            buttons = (
                Button(laureates[0].name, key("t", laureates[0].id, lang)),
                *self._territory_buttons(laureates[0], lang),
            )
            emphasis = tuple(x.name for x in laureates)
        else:
            present = self._laureates_reaching(commune.department)
            if present:
                text += t(
                    lang,
                    f"\n\nLauréats d'Occitanie présents {self._in_department(commune.department)} :\n",
                    f"\n\nOccitanie laureates present in {self.department_label(commune.department)}:\n",
                ) + "\n".join(self._territory_line(x, lang) for x in present)
            buttons = tuple(Button(x.name, key("t", x.id, lang)) for x in present) or (
                self._laureates_button(lang),
            )
            emphasis = ()
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=commune.name,
            territories=tuple(x.name for x in laureates),
            national_territories=tuple(n.name for n in found),
            confidence=confidence,
            sources=self._perimeter_sources(),
            buttons=buttons,
            emphasis=emphasis,
        )

    def _is_in(
        self,
        *,
        commune: Commune,
        where: str,
        found: list[NationalTerritory],
        laureates: list[Territory],
        lang: Language,
        fifteen: bool = False,
    ) -> str:
        _, perimeters, coverage = self._data
        if laureates:
            first = laureates[0]
            national = perimeters.territories[first.anct_id]
            text = t(
                lang,
                f"Oui : {where} fait partie du territoire d'industrie {self._laureate_sentence(first, lang)}",
                f"Yes: {where} is in the industrial territory {self._laureate_sentence(first, lang)}",
            )
            text += "\n\n" + self._chain(commune, national, lang)
            for other in found:
                if other.id != first.anct_id:
                    text += t(lang, " Elle fait aussi partie de ", " It is also in ")
                    text += self._named(other, lang) + "."
            return text + self._as_of(lang)
        if found:
            first_national = found[0]
            # Asked whether one of Occitanie's fifteen: no, though one of the 183.
            text = (
                t(
                    lang,
                    f"Non : {where} n'est dans aucun des 15 lauréats d'Occitanie. Elle fait partie "
                    f"du territoire d'industrie {self._elsewhere_sentence(first_national, lang)}",
                    f"No: {where} is in none of Occitanie's 15 laureates. It is in the industrial "
                    f"territory {self._elsewhere_sentence(first_national, lang)}",
                )
                if fifteen
                else t(
                    lang,
                    f"Oui : {where} fait partie du territoire d'industrie {self._elsewhere_sentence(first_national, lang)}",
                    f"Yes: {where} is in the industrial territory {self._elsewhere_sentence(first_national, lang)}",
                )
            )
            text += "\n\n" + self._chain(commune, first_national, lang)
            for other in found[1:]:
                text += t(lang, " Elle fait aussi partie de ", " It is also in ")
                text += self._named(other, lang) + "."
            return text + self._as_of(lang)
        epci = self._epci_name(commune)
        if commune.region in coverage.unresolved_regions:
            return t(
                lang,
                f"Je ne peux pas l'affirmer : {where} n'est dans aucun des territoires d'industrie "
                "dont l'ANCT donne les intercommunalités, mais dans cette région l'ANCT désigne aussi "
                "des établissements publics territoriaux du Grand Paris, dont les données d'Etalab ne "
                f"donnent pas les communes.{self._as_of(lang)}",
                f"I cannot say for sure: {where} is in none of the industrial territories whose "
                "intercommunalities ANCT gives, but in this region ANCT also lists public territorial "
                "bodies of the Grand Paris, whose communes Etalab's data do not give."
                f"{self._as_of(lang)}",
            )
        reason = (
            t(
                lang,
                f"Son intercommunalité, « {epci} », n'est membre d'aucun d'eux dans les données de l'ANCT.",
                f"Its intercommunality, « {epci} », is a member of none of them in ANCT's data.",
            )
            if epci is not None
            else t(
                lang,
                "Elle n'appartient à aucune intercommunalité selon Etalab et l'ANCT ne la cite pas.",
                "It belongs to no intercommunality according to Etalab, and ANCT does not list it.",
            )
        )
        return (
            t(
                lang,
                f"Non : {where} ne fait partie d'aucun des 183 territoires d'industrie 2023-2027. ",
                f"No: {where} is in none of the 183 industrial territories for 2023-2027. ",
            )
            + reason
            + self._as_of(lang)
        )

    def _named(self, national: NationalTerritory, lang: Language) -> str:
        laureate = self.k.laureate(national.id)
        if laureate is not None:
            return f"« {laureate.name} »"
        return t(
            lang,
            f"« {national.name} » (région {self._region_name(national.region)})",
            f"« {national.name} » ({self._region_name(national.region)})",
        )

    def _not_in(
        self,
        *,
        question: str,
        commune: Commune,
        where: str,
        asked: Territory,
        found: list[NationalTerritory],
        lang: Language,
        confidence: float,
    ) -> Answer:
        """« Mende fait-elle partie de Nord Lozère ? »: no, and what the commune is in instead."""
        _, perimeters, _ = self._data
        national = perimeters.territories[asked.anct_id]
        epci = self._epci_name(commune)
        members = join([f"« {m.name} »" for m in national.members], lang)
        because = (
            t(
                lang,
                f"son intercommunalité, « {epci} », n'en est pas membre",
                f"its intercommunality, « {epci} », is not a member",
            )
            if epci is not None
            else t(
                lang,
                "elle n'appartient à aucune intercommunalité",
                "it belongs to no intercommunality",
            )
        )
        text = t(
            lang,
            f"Non : {where} ne fait pas partie du territoire d'industrie « {asked.name} », car {because}. "
            f"« {asked.name} » réunit {members}.",
            f"No: {where} is not in the industrial territory « {asked.name} », because {because}. "
            f"« {asked.name} » brings together {members}.",
        )
        laureates = self._laureates(found)
        if found:
            text += t(lang, "\n\nEn revanche, elle fait partie de ", "\n\nIt is, however, in ")
            text += join([self._named(n, lang) for n in found], lang) + "."
        else:
            text += t(
                lang,
                "\n\nElle ne fait partie d'aucun territoire d'industrie.",
                "\n\nIt is in no industrial territory.",
            )
        return Answer(
            question=question,
            text=text + self._as_of(lang),
            intent=Intent.LAUREATE,
            language=lang,
            title=commune.name,
            territories=tuple(x.name for x in laureates),
            national_territories=tuple(n.name for n in found),
            confidence=confidence,
            sources=self._perimeter_sources(),
            buttons=(
                Button(asked.name, key("t", asked.id, lang)),
                *(Button(x.name, key("t", x.id, lang)) for x in laureates),
            ),
            emphasis=tuple(x.name for x in laureates),
        )

    def postal_code(
        self, *, question: str, code: str, communes: tuple[Commune, ...], lang: Language
    ) -> Answer | None:
        """A postal code whose communes do not all get the same answer: each with its own.
        None when they all do (the answer for one then stands for all)."""
        answers = [(commune, self._territories_of(commune)) for commune in communes]
        if len({tuple(n.id for n in found) for _, found in answers}) <= 1:
            return None
        lines = []
        for commune, found in answers[:_MAX_LISTED]:
            laureates = self._laureates(found)
            epci = self._epci_name(commune) or t(
                lang, "sans intercommunalité", "no intercommunality"
            )
            if laureates:
                verdict = t(lang, f"oui, « {laureates[0].name} »", f"yes, « {laureates[0].name} »")
            elif found:
                verdict = t(lang, "oui, ", "yes, ") + self._named(found[0], lang)
            else:
                verdict = t(lang, "non", "no")
            lines.append(f"• {commune.name} ({commune.department}){colon(lang)}{verdict} ({epci})")
        more = "\n…" if len(answers) > _MAX_LISTED else ""
        every = [n for _, found in answers for n in found]
        laureates = list(dict.fromkeys(self._laureates(every)))
        text = t(
            lang,
            f"Le code postal {code} dessert {len(answers)} communes, qui ne sont pas toutes dans le même "
            "territoire d'industrie :\n",
            f"Postal code {code} serves {len(answers)} communes, not all in the same industrial territory:\n",
        )
        return Answer(
            question=question,
            text=text + "\n".join(lines) + more + "\n" + self._as_of(lang).strip(),
            intent=Intent.LAUREATE,
            language=lang,
            title=code,
            territories=tuple(x.name for x in laureates),
            national_territories=tuple(dict.fromkeys(n.name for n in every)),
            confidence=0.9,
            sources=self._perimeter_sources(),
            buttons=tuple(
                Button(f"{c.name} ({c.department})", key("c", c.code, lang)) for c, _ in answers[:8]
            ),
            emphasis=tuple(x.name for x in laureates),
        )

    def epci(
        self,
        *,
        question: str,
        siren: str,
        lang: Language,
        confidence: float = 1.0,
        asked: Territory | None = None,
    ) -> Answer:
        """An intercommunality by name: is it a member of a territory (of `asked`, when the
        question names one)?"""
        places, perimeters, coverage = self._data
        name = places.epci_names[siren]
        count = coverage.epci_communes.get(siren, 0)
        found = [perimeters.territories[i] for i in coverage.by_epci.get(siren, ())]
        laureates = self._laureates(found)
        label = t(
            lang,
            f"l'intercommunalité « {name} » ({communes(count, lang)})",
            f"the intercommunality « {name} » ({communes(count, lang)})",
        )
        if laureates:
            text = t(
                lang,
                f"Oui : {label} est membre du territoire « {found[0].name} » de l'ANCT, c'est-à-dire "
                f"{self._laureate_sentence(laureates[0], lang)}",
                f"Yes: {label} is a member of ANCT's territory « {found[0].name} », that is "
                f"{self._laureate_sentence(laureates[0], lang)}",
            )
        elif found:
            text = t(
                lang,
                f"Oui : {label} est membre du territoire d'industrie {self._elsewhere_sentence(found[0], lang)}",
                f"Yes: {label} is a member of the industrial territory {self._elsewhere_sentence(found[0], lang)}",
            )
        else:
            text = t(
                lang,
                f"Non : {label} n'est membre d'aucun des 183 territoires d'industrie 2023-2027 dans les données de l'ANCT.",
                f"No: {label} is a member of none of the 183 industrial territories for 2023-2027 in ANCT's data.",
            )
        if asked is not None and asked not in laureates and found:
            # « La CC … est dans Hautes Terres d'Oc ? »: no, it is in another one.
            text = t(
                lang,
                f"Non : {label} n'est pas membre {french.elided_of(asked.name)}« {asked.name} ». "
                + text.removeprefix("Oui : ").replace(label, "Elle", 1),
                f"No: {label} is not a member of « {asked.name} ». "
                + text.removeprefix("Yes: ").replace(label, "It", 1),
            )
        buttons = (
            (
                Button(laureates[0].name, key("t", laureates[0].id, lang)),
                *self._territory_buttons(laureates[0], lang),
            )
            if laureates
            else (self._laureates_button(lang),)
        )
        return Answer(
            question=question,
            text=text[0].upper() + text[1:] + self._as_of(lang),
            intent=Intent.LAUREATE,
            language=lang,
            title=name,
            territories=tuple(x.name for x in laureates),
            national_territories=tuple(n.name for n in found),
            confidence=confidence,
            sources=self._perimeter_sources(),
            buttons=buttons,
            emphasis=tuple(x.name for x in laureates),
        )

    def perimeter_text(self, territory: Territory, lang: Language) -> str:
        """What a laureate is made of, from ANCT and Etalab: a heading that names it, then its
        groupements. It answers « which intercommunalities? », so it never opens with « Oui »."""
        _, perimeters, coverage = self._data
        national = perimeters.territories[territory.anct_id]
        codes = coverage.communes.get(national.id, ())
        counts = [
            (d, counts[national.id])
            for d, counts in sorted(coverage.by_department.items())
            if national.id in counts
        ]
        spread = t(
            lang,
            ", ".join(f"{n} {self._in_department(d)}" for d, n in counts),
            ", ".join(f"{n} in {self.department_label(d)}" for d, n in counts),
        )
        lines = []
        for member in national.members:
            if member.kind == "epci":
                count = coverage.epci_communes.get(member.siren, 0)
                colon = t(lang, " :", ":")
                lines.append(
                    f"• {member.name} (SIREN {member.siren}){colon} {communes(count, lang)}"
                )
            else:
                lines.append(f"• {member.name} (SIREN {member.siren})")
        size = len(national.members)
        anct_name = "" if national.name == territory.name else f"« {national.name} », "
        head = t(
            lang,
            f"« {territory.name} » ({self._departments_of(territory)}), {self._short_status(territory, lang)}, "
            f"réunit selon l'ANCT ({anct_name}données du 4 juillet 2024) {french.counted(size, 'groupement')}, "
            f"soit {communes(len(codes), lang)} selon les intercommunalités d'Etalab (2026) : {spread}.",
            f"« {territory.name} » ({self._departments_of(territory)}), {self._short_status(territory, lang)}, "
            f"is made up, according to ANCT ({anct_name}data of 4 July 2024), of {size} "
            f"grouping{'s' if size != 1 else ''}, that is {communes(len(codes), lang)} "
            f"by Etalab's intercommunalities (2026): {spread}.",
        )
        return head + "\n" + "\n".join(lines)

    def _short_status(self, territory: Territory, lang: Language) -> str:
        """« territoire renouvelé », « nouveau lauréat interrégional »: the release's status in a heading."""
        if territory.status == "renewed":
            return t(
                lang,
                "territoire renouvelé" + (" et interrégional" if territory.interregional else ""),
                "a renewed" + (" interregional" if territory.interregional else "") + " territory",
            )
        return t(
            lang,
            "nouveau lauréat" + (" interrégional" if territory.interregional else ""),
            "a new" + (" interregional" if territory.interregional else "") + " laureate",
        )

    def _laureates_reaching(self, department: str) -> list[Territory]:
        """The release's laureates with at least one commune in the department, in its order."""
        return [x for x, _ in self.department_reach(department)]

    def department_reach(self, department: str) -> list[tuple[Territory, int]]:
        _, _, coverage = self._data
        counts = coverage.by_department.get(department, {})
        return [(x, counts[x.anct_id]) for x in self.k.territories if x.anct_id in counts]

    def national_reach(self, department: str) -> list[tuple[NationalTerritory, int]]:
        """ANCT territories outside the 15 with communes in the department."""
        _, perimeters, coverage = self._data
        counts = coverage.by_department.get(department, {})
        return [
            (perimeters.territories[ident], count)
            for ident, count in sorted(counts.items())
            if self.k.laureate(ident) is None
        ]
