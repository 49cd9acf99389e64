"""A town asked of a laureate, beside a town named only to say where it is (« à côté de
Toulouse », « la commune de la métropole de Montpellier »): one answer, about that relation,
which calls no laureate the town's."""

from __future__ import annotations

from bot.engine import Engine


def test_a_landmark_beside_the_town_asked_of_a_laureate(engine: Engine) -> None:
    near = engine.ask(question="aucamville a cote de toulouse c dans l'interdepartemental 32/82 ??")
    assert near.text.startswith(
        "Non : Aucamville (Haute-Garonne, 31) ne fait pas partie du territoire d'industrie "
        "« Interdépartemental 32/82 »"
    )
    assert "Toulouse (Haute-Garonne, 31) ne fait partie" not in near.text
    assert not near.territories
    metropolis = engine.ask(
        question="Saint-Brès, la commune de la métropole de Montpellier, elle est rattachée à "
        "Béziers-Sète ou pas du tout ?"
    )
    assert metropolis.text.startswith("Non : Saint-Brès (Hérault, 34) ne fait pas partie")
    assert not metropolis.territories
