"""« Is my town in it? »: the answers the perimeters give, as a user reads them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.engine import Engine
from bot.understanding.intents import Intent


def test_towns_the_department_used_to_cover_get_a_clear_no(engine: Engine) -> None:
    for town in ("Prades", "Thuir", "Font-Romeu-Odeillo-Via"):
        answer = engine.ask(question=f"{town} est-elle lauréate ?")
        assert answer.text.startswith("Non"), town
        assert "Oui" not in answer.text
        assert answer.territories == ()
        assert "Pyrénées-Orientales" in answer.text  # the laureate of its department


def test_a_member_gets_the_chain_of_evidence(engine: Engine) -> None:
    answer = engine.ask(question="Cahors est-elle concernée ?")
    assert answer.text.startswith("Oui")
    assert answer.territories == ("Aurillac Figeac Rodez",)
    assert answer.national_territories == ("Aurillac – Figeac – Rodez",)
    assert "« CA du Grand Cahors »" in answer.text
    assert "renouvelé" in answer.text
    assert "interrégional" in answer.text
    assert "4 juillet 2024" in answer.text
    assert any("ANCT" in source for source in answer.sources)


def test_a_town_elsewhere_names_its_national_territory(engine: Engine) -> None:
    answer = engine.ask(question="Brest est-elle lauréate ?")
    assert answer.territories == ()
    assert answer.national_territories == ("Finistère",)
    assert "Bretagne" in answer.text
    assert "15 lauréats d'Occitanie" in answer.text


def test_is_x_in_y_gets_one_answer_about_that_relation(engine: Engine) -> None:
    answer = engine.ask(question="Mende fait-elle partie de Nord Lozère ?")
    assert answer.text.startswith("Non")
    assert "Oui" not in answer.text
    assert answer.territories == ()
    assert "CC Coeur de Lozère" in answer.text
    uzes = engine.ask(question="Uzès est dans le territoire Pont du Gard ?")
    assert uzes.text.startswith("Non")
    assert uzes.territories == ()
    inside = engine.ask(question="Marvejols fait partie de Nord Lozère ?")
    assert inside.text.count("Oui") == 0 or inside.text.startswith(("Oui", "Non"))


@pytest.mark.parametrize(
    "question",
    [
        "Does Mende belong to Nord Lozère?",
        "Is Mende covered by Nord Lozère?",
        "Mende appartient-elle au territoire Nord Lozère ?",
        "Mende est-elle comprise dans Nord Lozère ?",
    ],
)
def test_any_wording_of_is_x_in_y_gets_one_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question=question)
    assert answer.text.startswith(("Non", "No"))
    assert "Oui" not in answer.text
    assert "Yes" not in answer.text
    assert answer.territories == ()


def test_which_territory_and_groupements(engine: Engine) -> None:
    carmaux = engine.ask(question="Carmaux fait partie de quel territoire ?")
    assert carmaux.territories == ("Albigeois",)
    assert "Tarn Nord" in carmaux.text
    comminges = engine.ask(question="Quelles intercommunalités composent Comminges-Nestes ?")
    assert comminges.text.count("• CC ") == 7
    lozere = engine.ask(question="combien de communes dans Nord Lozère ?")
    assert "37 communes" in lozere.text


def test_a_composition_question_gets_the_composition_not_a_yes(engine: Engine) -> None:
    # Nobody asked whether these are laureates: a « Oui » would answer another question.
    for question in (
        "Quelles intercommunalités composent Comminges-Nestes ?",
        "combien de communes dans Nord Lozère ?",
        "de quoi est composé le territoire Béziers-Sète ?",
        "which intercommunalities make up Nord Lozère?",
        "Quelles intercommunalités composent Ariège ?",
    ):
        answer = engine.ask(question=question)
        assert not answer.text.startswith(("Oui", "Yes", "Non", "No")), question
        assert answer.text.startswith("« "), question
        assert "SIREN" in answer.text, question
    comminges = engine.ask(question="Quelles intercommunalités composent Comminges-Nestes ?")
    assert comminges.text.startswith(
        "« Comminges-Nestes » (Haute-Garonne 31, Hautes-Pyrénées 65), territoire renouvelé, "
        "réunit selon l'ANCT (« Comminges – Nestes », données du 4 juillet 2024) 7 groupements"
    )
    english = engine.ask(question="which intercommunalities make up Nord Lozère?")
    assert english.text.startswith("« Nord Lozère » (Lozère 48), a new laureate, is made up")
    assert "37 in Lozère (48)" in english.text
    assert " : " not in english.text  # English punctuation, no French space before the colon


def test_french_of_the_perimeter_answers(engine: Engine) -> None:
    brest = engine.ask(question="Brest est-elle lauréate ?")
    assert "du communiqué, les seuls dont je connaisse le détail (statut, contacts…)" in brest.text
    assert "dont seuls je" not in brest.text
    delegated = engine.ask(question="Vérargues")
    assert delegated.text.startswith(
        "Non : Vérargues (commune déléguée d'Entre-Vignes, Hérault, 34) ne fait partie"
    )
    contracted = engine.ask(question="Cazillac")
    assert "Cazillac (commune déléguée du Vignon-en-Quercy, Lot, 46) fait partie" in contracted.text
    ardeche = engine.ask(question="le 07")
    assert "Alès (30) : 1 commune du département" in ardeche.text
    mende = engine.ask(question="Mende fait-elle partie de Nord Lozère ?")
    assert "« Nord Lozère », car son intercommunalité, « CC Coeur de Lozère », n'en est pas" in (
        mende.text
    )


def test_an_intercommunality_by_name(engine: Engine) -> None:
    figeac = engine.ask(question="la CC du Grand-Figeac est-elle lauréate ?")
    assert figeac.territories == ("Aurillac Figeac Rodez",)
    cahors = engine.ask(question="Grand Cahors")
    assert cahors.territories == ("Aurillac Figeac Rodez",)
    outside = engine.ask(question="la CC du Pays Viganais est-elle lauréate ?")
    assert outside.text.startswith("Non")
    assert outside.territories == ()
    key = next(b.key for b in cahors.buttons if b.key.startswith("t_"))
    assert engine.answer_key(key=key) is not None
    assert engine.answer_key(key="e_200023737") is not None


def test_an_intercommunality_without_the_acronym_closing_its_name(engine: Engine) -> None:
    # (Etalab: « CA du Grand Avignon (COGA) », a member of ANCT's « Vaucluse ».)
    answer = engine.ask(question="La CA du Grand Avignon, c'est un territoire d'industrie ?")
    assert answer.text.startswith("Oui : l'intercommunalité « CA du Grand Avignon (COGA) »")


def test_a_postal_code_with_different_answers_lists_each_commune(engine: Engine) -> None:
    answer = engine.ask(question="11200")
    assert "Névian (11) : oui, « Grand Narbonne »" in answer.text
    assert "Lézignan-Corbières (11) : non" in answer.text
    assert answer.territories == ("Grand Narbonne",)


def test_a_postal_code_whose_communes_stand_alike_opens_with_the_answer(
    engine: Engine,
) -> None:
    # (Etalab: 65300 serves Lannemezan and villages of the same intercommunality, all in
    # Comminges-Nestes by ANCT's perimeters.)
    answer = engine.ask(question="Le code postal 65300, c'est couvert par un territoire ?")
    assert answer.text.startswith("Oui : Lannemezan (Hautes-Pyrénées, 65) fait partie")
    assert "Code postal 65300 : Lannemezan" in answer.text


def test_short_forms_are_understood_or_offered(engine: Engine) -> None:
    romeu = engine.ask(question="Font-Romeu est concerné ?")
    assert "Font-Romeu-Odeillo-Via" in romeu.text
    assert romeu.territories == ()
    rouergue = engine.ask(question="Villefranche (12)")
    assert "Villefranche-de-Rouergue" in rouergue.text
    asked = engine.ask(question="Villefranche est-elle lauréate ?")
    assert asked.intent is Intent.CLARIFY
    assert "Villefranche-de-Rouergue (12)" in asked.suggestions
    assert not any("Aurillac" in s for s in asked.suggestions)


def test_homonyms_take_the_most_plausible_and_offer_the_others(engine: Engine) -> None:
    lavaur = engine.ask(question="Lavaur")
    assert lavaur.text.startswith("Non : Lavaur (Tarn, 81)")
    assert any(b.key == "c_24232" for b in lavaur.buttons)
    dordogne = engine.answer_key(key="c_24232")
    assert dordogne is not None
    assert dordogne.national_territories == ("Brive – Tulle – Périgord Noir",)
    assert engine.ask(question="Lavaur (24)").national_territories == (
        "Brive – Tulle – Périgord Noir",
    )


def test_a_department_says_how_much_of_it_its_laureates_cover(engine: Engine) -> None:
    answer = engine.ask(question="le 66")
    assert answer.territories == ("Pyrénées-Orientales",)
    assert "Il couvre 68 de ses 226 communes" in answer.text


def test_the_grand_paris_is_not_answered_yes_or_no(engine: Engine) -> None:
    answer = engine.ask(question="Gennevilliers est-elle concernée ?")
    assert not answer.text.startswith(("Oui", "Non"))
    assert answer.territories == ()


def test_json_has_national_territories() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "Brest"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(result.stdout)
    assert data["national_territories"] == ["Finistère"]
    assert data["territories"] == []
