"""A statement placing the asker leads into a question about something else; « pourquoi »
with a remark, or naming the town again, asks why of the town just answered; « ya des
lauréats ds le Gers ? » asks yes or no; a person's contact the release lacks keeps the
conversation on her."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk_texts


def test_a_preamble_placing_the_asker_is_not_the_subject(engine: Engine) -> None:
    count = engine.ask(
        question="Bonjour, je dirige une PME près de Rodez. Pour commencer, combien y a-t-il "
        "de lauréats en Occitanie ?"
    )
    assert count.text.startswith("En Occitanie : 15 lauréats")
    assert not count.territories
    axes = engine.ask(
        question="Je suis adjoint au maire de Mende. Quels sont les axes du programme ?"
    )
    assert axes.text.startswith("Pour 2023-2027, le programme vise")
    assert "Mende" not in axes.text
    # (Guard: a question asking nothing of its own still asks of the place.)
    placed = engine.ask(question="Notre usine principale est à Lannemezan : quel TI ?")
    assert "Comminges-Nestes" in placed.text


def test_why_with_a_remark_or_the_town_again_is_why_of_that_town(engine: Engine) -> None:
    remark = talk_texts(engine, "et Mende c dedans ?", "pk ? c la prefecture qd meme")[1]
    assert remark.startswith("Non : Mende")
    assert "ne précise pas pourquoi" in remark
    again = talk_texts(engine, "Millau est dans un TI ?", "pourquoi Millau n'y est pas ?")[1]
    assert "ne précise pas pourquoi" in again
    assert "Millau Grands Causses" in again


def test_whether_a_department_has_laureates_opens_with_yes(engine: Engine) -> None:
    assert engine.ask(question="ya des laureats ds le gers ?").text.startswith("Oui : 2 lauréats")
    assert engine.ask(question="L'Ariège c'est lauréat ?").text.startswith("Oui : 1 lauréat")


def test_a_contact_the_release_lacks_keeps_the_person(engine: Engine) -> None:
    mail, landline = talk_texts(engine, "son mail à Margot Scherer ?", "et le fixe ?")
    assert "ne donne pas d'adresse électronique pour Margot Scherer" in mail
    assert "service-presse@occitanie.gouv.fr" in mail
    assert landline == "Margot Scherer (Préfecture de la région Occitanie), fixe : 05 34 45 34 77"


def test_what_someone_does_at_the_prefecture_is_who_she_is(engine: Engine) -> None:
    role = talk_texts(
        engine, "et Delphine Amilhau, son portable ?", "elle fait quoi exactement à la préfecture ?"
    )[1]
    assert "copiloté" not in role
    assert "Delphine Amilhau (Préfecture de la région Occitanie)" in role
    # (Guard: the body's own part is still its governance.)
    assert "copiloté" in engine.ask(question="la préfecture fait quoi dans le programme ?").text


def test_a_request_of_the_place_a_statement_named_is_of_it(engine: Engine) -> None:
    # (Guard: the statement's place is what « on » in the request stands for.)
    ours = engine.ask(question="Je dirige une entreprise à Figeac. Est-ce qu'on est concernés ?")
    assert ours.text.startswith("Oui : « Aurillac Figeac Rodez »")
