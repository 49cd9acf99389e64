"""Who said what, asked yes or no, and the names no source gives. The quotations are the
release's: « vecteur puissant de développement » is the prefect's words; Carole Delga's
speak of « emplois pérennes et non délocalisables »."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_words_quoted_asked_of_someone_are_checked(engine: Engine) -> None:
    wrong = engine.ask(question="« Vecteur puissant de développement », c'est de Carole Delga ?")
    assert wrong.text.startswith("Non : Pierre-André Durand")
    right = engine.ask(question="« moteur de notre transition énergétique », c'est Delga ?")
    assert right.text.startswith("Oui : Carole Delga")


def test_a_claim_reworded_in_another_tense_holds(engine: Engine) -> None:
    for asked in (
        "Delga a dit que les emplois seraient non délocalisables ?",
        "c'est pas Delga qui a dit que les emplois seraient non délocalisables ?",
    ):
        assert engine.ask(question=asked).text.startswith("Oui : Carole Delga"), asked


def test_the_pairs_of_a_territory_are_not_named_in_the_sources(engine: Engine) -> None:
    for asked in (
        "Qui sont les binômes élus-industriels de Grand Auch/Astarac ?",
        "Et qui sont les binômes élus-industriels dans le Gers ?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked
        assert answer.territories == ()
    # (What the pairs are, the release says.)
    assert "binômes élus locaux-industriels" in engine.ask(question="qui sont les binômes ?").text


def test_whether_one_is_quoted_at_all(engine: Engine) -> None:
    for asked, opening in (
        ("Le préfet est-il cité dans le communiqué ?", "Oui : Pierre-André Durand"),
        ("Delga s'est exprimée dans le communiqué ?", "Oui : Carole Delga"),
        ("Is Carole Delga quoted?", "Yes: "),
        ("Did the regional prefect comment on it?", "Yes: "),
    ):
        assert engine.ask(question=asked).text.startswith(opening), asked
    # (What she is asked to have spoken of is checked still.)
    assert engine.ask(question="Delga parle-t-elle de tourisme ?").text.startswith("Non")


def test_a_claim_someone_made_is_checked_on_the_data(engine: Engine) -> None:
    # (The release: a laureate in every department of Occitanie; Alès renewed.)
    every = engine.ask(
        question="Le préfet dit qu'il y a des lauréats dans tous les départements d'Occitanie. "
        "C'est vrai ?"
    )
    assert every.text.startswith("Oui : chacun des 13 départements d'Occitanie")
    ales = engine.ask(question="Delga dit qu'Alès est un nouveau lauréat, c'est vrai ?")
    assert ales.text.startswith("Non : « Alès » n'est pas un nouveau lauréat")


def test_those_heard_before_the_selection_had_their_say(engine: Engine) -> None:
    # (The release: selected nationally after the opinion of the regional prefects.)
    heard = engine.ask(question="les préfets ils ont leur mot à dire dans le choix des lauréats ?")
    assert heard.text.startswith("Oui : les lauréats ont été sélectionnés")
    chose = engine.ask(question="Les préfets ont choisi les lauréats ?")
    assert chose.text.startswith("Non : les lauréats ont été sélectionnés")


def test_after_what_the_sources_do_not_say_the_subject_stays(engine: Engine) -> None:
    # (ANCT with Etalab: Pamiers is the Ariège laureate's most populous commune.)
    _, closing, town = talk(
        engine,
        "slt cb de communes ds le ti ariege",
        "y a des usines qui ferment la bas en ce moment ?",
        "c koi la plus grosse ville du ti",
    )
    assert closing.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    assert "la plus peuplée est Pamiers (09)" in town
    _, jobs = talk(
        engine, "c'est nouveau ce programme ?", "et ça a créé combien d'emplois depuis ?"
    )
    assert jobs.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")


def test_quelque_chose_asks_no_question_word(engine: Engine) -> None:
    # (« quelque » is no « quel »: the question asks whether, and the axis answers « Oui ».)
    answer = engine.ask(
        question="Est-ce que le programme prévoit quelque chose sur la formation et les "
        "compétences des salariés ?"
    )
    assert answer.text.startswith("Oui : le développement des compétences")


def test_whether_she_speaks_of_something_asked_without_a_question_word(engine: Engine) -> None:
    # (Carole Delga's words speak of « territoires périurbains, ruraux et villes moyennes ».)
    *_, rural = talk(engine, "Qu'a dit Carole Delga ?", "Elle parle des territoires ruraux ?")
    assert rural.startswith("Oui : Carole Delga")


def test_the_assembly_s_place_and_day_claimed_together(engine: Engine) -> None:
    # (The release: Thursday 9 November 2023 at Chalon-sur-Saône; Etalab: in the
    # Saône-et-Loire, 71.)
    wrong = engine.ask(
        question="L'AG des territoires d'industrie c'était à Toulouse le 14 novembre non ?"
    )
    assert wrong.text.startswith("Non : l'Assemblée générale s'est tenue le jeudi 9 novembre")
    assert "Chalon-sur-Saône (Saône-et-Loire, 71)" in wrong.text
    where = engine.ask(question="Où a eu lieu l'AG ?")
    assert "Chalon-sur-Saône (Saône-et-Loire, 71)" in where.text


def test_a_territory_s_lead_or_a_partner_s_amount_are_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "qui pilote le TI Albigeois ?",
        "La Banque des Territoires met combien sur la table pour les lauréats d'Occitanie ?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked
    # (Who co-pilots the programme in the region, the release says.)
    copilots = engine.ask(question="Qui copilote le programme en Occitanie ?")
    assert copilots.text.startswith("En Occitanie, le programme est copiloté")


def test_opinions_payments_and_prices_are_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "Is it a good idea to invest in Nord Lozère?",
        "Tu penses que Béziers-Sète mérite d'être lauréat ?",
        "Les lauréats occitans ont-ils déjà touché leur part des 100 M€ ?",
        "Is there industrial land for sale near Rodez, and at what price?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith(
            ("Le communiqué du 14 novembre 2023 ne le dit pas", "The press release of 14")
        ), asked
        assert answer.territories == ()


def test_the_prefects_had_a_part_in_the_selection(engine: Engine) -> None:
    # (The release: selected nationally « après avis des préfets de région et des conseils
    # régionaux ».)
    said = engine.ask(question="Les préfets de région ont-ils joué un rôle dans le choix ?")
    assert said.text.startswith("Oui : ")
    chose = engine.ask(question="Le préfet de région a-t-il choisi les lauréats ?")
    assert chose.text.startswith("Non : ")


def test_what_no_source_details_is_said_so(engine: Engine) -> None:
    for asked in (
        "Quel est le taux moyen, le montant moyen des aides Bpifrance pour un lauréat ?",
        "Quelle est l'adresse postale de la Région pour le programme ?",
        "La filière industrielle principale de l'Albigeois, c'est laquelle ?",
        "Quels critères précis ont départagé les territoires ?",
    ):
        said = engine.ask(question=asked)
        assert said.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked


def test_whose_words_a_paraphrase_is(engine: Engine) -> None:
    # (Carole Delga: « créateurs d'emplois pérennes et non délocalisables »; the prefect:
    # « en lien étroit avec les services de l'État et le conseil régional ».)
    jobs = engine.ask(question="qui evoque des emplois qu on ne pourra pas delocaliser").text
    assert jobs.startswith("Carole Delga")
    state = engine.ask(
        question="D'après le communiqué, qui promet de travailler avec les services de l'État "
        "et le conseil régional ?"
    ).text
    assert state.startswith("Pierre-André Durand")


def test_who_speaks_for_an_office(engine: Engine) -> None:
    assert engine.ask(question="Qui s'exprime, qui parle au nom de l'État ?").text.startswith(
        "Pierre-André Durand"
    )
    assert engine.ask(question="qui parle pour la Région ?").text.startswith("Carole Delga")


def test_the_new_phase_is_no_status(engine: Engine) -> None:
    said = engine.ask(question="Alès a bien été retenu pour la nouvelle phase ?").text
    assert said.startswith("Oui : « Alès »")
    assert engine.ask(question="Alès est un nouveau lauréat ?").text.startswith("Non : ")


def test_the_envelope_is_national(engine: Engine) -> None:
    said = engine.ask(question="Les 100 M€, c'est une enveloppe régionale ?").text
    assert said.startswith("Non : une enveloppe nationale de 100 M€")


def test_other_bodies_were_not_heard(engine: Engine) -> None:
    # (The release: « après avis des préfets de région et des conseils régionaux ».)
    said = engine.ask(
        question="Les conseils départementaux ont-ils eu leur mot à dire dans la sélection ?"
    ).text
    assert said.startswith("Non : ")
    assert engine.ask(question="Les conseils régionaux ont été consultés ?").text.startswith("Oui")


def test_offices_and_workforces_are_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "L'adresse de la préfecture de région, c'est où ?",
        "Combien de salariés dans la plus grosse usine d'Alès ?",
        "Quels indicateurs pour suivre les lauréats ?",
    ):
        said = engine.ask(question=asked).text
        assert said.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked


def test_why_a_town_was_left_out_is_not_said(engine: Engine) -> None:
    # (Millau's CC de Millau Grands Causses is in none of ANCT's territories.)
    said = engine.ask(question="Pourquoi Millau n'est pas dans un territoire d'industrie ?").text
    assert said.startswith("Le communiqué ne précise pas pourquoi une commune est retenue ou non.")
    assert "Non : Millau (Aveyron, 12) ne fait partie d'aucun" in said


def test_words_clearly_another_s_outweigh_the_office_named(engine: Engine) -> None:
    # (Carole Delga: « soutenir avec l'État des projets ambitieux ».)
    said = engine.ask(question="Qui dit vouloir soutenir avec l'État des projets ambitieux ?").text
    assert said.startswith("Carole Delga")


def test_amounts_other_than_the_envelope_are_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "Quel montant est réservé à l'axe décarbonation ?",
        "Combien la Banque des Territoires engage-t-elle dans le programme ?",
        "Combien la Région Occitanie met-elle de sa poche dans Territoires d'industrie ?",
        "Et pour 2025, l'enveloppe nationale sera de combien ?",
        "Combien de jours d'ingénierie l'ANCT offre-t-elle à chaque territoire ?",
        "Quel nombre minimum d'emplois industriels fallait-il pour être retenu ?",
    ):
        said = engine.ask(question=asked)
        assert said.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked
        assert "100 M€" in said.text
    # (The envelope itself is known, and a claim of its year is checked.)
    assert engine.ask(question="how much money?").text.startswith("A national envelope of 100 M€")
    assert engine.ask(question="l'enveloppe de 100 M c pour 2025 ?").text.startswith("Non : ")


def test_who_holds_an_office_now_is_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "Qui est l'actuel préfet de région, le successeur de Pierre-André Durand ?",
        "Quel ministre a présidé l'assemblée générale ?",
    ):
        said = engine.ask(question=asked)
        assert said.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked


def test_an_office_the_release_does_not_name_belies_a_claim(engine: Engine) -> None:
    said = engine.ask(
        question="C'est le Premier ministre qui a fixé l'objectif de faire de la France la "
        "championne de l'industrie verte ?"
    )
    assert said.text.startswith("Non : ") and "président de la République" in said.text
    named = engine.ask(question="c'est le président de la République qui a fixé l'objectif ?")
    assert named.text.startswith("Oui : ")


def test_how_much_of_a_place_is_covered_is_a_share_of_its_communes(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's division: 231 of the Gers's 458 communes; 2 235 of
    # Occitanie's 4 446.)
    gers = engine.ask(question="how much of the Gers is covered?").text
    assert gers.startswith(
        "Occitanie's laureates cover 231 of the 458 communes of Gers (32): 50.4%"
    )
    region = engine.ask(question="quelle part de l'Occitanie est couverte ?").text
    assert "2 235 des 4 446 communes d'Occitanie, soit 50,3 %" in region


def test_the_co_pilots_are_named(engine: Engine) -> None:
    # (The release: co-piloted by the Région's president and the regional prefect, whose
    # quotations it signs Carole Delga and Pierre-André Durand.)
    said = engine.ask(question="Qui sont, nommément, les deux copilotes du programme ?").text
    assert "la présidente du conseil régional (Carole Delga)" in said
    assert "le préfet de région (Pierre-André Durand)" in said


def test_what_was_done_since_and_what_is_to_come_are_not_in_the_sources(engine: Engine) -> None:
    for asked in (
        "L'Albigeois a-t-il déjà lancé des projets ?",
        "Combien a été versé à ce jour aux lauréats ?",
        "Quand les lauréats signeront-ils leur contrat avec l'État ?",
        "Un projet coûte combien en moyenne ?",
        "Quelles formations pour les salariés à Figeac ?",
        "La Banque des Territoires met combien pour les lauréats ?",
        "Combien de projets ont été financés l'an dernier ?",
        "Quel bilan tirer de la première phase ?",
        "Qui a remplacé Pierre-André Durand à la préfecture ?",
    ):
        said = engine.ask(question=asked).text
        assert said.startswith("Le communiqué du 14 novembre 2023 ne le dit pas"), asked
