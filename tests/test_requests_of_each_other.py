"""Several requests in one message: a contact of a kind for each one named, and « leurs … »
asked of the laureates the request before listed (the Hérault's: Béziers-Sète, renewed, and
Hautes Terres d'Oc, new, which reaches it; the Lozère's: Nord Lozère, new)."""

from __future__ import annotations

from bot.engine import Engine


def test_a_contact_of_its_own_kind_for_each_one_named(engine: Engine) -> None:
    both = engine.ask(
        question="Je cherche le fixe de Delphine Amilhau et le mail du service presse de la Région"
    ).text
    assert "Delphine Amilhau (Préfecture de la région Occitanie), fixe : 05 34 45 38 31" in both
    assert "service.presse@laregion.fr" in both
    # (Her mobile is not what was asked.)
    assert "06 70 85 30 75" not in both


def test_their_status_is_of_the_laureates_just_listed(engine: Engine) -> None:
    answer = engine.ask(question="Les lauréats de l'Hérault, et leur statut à chacun ?")
    assert "« Béziers-Sète » (Hérault 34) : territoire renouvelé" in answer.text
    assert "« Hautes Terres d'Oc » (Tarn 81) : nouveau territoire lauréat" in answer.text
    assert answer.territories == ("Béziers-Sète", "Hautes Terres d'Oc")
    english = engine.ask(question="Which laureates are in Lozère, and what is their status?")
    assert "“Nord Lozère” (Lozère 48) is a new laureate" in english.text
    assert english.territories == ("Nord Lozère",)


def test_a_total_and_a_ranking_of_one_laureate_are_two_requests(engine: Engine) -> None:
    both = engine.ask(question="Nombre d'habitants du Grand Narbonne et sa plus grande ville ?")
    assert "« Grand Narbonne » compte" in both.text
    assert "la plus peuplée est Narbonne (11)" in both.text
    # (A town described so is no second request.)
    described = engine.ask(
        question="Albi, préfecture et plus grosse ville du Tarn, fait partie de l'Albigeois ?"
    ).text
    assert described.startswith("Oui : Albi (Tarn, 81) fait partie")


def test_a_part_naming_the_whole_country_is_of_the_183(engine: Engine) -> None:
    answer = engine.ask(
        question="Qui a choisi les lauréats, et combien y en a-t-il au niveau national ?"
    ).text
    assert "France Industrie" in answer
    assert "183 territoires d'industrie sont lauréats pour 2023-2027 en France" in answer


def test_the_same_asked_of_another_place_or_set(engine: Engine) -> None:
    both = engine.ask(
        question="Combien de territoires d'industrie en Martinique, et combien en Guyane ?"
    ).text
    assert "Martinique (972) selon l'ANCT" in both
    assert "Guyane (973) selon l'ANCT" in both
    lists = engine.ask(question="La liste des nouveaux lauréats, puis celle des renouvelés.")
    assert "Les 5 nouveaux territoires lauréats" in lists.text
    assert "Les 10 territoires renouvelés" in lists.text
