"""A follow-up as a partial frame filled from the conversation's last frame."""

from __future__ import annotations

from bot.dialogue.context import NO_CONTEXT
from bot.dialogue.frames import follow
from bot.engine import Engine
from bot.understanding.frame import Frame

LAST = Frame(ask="communes", op="most", about=("laureates",), filters=("status:new",))


def test_a_missing_subject_and_attribute_come_from_the_last_frame() -> None:
    asked = Frame(ask="population", op="least", stated=frozenset({"op"}))
    assert follow(frame=asked, last=LAST) == Frame(
        ask="communes", op="least", about=("laureates",), filters=("status:new",)
    )


def test_a_filter_replaces_the_last_of_its_kind() -> None:
    asked = Frame(
        ask="status", op="list", filters=("status:renewed",), stated=frozenset({"filters"})
    )
    filled = follow(frame=asked, last=LAST)
    assert filled is not None and filled.filters == ("status:renewed",)
    assert (filled.ask, filled.op) == ("communes", "most")


def test_a_place_narrows_the_same_whole() -> None:
    asked = Frame(ask="laureate", op="count", about=("department:11",), stated=frozenset({"about"}))
    filled = follow(frame=asked, last=LAST)
    assert filled is not None
    assert filled.about == ("laureates",)
    assert filled.filters == ("status:new", "department:11")


def test_a_question_that_says_it_all_or_nothing_is_no_follow_up() -> None:
    whole = frozenset({"ask", "op", "about"})
    assert follow(frame=Frame(ask="status", op="yesno", stated=whole), last=LAST) is None
    assert follow(frame=Frame(ask="help", op="lookup"), last=LAST) is None


def talk(engine: Engine, *questions: str) -> list[str]:
    context, now, texts = NO_CONTEXT, 0.0, []
    for question in questions:
        turn = engine.reply(question=question, context=context, now=now)
        context, now = turn.context, now + 10
        texts.append(turn.answer.text)
    return texts


def test_changing_only_the_operation_then_the_attribute(engine: Engine) -> None:
    measures = engine._executor._measures
    laureates = [measures[t.anct_id] for t in engine.knowledge.territories]
    fewest = min(laureates, key=lambda m: (m.communes, m.name))
    least_populated = min(laureates, key=lambda m: m.population)
    _, least, population = talk(
        engine,
        "Quel lauréat regroupe le plus de communes ?",
        "et le moins ?",
        "et en habitants ?",
    )
    assert f"{fewest.communes} communes" in least
    assert least_populated.name.split()[0] in population.split("»")[0]


def test_narrowing_a_list_to_the_interregional_ones(engine: Engine) -> None:
    # None of the Tarn's three laureates spans two regions.
    _, narrowed = talk(engine, "Les lauréats du Tarn ?", "que ceux sur deux régions")
    assert "n'est interrégional" in narrowed
    assert not any(name in narrowed for name in ("Castres", "Albigeois", "Hautes Terres"))


def test_a_number_about_the_laureate_just_shown(engine: Engine) -> None:
    measures = engine._executor._measures
    ales = next(t for t in engine.knowledge.territories if t.name == "Alès")
    population = f"{measures[ales.anct_id].population:,}".replace(",", " ")
    _, answer = talk(engine, "Alès est-il lauréat ?", "et il a combien d'habitants ?")
    assert population in answer


def test_a_department_after_a_laureate_is_the_laureate_s_part_of_it(engine: Engine) -> None:
    places, coverage = engine.knowledge.places, engine.knowledge.coverage
    assert places is not None and coverage is not None
    laureate = next(t for t in engine.knowledge.territories if t.name == "Interdépartemental 32/82")
    gers = [
        c
        for c in coverage.communes[laureate.anct_id]
        if places.communes_by_code[c].department == "32"
    ]
    _, answer = talk(
        engine,
        "Combien de communes regroupe le territoire Interdépartemental 32/82 ?",
        "et combien dans le Gers ?",
    )
    assert f"{len(gers)} communes dans le Gers" in answer


def test_a_follow_up_never_takes_a_laureate_the_last_answer_did_not_affirm(
    engine: Engine,
) -> None:
    # « Non : Mende … » lists the laureates of the Lozère; none of them is its subject.
    context = engine.reply(question="Mende est-elle dans un lauréat ?", context=NO_CONTEXT, now=0)
    assert not context.answer.territories
    for follow_up in ("et combien d'habitants ?", "et ses intercos ?", "combien de communes ?"):
        answer = engine.reply(question=follow_up, context=context.context, now=10).answer
        assert not answer.territories, (follow_up, answer.text)


def test_a_list_ranked_then_ranked_the_other_way(engine: Engine) -> None:
    """A department's laureates, the one with most communes among them, then the one with
    fewest: the second ranking is over the same three, though the first named only one."""
    measures = engine._executor._measures
    tarn = [measures[t.anct_id] for t in engine.knowledge.territories if "81" in t.departments]
    most = max(tarn, key=lambda m: m.communes)
    fewest = min(tarn, key=lambda m: m.communes)
    _, first, second = talk(
        engine, "quels lauréats dans le Tarn ?", "lequel a le plus de communes ?", "et le moins ?"
    )
    assert first.startswith(f"« {most.name} » en a le plus")
    assert second.startswith(f"« {fewest.name} » en a le moins")


def test_asked_to_confirm_the_bot_gives_its_last_answer_again(engine: Engine) -> None:
    first, again = talk(engine, "le portable de Margot Scherer ?", "t'es sûr ?")
    assert again.startswith(first)
    assert "Je le confirme" in again
    # Without a conversation there is nothing to confirm: the words are read as they are.
    assert "Je le confirme" not in engine.ask(question="t'es sûr ?").text


def test_a_confirmation_followed_by_a_question_answers_the_question(engine: Engine) -> None:
    _, again = talk(engine, "Alès est nouveau ?", "vraiment ? et l'Albigeois ?")
    assert again.startswith("Oui")
    assert "Albigeois" in again


def test_a_list_narrowed_to_either_of_two_departments(engine: Engine) -> None:
    _, narrowed = talk(
        engine, "Quels sont les nouveaux lauréats ?", "lesquels sont dans le Gers ou en Lozère ?"
    )
    assert "Grand Auch/Astarac" in narrowed and "Nord Lozère" in narrowed
    assert "Albigeois" not in narrowed


