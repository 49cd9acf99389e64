"""Words read for what they ask: « et sur quels départements ? » is a request of its own;
« qui a retenu les lauréats ? » asks who selected them; « les 100M » is the envelope; who
took the floor at the assembly is not in the sources."""

from __future__ import annotations

from bot.engine import Engine


def test_a_question_word_after_a_preposition_is_a_request_of_its_own(engine: Engine) -> None:
    both = engine.ask(
        question="Quelles intercos composent Comminges-Nestes et sur quels départements ?"
    ).text
    assert "CC Neste Barousse" in both
    assert "s'étend sur 2 départements" in both


def test_who_retained_the_laureates_is_the_selection(engine: Engine) -> None:
    chosen = engine.ask(question="qui a retenu les lauréats au niveau national ?").text
    assert chosen.startswith("Au niveau national, les lauréats ont été retenus par l'État")


def test_the_envelope_typed_short(engine: Engine) -> None:
    envelope = engine.ask(
        question="les 100M c'est pour des projets strategiques ou pour le fonctionnement ?"
    ).text
    assert envelope.startswith("Une enveloppe nationale de 100 M€")


def test_who_spoke_at_the_assembly_is_not_in_the_sources(engine: Engine) -> None:
    spoke = engine.ask(question="Delga a-t-elle pris la parole à l'assemblée de Chalon ?").text
    assert spoke.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
