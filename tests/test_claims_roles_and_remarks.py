"""Claims of who someone is or what they said, of the programme's services, of the axes
and of regions, answered with their true polarity; remarks and preambles beside a
question ask nothing; several questions said in one breath are each answered. Facts from
the release (Margot Scherer is a press contact of the Préfecture; the prefect congratulates
the laureates; the project manager is co-financed; the 4 axes; the assembly on 9 November)
and from Etalab's division (the Cantal and Pau lie outside Occitanie)."""

from __future__ import annotations

from bot.engine import Engine


def _opens(engine: Engine, question: str) -> str:
    return engine.ask(question=question).text.split(maxsplit=1)[0]


def test_who_someone_is_or_what_they_said(engine: Engine) -> None:
    assert (
        _opens(engine, "Margot Scherer, c'est bien une contact presse de la préfecture ?") == "Oui"
    )
    assert _opens(engine, "Delphine Amilhau bosse au conseil régional ?") == "Non"
    assert _opens(engine, "Is Margot Scherer a press officer?") == "Yes:"
    assert (
        _opens(engine, "Le préfet félicite les territoires lauréats dans le communiqué ?") == "Oui"
    )
    assert _opens(engine, "Le préfet Durand critique les lauréats ?") == "Non"


def test_a_service_claimed_in_other_words(engine: Engine) -> None:
    assert _opens(engine, "Does the programme co-fund a project manager post?") == "Yes:"


def test_two_things_set_before_a_claim_of_the_axes(engine: Engine) -> None:
    assert _opens(engine, "Le numérique et la cybersécurité, c'est un des quatre axes ?") == "Non"
    assert _opens(engine, "Le foncier et l'innovation, c'est dans les axes ?") == "Oui"


def test_a_region_claimed_in_other_words(engine: Engine) -> None:
    cantal = engine.ask(question="Le Cantal appartient à l'Occitanie ?").text
    assert cantal.startswith("Non : Cantal (15) est en Auvergne-Rhône-Alpes")
    assert engine.ask(question="pau fait partie de l'occitanie ?").text.startswith("Non : Pau")


def test_a_verb_of_reaching_asks_whether(engine: Engine) -> None:
    assert _opens(engine, "le grand narbonne mord sur l'hérault ?") == "Non"


def test_an_article_glued_to_an_acronym(engine: Engine) -> None:
    answer = engine.ask(question="lAG c t le 14 novembre ?").text
    assert answer.startswith("Non")
    assert "9 novembre" in answer


def test_a_remark_after_the_question_asks_nothing(engine: Engine) -> None:
    answer = engine.ask(question="Agde c'est dans Béziers-Sète ? c'est l'Hérault en tout cas")
    assert answer.text.startswith("Oui")
    assert "lauréats « Territoires d'industrie » 2023-2027 dans l'Hérault" not in answer.text
    assert "Hautes Terres d'Oc" not in answer.territories
    # (Nor does who the asker is: « je suis journaliste … ».)
    asker = engine.ask(
        question="Bonjour, je suis journaliste à Midi Libre et je prépare un sujet sur les "
        "lauréats : qui les a choisis ?"
    )
    assert not asker.text.startswith("Contacts presse")


def test_questions_hung_on_each_other_or_said_in_one_breath(engine: Engine) -> None:
    both = engine.ask(
        question="Rodez est dans un TI ? si c'est le cas combien de communes compte ce TI"
    )
    assert both.text.startswith("Oui")
    assert "506 communes" in both.text
    english = engine.ask(
        question="Two things: is Nord Lozère a new laureate, and is it interregional?"
    )
    assert english.text.startswith("Yes:")
    assert "No:" in english.text
    dictated = engine.ask(
        question="bonjour je prepare un expose pour mon lycee pouvez vous me dire combien il y "
        "a de laureats combien sont renouveles et quels sont les axes"
    ).text
    assert "15 lauréats" in dictated
    assert "10" in dictated
    assert "foncier" in dictated


def test_a_town_s_inhabitants_claimed(engine: Engine) -> None:
    # (Etalab: Perpignan 121 616 inhabitants, Albi 51 290.)
    wrong = engine.ask(question="perpignan ca fait 150000 hab ?").text
    assert wrong.startswith("Non : Perpignan (66) compte 121 616 habitants")
    assert engine.ask(question="Does Albi have more than 50,000 inhabitants?").text.startswith(
        "Yes: Albi (81) has 51,290 inhabitants"
    )


def test_just_one_grouping_claimed(engine: Engine) -> None:
    # (ANCT: Grand Narbonne is one grouping, Alès two.)
    assert _opens(engine, "le Grand Narbonne, ça fait une seule intercommunalité ?") == "Oui"
    assert _opens(engine, "Alès c'est une seule interco ?") == "Non"


def test_a_place_named_again_after_the_asker_placed_there(engine: Engine) -> None:
    answer = engine.ask(
        question="We're building a new workshop near Figeac. Is Figeac part of an industry "
        "territory?"
    )
    assert answer.text.startswith("Yes")
    assert "new laureate" not in answer.text


def test_a_speaker_s_role_in_english(engine: Engine) -> None:
    who = engine.ask(question="Who's Pierre-André Durand exactly?").text
    assert "prefect of the Occitanie region" in who
    assert engine.ask(question="Is Carole Delga the region's president?").text.startswith("Yes")


def test_beyond_the_sources_rather_than_a_guess_at_a_card(engine: Engine) -> None:
    for question in (
        "Quand est-ce que l'argent des 100 M€ sera versé aux lauréats ?",
        "Les 183 lauréats, ils reçoivent combien chacun ?",
    ):
        answer = engine.ask(question=question).text
        assert answer.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), answer


def test_a_map_asked_for_opens_with_no_yes(engine: Engine) -> None:
    answer = engine.ask(question="la carte du Grand Narbonne svp").text
    assert answer.startswith("« Grand Narbonne »")
