"""A map asked after a laureate's card; whether the last answer comes from a source named
(« c'est l'ANCT qui le dit ? »), and which sources it comes from (« c'est écrit où ? »). A laureate's communes come from the
release, ANCT's perimeters and Etalab's division; the axes, from the release alone."""

from __future__ import annotations

from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine
from bot.maps.keys import territory_key
from tests.test_dialogue_frames import talk

_COMMUNES = "combien de communes dans le lauréat Albigeois ?"


def test_a_source_named_that_gave_part_of_the_answer(engine: Engine) -> None:
    for asked in ("c'est l'ANCT qui le dit ?", "ça vient des données ouvertes ?", "selon l'ANCT ?"):
        _, said = talk(engine, _COMMUNES, asked)
        assert said.startswith("Oui, en partie. Ma dernière réponse vient de :"), asked
    _, english = talk(engine, _COMMUNES, "is that from ANCT?")
    assert english.startswith("Yes, in part. My last answer comes from:")


def test_a_source_named_that_gave_none_of_it(engine: Engine) -> None:
    for asked in ("c'est l'ANCT qui le dit ?", "ça vient d'Etalab ?"):
        _, said = talk(engine, "quels sont les axes ?", asked)
        assert said.startswith("Non. Ma dernière réponse vient de :"), asked
        assert "Communiqué de presse" in said
    _, release = talk(engine, "quels sont les axes ?", "ça vient de la préfecture ?")
    assert release.startswith("Oui.")


def test_a_name_that_is_none_of_the_sources(engine: Engine) -> None:
    _, said = talk(engine, _COMMUNES, "ça vient de l'INSEE ?")
    assert said.startswith("Ce n'est pas l'une de mes sources. Ma dernière réponse vient de :")


def test_where_the_last_answer_is_written(engine: Engine) -> None:
    for asked in ("c'est écrit où ?", "selon qui ?"):
        _, said = talk(engine, "c'est quand l'assemblée générale ?", asked)
        assert said.startswith("Ma dernière réponse vient de :\n• Communiqué de presse"), asked


def test_a_map_asked_after_a_laureate_s_card_is_its_map(engine: Engine) -> None:
    context, now, answers = NO_CONTEXT, 0.0, []
    for question in ("Parle-moi de Béziers-Sète", "montre-moi la carte"):
        turn = engine.reply(question=question, context=context, now=now)
        context, now = turn.context, now + 10
        answers.append(turn.answer)
    card, shown = answers
    laureate = next(t for t in engine.knowledge.territories if t.name == "Béziers-Sète")
    assert shown.image == territory_key(laureate.id)
    assert shown.territories == ("Béziers-Sète",)
    # (Asked to tell, not whether: no « Oui ».)
    for told in (card, shown):
        assert told.text.startswith("« Béziers-Sète » (Hérault 34) fait partie des 15 lauréats")
    assert engine.ask(question="Alès ?").text.startswith("Oui : « Alès »")


def test_who_published_the_release(engine: Engine) -> None:
    for asked in ("et il vient de qui, ce communiqué ?", "qui a publié le communiqué ?"):
        said = engine.ask(question=asked).text
        assert "éditeurs : Préfecture de la région Occitanie et Région Occitanie" in said, asked


def test_a_laureate_s_map_cites_the_data_its_groupings_come_from(engine: Engine) -> None:
    *_, said = talk(
        engine, "Parle-moi de Béziers-Sète", "montre-moi la carte", "c'est l'ANCT qui le dit ?"
    )
    assert said.startswith("Oui, en partie. Ma dernière réponse vient de :")


def test_how_recent_or_reliable_the_last_answer_is(engine: Engine) -> None:
    for asked in (
        "c'est à jour ?",
        "is this up to date?",
        "comment tu sais ça ?",
        "ça date de quand ces chiffres ?",
        "les données sont de quelle année ?",
    ):
        _, said = talk(engine, _COMMUNES, asked)
        assert said.startswith(("Ma dernière réponse vient de :", "My last answer comes from:"))
        assert "4 juillet 2024" in said or "4 July 2024" in said, asked


def test_the_release_named_before_its_verb_is_asked_whether_it_says_so(engine: Engine) -> None:
    *_, part = talk(
        engine,
        "Combien de communes dans Comminges-Nestes ?",
        "ces chiffres-là, c'est le communiqué qui les donne ?",
    )
    assert part.startswith("Non, pas entièrement : le communiqué nomme les lauréats")
    *_, axes = talk(
        engine, "Quels sont les axes du programme ?", "c'est le communiqué qui le dit ?"
    )
    assert axes.startswith("Oui. Ma dernière réponse vient de")


def test_how_recent_a_list_is_gets_its_sources(engine: Engine) -> None:
    *_, dated = talk(
        engine,
        "Quel est le lauréat le plus peuplé ?",
        "et la liste des intercos de chaque territoire, elle date de quand ?",
    )
    assert dated.startswith("Ma dernière réponse vient de")


def test_more_ways_of_asking_where_the_last_answer_comes_from(engine: Engine) -> None:
    for asked in (
        "c'est vérifié ?",
        "référence ?",
        "on peut vérifier où ?",
        "ça sort d'où ce chiffre ?",
    ):
        _, said = talk(engine, "Combien de communes dans le TI Nord Lozère ?", asked)
        assert said.startswith(("Ma dernière réponse vient de :", "Oui. Ma dernière")), asked
    _, named = talk(
        engine, "Combien de communes dans le TI Nord Lozère ?", "c'est une info de l'ANCT ?"
    )
    assert named.startswith("Oui, en partie. Ma dernière réponse vient de :")
