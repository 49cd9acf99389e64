"""What the programme offers, asked in words close to an unknown's (« chef de projet »), is
the offer; a count of what no source counts (jobs, firms, wasteland) is said to be unknown,
never answered with the place's card."""

from __future__ import annotations

from bot.engine import Engine
from bot.understanding.intents import Intent


def test_the_offer_asked_of_a_project_manager_is_the_offer(engine: Engine) -> None:
    hire = engine.ask(question="Être lauréat, ça aide à embaucher un chef de projet ?")
    assert hire.intent != Intent.NOT_IN_RELEASE
    assert "chef de projet" in hire.text
    # (Guard: who the project manager of one territory is, the release does not say.)
    who = engine.ask(question="Comment s'appelle le chef de projet de l'Albigeois ?")
    assert who.intent == Intent.NOT_IN_RELEASE


def test_a_count_no_source_holds_is_unknown(engine: Engine) -> None:
    for question in (
        "nombre de salariés de l'industrie à Rodez ?",
        "Combien d'usines dans le Grand Narbonne ?",
        "combien de gens travaillent dans l'industrie à Mazamet",
    ):
        answer = engine.ask(question=question)
        assert answer.intent == Intent.NOT_IN_RELEASE, question
        assert not answer.territories, question
    # (Guard: how many live there, the data say.)
    lives = engine.ask(question="Combien de personnes habitent dans le Grand Narbonne ?")
    assert "134 606" in lives.text