def test_which_ones_lists_what_was_just_counted(engine: Engine) -> None:
    _, towns = talk(engine, "Nord Lozère, ça fait combien de communes ?", "lesquelles ?")
    assert "Saint-Chély-d'Apcher" in towns
    _, named, new = talk(
        engine,
        "combien de lauréats y a-t-il dans le Tarn ?",
        "lesquels ?",
        "lesquels sont nouveaux ?",
    )
    assert all(name in named for name in ("Castres", "Albigeois", "Hautes Terres d'Oc"))
    assert "Albigeois" in new and "Castres" not in new


def test_a_narrowing_that_leaves_none_says_so_without_a_no(engine: Engine) -> None:
    *_, narrowed = talk(
        engine,
        "Les nouveaux lauréats ?",
        "lesquels sont dans le Tarn ?",
        "et lequel est interrégional ?",
    )
    assert narrowed == "Aucun des lauréats du Tarn (81) n'est nouveau et interrégional."


def test_asked_for_sources_after_an_answer_the_bot_names_that_answer_s(engine: Engine) -> None:
    _, sources = talk(engine, "combien de communes compte Nord Lozère ?", "c'est sourcé ?")
    assert sources.startswith("Oui. Ma dernière réponse vient de :")
    assert "ANCT" in sources and "14 novembre 2023" in sources


def test_after_a_town_s_territory_what_only_a_territory_has_is_the_territory_s(
    engine: Engine,
) -> None:
    first, count, largest = talk(
        engine,
        "Revel en Haute-Garonne, c'est dans quel territoire ?",
        "combien de communes il a, ce territoire ?",
        "et sa plus grande ville ?",
    )
    assert first.startswith("Oui : Revel (Haute-Garonne, 31)")
    assert "111 communes" in count
    assert "Castres (81)" in largest


def test_a_laureate_s_part_of_a_department_then_its_largest_town_there(engine: Engine) -> None:
    *_, part, largest = talk(
        engine,
        "Lacq Pau Tarbes, ça fait combien de communes ?",
        "et dans les Hautes-Pyrénées seulement ?",
        "la plus grosse côté 65 ?",
    )
    assert "dans les Hautes-Pyrénées (65)" in part
    assert "Tarbes (65)" in largest


def test_which_of_the_two_ranks_the_two_asked_about(engine: Engine) -> None:
    _, ranked = talk(
        engine, "Alès et l'Albigeois, ils sont nouveaux ?", "lequel des deux est le plus peuplé ?"
    )
    assert "Alès" in ranked and "Albigeois" in ranked


def test_which_of_the_two_over_a_narrowed_list_ranks_that_list(engine: Engine) -> None:
    *_, most = talk(
        engine,
        "Le Tarn a-t-il trois lauréats ?",
        "lesquels sont nouveaux ?",
        "lequel des deux est le plus peuplé ?",
    )
    assert most.startswith("« Albigeois » est le plus peuplé")
    assert "Castres" not in most


def test_a_place_after_sans_narrows_the_last_list(engine: Engine) -> None:
    _, narrowed = talk(engine, "Les lauréats renouvelés ?", "et sans le Gard ?")
    assert "Alès" not in narrowed and "Pont du Gard" not in narrowed
    assert "Ariège" in narrowed and "Béziers-Sète" in narrowed


def test_a_ranking_follow_up_ranks_the_narrowed_list_shown(engine: Engine) -> None:
    measures = engine._executor._measures
    new = [t for t in engine.knowledge.territories if t.status == "new"]
    most = max(new, key=lambda t: measures[t.anct_id].population)
    *_, ranked = talk(engine, "La liste des lauréats stp", "juste les nouveaux", "le plus peuplé ?")
    assert ranked.startswith(f"« {most.name} »"), ranked
    assert "Lacq Pau Tarbes" not in ranked


def test_its_intercommunalities_after_a_ranking_are_the_first_ranked_s(engine: Engine) -> None:
    measures = engine._executor._measures
    fewest = min(
        engine.knowledge.territories, key=lambda t: (measures[t.anct_id].population, t.name)
    )
    *_, members = talk(engine, "Quel lauréat a le moins d'habitants ?", "ses intercos ?")
    assert members.startswith(f"« {fewest.name} »"), members


def test_a_region_s_territories_ranked_then_the_first_one_s_members(engine: Engine) -> None:
    perimeters, places = engine.knowledge.perimeters, engine.knowledge.places
    assert perimeters is not None and places is not None
    code = next(r.code for r in places.regions.values() if r.name == "Bretagne")
    within = {n.id for n in engine.knowledge.region_territories(code).territories}
    measures = engine._executor._measures
    first = max(within, key=lambda ident: (measures[ident].communes, measures[ident].name))
    _, ranked, members = talk(
        engine,
        "Combien de territoires d'industrie en Bretagne ?",
        "lequel a le plus de communes ?",
        "ses intercommunalités ?",
    )
    assert f"« {measures[first].name} »" in ranked.split("\n")[0], ranked
    assert "Lacq Pau Tarbes" not in ranked
    assert members.startswith(f"« {measures[first].name} »"), members


def test_list_them_lists_what_was_counted(engine: Engine) -> None:
    _, listed = talk(engine, "How many territories in Normandy?", "list them")
    assert "Axe Seine" in listed and "Cotentin" in listed


def test_after_a_department_s_share_its_laureate_s_members(engine: Engine) -> None:
    share, members = talk(
        engine,
        "Quelle part des communes des Pyrénées-Orientales est dans un lauréat ?",
        "et ses intercos ?",
    )
    assert "68 des 226" in share and "Pyrénées-Orientales : 68" in share
    assert members.startswith("« Pyrénées-Orientales »"), members


def test_a_question_word_after_what_it_asks_of_is_one_request(engine: Engine) -> None:
    _, communes = talk(
        engine, "Comminges-Nestes est sur quels départements ?", "ses communes, combien ?"
    )
    assert "429" in communes, communes


def test_after_a_town_s_territory_outside_occitanie_its_communes(engine: Engine) -> None:
    measures = engine._executor._measures
    finistere = next(m for m in measures.values() if m.name == "Finistère")
    _, communes = talk(
        engine, "Quimper, c'est dans quel territoire d'industrie ?", "il a combien de communes ?"
    )
    assert str(finistere.communes) in communes, communes


def test_which_region_has_most_ranks_the_regions_whatever_came_before(engine: Engine) -> None:
    *_, most = talk(engine, "Combien de lauréats en Occitanie ?", "quelle région en a le plus ?")
    assert most.startswith("Auvergne-Rhône-Alpes"), most


