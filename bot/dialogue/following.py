"""A follow-up read as frames: its frame filled from the conversation's last one, or from
the laureate the last answer affirmed, ranked first or listed at a rank, and computed on
the knowledge; None when the conversation layer's rules are to read it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer import Answer
from bot.answers.choice import ACCEPT_OVER_UNKNOWN
from bot.answers.combine import combine_parts, distinct
from bot.answers.execute import Executor
from bot.answers.topical import is_card
from bot.dialogue.against import compared_with, sets_against
from bot.dialogue.context import Context, Turn
from bot.dialogue.followup import FollowUps
from bot.dialogue.frames import (
    among_all,
    lists_of_a_department,
    of_groupings,
    of_its_grouping,
)
from bot.dialogue.frames import follow as follow_frame
from bot.dialogue.its_measure import TOWN_WORD, split_between
from bot.dialogue.kept import RANKINGS, affirmed, of_groupings_only, of_towns
from bot.dialogue.referents import Referents
from bot.dialogue.reread import beyond_cards, grouping_named, reread, shared_grouping
from bot.dialogue.rest import the_rest
from bot.dialogue.sides import (
    THIS_TERRITORY,
    as_its_laureate,
    as_towns,
    last_of,
    of_a_territory,
    one_side,
    placed_within,
    ranked_town,
    territorial,
)
from bot.dialogue.why import asks_why
from bot.normalize import clean, fold
from bot.understanding.cues import Cues, read_cues
from bot.understanding.frame import FILLED, Frame, subject_kind
from bot.understanding.language import Language
from bot.understanding.settled import RANKS
from bot.understanding.topics import Reading

# « c'est la plus grande ville … ? », « is it the largest town … ? »: a claim of the one
# just named (« c'est quoi la plus petite ? » asks which).
_CLAIMED = re.compile(
    r"(?:et |mais |donc |so |and )?(?:c est|ce serait|est ce|est elle|est il|is it|is that"
    r"|it s|is this)\b(?! (?:quoi|qui|quel(?!qu)\w*|laquelle|lequel|ou|what|which|who|where)\b)"
)
# One owner: « ses intercos, c'est lesquelles ? » asks of one, though its words are plural.
_ITS = re.compile(r"\b(?:son|sa|ses|its)\b")
# « il », « ça », « it »: what was just spoken of, as the subject of the words.
_ITSELF = re.compile(
    r"^(?:(?:et|and|mais|but|ok|donc|so|alors) )*(?:il|elle|ca|c|it|celui ci|celle ci)\b"
    r"|\b(?:is it|does it|has it|did it|est il|est elle|that one|this one)\b"
)
# « et l'autre ? », « the other one »: the one of two not just spoken of.
# (« de l'autre côté » is a territory's other department: bot.dialogue.sides.other_side.)
_THE_OTHER = re.compile(r"\b(?:l autre|the other)\b(?! (?:cote|departement|side|department)\b)")


class Following:
    """Built once per engine, over its executor and its conversation layer."""

    def __init__(
        self,
        *,
        executor: Executor,
        referents: Referents,
        followups: FollowUps,
        listing: Callable[..., Answer | None],
        topics: Callable[[str], Reading],
    ) -> None:
        self._executor = executor
        self._referents = referents
        self._followups = followups
        self._listing = listing
        self._topics = topics

    def follow(
        self,
        *,
        question: str,
        frames: tuple[Frame, ...],
        context: Context,
        now: float,
        listed: bool = False,
    ) -> Turn | None:
        """A follow-up of a computed answer, as its frame filled from the last one; `listed`,
        once the conversation layer has found nothing, lets a count of laureates be answered
        by their list, and any follow-up of its answers be filled."""
        folded = fold(clean(question))
        cues = read_cues(folded=folded)
        if len(frames) > 1 and (cues.rank is not None or any("about" in f.stated for f in frames)):
            # (« how many communes in it and what's the biggest? »: each part of the same.)
            return None
        last = context.frames[-1] if context.frames else None
        # (« et les autres ? » after the renewed ones: the new ones; « il y en a ailleurs ? »
        # after a laureate's communes in two departments: those elsewhere.)
        if (rest := self._rest(question, frame=frames[0], context=context, now=now)) is not None:
            return rest
        # (« et juste derrière ? » after a ranking: its next place.)
        following = cues.following and last is not None and last.op in RANKS
        rank = last.rank + 1 if cues.rank is None and following and last else cues.rank
        if rank is not None and not (
            # (« la deuxième commune la plus peuplée ? » after a count ranks anew.)
            frames[0].op in RANKS
            and "op" in frames[0].stated
            and (last is None or last.op not in RANKS)
        ):
            # « le deuxième de la liste, il a combien de communes ? »: what is asked of the
            # laureate at that rank of the list shown; without an attribute (« le
            # troisième ? »), its card, the conversation layer's.
            return self._ranked(
                question=question, frame=frames[0], context=context, now=now, rank=rank
            )
        if (
            "ask" not in frames[0].stated
            # (« ça fait quel pourcentage de la région ? »: a share of what was just counted;
            # « is that territory in Occitanie? », of the one just spoken of.)
            and not ("op" in frames[0].stated and frames[0].op == "share")
            and not THIS_TERRITORY.search(folded)
            and not lists_of_a_department(frames[0], context.frames)
            and not (
                last is not None
                and (
                    split_between(frames[0], last)
                    # (« et par rapport à Figeac ? » sets it against what was just spoken of.)
                    or compared_with(frames[0], last=last, said=folded)
                )
            )
        ):
            # « et le dossier de presse ? » after a list names a card of its own, clearly:
            # no follow-up of the list. (« quels lauréats ? » after a department: its own.)
            best = self._topics(question).best
            if best is not None and best.score >= ACCEPT_OVER_UNKNOWN and is_card(best.topic):
                return None
        frames = reread(frames, folded=folded, last=last)
        # Several laureates only when the question speaks of several, or narrows them.
        many = (
            cues.many
            or frames[0].stated == {"filters"}
            # « lequel compte le plus d'habitants ? » picks among the list shown.
            or frames[0].op in {"most", "least", "compare", "each"}
        )
        ranking = frames[0].op in {"most", "least", "compare"}
        last = (
            last_of(context.frames, frames[0], before=context.before, affirmed=context.affirmed)
            if context.frames
            else self._referents.subjects_of(context, many=many, ranking=ranking, question=question)
            or self._referents.answered(context)
        )
        if last is not None and "about" not in frames[0].stated:
            last = self._referents.with_earlier(context, last, question=question)
        frames = self._typed(frames, last)
        named = self._as_its_laureate(question=question, frames=frames, last=last, now=now)
        if named is not None:
            return named
        if _THE_OTHER.search(folded) and "about" not in frames[0].stated:
            return self._the_other(
                question=question, frame=frames[0], last=last, context=context, now=now
            )
        turned = self._said_of_last(
            question=question, folded=folded, frame=frames[0], last=last, context=context, now=now
        )
        if turned is not None:
            return turned
        if last is not None and of_towns(last):
            frames = tuple(as_towns(f) for f in frames)
        placed = placed_within(frames[0], last, folded=folded)
        answer = None if placed is None else self._executor.answer(question=question, frame=placed)
        if placed is not None and answer is not None:
            return self._turn(answer, frames=affirmed((placed,), answer), now=now)
        last = self._first_ranked(frames[0], last, context=context, folded=folded, cues=cues)
        if last is not None and "about" not in frames[0].stated:
            last = one_side(frames[0], last, folded=folded)
        # (« combien d'habitants dans ce territoire ? » after a town: the territory's, though
        # a town has inhabitants too.)
        # (The same when the words ask nothing of their own: « et dans tout le territoire ? ».)
        said = (
            frames[0].ask in {"population", "departments", "region", "laureate"}
            or not frames[0].stated
        ) and bool(THIS_TERRITORY.search(folded))
        claimed = self._claimed_of_town(
            question, folded=folded, frame=frames[0], last=last, now=now
        )
        if claimed is not None:
            return claimed
        last = of_groupings(frames[0], last, folded=folded, holding=self._executor.holding)
        grouping = of_its_grouping(
            frames[0], last, folded=folded, grouping_of=self._executor.grouping_of
        )
        if grouping is not last and grouping is not None:
            # (« cette interco » names the intercommunality, which has communes of its own;
            # « et l'agglo ? » asks of it what was asked of the town.)
            last, frames = (
                grouping,
                (
                    replace(frames[0], ask=grouping.ask, stated=frames[0].stated | {"ask"}),
                    *frames[1:],
                ),
            )
        elif last is not None and of_a_territory(frames[0], last, said=said):
            # « il a combien de communes, ce territoire ? » after a town's: the territory's;
            # « et combien d'intercos ? » after the share of the Ariège one laureate covers:
            # that laureate's.
            # (Or, when the last answer named no laureate, the one its towns are in:
            # « ce TI a combien d'intercos ? » after Béziers and Sète compared.)
            held = self._executor.holding(last.about) if of_towns(last) else ()
            last = (
                self._referents.subjects_of(context, many=many)
                or self._referents.national_of(context)
                # (« et la plus grande ville du territoire ? » after « Moissac ? » then
                # « et Montauban ? », which is in none: the territory Moissac is in.)
                # (« Which intercommunalities is it made of? » too: a town has but one.)
                or (
                    self._referents.earlier_of(context)
                    if THIS_TERRITORY.search(folded) or frames[0].ask == "members"
                    else None
                )
                or (replace(last, about=held, filters=()) if held else None)
                or (None if of_towns(last) else last)
            )
            if said and last is not None and not frames[0].stated:
                # (« et dans tout le territoire ? » after a town's inhabitants: the words
                # name the territory, and ask what was asked of the town.)
                frames = (replace(frames[0], about=last.about, stated=frozenset({"about"})),)
        if last is None:
            return None
        filled = tuple(f for f in (follow_frame(frame=fr, last=last) for fr in frames) if f)
        if len(filled) != len(frames) or (
            not context.frames and not listed and not all(beyond_cards(f) for f in filled)
        ):
            return None
        answered = self._answered(
            question=question, frames=frames, filled=filled, last=last, listed=listed
        )
        if answered is None:
            return None
        answer, filled = answered
        return self._turn(answer, frames=affirmed(filled, answer), now=now)

    def _rest(self, question: str, *, frame: Frame, context: Context, now: float) -> Turn | None:
        """« et les autres ? », « ailleurs ? »: what the last answer left out; « lesquels ? »:
        the laureates of the department a ranking put first."""
        before = (*context.before, *context.frames)
        rest = the_rest(
            frame, before=before, folded=fold(clean(question)), first=context.departments
        )
        answer = (
            None
            if rest is None
            else self._executor.answer(question=question, frame=rest)
            or self._listing(rest, question=question)
        )
        if rest is None or answer is None:
            return None
        return self._turn(answer, frames=affirmed((rest,), answer), now=now)

    def _claimed_of_town(
        self, question: str, *, folded: str, frame: Frame, last: Frame | None, now: float
    ) -> Turn | None:
        """« c'est la plus grande ville de ce territoire ? » after a town: whether it is, of
        the territory it is in."""
        if (
            last is None
            or not of_towns(last)
            or len(last.about) != 1
            or frame.op not in RANKS
            or not _CLAIMED.match(folded)
            or not of_a_territory(frame, last)
        ):
            return None
        claimed = replace(frame, about=last.about, stated=frame.stated | FILLED)
        answer = self._executor.answer(question=question, frame=claimed)
        if answer is None:
            return None
        return self._turn(answer, frames=affirmed((claimed,), answer), now=now)

    def _answered(
        self,
        *,
        question: str,
        frames: tuple[Frame, ...],
        filled: tuple[Frame, ...],
        last: Frame,
        listed: bool,
    ) -> tuple[Answer, tuple[Frame, ...]] | None:
        """The filled frames' answers, as one, with the frames they answer; None when one of
        them has none."""
        found = [
            self._executor.answer(question=question if len(frames) == 1 else f.text, frame=f)
            # (« et parmi eux combien de renouvelés ? »: the list answers count them, when
            # asked to.)
            or self._listing(
                replace(f, op="list") if f.op == "count" and listed else f, question=question
            )
            # (« parle-moi de ce territoire » after a town: the card of the one it is in.)
            or (
                self._card(f.about[0], lang=f.lang)
                if f.ask == "laureate" and f.op == "lookup" and len(f.about) == 1
                else None
            )
            for f in filled
        ]
        answers = [a for a in found if a is not None]
        if len(answers) != len(frames):
            return None
        if len(answers) > 1:
            return combine_parts(distinct(answers)), filled
        wider = (
            None if answers[0].territories else among_all(frames[0], filled=filled[0], last=last)
        )
        widened = None if wider is None else self._executor.answer(question=question, frame=wider)
        if wider is not None and widened is not None and widened.territories:
            # (Among the last ones, none: the choice was among all.)
            return widened, (wider,)
        return answers[0], filled

    def _first_ranked(
        self, frame: Frame, last: Frame | None, *, context: Context, folded: str, cues: Cues
    ) -> Frame | None:
        """What a follow-up of a ranking asks of: the town it put first, or the territory."""
        town = ranked_town(frame, last, context=context, folded=folded, whole=cues.whole)
        if town is not None:
            # « elle a combien d'habitants ? » after the most populous town of a laureate:
            # that town's.
            return Frame(ask="population", op="lookup", about=(town,))
        its = bool(_ITS.search(folded))
        if (
            last is not None
            and last.op in {"most", "least"}
            # (« its biggest town? » after a ranking ranks the first one's towns.)
            and (frame.op not in RANKINGS or its)
            and (not cues.many or cues.one or its)
            # (« does it have fewer people than Hautes Terres d'Oc? »: the first one, against
            # it; « il est en Occitanie ? », of the first one.)
            and (
                "about" not in frame.stated
                or (
                    bool(_ITSELF.search(folded))
                    and (
                        sets_against(folded)
                        or all(subject_kind(s) in {"region", "department"} for s in frame.about)
                    )
                )
            )
            # (« et si on exclut les interrégionaux ? » ranks the others.)
            and "filters" not in frame.stated
        ):
            # « ses intercos ? » after « lequel a le plus de communes ? »: the first ranked;
            # « combien ? » asks it the measure it was ranked by.
            first = self._referents.first_ranked(context)
            if first is not None and subject_kind(first.about[0]) == "epci":
                # (An intercommunality ranked first was measured: « elle compte combien de
                # communes ? » is its own.)
                return replace(first, ask="population")
            measured = first is not None and last.ask in {"communes", "population", "members"}
            return replace(first, ask=last.ask) if first is not None and measured else first or last
        return last

    def _as_its_laureate(
        self, *, question: str, frames: tuple[Frame, ...], last: Frame | None, now: float
    ) -> Turn | None:
        """« et l'Ariège, il en a combien ? » after the laureates measured: the laureate."""
        named = as_its_laureate(frames[0], last, laureate_of=self._executor.laureate_named_as)
        if named is frames[0] or len(frames) != 1:
            return None
        answer = self._executor.answer(question=question, frame=named)
        return (
            None
            if answer is None
            else self._turn(answer, frames=affirmed((named,), answer), now=now)
        )

    def _typed(self, frames: tuple[Frame, ...], last: Frame | None) -> tuple[Frame, ...]:
        """The frames with a town typed a typo away near the last ones read as that town
        (« et Castelsarasin aussi ? » after Moissac), and a department named like a laureate
        read as that laureate after another (« et l'Ariège ? » after Alès's largest town)."""
        if last is None:
            return frames
        typed = self._referents.typed_near(frames[0], last)
        if typed is None:
            return (self._referents.laureate_named_for(frames[0], last), *frames[1:])
        return (
            replace(
                frames[0],
                about=(typed,),
                stated=frames[0].stated | {"about"},
                candidates=(),
                ambiguous=False,
            ),
            *frames[1:],
        )

    def _the_other(
        self, *, question: str, frame: Frame, last: Frame | None, context: Context, now: float
    ) -> Turn | None:
        """« et l'autre ? », « et l'autre, son portable ? »: what the question asks, or else
        the last question, of the other one; after a count or a list, its card."""
        other = self._referents.other(context)
        if other is None:
            return None
        if other.ask == "quote":
            # (Whatever is asked of it, « elle est de qui ? », its words and speaker say.)
            answer = self._card(other.about[0], lang=frame.lang)
            return None if answer is None else self._turn(answer, frames=(), now=now)
        # (« et l'autre interco ? » names what the other is, and asks what was asked.)
        grouping = frame.ask == "members" and subject_kind(other.about[0]) == "epci"
        if "ask" in frame.stated and not grouping:
            filled = replace(frame, about=other.about, filters=(), stated=frame.stated | FILLED)
        elif (
            last is not None
            # (After a count or a list of laureates, the other one's card: below.)
            and not (last.ask == "laureate" and last.op in {"count", "list"})
            and last.about[:1] != ("laureates",)
        ):
            filled = replace(last, about=other.about, filters=(), text=frame.text, lang=frame.lang)
        else:
            filled = replace(other, text=frame.text, lang=frame.lang, stated=FILLED)
        answer = self._executor.answer(question=question, frame=filled)
        if answer is None and filled.ask == "laureate":
            answer = self._card(filled.about[0], lang=frame.lang)
        if answer is None:
            return None
        return self._turn(answer, frames=affirmed((filled,), answer), now=now)

    def _card(self, subject: str, *, lang: Language) -> Answer | None:
        """The card of a laureate or a quotation named as a subject."""
        key = self._referents.key_of(subject)
        return None if key is None else self._followups.card(key=key, lang=lang)

    def _said_of_last(
        self,
        *,
        question: str,
        folded: str,
        frame: Frame,
        last: Frame | None,
        context: Context,
        now: float,
    ) -> Turn | None:
        """« pourquoi ? » after whether a town is in a territory, or a territory is a laureate
        (why it was chosen or not, the sources do not say), whether the quotation just given says a thing,
        a share « du département » after a laureate's communes, or « celle du Tarn » after a
        town many share the name of; « et dans la même interco ? » after two towns; « Is
        Finistère one of them? » after ANCT's territories."""
        shared = (
            shared_grouping(frame, folded=folded, last=last)
            or grouping_named(
                frame, folded=folded, last=last, grouping_of=self._executor.grouping_of
            )
            or (None if last is None else self._referents.territory_like(frame, last))
        )
        answer = None if shared is None else self._executor.answer(question=question, frame=shared)
        if shared is not None and answer is not None:
            return self._turn(answer, frames=(shared,), now=now)
        if last is not None and asks_why(folded, frame=frame, last=last):
            # (A town asked of one laureate, « Non » answered, is still the town asked of.)
            town = [subject_kind(s) for s in last.about][:1] == ["commune"]
            # (Of a town, the data say what it belongs to: « Le communiqué ne précise pas
            # pourquoi … Ce que disent les données : … ».)
            why = replace(
                frame,
                ask="membership" if town else "unknown",
                op="yesno" if town else "lookup",
                about=last.about,
                filters=(),
                stated=FILLED,
            )
            answer = self._executor.answer(question=question, frame=why)
            # (The conversation goes on about the same place.)
            kept = context.frames or (last,)
            return None if answer is None else self._turn(answer, frames=kept, now=now)
        quoted = self._referents.quoted(frame, context)
        answer = None if quoted is None else self._executor.answer(question=question, frame=quoted)
        if answer is not None:
            return self._turn(answer, frames=context.frames, now=now)
        share = None if last is None else self._referents.of_the_department(frame, last)
        answer = None if share is None else self._executor.answer(question=question, frame=share)
        if share is not None and answer is not None:
            return self._turn(answer, frames=affirmed((share,), answer), now=now)
        if last is not None and not of_towns(last) and len(context.communes) == 1:
            # (« Et Roquemaure ? » answered of ANCT's territory it is in: the town it named.)
            last = Frame(ask="membership", op="yesno", about=(f"commune:{context.communes[0]}",))
        namesake = self._referents.namesake_asked(frame, last, folded=folded)
        answer = (
            None if namesake is None else self._executor.answer(question=question, frame=namesake)
        )
        if namesake is None or answer is None:
            return None
        return self._turn(answer, frames=affirmed((namesake,), answer), now=now)

    def _turn(
        self,
        answer: Answer,
        *,
        frames: tuple[Frame, ...],
        now: float,
        shown: tuple[str, ...] | None = None,
    ) -> Turn:
        """A follow-up's answer and the context it leaves: the frames it stands for, and the
        list shown before when a rank of it was picked."""
        remembered = self._followups.remember(answer, aspect="", now=now)
        context = replace(remembered, frames=frames)
        return Turn(
            answer=answer, context=context if shown is None else replace(context, shown=shown)
        )

    def _ranked(
        self, *, question: str, frame: Frame, context: Context, now: float, rank: int
    ) -> Turn | None:
        """« le deuxième de la liste, il a combien de communes ? »: what is asked of the
        laureate at that rank of the list shown, and « et le premier ? » next; without an
        attribute (« le troisième ? »), its card, the conversation layer's."""
        last = context.frames[-1] if context.frames else None
        if (
            last is not None
            and last.op in RANKS
            and rank > 1
            and (
                "ask" not in frame.stated
                or frame.ask == last.ask
                # (Groupings are ranked by their inhabitants or communes.)
                or (last.ask == "members" and frame.ask in {"population", "communes"})
            )
        ):
            # « et la deuxième ? » after the most populous: the next place of that ranking
            # (read from the words that asked it: « ville » says towns are ranked).
            placed = replace(last, rank=rank, lang=frame.lang)
            answer = self._executor.answer(question=last.text or question, frame=placed)
            if answer is not None:
                return self._turn(
                    replace(answer, question=question),
                    frames=(placed,),
                    now=now,
                    shown=context.shown,
                )
        picked = self._referents.ranked(context, rank=rank)
        if picked is not None and of_groupings_only(picked) and TOWN_WORD.search(fold(question)):
            # (« la deuxième ville » is no grouping of the list shown.)
            picked = None
        if picked is not None and context.frames and "ask" not in frame.stated:
            previous = context.frames[-1]
            picked = replace(picked, ask=previous.ask, op=previous.op)
        if picked is None or not (
            territorial(frame if "ask" in frame.stated else picked)
            # (« combien d'habitants dans la troisième ? »: a place has inhabitants.)
            or ("ask" in frame.stated and frame.ask == "population")
        ):
            return None
        # (The rank names the subject; what is asked is the question's, or the last one's.)
        asked = "ask" in frame.stated
        filled = replace(
            frame,
            ask=frame.ask if asked else picked.ask,
            op=frame.op if "op" in frame.stated or asked else picked.op,
            about=picked.about,
            filters=(),
            stated=frame.stated | FILLED,
        )
        answer = self._executor.answer(question=question, frame=filled)
        if answer is None:
            return None
        return self._turn(answer, frames=affirmed((filled,), answer), now=now, shown=context.shown)
