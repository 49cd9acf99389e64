"""Parts of one message read together: a pick among what the part before chose, a
statement placing the asker, and a filter set aside in so many words. Facts from the
release: 10 renewed laureates, 2 of them interregional; the new ones in the Tarn are the
Albigeois and Hautes Terres d'Oc (and Castres Revel Castelnaudary, renewed, reaches it).
Neffiès's intercommunality, the CC Les Avant-Monts, is in no territory (ANCT)."""

from __future__ import annotations

from bot.engine import Engine


def test_a_pick_keeps_what_the_part_before_chose(engine: Engine) -> None:
    answer = engine.ask(question="Combien de nouveaux lauréats, et lesquels sont dans le Tarn ?")
    assert "2 lauréats nouveaux dans le Tarn (81)" in answer.text
    assert "Castres Revel Castelnaudary" not in answer.text


def test_a_filter_not_counted_is_set_aside(engine: Engine) -> None:
    answer = engine.ask(
        question="Combien de territoires renouvelés, sans compter les interrégionaux ?"
    )
    assert answer.text.startswith("8 lauréats renouvelés et non interrégionaux")


def test_a_workshop_placed_before_the_question_is_what_it_asks_of(engine: Engine) -> None:
    answer = engine.ask(
        question="On a un atelier à Neffiès, juste à côté de Pézenas : on est dans Béziers-Sète ?"
    )
    assert answer.text.startswith(
        "Non : Neffiès (Hérault, 34) ne fait pas partie du territoire d'industrie « Béziers-Sète »"
    )
    assert "Oui" not in answer.text


def test_a_count_stated_as_a_bound_is_compared(engine: Engine) -> None:
    # (The release: 10 renewed laureates, 5 new; ANCT: 183 territories nationwide.)
    for asked, opening in (
        ("Il y a plus de 10 territoires renouvelés en Occitanie ?", "Non : 10 lauréats renouvelés"),
        ("Y a-t-il au moins 5 nouveaux lauréats ?", "Oui : 5 lauréats nouveaux"),
        ("plus de 150 territoires au niveau national ?", "Oui : 183 territoires"),
        ("Le Tarn a trois lauréats ?", "Oui : 3 lauréats dans le Tarn"),
    ):
        assert engine.ask(question=asked).text.startswith(opening), asked


def test_each_of_a_list_chosen_before_the_question(engine: Engine) -> None:
    # (Etalab with ANCT: the most populous commune of each new laureate.)
    for asked in (
        "Pour chacun des 5 nouveaux lauréats, quelle est la commune la plus peuplée ?",
        "Dans chaque nouveau lauréat, quelle est la ville principale ?",
    ):
        text = engine.ask(question=asked).text
        for town in ("Auch (32)", "Saint-Chély-d'Apcher (48)", "Perpignan (66)", "Albi (81)"):
            assert town in text, (asked, town)


def test_a_town_hall_placing_itself_before_the_question(engine: Engine) -> None:
    # (ANCT: Uzès's CC Pays d'Uzès is in no territory.)
    answer = engine.ask(
        question="Bonjour, mairie d'Uzès. Sommes-nous dans le périmètre Pont du Gard/Gard Rhodanien ?"
    )
    assert answer.text.startswith(
        "Non : Uzès (Gard, 30) ne fait pas partie du territoire d'industrie « Pont du Gard"
    )
    assert answer.territories == ()


def test_a_threshold_said_with_sous_or_hab(engine: Engine) -> None:
    # (ANCT with Etalab: Grand Auch/Astarac, Nord Lozère and Hautes Terres d'Oc have fewer
    # than 50 000 inhabitants, and fewer than 100 000.)
    for asked in (
        "lauréats sous les 100 000 hab ?",
        "quels lauréats sont en dessous de 50 000 habitants ?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith("3 lauréats de moins de"), asked
        assert set(answer.territories) == {
            "Grand Auch/Astarac",
            "Nord Lozère",
            "Hautes Terres d'Oc",
        }


def test_a_laureate_by_an_alias_that_is_no_town_keeps_its_departments(engine: Engine) -> None:
    answer = engine.ask(question="Le TI 32/82 déborde du Gers ?")
    assert answer.text.startswith("Oui : « Interdépartemental 32/82 » s'étend sur 2 départements")


def test_a_lead_in_before_a_comma_asks_nothing(engine: Engine) -> None:
    # (ANCT with Etalab: 2 537 328 of Occitanie's 6 124 653 inhabitants, 41 %.)
    answer = engine.ask(
        question="Plus largement, quelle part de la population d'Occitanie vit dans un "
        "territoire lauréat ?"
    )
    assert answer.text.startswith("Les lauréats d'Occitanie couvrent 2 537 328 des 6 124 653")


def test_a_count_in_words_before_what_it_counts_is_a_claim(engine: Engine) -> None:
    # (ANCT: the Albigeois has 3 groupings.)
    assert engine.ask(question="L'Albigeois regroupe trois intercommunalités ?").text.startswith(
        "Oui : « Albigeois » réunit 3"
    )
    assert engine.ask(question="L'Albigeois regroupe quatre intercommunalités ?").text.startswith(
        "Non : « Albigeois » réunit 3"
    )


def test_a_name_after_mais_is_set_before_its_question(engine: Engine) -> None:
    # (Etalab: the Cantal is in Auvergne-Rhône-Alpes.)
    answer = engine.ask(question="Mais le Cantal, c'est en Occitanie ?")
    assert answer.text.startswith("Non : Cantal (15) est en Auvergne-Rhône-Alpes")
