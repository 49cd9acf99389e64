"""What the engine answers, as a user reads it."""

from __future__ import annotations

import re

from bot.engine import Engine
from bot.understanding.intents import Intent


def test_laureate_answer_gives_name_departments_status_and_interregional(engine: Engine) -> None:
    answer = engine.ask(question="Figeac est-il lauréat ?")
    assert answer.territories == ("Aurillac Figeac Rodez",)
    assert "Aveyron 12, Cantal 15, Lot 46" in answer.text
    assert "renouvelé" in answer.text
    assert "interrégional" in answer.text
    assert answer.sources


def test_a_town_in_no_territory_gets_a_clear_no(engine: Engine) -> None:
    answer = engine.ask(question="Le Vigan")
    assert answer.text.startswith("Non")
    assert "Oui" not in answer.text
    assert answer.territories == ()
    assert answer.national_territories == ()
    assert "CC du Pays Viganais" in answer.text
    assert "Alès" in answer.text  # the laureates of its department


def test_a_town_of_a_laureate_is_in_it_through_its_intercommunality(engine: Engine) -> None:
    answer = engine.ask(question="Gruissan")
    assert answer.text.startswith("Oui")
    assert answer.territories == ("Grand Narbonne",)
    assert "CA Le Grand Narbonne" in answer.text
    assert "4 juillet 2024" in answer.text


def test_homonyms_prefer_occitanie_and_offer_the_others(engine: Engine) -> None:
    answer = engine.ask(question="Prades")
    assert "(Pyrénées-Orientales, 66)" in answer.text
    assert "Autres communes de ce nom" in answer.text
    assert any(button.key.startswith("c_") for button in answer.buttons)


def test_a_department_given_with_a_homonym_picks_that_commune(engine: Engine) -> None:
    answer = engine.ask(question="Revel en Isère")
    assert answer.territories == ()
    assert "Isère" in answer.text


def test_a_department_number_after_a_homonym_picks_that_commune(engine: Engine) -> None:
    # Brassac is in the Tarn (Hautes Terres d'Oc) and in the Ariège (Ariège).
    for question in ("brassac 09 c quel territoire", "Brassac (09), quel TI ?"):
        answer = engine.ask(question=question)
        assert answer.territories == ("Ariège",), question
    assert engine.ask(question="brassac 81 c quel territoire").territories == (
        "Hautes Terres d'Oc",
    )


def test_uncertain_typo_asks_did_you_mean(engine: Engine) -> None:
    answer = engine.ask(question="Montpelier")
    assert answer.intent is Intent.CLARIFY
    assert answer.text.startswith("Vouliez-vous dire")
    assert "Montpellier (34)" in answer.suggestions[0]
    assert answer.territories == ()


def test_words_of_the_programme_read_unclearly_are_asked_about_not_called_out_of_scope(
    engine: Engine,
) -> None:
    answer = engine.ask(question="Quels organismes apportent leur expertise aux territoires ?")
    assert answer.intent is Intent.CLARIFY
    assert answer.text.startswith("Vouliez-vous dire")
    assert [b.key for b in answer.buttons] == ["topic_benefits", "topic_engineering"]
    unrelated = engine.ask(question="Quel temps fera-t-il demain à Paris ?")
    assert unrelated.intent is Intent.OUT_OF_SCOPE


def test_an_organisation_named_for_its_place_is_that_place_unless_contacts_are_asked(
    engine: Engine,
) -> None:
    listed = engine.ask(question="quels sont les lauréats de la région Occitanie ?")
    assert listed.intent is Intent.LIST and len(listed.territories) == 15
    contacts = engine.ask(question="le service presse de la Région Occitanie ?")
    assert contacts.intent is Intent.CONTACTS
    assert "service.presse@laregion.fr" in contacts.text


def test_a_department_asked_yes_or_no_gets_oui_and_its_list_does_not(engine: Engine) -> None:
    asked = engine.ask(question="le Gers a-t-il des lauréats ?")
    assert asked.intent is Intent.LAUREATE
    assert asked.text.startswith("Oui : 2 lauréats")
    listed = engine.ask(question="les territoires gersois")
    assert listed.intent is Intent.LIST
    assert listed.text.startswith("2 lauréats")


def test_a_laureate_asked_about_an_aspect_gets_that_aspect_not_the_cards_oui(
    engine: Engine,
) -> None:
    ariege = engine.ask(question="Ariège est un nouveau lauréat ?")  # a department too
    assert ariege.text.startswith("Non") and "renouvelé" in ariege.text
    lozere = engine.ask(question="Was Nord Lozère already in the programme in 2018?")
    assert lozere.text.startswith("No:") and lozere.language == "en"
    # A town whose name holds « nouvelle » asks nothing new.
    assert engine.ask(question="Port-la-Nouvelle est lauréat ?").text.startswith("Oui")


def test_another_programme_named_is_out_of_scope_whatever_place_is_named_with_it(
    engine: Engine,
) -> None:
    ales = engine.ask(question="Et Action cœur de ville, Alès en fait partie ?")
    assert ales.intent is Intent.OUT_OF_SCOPE and ales.territories == ()
    # « Ville » there is no town (Villé, Bas-Rhin), and the question is English.
    english = engine.ask(question="What is Action Cœur de Ville?")
    assert english.intent is Intent.OUT_OF_SCOPE and english.language == "en"
    both = engine.ask(
        question="C'est quoi Petites villes de demain, et c'est quoi Territoires d'industrie ?"
    )
    assert both.intents == (Intent.OUT_OF_SCOPE, Intent.PROGRAMME)