def test_a_question_naming_its_subject_stands_on_its_own(engine: Engine) -> None:
    _, members = talk(
        engine, "Les lauréats du Tarn ?", "l'Albigeois, ça regroupe quelles intercos au juste ?"
    )
    assert members.startswith("« Albigeois »"), members


def test_what_the_sources_do_not_hold_is_not_the_last_attribute(engine: Engine) -> None:
    _, budget = talk(
        engine, "Lacq Pau Tarbes est interrégional ?", "quel est le budget de Lacq Pau Tarbes ?"
    )
    assert "ne le dit pas" in budget, budget


def test_a_town_s_territory_then_that_territory_s_part_of_a_department(engine: Engine) -> None:
    _, part = talk(
        engine,
        "Lourdes est dans quel territoire d'industrie ?",
        "ce territoire, combien de communes dans les Pyrénées-Atlantiques ?",
    )
    assert part.startswith("« Lacq Pau Tarbes » compte 387 communes"), part


def test_this_territory_after_a_town_is_the_town_s_territory(engine: Engine) -> None:
    _, communes = talk(
        engine,
        "Pamiers est dans un territoire d'industrie ?",
        "ok et y a combien de communes dans ce TI ?",
    )
    assert "325" in communes, communes


def test_its_biggest_town_after_a_ranking_is_the_first_ranked_s(engine: Engine) -> None:
    *_, town = talk(engine, "Which laureate has the most inhabitants?", "Its biggest town?")
    assert "Pau" in town and "Lacq Pau Tarbes" in town, town


def test_a_topic_asked_after_an_office_s_contacts_is_that_topic(engine: Engine) -> None:
    _, since = talk(
        engine, "les contacts presse de la préfecture ?", "ça existe depuis quand ce programme ?"
    )
    assert "2018" in since, since


def test_an_amount_for_a_place_is_not_in_the_sources_in_a_conversation_too(engine: Engine) -> None:
    _, amount = talk(
        engine, "Qui a parlé de souveraineté ?", "Combien pour le Tarn sur les 100 M€ ?"
    )
    assert "ne le dit pas" in amount, amount


def test_a_rank_of_the_list_shown_with_an_attribute_is_that_laureates(engine: Engine) -> None:
    texts = talk(
        engine,
        "Quels sont les lauréats interrégionaux ?",
        "le second, combien d'intercommunalités ?",
        "et le premier ?",
    )
    assert "Aurillac Figeac Rodez" in texts[1] and "17 groupements" in texts[1]
    assert "Lacq Pau Tarbes" in texts[2] and "11 groupements" in texts[2]


def test_a_territory_after_towns_whose_answer_named_none_is_theirs(engine: Engine) -> None:
    texts = talk(
        engine,
        "Béziers et Sète, même territoire ?",
        "laquelle des deux villes est la plus grande ?",
        "et ce territoire, il a combien d'intercommunalités ?",
    )
    assert "Béziers-Sète" in texts[2] and "4 groupements" in texts[2]


def test_several_requests_of_a_follow_up_are_each_of_the_same_subject(engine: Engine) -> None:
    texts = talk(
        engine,
        "Is Alès a new laureate?",
        "How many communes in that territory, and which is the most populous?",
    )
    assert "94 communes" in texts[1] and "the most populous is Alès" in texts[1]


def test_a_ranking_left_to_the_conversation_ranks_a_measure() -> None:
    last = Frame(ask="status", op="yesno", about=("laureate:Alès",))
    asked = Frame(ask="population", op="most", stated=frozenset({"op"}))
    filled = follow(frame=asked, last=last)
    assert filled is not None and (filled.ask, filled.op) == ("population", "most")


def test_a_territory_of_france_stays_the_subject_of_what_follows(engine: Engine) -> None:
    texts = talk(
        engine,
        "I'm in Brive. Are we in an industrial territory?",
        "which intercommunalities are in it?",
    )
    assert "Brive – Tulle – Périgord Noir" in texts[0]
    assert "CC Sarlat-Périgord Noir" in texts[1]


def test_of_two_requests_the_one_about_a_place_is_gone_on_from(engine: Engine) -> None:
    texts = talk(
        engine,
        "Chalon-sur-Saône, territoire d'industrie ? et c'est là qu'il y a eu l'AG ?",
        "il regroupe combien d'intercommunalités, ce territoire ?",
    )
    assert "Grand Chalon" in texts[1] and "CA Le Grand Chalon" in texts[1]


def test_both_of_the_last_two_laureates_asked_one_after_the_other(engine: Engine) -> None:
    *_, each, which = talk(
        engine,
        "Alès est-il nouveau ?",
        "et Nord Lozère ?",
        "ils regroupent combien de communes chacun ?",
        "lequel des deux est le plus peuplé ?",
    )
    measures = {t.name: engine._executor._measures[t.anct_id] for t in engine.knowledge.territories}
    assert f"{measures['Alès'].communes} communes" in each
    assert f"{measures['Nord Lozère'].communes} communes" in each
    assert which.startswith("« Alès » est le plus peuplé")


def test_inhabitants_of_this_territory_after_a_town_are_the_territory_s(engine: Engine) -> None:
    _, inhabitants = talk(
        engine, "Pamiers est dans un TI ?", "combien d'habitants dans ce territoire ?"
    )
    ariege = next(t for t in engine.knowledge.territories if t.name == "Ariège")
    population = engine._executor._measures[ariege.anct_id].population
    assert f"{population:,}".replace(",", " ") in inhabitants


def test_this_territory_after_a_town_in_none_is_the_one_asked_before(engine: Engine) -> None:
    *_, largest = talk(
        engine, "Moissac est dans un TI ?", "et Montauban ?", "la plus grande ville du territoire ?"
    )
    assert "Interdépartemental 32/82" in largest and "Castelsarrasin" in largest


def test_this_territory_after_an_intercommunality_is_its_territory(engine: Engine) -> None:
    _, members = talk(
        engine,
        "La CC de Lacq-Orthez fait partie de Lacq Pau Tarbes ?",
        "combien d'intercos en tout dans ce TI ?",
    )
    assert "Lacq Pau Tarbes" in members and "groupements" in members


def test_whether_this_territory_spans_several_departments_after_a_town(engine: Engine) -> None:
    _, spans = talk(
        engine, "Pamiers est dans un TI ?", "et ce territoire est sur plusieurs départements ?"
    )
    assert spans.startswith("Non : « Ariège » s'étend sur 1 département")


