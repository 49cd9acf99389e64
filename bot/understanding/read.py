"""A question read as frames: subjects linked, then what is asked, the operation and whom
about predicted by the model, and filters read from words whose meaning is exact."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from bot.knowledge.lexicon import Lexicon
from bot.knowledge.places import Places
from bot.normalize import clean
from bot.understanding import numbers, sequels
from bot.understanding.alike import alike_asks
from bot.understanding.cues import belongs, read_cues
from bot.understanding.filters import (
    EVERY_DEPARTMENT,
    measure_named,
    status_filters,
    thresholds_read,
    towns_placed,
)
from bot.understanding.frame import Frame, subject_kind
from bot.understanding.language import Language, detect
from bot.understanding.link import Linked, Linker
from bot.understanding.meant import whole_meant
from bot.understanding.model import Model, Prediction
from bot.understanding.names_only import (
    only_corrected,
    only_names,
    only_placed,
    only_titled,
    only_turned_to,
)
from bot.understanding.namesakes import placed_across
from bot.understanding.openers import after_opener
from bot.understanding.outright import (
    contact_kind,
    names_inhabitants,
    share_of_place,
    sole_in,
    superlative,
)
from bot.understanding.placed import announced_at, placed_in_department
from bot.understanding.sequels import among_them, in_it, named_answer, narrowing, set_before
from bot.understanding.settled import (
    FILTERING,
    LAUREATE_WORD,
    NAMED_OUTRIGHT,
    QUOTED,
    RANKS,
    WHICH_WORDS,
    alike_ops,
    only_which,
    op_settled,
    settled,
)
from bot.understanding.statements import (
    marked_asked,
    of_places,
    premise,
    remark,
    sentence_closed,
    set_aside_speaks,
    situating,
    statement,
)
from bot.understanding.topics import split_parts
from bot.understanding.unsourced import beyond_read
from bot.understanding.whether import ALIKE_OPS, declared_of_an_actor
from bot.understanding.whom import THIS_ONE, about_of, meant_subjects
from bot.understanding.wording import (
    RANKED,
    REFERRED,
    only_asking,
    only_ranked,
    only_reference,
    unsaid,
)

# Below this lead of the model's best reading over its second, a reading is not trusted.
SURE = 0.25
# A follow-up states what is asked, or the operation, only when the model reads it this
# clearly: « et le moins ? » states the operation, and leaves the attribute to the context.
STATED = 1.0
# Words that only lead into a question: « ok et … », « bon alors … », « plus largement, ».
_WHO_THEY_ARE = re.compile(r"(?:il|elle|he|she) (?:fait|est|does|is) (?:quoi|qui|what|who)\b")
# What a preamble the model reads as a request may be about: nothing, or the bot itself.
_NOTHING_NAMED = frozenset([(), ("bot",)])
# A part of a question with this many words of its own, at most, may only lead into the rest.
_LEADING = 2
_LEADING_ABOUT = frozenset([(), ("bot",), ("programme",)])
_AMONG = re.compile(
    r"(?:(?:et|and|mais|but|ok|bon) )?(?:parmi|among|amongst|out of|of all|de tous|d entre|a part"
    r"|sauf|hors|excepte|except|apart from|other than|sans compter|en dehors|pour chacune?|pour"
    r" chaque|dans chaque|dans chacun|for each|for every|in each|in every)\b"
)
_PROGRAMME_NAME = re.compile(r"\bterritoires? d industrie\b")
# « et le renouvelé ? », « and the new ones? »: the one(s) of the last list said so.
_AND_THE = re.compile(r"(?:et|and) (?:le|la|les|l|the|ceux|celles|those) ")
# « que ceux sur deux régions », « only the new ones »: the last list, narrowed.
_ONLY_THOSE = re.compile(
    r"\b(?:que|seulement|uniquement|only|just) (?:ceux|celles|les|those|the)\b"
)
# « à la fois », « both … and »: places that must all hold.
_AT_ONCE = re.compile(r"\b(?:a la fois|en meme temps|simultanement|both|a cheval sur|straddl\w*)\b")
# At most this many words narrow the last request and ask nothing (« et parmi les nouveaux ? »).
_NARROWING = 5
# What is asked whose answer no operation changes: the model's doubt on the operation
# makes it no less sure of them.
# What a part after a request no source answers may be read as, asking it again.
_ASKED_AGAIN = frozenset(["laureate", "help", "contact", "role"])
# What is asked outside what the sources hold, already.
_BEYOND = frozenset(["unknown", "out_of_scope"])
# Operations that give a measure as it is, whatever the words lean to.
_GIVEN = frozenset(["lookup", "each", "count"])
_OP_FREE = frozenset(["out_of_scope", "greeting", "thanks", "help", "sources"])


@dataclass(frozen=True)
class Reading:
    """The frames of a question and how sure the model was of each."""

    frames: tuple[Frame, ...]
    lang: Language


class Reader:
    def __init__(
        self, *, linker: Linker, model: Model, lexicon: Lexicon, places: Places | None
    ) -> None:
        self._linker, self._model, self._lexicon, self._places = linker, model, lexicon, places
        self._opened = functools.partial(
            after_opener, linker=linker, openers=lexicon.question_openers
        )

    def read(self, *, question: str) -> Reading:
        cleaned = clean(question)
        pieces = split_parts(text=cleaned)
        # One part is the whole question: linked once; several, each on its own.
        linked_pieces: list[Linked] = []
        parts: list[Linked] = []
        pending = pending_masked = ""
        situated = False
        # A part set after a statement placing the asker: its own words, by the merged text.
        own_words: dict[str, str] = {}
        cursor = 0
        for part in pieces if len(pieces) > 1 else (question,):
            # (Whether the part was asked: what ends it in the question.)
            cursor = max(cursor, cleaned.find(part, cursor) + len(part))
            stated = not cleaned[cursor:].lstrip().startswith("?")
            linked = self._opened(self._linker.link(question=f"{pending} {part}".strip()))
            if situated:
                # « Notre usine principale est à Lannemezan : quel TI ? »: the statement
                # names the place; what is asked, the question's own words say.
                # (Unless the question names it again: « …near Narbonne. Is Narbonne in … ? »)
                own = self._linker.link(question=part)
                names = [w for w in pending_masked.split() if w[0] == "_" and w not in own.masked]
                linked = replace(linked, masked=" ".join([*names, own.masked]), folded=own.folded)
                own_words[linked.text] = part
            situated = False
            linked_pieces.append(linked)
            if (
                parts
                and not pending
                and only_asking(linked.masked, self._lexicon)
                # (« …, et elle fait quoi ? » asks who she is: a request of its own.)
                and not _WHO_THEY_ARE.match(linked.masked)
            ):
                # « et ses communes, combien ? »: a question word after what it asks of.
                parts[-1] = self._linker.link(question=f"{parts[-1].text} {part}")
                continue
            if (
                only_names(linked.masked)
                or only_corrected(linked.masked)
                or (stated and len(pieces) > 1 and only_titled(linked.masked))
                # (« « emplois pérennes », c'est le préfet qui a dit ça ? »: the words asked of.)
                or bool(QUOTED.fullmatch(part.strip(" ,:")))
                or only_reference(linked.masked, self._lexicon)
                # « Parmi les lauréats, lesquels … ? », « À part ceux du Tarn, lesquels … ? »:
                # the list a request picks from.
                or (stated and len(pieces) > 1 and bool(_AMONG.match(linked.masked)))
                or (situated := stated and len(pieces) > 1 and situating(linked.masked))
                or (stated and part != pieces[-1] and set_before(part, linked.masked))
            ):
                # « Béziers-Sète, c'est nouveau ? », « ce territoire, combien de communes … ? »:
                # a subject set before its question.
                pending, pending_masked = linked.text, linked.masked
                continue
            parts.append(linked)
            pending = ""
        if (
            pending
            and parts
            and any(
                w.startswith("_") or w in REFERRED or w in RANKED for w in pending_masked.split()
            )
        ):
            # « le territoire de chacune : Mazamet, Millau, Figeac »: the names it asks of;
            # a closing « merci » asks nothing of what came before.
            parts[-1] = self._linker.link(question=f"{parts[-1].text} {pending}")
        elif pending and not parts:
            parts.append(self._linker.link(question=pending))
        whole = linked_pieces[0] if linked_pieces else self._linker.link(question=question)
        parts = placed_across(parts, linker=self._linker, text=cleaned, places=self._places)
        lang = detect(
            # Names, and the programme's own French name, say nothing of the language.
            words=_PROGRAMME_NAME.sub(" ", " ".join(p.masked for p in linked_pieces)).split(),
            english=self._lexicon.english_words,
            french=self._lexicon.french_words,
        )
        # Each part's masked words, by its text: what a frame was read from.
        masked = {linked.text: linked.masked for linked in parts or [whole]}
        frames = [
            # (« Je suis adjoint au maire de Mende. Quels sont les axes ? »: the place only
            # situates a question that asks nothing of a place.)
            replace(f, text=own_words[f.text], preambled=True)
            if f.text in own_words and not of_places(f.about)
            else f
            for f in self._frames(parts or [whole], lang=lang)
        ]
        return Reading(frames=self._requests(frames, masked=masked, cleaned=cleaned), lang=lang)

    def _frames(self, parts: list[Linked], *, lang: Language) -> list[Frame]:
        """Each part's frame, in order, each taking the subjects before it when it names none;
        a thing asked twice over, once."""
        frames: list[Frame] = []
        subjects: tuple[str, ...] = ()
        named: tuple[str, ...] = ()
        for linked in parts:
            # « Saint-Flour is in the Cantal. Is it one of the Occitanie laureates? »: a part
            # naming only Occitanie asks of what came before.
            occitanie = (
                linked.subjects == ("region:Occitanie",)
                and bool(subjects)
                # (« …près de Rodez. Combien de lauréats en Occitanie ? » counts the region's.)
                and self._frame(linked=linked, subjects=linked.subjects, lang=lang).op
                not in {"count", "list"}
            )
            carried = bool(subjects) and not linked.subjects
            if linked.subjects and not occitanie:
                named = linked.named
            subjects = (
                subjects
                if occitanie
                else sequels.ours(linked.subjects, before=subjects, folded=linked.folded)
                or sequels.carried(subjects, folded=linked.folded)
            )
            frame = self._frame(linked=linked, subjects=subjects, lang=lang)
            if carried and set(frame.about) & set(subjects):
                # (What named the subjects carried over names them here too: « Les Angles,
                # le village des Hautes-Pyrénées …, c'est dans un TI ? ».)
                frame = replace(frame, named=tuple(dict.fromkeys((*frame.named, *named))))
            before = frames[-1] if frames else None
            if before is not None:
                frame = among_them(frame, before=before)
            if before is not None and "ask" not in frame.stated:
                frame = narrowing(frame, before=before)
            merged = (
                None
                if before is None
                else in_it(frame, before=before) or named_answer(frame, before=before)
            )
            if merged is not None:
                frames[-1] = merged
                continue
            if before is not None and "ask" not in frame.stated and {frame.op, before.op} <= RANKS:
                # « le plus de communes, et celui qui en a le moins ? »: the same measure.
                frame = replace(
                    frame, ask=before.ask, kind=before.kind, confidence=before.confidence
                )
            if of_places(frame.about) or frame.about == ("laureates",):
                # (« les PO, la plus grosse ville du territoire et combien de communes
                # dedans ? », « combien de lauréats en Occitanie, et combien d'intercos en
                # tout ? »: the next part asks of what this one was read as about.)
                subjects = frame.about
            # (« which are new, and which are interregional? » asks two lists, not one twice.)
            same = next(
                (
                    f
                    for f in frames
                    if (f.ask, f.about, f.filters) == (frame.ask, frame.about, frame.filters)
                    # (« le plus peuplé, et le moins peuplé ? » asks two rankings; « sa
                    # population et sa plus grande commune ? », a total and a ranking.)
                    and (f.op == frame.op or not {f.op, frame.op} & set(RANKS))
                ),
                None,
            )
            if same is None:
                frames.append(frame)
            elif frame.confidence > same.confidence:
                # One thing asked twice over (« …, chacune ? »): the surer reading.
                frames[frames.index(same)] = frame
        return sequels.named_after(frames)

    def _requests(
        self, frames: list[Frame], *, masked: dict[str, str], cleaned: str
    ) -> tuple[Frame, ...]:
        """The frames that ask something: greetings, thanks and preambles beside a request
        are none."""
        merged = [f for f in frames if f.ask not in {"greeting", "thanks"}] or frames
        courtesy = [f for f in frames if f.ask in {"greeting", "thanks"}]
        unknown = next((at for at, f in enumerate(merged) if f.ask == "unknown"), len(merged))
        # (« Qui est le chef de projet … ? il me faut son nom et son mail », « … Names
        # please »: what follows what no source holds, naming nothing, asks it again.)
        merged = [
            f
            for at, f in enumerate(merged)
            if at <= unknown or "_" in masked.get(f.text, "") or f.ask not in _ASKED_AGAIN
        ]
        if courtesy and all(
            f.ask in {"unknown", "out_of_scope"} and not marked_asked(f.text, cleaned)
            for f in merged
        ):
            # « merci bcp, c'est pour un papier demain »: thanks, and a word about it.
            return tuple(courtesy)
        if any(f.confidence >= SURE for f in merged):
            # « Par curiosité, quelle est la plus petite commune ? »: a few words that name
            # nothing and that the model cannot read, beside a request, only lead into it.
            merged = [f for f in merged if not self._leading(f, masked.get(f.text, ""))] or merged
        if any(f.about not in _NOTHING_NAMED for f in merged):
            # « Question rapide : Cayenne, … », « Hi, I'm a reporter. Is … »: a preamble the
            # model cannot read, beside a request about something, is no request.
            merged = [f for f in merged if f.about not in _NOTHING_NAMED or f.confidence >= SURE]
        asked = [f for f in merged if marked_asked(f.text, cleaned)]
        stated = False
        if asked and len(asked) < len(merged):
            # « Hello, I run a small fund investing in SMEs. Is it true that … ? »: a statement
            # beside a question, read as nothing the sources hold, only leads into it.
            # (A question naming subjects of its own: not « C'est exact ? » after the claim.)
            naming = any("_" in masked.get(f.text, "") for f in asked)
            kept = [
                f
                for f in merged
                if f in asked
                or not (
                    statement(
                        f,
                        closed=naming and sentence_closed(f.text, cleaned),
                        sure=f.confidence >= SURE,
                    )
                    # (« Bayonne est dans Lacq Pau Tarbes ? c'est les Pyrénées-Atlantiques »)
                    or (remark(f) and any(g in asked for g in merged[: merged.index(f)]))
                )
            ]
            # (« Je cherche un terrain pour mon usine : le foncier, c'est un axe ? »: a wish
            # set aside says nothing of the claim either; nor « moi j'en vois 6 » of « y a
            # que 5 nouveaux ? ».)
            stated = set_aside_speaks([f for f in merged if f not in kept])
            merged = kept
        # (A frame that took the statement's place as its subject is of it: « Je dirige une
        # entreprise à Figeac. Est-ce qu'on est concernés ? ».)
        # (« …, donc c'est un TI interrégional ? »: what is asked, not the premise it rests
        # on, which the answer bears out or not.)
        if (
            len(merged) == 2
            and merged[1].ask not in {"out_of_scope", "unknown"}
            and premise(merged[0].text, merged[1].text, cleaned=cleaned, masked=masked)
        ):
            merged = merged[1:]
        aside = {s for f in frames if f not in merged and of_places(f.about) for s in f.about}
        return tuple(
            replace(f, preambled=True) if (aside or stated) and not aside & set(f.about) else f
            for f in merged
        )

    def _leading(self, frame: Frame, masked: str) -> bool:
        content = [w for w in masked.split() if w not in self._lexicon.stopwords and len(w) > 2]
        if content and set(content) <= self._lexicon.judgements and not frame.named:
            # (« c'est peu » after a claim weighs it: an opinion, no request.)
            return True
        if frame.confidence >= SURE or frame.named or frame.about not in _LEADING_ABOUT:
            return False
        return len(content) <= _LEADING

    def _frame(self, *, linked: Linked, subjects: tuple[str, ...], lang: Language) -> Frame:
        ask, op, scope = self._model.read(linked.masked)
        # « non pardon, je voulais dire le Grand Auch » names who was meant and asks nothing
        # of its own: what was asked is the conversation's.
        corrected = only_corrected(linked.masked)
        # (« Calmont, celui de l'Aveyron ? »: names, with what says which they are.)
        names_only = (
            corrected
            or only_names(linked.masked)
            or only_placed(linked.masked)
            # (« et pour Nord Lozère ? » names who, and asks what was asked.)
            or only_turned_to(linked.masked)
        )
        if linked.numbers and ask.label != "contact":
            # A telephone number is a press contact's, whatever else the words lean to.
            ask = Prediction(label="contact", margin=SURE)
        subjects = meant_subjects(linked=linked, subjects=subjects, ask=ask.label, op=op.label)
        own = any(
            subject_kind(s) == "laureate"
            and s not in linked.by_town
            and s not in dict(linked.towns)
            for s in subjects
        )
        if ask.label == "membership" and len(subjects) > 1 and op.label != "yesno" and not own:
            # « Sète, Agde, Lunel : chacune ? » asks of the towns; « Nîmes est dans Alès ? »
            # of the laureate, and « Figeac ? » gets the laureate's card; beside a laureate
            # by its own name, one named like a town is a laureate too (« Carmaux, c'est
            # l'Albigeois ou Castres ? »).
            town = dict(linked.towns)
            subjects = self._linker.qualified(
                tuple(dict.fromkeys(town.get(s, s) for s in subjects)), folded=linked.folded
            )
        folded = linked.folded
        filters: list[str] = []
        # « et sans l'Hérault ? »: a place named after a negation narrows a list; it is never
        # what the question is about.
        excluded = [s for s in subjects if s in linked.excluded and subject_kind(s) in FILTERING]
        subjects = tuple(s for s in subjects if s not in excluded)
        filters.extend(f"not:{s}" for s in excluded)
        about, implied = about_of(
            linked=linked, subjects=subjects, ask=ask.label, scope=scope.label, filters=filters
        )
        stated_filters = status_filters(linked.masked)
        if not about and (
            ask.label not in {"status", "interregional"}
            or op.label in {"list", "count"}
            or not WHICH_WORDS.isdisjoint(folded.split())
            or bool(_ONLY_THOSE.search(folded))
            or bool(_AND_THE.match(folded) or _AMONG.match(folded))
            # (« and if we leave out the interregional ones? »: set aside, never asked.)
            or any(f.startswith("not:") for f in stated_filters)
        ):
            # « et pour les nouveaux ? », « lequel est interrégional ? »: a narrowing for the
            # conversation to apply (in « est-il nouveau ? » the status is what is asked).
            filters.extend(stated_filters)
        # « quels lauréats dépassent les 400 communes ? »: a threshold narrows them.
        thresholds, about, ask_label, op_label = thresholds_read(
            folded, about=about, ask=ask.label, op=op.label
        )
        about, filters = towns_placed(about, ask=ask_label, filters=[*filters, *thresholds])
        if _AT_ONCE.search(folded) and sum(f.startswith("department:") for f in filters) > 1:
            # « à la fois dans le Tarn et dans l'Aude »: in each of them, not in either.
            filters.append(EVERY_DEPARTMENT)
        claimed, ask_said = numbers.proportion(folded), False
        if "spanning" in filters and not about and THIS_ONE.search(folded):
            # « ce territoire est à cheval sur plusieurs départements ? »: whether the one
            # spoken of spans several, not which do.
            ask_label, op_label, ask_said = "departments", "yesno", True
            filters = [f for f in filters if f != "spanning"]
        elif ask_label == "departments" and "spanning" in filters and op_label != "most":
            # « quels lauréats couvrent plusieurs départements ? » asks for laureates.
            ask_label = "laureate"
        if sole := sole_in(about=about, op=op_label, folded=folded):
            # « Castres … est le seul lauréat du Tarn ? »: the Tarn's laureates counted.
            ask_label, about, filters = "laureate", ("laureates",), [*filters, sole]
        placed = placed_in_department(ask=ask_label, op=op_label, about=about, linked=linked)
        if placed:
            ask_label, about = "departments", placed
        # « les Pyrénées-Orientales sont couvertes en entier ? », « la totalité de l'Ariège
        # est en TI ? »: how much of one department the laureates cover, whatever the model.
        meant = whole_meant(about=about, ask=ask_label, op=op_label, filters=filters, folded=folded)
        if meant:
            about, implied = meant, False
            filters = [f for f in filters if f not in meant]
        ask_label, op_label, exact = beyond_read(
            settled(ask=ask_label, op=op_label, about=about, filters=filters, linked=linked),
            folded=folded,
        )
        # (A threshold counted, « combien dépassent 200 000 habitants ? », is said exactly.)
        exact = exact or (bool(thresholds) and op_label in {"count", "list"})
        if announced := announced_at(linked):
            # (« les 183 ont été annoncés à Paris ? »: where the laureates were made known.)
            ask_label, op_label, about, ask_said, exact, filters = (
                *("place", "yesno", announced, True, True),
                [],
            )
        # (Exact words that change what is asked say it: « and on a map? » asks a map.)
        ask_said = ask_said or (exact and (ask_label != ask.label or ask_label in NAMED_OUTRIGHT))
        op_label, op_known, op_said = declared_of_an_actor(
            op_settled(op_label, about, ask=ask_label, folded=folded), about=about, folded=folded
        )
        # (« et moins de 50 ? » narrows the last list, and ranks nothing.)
        op_label, op_said = (
            ("list", False) if thresholds and "::" in thresholds[0] else (op_label, op_said)
        )
        if share_of_place(ask=ask_label, op=op_label, about=about, folded=folded):
            # « how much of the Gers is covered? »: a share of its communes.
            ask_label, ask_said, exact = "communes", True, True
        # (« and among the new ones? »: the last request narrowed, nothing new asked.)
        narrowing = (
            bool(_AMONG.match(folded))
            and bool(stated_filters)
            and not about
            and len(folded.split()) <= _NARROWING
        )
        stated = {
            name
            for name, sure in (
                # A question made of names only (« Chalon-sur-Saône ? ») asks nothing itself.
                (
                    "ask",
                    ask_said
                    # (« des communes du territoire hors du Gard ? »: the measure named.)
                    or (ask.margin >= SURE and measure_named(ask_label, op_label, folded))
                    or (ask.margin >= SURE and ask_label == "membership" and belongs(folded))
                    or (
                        ask.margin >= STATED
                        and not names_only
                        # (« lesquelles ? » asks which of what was just asked.)
                        and not only_which(folded)
                        and not only_ranked(folded)
                        and (
                            # « et combien dans le Gers ? » reads as the laureates to the model, yet
                            # names none: the request is the last one's.
                            ask.label != "laureate" or bool(LAUREATE_WORD.search(folded))
                        )
                    ),
                ),
                # An operation other than giving or listing is said by words that do not
                # occur by chance (« le plus », « combien »): read even when less sure.
                (
                    "op",
                    not corrected
                    and (
                        op_said
                        or ask_said
                        or op.margin >= STATED
                        # (A ranking read where the words rank: « le plus peuplé d'entre eux ».)
                        or (op.label in RANKS and superlative(folded) is not None)
                        # (« et le renouvelé ? » asks what was asked, of another: no new operation)
                        # (« and the least? » does ask a new one: a ranking is said in so many
                        # words)
                        or (
                            op.label not in ALIKE_OPS
                            and op.margin >= SURE
                            and (op.label in RANKS or not folded.startswith(("et ", "and ")))
                        )
                    ),
                ),
                ("about", bool(about) and not implied),
                ("filters", bool(filters)),
            )
            if sure and not (narrowing and name in {"ask", "op"})
        }
        # « la deuxième ville la plus peuplée d'Alès ? »: a place in the ranking.
        rank = read_cues(folded=folded).rank if op_label in RANKS else None
        return Frame(
            ask=ask_label,
            op=op_label,
            about=about,
            filters=tuple(dict.fromkeys(filters)),
            kind=contact_kind(ask.label, folded),
            rank=rank if rank is not None and rank > 1 else 1,
            lang=lang,
            # A telephone number says exactly what is asked: whose it is, or whether it is so;
            # names alone (« Alès ») say nothing the model could read.
            confidence=SURE
            if exact
            else 0.0
            if names_only or unsaid(ask.label, linked.masked, self._lexicon) or only_ranked(folded)
            else max(
                ask.margin
                if ask.label in _OP_FREE
                else min(
                    ask.lead(alike=alike_asks(ask.label, about, folded, op=op_label)),
                    # (An operation the words settle, « plus de 10 ? » of one place, is weighed
                    # against the model's others only.)
                    op.lead(
                        alike=alike_ops(op.label, ask.label, about, claimed=bool(claimed))
                        | ({op_label} if op_known else frozenset())
                    ),
                ),
                # (So does an amount of a measure named, claimed: « … home to more than
                # 200,000 people? »; and the inhabitants named, given: « Population de Castres,
                # Albi et Rodez ? ».)
                SURE
                if linked.numbers
                or (op_known and measure_named(ask_label, op_label, folded))
                or (op_label in _GIVEN and names_inhabitants(ask=ask_label, folded=folded))
                else 0.0,
            ),
            stated=frozenset(stated),
            text=linked.text,
            ambiguous=linked.ambiguous,
            numbers=linked.numbers,
            named=linked.named,
            candidates=linked.candidates,
            towns=tuple((s, town) for s, town in linked.towns if s in linked.by_town),
        )
