"""« et les autres ? » after a narrowed list gets the laureates it left out; a list asked
first is answered as asked; a dictated message placing the asker and asking in the same
breath is read as its request. Facts from the release (10 renewed, 5 new: Grand
Auch/Astarac, Nord Lozère, Pyrénées-Orientales, Albigeois, Hautes Terres d'Oc) and ANCT's
perimeters (Saint-Chély-d'Apcher is in Nord Lozère; the Tarn holds 3 laureates)."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk_texts

_NEW = ["Grand Auch/Astarac", "Nord Lozère", "Pyrénées-Orientales", "Albigeois"]


def test_the_rest_of_the_renewed_are_the_new(engine: Engine) -> None:
    renewed, rest = talk_texts(
        engine,
        "combien de lauréats étaient déjà là lors de la première phase ?",
        "et les autres c qui",
    )
    assert "10" in renewed
    assert all(name in rest for name in _NEW)
    assert "Ariège" not in rest


def test_the_rest_turns_the_last_filter_only(engine: Engine) -> None:
    *_, rest = talk_texts(
        engine, "les nouveaux lauréats svp", "lesquels sont dans le Tarn ?", "et les autres ?"
    )
    assert all(name in rest for name in _NEW[:3])
    assert "Albigeois" not in rest
    assert "Ariège" not in rest
    *_, english = talk_texts(engine, "which laureates span two regions?", "and the others?")
    assert english.startswith("13")
    assert "Lacq Pau Tarbes" not in english


def test_a_list_asked_first_is_not_narrowed_to_itself(engine: Engine) -> None:
    (first,) = talk_texts(engine, "c'est quoi les nouveaux lauréats")
    assert "Parmi" not in first
    assert all(name in first for name in _NEW)


def test_a_dictated_request_beside_where_the_asker_is(engine: Engine) -> None:
    (answer,) = talk_texts(
        engine,
        "bonjour je travaille a la mairie de saint chely d apcher le maire voudrait savoir "
        "si notre commune est dans un territoire d industrie et lequel merci",
    )
    assert "Nord Lozère" in answer