def test_a_place_of_a_ranking_follows_it(engine: Engine) -> None:
    *_, second, third = talk(
        engine,
        "Comminges-Nestes, sa ville la plus peuplée ?",
        "et la deuxième ?",
        "and the third?",
    )
    assert "deuxième plus peuplée" in second and "Saint-Gaudens" not in second
    assert "third most populous" in third
    _, laureate = talk(engine, "quel lauréat compte le moins de communes ?", "et le deuxième ?")
    assert "deuxième position" in laureate
    # « juste derrière », « the next one »: the place after the last one shown.
    *_, behind, after = talk(
        engine, "Béziers-Sète, la ville la plus peuplée ?", "et juste derrière ?", "puis ?"
    )
    assert "deuxième plus peuplée est Sète" in behind
    assert "troisième plus peuplée" in after
    _, following = talk(engine, "Which laureate has the most inhabitants?", "and the next one?")
    assert "comes second" in following


def test_an_answer_that_settles_nothing_leaves_the_conversation_as_it_was(
    engine: Engine,
) -> None:
    *_, departments = talk(
        engine,
        "Parle-moi d'Alès.",
        "et la météo demain ?",
        "il couvre quels départements ?",
    )
    assert "Gard" in departments


def test_a_question_naming_the_release_is_not_about_the_laureate_before(
    engine: Engine,
) -> None:
    *_, dated, assembly = talk(
        engine,
        "Alès, nouveau ou renouvelé ?",
        "le communiqué il est daté de quand ?",
        "et l'AG elle a eu lieu où ?",
    )
    assert "14 novembre 2023" in dated and "Alès" not in dated
    assert "Chalon-sur-Saône" in assembly


def test_a_department_asked_of_the_laureate_just_spoken_of(engine: Engine) -> None:
    *_, gard = talk(engine, "Alès, combien de communes ?", "toutes dans le Gard ?")
    assert gard.startswith("Non") and "Ardèche" in gard and "d'« Alès »" in gard
    *_, herault = talk(
        engine, "Hautes Terres d'Oc, ses intercos ?", "y a des communes de l'Hérault dedans ?"
    )
    assert herault.startswith("Oui") and "Hérault (34)" in herault


def test_the_main_town_asked_after_a_laureate(engine: Engine) -> None:
    *_, main = talk(engine, "l'Albigeois c'est nouveau ?", "et sa ville principale ?")
    assert "Albi (81)" in main


def test_thanks_with_a_word_about_it_is_thanks(engine: Engine) -> None:
    *_, thanks = talk(
        engine, "Béziers-Sète, c'est nouveau ?", "merci bcp, c'est pour un papier demain"
    )
    assert "Béziers-Sète" not in thanks


def test_the_most_of_them_after_a_narrowed_list(engine: Engine) -> None:
    *_, most = talk(engine, "quels lauréats sont renouvelés ?", "le plus peuplé d'entre eux ?")
    assert most.startswith("« Lacq Pau Tarbes » est le plus peuplé")


def test_where_it_comes_from_and_when_it_is_dated(engine: Engine) -> None:
    *_, sources, dated = talk(
        engine, "Béziers-Sète, nouveau ?", "ça vient d'où tout ça ?", "c'est daté de quand ?"
    )
    assert "Communiqué de presse" in sources
    assert "14 novembre 2023" in dated and "Béziers-Sète" not in dated


def test_a_count_is_of_laureates_not_of_dates(engine: Engine) -> None:
    *_, counted = talk(engine, "le communiqué est daté de quand ?", "combien en Occitanie ?")
    assert "15" in counted


def test_a_place_asked_yes_or_no_after_a_ranking_is_asked_of_itself(engine: Engine) -> None:
    *_, var = talk(engine, "le lauréat le plus peuplé ?", "Le Var a un territoire d'industrie ?")
    assert var.startswith("Oui") and "Var (83)" in var and "habitants" not in var


def test_a_map_asked_after_a_count_is_the_map_of_what_was_counted(engine: Engine) -> None:
    context, now = NO_CONTEXT, 0.0
    images = []
    for question in ("Nord Lozère, combien de communes ?", "and on a map?"):
        turn = engine.reply(question=question, context=context, now=now)
        context, now = turn.context, now + 10
        images.append(turn.answer.image)
    assert images[0] == ""
    assert images[1].startswith("mapt_")


def test_which_after_a_narrowed_count_lists_what_was_counted(engine: Engine) -> None:
    *_, listed = talk(
        engine,
        "il y a combien de lauréats dans la région ?",
        "et parmi eux combien de renouvelés ?",
        "c'est lesquels ?",
    )
    assert "Alès" in listed and "Albigeois" not in listed


def test_which_ones_after_a_list_the_conversation_layer_cannot_place(engine: Engine) -> None:
    *_, listed = talk(
        engine,
        "y a vraiment que 5 nouveaux ? moi j'en vois 6",
        "lesquels du coup",
    )
    assert listed.startswith(("Ces 5 lauréats", "Les 5 nouveaux"))
    assert "Nord Lozère" in listed and "Alès" not in listed


def test_a_town_ranked_after_another_or_after_the_last_one(engine: Engine) -> None:
    first, after_her = talk(
        engine, "la plus peuplée des communes de Béziers-Sète ?", "et après elle ?"
    )
    assert "Béziers (34)" in first and "Sète (34)" in after_her
    (alone,) = talk(engine, "la 2e ville après Pamiers ?")
    assert "la deuxième plus peuplée est Foix (09)" in alone and not alone.startswith("Oui")


def test_a_correction_names_who_was_meant_and_keeps_what_was_asked(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's communes: Grand Auch/Astarac 71, Hautes Terres d'Oc 45.)
    _, corrected = talk(
        engine,
        "Combien de communes dans le territoire Grand Narbonne ?",
        "Non pardon, je voulais dire le Grand Auch !",
    )
    assert "71 communes" in corrected and not corrected.startswith("Oui")
    _, corrected = talk(
        engine,
        "Combien de communes dans le territoire de l'Albigeois ?",
        "Non, je me suis trompé : je voulais Hautes Terres d'Oc.",
    )
    assert "45 communes" in corrected and not corrected.startswith("Oui")


def test_a_town_named_like_a_laureate_is_the_town_in_a_talk_about_towns(engine: Engine) -> None:
    _, rodez = talk(engine, "Quelle est la population de Figeac ?", "et Rodez ?")
    assert rodez.startswith("Rodez (12)") and "habitants" in rodez
    assert "Aurillac Figeac Rodez" not in rodez


