"""« cite-les » asks which ones, not for a quotation; « the old ones » are
the renewed laureates; « lequel des deux est nouveau ? » of two renewed ones says what they
are; a town where the laureates were « annoncés » is checked against where they were."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk, talk_texts


def test_asking_to_list_them_lists_what_was_counted(engine: Engine) -> None:
    for asked in ("cite-les stp", "ok, nomme-les", "liste-les"):
        listed = talk_texts(
            engine, "Le lauréat Comminges-Nestes regroupe combien d'intercos ?", asked
        )
        assert "CC Coeur et Coteaux du Comminges" in listed[1], asked
    named = talk(engine, "How many new laureates are there?", "Could you name them?")[1]
    assert "Nord Lozère" in named.text
    assert "Ariège" not in named.territories


def test_the_old_ones_are_the_renewed(engine: Engine) -> None:
    old = talk(engine, "Combien de lauréats au total ?", "c'est lesquels, les anciens ?")[1]
    assert len(old.territories) == 10
    assert "Nord Lozère" not in old.territories
    first = talk(
        engine, "combien de lauréats dans le Gers ?", "lesquels étaient là lors de la 1re phase ?"
    )
    assert first[1].territories == ("Interdépartemental 32/82",)


def test_none_of_two_renewed_is_new_says_what_they_are(engine: Engine) -> None:
    texts = talk_texts(
        engine, "Alès et Ariège, lequel compte le plus d'habitants ?", "et lequel est nouveau ?"
    )
    assert texts[1].endswith("les deux sont renouvelés.")


def test_a_town_where_the_laureates_were_announced_is_checked(engine: Engine) -> None:
    paris = engine.ask(question="Les 183 lauréats ont été dévoilés à Paris, c'est ça ?")
    assert paris.text.startswith("Non")
    assert "Chalon-sur-Saône" in paris.text
    assert not paris.territories
    chalon = engine.ask(question="c'est à Chalon-sur-Saône qu'on a annoncé les lauréats ?")
    assert chalon.text.startswith("Oui")
    assert "Grand Chalon" not in chalon.text
    toulouse = engine.ask(question="Les lauréats occitans ont été présentés à Toulouse ?")
    assert toulouse.text.startswith("Oui")
    assert "14 novembre 2023" in toulouse.text


def test_a_year_stated_is_checked_however_unsure_the_reading(engine: Engine) -> None:
    since = engine.ask(question="Le dispositif Territoires d'industrie existe depuis 2018 ?")
    assert since.text.startswith("Oui")
    assert "2018" in since.text
    wrong = engine.ask(question="ce programme il existe depuis 2015 hein ?")
    assert wrong.text.startswith("Non")


def test_asked_politely_to_list_them_lists_them(engine: Engine) -> None:
    listed = talk_texts(
        engine,
        "Combien de communes compte la CC Decazeville Communauté ?",
        "vous pourriez me les lister ?",
    )
    assert "Cransac-les-Thermes" in listed[1]
