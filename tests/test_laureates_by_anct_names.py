"""A laureate ANCT names otherwise is found by that name, and its card gives ANCT's name;
a laureate named and asked whether it is one gets its own card, whatever else the words
lead to."""

from __future__ import annotations

from bot.engine import Engine


def test_the_card_gives_anct_s_name_when_it_differs(engine: Engine) -> None:
    albigeois = engine.ask(question="l'Albigeois fait partie des lauréats ?")
    assert "« Tarn Nord »" in albigeois.text
    gers = engine.ask(question="Le 32/82 a-t-il été retenu ?")
    assert "Interdépartemental Gers – Tarn-et-Garonne" in gers.text
    # (A name ANCT spells alike is not repeated.)
    assert "ANCT" not in engine.ask(question="Grand Auch/Astarac est-il lauréat ?").text


def test_a_laureate_asked_of_by_anct_s_name_gets_its_card(engine: Engine) -> None:
    answer = engine.ask(question="Dans la liste de l'ANCT il y a « Tarn Nord ». Lauréat ou pas ?")
    assert answer.text.startswith("Oui")
    assert answer.territories == ("Albigeois",)


def test_its_official_name_asked_gets_its_card(engine: Engine) -> None:
    answer = engine.ask(question="Albigeois, c'est son nom officiel ?")
    assert "« Tarn Nord »" in answer.text