def test_which_namesake_is_meant_is_said_after_the_town(engine: Engine) -> None:
    # (Etalab's intercommunalities and ANCT's members: Sauveterre 81278 is in the CC Thoré
    # Montagne Noire, of Hautes Terres d'Oc; Sauveterre 32418 in the CC du Saves, of the
    # 32/82; Mirepoix 09194 in the Ariège laureate.)
    _, tarn, gers = talk(
        engine,
        "Sauveterre fait partie d'un territoire d'industrie ?",
        "Celle du Tarn.",
        "et celle du Gers ?",
    )
    assert tarn.startswith("Oui : Sauveterre (Tarn, 81)") and "Hautes Terres d'Oc" in tarn
    assert gers.startswith("Oui : Sauveterre (Gers, 32)") and "Interdépartemental 32/82" in gers
    _, ariege, gers = talk(
        engine,
        "Is Mirepoix in an industrial territory?",
        "I mean the one in Ariège",
        "and the one in the Gers?",
    )
    assert ariege.startswith("Yes: Mirepoix (Ariège, 09)")
    assert gers.startswith("Yes: Mirepoix (Gers, 32)") and "Grand Auch/Astarac" in gers


def test_a_ranking_narrowed_by_leaving_some_out_ranks_the_others(engine: Engine) -> None:
    _, others = talk(
        engine, "Quel lauréat a le plus d'habitants ?", "et en excluant les interrégionaux ?"
    )
    measures = engine._executor._measures
    kept = [t for t in engine.knowledge.territories if not t.interregional]
    most = max(kept, key=lambda t: measures[t.anct_id].population)
    assert others.startswith(f"« {most.name} »")


def test_whether_the_town_just_named_is_in_a_department_or_region(engine: Engine) -> None:
    _, aude, occitanie, bretagne = talk(
        engine,
        "Combien d'habitants à Castelnaudary ?",
        "elle est bien dans l'Aude ?",
        "et c'est en Occitanie ?",
        "elle est en Bretagne ?",
    )
    assert aude.startswith("Oui : Castelnaudary est une commune de l'Aude (11)")
    assert occitanie.startswith("Oui : Castelnaudary")
    assert bretagne.startswith("Non : Castelnaudary")


def test_a_share_asked_again_of_another_property(engine: Engine) -> None:
    _, new = talk(
        engine,
        "Quel pourcentage des lauréats est interrégional ?",
        "et le pourcentage de nouveaux ?",
    )
    assert new.startswith("33,3 % : 5 des 15 lauréats sont nouveaux")


def test_why_after_a_place_is_what_the_sources_do_not_say(engine: Engine) -> None:
    _, why, population = talk(
        engine,
        "Nîmes fait partie d'un territoire d'industrie ?",
        "pourquoi ça ?",
        "et sa population ?",
    )
    # (And what the data say of the town.)
    assert why.startswith("Non : Nîmes (Gard, 30)")
    assert "Le communiqué ne précise pas pourquoi une commune est retenue ou non" in why
    assert population.startswith("Nîmes (30)")


def test_why_after_a_status_is_the_status_own_reason(engine: Engine) -> None:
    _, why = talk(engine, "Le Grand Narbonne est-il un nouveau lauréat ?", "pourquoi ?")
    assert "première phase" in why and "ne le dit pas" not in why


def test_this_territory_after_a_town_is_the_territory_not_the_town(engine: Engine) -> None:
    # (ANCT's perimeters: Saint-Chély-d'Apcher is in Nord Lozère, in Occitanie only.)
    _, where = talk(
        engine,
        "Saint-Chély-d'Apcher fait partie d'un territoire d'industrie ?",
        "il est bien en Occitanie, ce territoire ?",
    )
    assert "est une commune" not in where


def test_after_what_the_sources_do_not_say_a_question_keeps_its_own_reading(
    engine: Engine,
) -> None:
    _, partners = talk(
        engine, "quels sont les projets financés dans le Gers ?", "et l'ADEME elle sert à quoi ?"
    )
    assert "ADEME" in partners and "ne le dit pas" not in partners