def test_a_bare_town_name_is_a_place_though_a_word_of_it_is_a_topics(engine: Engine) -> None:
    # « saône » is a word of the announcement (Chalon-sur-Saône).
    answer = engine.ask(question="Villefranche-sur-Saône ?")
    assert answer.intent is Intent.LAUREATE and "Beaujolais" in answer.text
    unrelated = engine.ask(question="Can you recommend a good restaurant in Toulouse?")
    assert unrelated.intent is Intent.OUT_OF_SCOPE


def test_a_region_an_interregional_laureate_reaches_gets_no_flat_non(engine: Engine) -> None:
    answer = engine.ask(question="Combien de lauréats en Nouvelle-Aquitaine ?")
    assert answer.text.startswith("Un seul des 15 lauréats")
    assert "« Lacq Pau Tarbes »" in answer.text.split("\n")[0]
    assert engine.ask(question="la Bretagne a des lauréats ?").text.startswith("Non : aucun")


def test_a_place_asked_whether_in_a_region_gets_its_region_first(engine: Engine) -> None:
    # Pau belongs to an Occitanie laureate, but lies in Nouvelle-Aquitaine.
    pau = engine.ask(question="Pau est en Occitanie ?")
    assert pau.text.startswith("Non : Pau (Pyrénées-Atlantiques, 64) est en Nouvelle-Aquitaine")
    assert "« Lacq Pau Tarbes »" in pau.text and "Oui" not in pau.text
    ales = engine.ask(question="Is Alès in Occitanie?")
    assert ales.text.startswith("Yes: Alès (Gard, 30) is in Occitanie.")


def test_ordinary_words_that_look_like_places_claim_nothing(engine: Engine) -> None:
    for question in [
        "j'ai un lot de pièces",
        "il y a eu un souci",
        "un lot",
        "le tarn est une rivière de 1 km de lot",
    ]:
        assert "Aurillac Figeac Rodez" not in engine.ask(question=question).territories


def test_unknown_place_says_it_does_not_know_and_lists_laureates(engine: Engine) -> None:
    answer = engine.ask(question="Est-ce que Zorglubville est lauréat ?")
    assert "Je ne reconnais pas ce lieu" in answer.text
    assert "Nord Lozère" in answer.text
    assert answer.territories == ()


def test_contacts_give_complete_numbers_and_addresses(engine: Engine) -> None:
    text = engine.ask(question="contacts presse").text
    for expected in [
        "06 70 85 30 75",
        "05 61 33 52 75",
        "04 67 22 81 31",
        "service-presse@occitanie.gouv.fr",
        "service.presse@laregion.fr",
    ]:
        assert expected in text
    for number in re.findall(r"0\d(?: \d\d)+", text):
        assert len(number) == 14, number


def test_phone_only_and_email_only(engine: Engine) -> None:
    phones = engine.ask(question="téléphone de Margot Scherer").text
    assert "05 34 45 34 77" in phones
    assert "@" not in phones
    emails = engine.ask(question="adresse mail presse").text
    assert "@" in emails
    assert "05 34" not in emails


def test_english_questions_get_english_answers(engine: Engine) -> None:
    answer = engine.ask(question="Is Castres covered by the programme?")
    assert answer.language == "en"
    assert answer.text.startswith("Yes")
    assert engine.ask(question="what funding is available?").text.startswith("A national envelope")


def test_every_button_key_is_short_safe_and_answers(engine: Engine) -> None:
    questions = [
        "le 81",
        "Prades",
        "Montpelier",
        "bonjour",
        "les lauréats",
        "Figeac",
        "Is Foix covered?",
    ]
    for question in questions:
        for button in engine.ask(question=question).buttons:
            assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", button.key)
            assert engine.answer_key(key=button.key) is not None, button.key


def test_stale_or_unknown_keys_answer_none(engine: Engine) -> None:
    for key in ["t_nowhere", "c_99999", "topic_weather", "zz", "", "d_00", "p_x"]:
        assert engine.answer_key(key=key) is None


def test_english_is_detected_and_french_stays_the_default(engine: Engine) -> None:
    english = [
        "Is Dijon a laureate?",
        "Is Foix covered?",
        "What are the axes?",
        "press contacts",
        "hello",
        "how many laureates?",
        "Who selected the laureates?",
    ]
    french = [
        "Alès",
        "Figeac est-il lauréat ?",
        "contacts presse",
        "bonjour",
        "le 81",
        "a quoi ca sert",
    ]
    assert [engine.ask(question=q).language for q in english] == ["en"] * len(english)
    assert [engine.ask(question=q).language for q in french] == ["fr"] * len(french)


def test_a_perimeter_question_lists_the_groupements(engine: Engine) -> None:
    answer = engine.ask(question="Quelles communes font partie de Castres Revel Castelnaudary ?")
    assert "CA de Castres Mazamet (SIREN 248100430)" in answer.text
    assert "111 communes" in answer.text
    assert "SIREN" not in engine.ask(question="Castres Revel Castelnaudary").text


def test_each_namesake_offered_says_where_it_stands(engine: Engine) -> None:
    # (Etalab's intercommunalities and ANCT's members: Brassac 09066 in the CA L'Agglo
    # Foix-Varilhes, of the Ariège laureate; Brassac 82024 in the CC du Pays de Serres en
    # Quercy, of the 32/82; Montagnac 30354 in the CA de Nîmes Métropole, in none.)
    brassac = engine.ask(question="Dans quel lauréat se trouve Brassac ?").text
    assert "Brassac (Ariège, 09), dans « Ariège »" in brassac
    assert "Brassac (Tarn-et-Garonne, 82), dans « Interdépartemental 32/82 »" in brassac
    montagnac = engine.ask(question="Montagnac est-il dans un territoire d'industrie ?").text
    assert "Montagnac (Gard, 30), dans aucun territoire" in montagnac