def test_the_whole_territory_after_a_town_asks_the_same_of_its_territory(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's communes: Castres Revel Castelnaudary, 151,733.)
    _, whole = talk(engine, "Combien d'habitants à Revel ?", "et dans tout le territoire ?")
    assert whole.startswith("« Castres Revel Castelnaudary » compte 151 733 habitants")
    # After the territory's own figure, SMS style: the same figure again, not the 15.
    _, typed, spread = talk(
        engine,
        "cb d'hab dans le TI Castres Revel Castelnaudary ?",
        "et ds tt le territoire",
        "il est sur cb de depts",
    )
    assert typed.startswith("« Castres Revel Castelnaudary » compte 151 733 habitants")
    assert spread.startswith("« Castres Revel Castelnaudary » s'étend sur 3 départements : Aude")


def test_after_the_largest_town_a_town_question_is_about_that_town(engine: Engine) -> None:
    # (Etalab's populations: Saint-Chély-d'Apcher 3,955, Mende 12,464; Nord Lozère 15,347.)
    largest = "Nord Lozère : quelle est la ville la plus peuplée ?"
    _, town, other = talk(engine, largest, "elle a combien d'habitants ?", "et Mende ?")
    assert town.startswith("Saint-Chély-d'Apcher (48) : 3 955 habitants")
    assert other.startswith("Mende (48) : 12 464 habitants")
    _, whole = talk(engine, largest, "il y a combien d'habitants en tout ?")
    assert whole.startswith("« Nord Lozère » compte 15 347 habitants")


def test_one_of_the_laureates_after_a_town_elsewhere_is_whether_it_is(engine: Engine) -> None:
    # (ANCT's perimeters: Villeneuve-lès-Avignon is in « Vaucluse », filed under PACA.)
    _, one = talk(
        engine,
        "Villeneuve-lès-Avignon fait partie d'un territoire d'industrie ?",
        "c'est un des 15 lauréats d'Occitanie alors ?",
    )
    assert one.startswith("Non : Villeneuve-lès-Avignon (Gard, 30) n'est dans aucun des 15")
    _, _, english = talk(
        engine,
        "Is Cormontreuil in a Territoire d'industrie?",
        "which region is it in",
        "Is it one of the Occitanie laureates?",
    )
    assert english.startswith("No: Cormontreuil (Marne, 51) is in none of Occitanie's 15")


def test_the_other_one_is_the_one_of_the_list_not_just_named(engine: Engine) -> None:
    *_, other = talk(
        engine,
        "Quels lauréats dans le Tarn ?",
        "Parmi eux, lesquels sont nouveaux ?",
        "et l'autre ?",
    )
    assert "« Castres Revel Castelnaudary »" in other and "renouvelé" in other
    *_, town = talk(
        engine,
        "Which laureates are interregional?",
        "What's the biggest town in Lacq Pau Tarbes?",
        "And in the other one?",
    )
    assert town.startswith("Of the 506 communes of “Aurillac Figeac Rodez”, the most populous")


def test_the_other_press_contact(engine: Engine) -> None:
    _, mobile = talk(engine, "le mail de Margot Scherer ?", "et l'autre, son portable ?")
    assert mobile.startswith("Delphine Amilhau") and "06 70 85 30 75" in mobile


def test_a_laureate_s_communes_in_a_department_then_in_all_of_it(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's communes: Hautes Terres d'Oc has 6 of its 45 communes
    # in the Hérault, La Salvetat-sur-Agout the largest; Lacaune is its largest in all.)
    _, _, listed, largest = talk(
        engine,
        "Combien de communes dans Hautes Terres d'Oc ?",
        "Elles sont toutes dans le Tarn ?",
        "Lesquelles sont dans l'Hérault ?",
        "Et la plus peuplée du territoire ?",
    )
    assert listed.startswith("6 communes de « Hautes Terres d'Oc » dans l'Hérault (34), les plus")
    assert "La Salvetat-sur-Agout" in listed
    assert largest.startswith("Des 45 communes de « Hautes Terres d'Oc », la plus peuplée est")
    _, one = talk(engine, "Combien de communes dans le TI Alès ?", "Lesquelles en Ardèche ?")
    assert one.startswith("1 commune d'« Alès » dans l'Ardèche (07) : Saint-Sauveur-de-Cruzières")


def test_whether_it_is_sourced_opens_with_yes_or_no(engine: Engine) -> None:
    _, sourced = talk(
        engine, "Qui a sélectionné les lauréats au niveau national ?", "c'est sourcé ?"
    )
    assert sourced.startswith("Oui. Ma dernière réponse vient de :")
    _, where = talk(
        engine, "Qui a sélectionné les lauréats au niveau national ?", "d'où ça vient ?"
    )
    assert where.startswith("Ma dernière réponse vient de :")


def test_whether_the_last_answer_is_in_the_release(engine: Engine) -> None:
    # The selectors are the release's; the national count of 183 comes from ANCT's data.
    selectors = "Qui a sélectionné les lauréats au niveau national ?"
    for asked in ("C'est écrit dans le communiqué ?", "le communiqué le dit ?"):
        _, said = talk(engine, selectors, asked)
        assert said.startswith("Oui. Ma dernière réponse vient de :"), asked
    _, national = talk(
        engine, "Combien de territoires lauréats en France ?", "c'est dans le communiqué ?"
    )
    assert national.startswith("Non, pas du communiqué.")
    _, english = talk(engine, selectors, "does the release say so?")
    assert english.startswith("Yes. My last answer comes from:")


def test_after_a_town_in_a_laureate_the_territory_or_the_town(engine: Engine) -> None:
    # (ANCT and Etalab: Argelès-sur-Mer, 10,616 inhabitants, in Pyrénées-Orientales,
    # 383,861; Aurillac Figeac Rodez spans 12, 15 and 46.)
    question = "Argelès-sur-Mer est bien dans le TI Pyrénées-Orientales ?"
    _, territory = talk(engine, question, "combien d'habitants couvre ce TI ?")
    assert territory.startswith("« Pyrénées-Orientales » compte 383 861 habitants")
    _, town = talk(engine, question, "combien d'habitants ?")
    assert town.startswith("Argelès-sur-Mer (66) : 10 616 habitants")
    _, spread = talk(
        engine,
        "Decazeville est bien dans le territoire Aurillac Figeac Rodez ?",
        "Il couvre combien de départements ?",
    )
    assert "Aveyron 12, Cantal 15, Lot 46" in spread and "Cela fait" not in spread


def test_whether_a_territory_lies_in_a_region_then_of_it(engine: Engine) -> None:
    # (ANCT: Javaugues is in « Issoire – Brioude », filed under Auvergne-Rhône-Alpes.)
    _, region, communes = talk(
        engine,
        "Javaugues, en Haute-Loire, fait partie d'un territoire d'industrie ?",
        "c'est en Occitanie ce territoire ?",
        "combien de communes dedans ?",
    )
    assert region.startswith("Non : « Issoire – Brioude » est en Auvergne-Rhône-Alpes")
    assert communes.startswith("« Issoire – Brioude » couvre")
    _, laureate = talk(engine, "Lacq Pau Tarbes est nouveau ?", "il est en Occitanie ?")
    assert laureate.startswith("Oui, en partie : « Lacq Pau Tarbes » s'étend sur 2 départements")


def test_a_typo_is_the_town_of_the_conversation_s_department(engine: Engine) -> None:
    # (Etalab: Castelsarrasin (82) and Castel-Sarrazin (40) are each a typo away.)
    _, typed = talk(engine, "Moissac est dans un territoire d'industrie ?", "et Castelsarasin ?")
    assert typed.startswith("Oui : Castelsarrasin (Tarn-et-Garonne, 82) fait partie")


def test_a_share_of_the_department_after_a_laureate_s_communes(engine: Engine) -> None:
    # (ANCT and Etalab: Pyrénées-Orientales covers 68 of the department's 226 communes.)
    _, share = talk(
        engine,
        "Combien de communes compte le lauréat Pyrénées-Orientales ?",
        "ça fait quelle part du département ?",
    )
    assert share.startswith("« Pyrénées-Orientales » couvre 68 des 226 communes")
    assert "30,1 %" in share


def test_the_other_quotation_and_what_it_says(engine: Engine) -> None:
    # (The release quotes the prefect, then Carole Delga, who speaks of « souveraineté ».)
    _, other, sovereignty, tourism = talk(
        engine,
        "qui a dit « une envie d'industrie en région » ?",
        "et l'autre citation, elle est de qui ?",
        "elle parle de souveraineté dans sa citation ?",
        "elle parle de tourisme ?",
    )
    assert other.startswith("Carole Delga, présidente de la Région")
    assert sovereignty.startswith("Oui : Carole Delga")
    assert tourism.startswith("Non : Carole Delga")


def test_a_choice_of_another_kind_is_among_all_unless_among_them(engine: Engine) -> None:
    # (ANCT and Etalab: the three laureates under 50,000 inhabitants have few communes.)
    first = "quels lauréats dépassent les 400 communes ?"
    _, fewer = talk(engine, first, "et lesquels ont moins de 50 000 habitants ?")
    assert all(name in fewer for name in ("Grand Auch/Astarac", "Nord Lozère", "Hautes Terres"))
    _, among = talk(engine, first, "et parmi eux, lesquels ont moins de 50 000 habitants ?")
    assert "Nord Lozère" not in among
    *_, renewed = talk(
        engine,
        "quels sont les nouveaux lauréats ?",
        "y en a parmi eux qui sont interrégionaux ?",
        "et chez les renouvelés, lesquels le sont ?",
    )
    assert "Lacq Pau Tarbes" in renewed and "Ariège" not in renewed


def test_the_department_after_a_laureate_named_after_it(engine: Engine) -> None:
    # (Etalab: the Pyrénées-Orientales have 226 communes and 496,855 inhabitants, 77 % of
    # them in the laureate of that name.)
    question = "Combien de communes compte le TI Pyrénées-Orientales ?"
    _, count = talk(engine, question, "le département en compte combien au total ?")
    assert "226 communes" in count
    _, share = talk(engine, question, "il représente quelle part de la population du département ?")
    assert share.startswith("« Pyrénées-Orientales » couvre 383 861 des 496 855 habitants")


def test_a_department_by_its_inhabitants_adjective_and_one_commune_said_so(
    engine: Engine,
) -> None:
    # (ANCT and Etalab: one of Alès's 94 communes, Saint-Sauveur-de-Cruzières, is in the
    # Ardèche.)
    _, count, least = talk(
        engine,
        "combien de communes dans le TI Alès ?",
        "et combien sont ardéchoises ?",
        "la moins peuplée côté ardéchois ?",
    )
    assert count.startswith("« Alès » compte 1 commune dans l'Ardèche (07)")
    assert least.startswith("Une seule commune d'« Alès » dans l'Ardèche (07) : Saint-Sauveur")


def test_a_correction_naming_the_territory_by_its_town(engine: Engine) -> None:
    # (ANCT: Albi's intercommunality is in the Albigeois, 103 communes by Etalab's.)
    _, corrected = talk(
        engine,
        "Combien de communes dans le territoire Comminges-Nestes ?",
        "non pardon, je voulais dire celui d'Albi",
    )
    assert corrected.startswith("« Albigeois » (Tarn 81)") and "103 communes" in corrected


def test_a_laureate_s_groupings_in_a_department_and_the_territory_s_card(engine: Engine) -> None:
    # (ANCT's members with Etalab's communes: 4 of Lacq Pau Tarbes's 11 groupings have
    # communes in the Hautes-Pyrénées; Saint-Antonin (32) is in the Interdépartemental 32/82.)
    _, within, largest = talk(
        engine,
        "Lacq Pau Tarbes regroupe combien d'intercommunalités ?",
        "et lesquelles sont dans les Hautes-Pyrénées ?",
        "Et sur tout le territoire, c'est laquelle l'interco la plus peuplée ?",
    )
    assert within.startswith("4 groupements de « Lacq Pau Tarbes » sur 11 ont des communes dans")
    assert "CC de la Haute-Bigorre" in within and "CA Pau Béarn" not in within
    assert "le plus peuplé est « CA Pau Béarn Pyrénées »" in largest
    _, card = talk(
        engine,
        "Saint-Antonin, dans le Gers, c'est dans un territoire lauréat ?",
        "Parle-moi de ce territoire.",
    )
    assert card.startswith("Oui : « Interdépartemental 32/82 »")


def test_a_laureate_department_by_department(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's communes, by a script over the open data:
    # Castres Revel Castelnaudary 44 communes in the Aude, 13 in the Haute-Garonne, 54 in the
    # Tarn; 13,587 inhabitants in the Haute-Garonne.)
    _, each, people = talk(
        engine,
        "Castres Revel Castelnaudary, ça couvre quels départements ?",
        "Combien de communes dans chacun ?",
        "et d'habitants ?",
    )
    assert each.startswith("« Castres Revel Castelnaudary » compte 111 communes : 44 communes dans")
    assert "13 communes dans la Haute-Garonne (31) et 54 communes dans le Tarn (81)" in each
    assert "13 587 habitants dans la Haute-Garonne (31)" in people


def test_most_people_ranks_by_inhabitants_whatever_was_counted_before(engine: Engine) -> None:
    # (Etalab's populations: Pyrénées-Orientales 383,861, the most of the five new ones.)
    *_, ranked = talk(
        engine,
        "how many laureates are new?",
        "and how many communes do the new ones cover altogether",
        "which of them has the most people",
    )
    assert ranked.startswith("« Pyrénées-Orientales » is the most populous: 383,861 inhabitants")


def test_why_after_a_laureate_the_sources_do_not_say_and_it_goes_on(engine: Engine) -> None:
    _, why, communes = talk(
        engine,
        "Le territoire Hautes Terres d'Oc a bien été retenu ?",
        "Pourquoi ?",
        "combien de communes ?",
    )
    assert why.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    assert communes.startswith("« Hautes Terres d'Oc » (Tarn 81), nouveau lauréat, réunit")


def test_and_for_another_laureate_asks_the_same_of_it(engine: Engine) -> None:
    # « pour » recalls « quel budget pour … ? »: a name turned to still asks what was asked.
    _, other = talk(
        engine, "Combien de communes dans le territoire Béziers-Sète ?", "Et pour Nord Lozère ?"
    )
    assert other.startswith("« Nord Lozère » (Lozère 48), nouveau lauréat, réunit")
    assert "37 communes" in other


def test_a_town_s_own_intercommunality_then_its_territory(engine: Engine) -> None:
    # (Etalab: Lombez is in the CC du Savès, a member of ANCT's Interdépartemental 32/82.)
    _, own, whole = talk(
        engine,
        "Lombez, dans le Gers, fait-elle partie d'un territoire d'industrie ?",
        "Elle est rattachée à quelle intercommunalité ?",
        "Et le territoire compte combien de communes en tout ?",
    )
    assert own.startswith("Lombez (32) appartient à l'intercommunalité « CC du Saves »")
    assert whole.startswith("« Interdépartemental 32/82 »") and "298 communes" in whole


def test_whether_that_territory_is_new_is_its_status(engine: Engine) -> None:
    # (The release: Pyrénées-Orientales is a new laureate, Béziers-Sète a renewed one.)
    _, status = talk(
        engine,
        "Is Perpignan part of a Territoire d'industrie?",
        "Is that territory new to the programme?",
    )
    assert status.startswith("Yes: « Pyrénées-Orientales » is a new laureate")
    _, doubted = talk(
        engine,
        "Béziers-Sète, c'est un nouveau lauréat ?",
        "T'es sûr ? Un collègue m'a dit que c'était leur première fois.",
    )
    assert "renouvel" in doubted and "Grand Auch" not in doubted
    _, counted = talk(
        engine, "Combien de nouveaux territoires en Occitanie ?", "et de renouvelés ?"
    )
    assert "10" in counted


def test_whether_the_laureate_spoken_of_reaches_a_department(engine: Engine) -> None:
    # (The release: Castres Revel Castelnaudary lies in the Aude, Haute-Garonne and Tarn.)
    _, reaches = talk(
        engine,
        "Castres Revel Castelnaudary, nouveau ou renouvelé ?",
        "Il déborde sur la Haute-Garonne ?",
    )
    assert reaches.startswith("Oui : « Castres Revel Castelnaudary » s'étend sur 3 départements")


def test_a_correction_may_name_the_one_not_meant(engine: Engine) -> None:
    # (ANCT with Etalab: the Albigeois has 103 communes.)
    *_, corrected = talk(
        engine,
        "Le territoire d'Alès regroupe combien d'intercommunalités ?",
        "Et ses communes, il y en a combien ?",
        "Non pardon, je voulais dire l'Albigeois, pas Alès.",
    )
    assert corrected.startswith("« Albigeois » (Tarn 81), nouveau lauréat, réunit")
    assert "« Alès »" not in corrected


def test_the_regions_and_departments_a_list_spans(engine: Engine) -> None:
    # (The release's departments with Etalab's regions: Lacq Pau Tarbes reaches the
    # Nouvelle-Aquitaine, Aurillac Figeac Rodez the Auvergne-Rhône-Alpes.)
    _, regions, departments = talk(
        engine,
        "Quels lauréats sont interrégionaux ?",
        "Ça touche combien de régions en tout ?",
        "Et ça fait combien de départements ?",
    )
    assert regions.startswith("Les 2 lauréats interrégionaux s'étendent sur 3 régions : Occitanie,")
    assert "Nouvelle-Aquitaine (Lacq Pau Tarbes)" in regions
    assert departments.startswith("5 départements accueillent les 2 lauréats interrégionaux :")
    alone = engine.ask(question="Les lauréats touchent combien de régions ?").text
    assert alone.startswith("Les 15 lauréats s'étendent sur 3 régions")


def test_after_what_the_sources_do_not_say_of_a_territory_named_it_stays(engine: Engine) -> None:
    # (Etalab's populations: the Albigeois 191,516 inhabitants.)
    unknown, people = talk(
        engine,
        "combien d'emplois industriels dans le TI Albigeois ?",
        "bon, combien d'habitants alors ?",
    )
    assert unknown.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    assert people.startswith("« Albigeois » compte 191 516 habitants")
    # Named by a town, it is not affirmed: « Alès » may be the town.
    _, renewed = talk(engine, "quel montant pour Alès ?", "est-il nouveau ?")
    assert "renouvel" not in renewed


def test_whether_the_town_just_named_is_its_territory_s_largest(engine: Engine) -> None:
    # (Etalab's populations: Bagnols-sur-Cèze, 18,112, is the largest of the 59 communes of
    # Pont du Gard/Gard Rhodanien; Lercoul the smallest of the Ariège's.)
    *_, claimed = talk(
        engine,
        "Saint-Gilles dans le Gard, c'est dans un territoire d'industrie ?",
        "Et Bagnols-sur-Cèze ?",
        "C'est la plus grande ville de ce territoire ?",
    )
    assert claimed.startswith("Oui : des 59 communes de « Pont du Gard/Gard Rhodanien »")
    *_, which = talk(
        engine,
        "la commune de Larnat est dans un territoire d'industrie ?",
        "et c est quoi la plus petite commune du territoire",
    )
    assert "Lercoul" in which and not which.startswith(("Oui", "Non"))


def test_in_each_department_after_a_laureate_s_communes(engine: Engine) -> None:
    # (ANCT with Etalab: the Interdépartemental 32/82 has 160 communes in the Gers, 2 in the
    # Lot-et-Garonne and 136 in the Tarn-et-Garonne.)
    _, each = talk(
        engine,
        "Combien de communes dans le TI Interdépartemental 32/82 ?",
        "Combien dans chaque département ?",
    )
    assert each.startswith("« Interdépartemental 32/82 » compte 298 communes : 160 communes dans")


def test_after_a_town_said_outside_a_laureate_the_town_stays(engine: Engine) -> None:
    # (Etalab: Bassoues, 334 inhabitants, is in the CC Cœur d'Astarac en Gascogne, which
    # ANCT lists in no territory.)
    _, own, people = talk(
        engine,
        "Bassoues (Gers) fait-elle partie du territoire Grand Auch Astarac ?",
        "Elle est dans quelle intercommunalité alors ?",
        "combien d'habitants ?",
    )
    assert own.startswith("Bassoues (32) appartient à l'intercommunalité « CC Coeur d'Astarac")
    assert people.startswith("Bassoues (32) : 334 habitants")


def test_whether_the_last_answer_is_in_the_release_in_sms_and_english(engine: Engine) -> None:
    _, sms = talk(engine, "Qui a sélectionné les lauréats ?", "c ds le communique ca ?")
    assert sms.startswith("Oui. Ma dernière réponse vient de :")
    _, english = talk(
        engine, "Who selected the laureates?", "Is that stated in the press release itself?"
    )
    assert english.startswith("Yes. My last answer comes from:")


def test_a_total_keeps_the_department_that_chose_the_list(engine: Engine) -> None:
    # (ANCT with Etalab: Grand Auch/Astarac, the Gers's one new laureate, has 71 communes.)
    *_, total = talk(
        engine,
        "Quels sont les lauréats qui touchent le Gers ?",
        "Et parmi eux, combien de nouveaux ?",
        "Ça fait combien de communes en tout ?",
    )
    assert total.startswith("Le lauréat nouveau dans le Gers (32) réunit")
    assert "71 communes" in total
