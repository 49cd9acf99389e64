"""What no source holds, named outright: jobs created, firms, office hours, addresses,
budgets per body, projects funded, opinions (« combien d'emplois créés ? », « la population
active de … ? »)."""

from __future__ import annotations

import re

# What is asked outside what the sources hold, already.
_BEYOND = frozenset(["unknown", "out_of_scope"])
NO_SOURCE_SAYS = re.compile(
    r"\b(?:combien d emplois|how many jobs|emplois crees|jobs created|created jobs|ferment|fermeture"
    r"|fermetures|closures?|closing down|licenciements?|layoffs?|chomage|unemployment"
    # Money paid out, land for sale: « ont-ils déjà touché leur part ? ».
    r"|deja touche|ont touche|touche leur|been paid|at what price|quel prix"
    r"|(?:terrains?|foncier|land|locaux)(?: \w+){0,4} (?:a vendre|for sale)"
    # Opinions, which the bot does not give: « Tu penses que … mérite d'être lauréat ? ».
    r"|bonne idee|good idea|merite|meritent|deserves?|tu penses|vous pensez|do you think"
    r"|chances de reussir|chance of success"
    # What no source details: trades, office hours, addresses, fine print.
    r"|filieres?(?: \w+)? (?:industrielles?|principales?|phares?)|secteurs? d activite"
    r"|jusqu a quelle heure|adresse postale|postal address|street address|adresse physique"
    r"|adresse (?:de la|du|des) (?:prefecture|region|bureaux|locaux|siege)"
    r"|combien de salaries|how many (?:employees|staff|workers)|indicateurs?"
    r"|criteres? (?:precis|exacts?|detailles?)|montant moyen|average (?:amount|loan)"
    r"|conditions? (?:d acces|d eligibilite|pour (?:qu|acceder|beneficier))|eligibility"
    # Days of help, thresholds to be chosen, office holders never named.
    r"|combien de jours|how many days|nombre minimum|seuil minimum|minimum number"
    # What has been done since, and what is to come: « déjà lancé des projets ? », « versé à
    # ce jour », « signer leur convention », « en moyenne ».
    r"|deja (?:lance|finance|realise|engage|signe|verse|depense)\w*|already (?:launched|funded"
    r"|started|spent|paid)|(?:verse|versee|verses|depense\w*|paye|paid|spent|disbursed)"
    r" (?:\w+ )?(?:a ce jour|so far|to date|jusqu ici)|(?:signer|signature|signeront|sign)"
    r" (?:\w+ ){0,2}(?:convention|contrat|agreement|contract)|en moyenne|on average"
    r"|(?:signed|signe|signee) (?:\w+ ){0,2}(?:convention|contrat|agreement|contract)"
    # Bodies and budgets the release never details: « le comité de pilotage », « quel
    # sous-préfet », « le budget de la première phase ».
    r"|comites? de pilotage|steering committees?|sous prefete?s?|sub prefects?"
    r"|budget (?:\w+ ){0,3}(?:premiere|first) phase"
    r"|quelles formations|which (?:training|courses)|bureau d etudes|consulting firm"
    r"|combien de projets|how many projects|nombre de projets|number of projects|bilans?"
    r"|(?:resultats|results?) (?:de|of) (?:la |the )?(?:premiere|first) phase"
    r"|(?:quel|quelle|which) (?:ministre|minister|maire|mayor)"
    # Who people are beyond their office, ways of reaching them the release does not give,
    # which firms, pairs and jobs: « quel âge a … ? », « le fax de la préfecture ? ».
    r"|quel age|how old|date de naissance|birthday|salaire|salary|parti politique"
    r"|political party|fax|telecopie|va fermer|vont fermer|fermera|shut down|close down"
    r"|(?:signent|signeront|signs?) (?:\w+ ){0,2}(?:convention|contrat|agreement|contract)"
    r"|part de l emploi|emploi industriel|emplois industriels|industrial (?:jobs|employment)"
    r"|(?:liste|noms?) des (?:industriels|entreprises|usines)|(?:quelles|which) (?:entreprises"
    r"|usines|companies|firms|factories)|combien de binomes|how many pairs"
    # Who spoke at the assembly: the release quotes its own two speakers only.
    r"|pris la parole|prendra la parole|took the floor|spoke at"
    # The workforce, money per head, projects funded, factories and jobs to come.
    r"|population active|working population|labour force|labor force|euros? par habitant"
    r"|par habitant en euros|per capita|per inhabitant|par tete|projets? (?:finances|soutenus"
    r"|accompagnes|retenus)|(?:funded|financed|supported) projects"
    r"|(?:financer|financera|financent|finance|fund|funds|funding) (?:\w+ ){0,2}(?:usines?"
    r"|factory|factories|plants?)"
    # Who attended or chaired the Assembly, earlier Assemblies, how long a file takes, the
    # programme's total budget, the count to come, who heads a partner.
    r"|ont assiste|a assiste|participants|attendees|attended|qui a preside|who chaired"
    r"|presided|(?:toute )?premiere assemblee|first (?:general )?assembly|combien de temps"
    r" (?:faut|pour|prend|met)|how long (?:does it take|will it take|to)|delais? d instruction"
    r"|budget (?:total|global)|(?:total|overall) budget"
    r"|il y aura|y aura t il|will there be|(?:ceo|pdg|directeur general|directrice generale"
    r"|managing director|chief executive) (?:de|d|du|of)"
    r"|new (?:factory|factories|plants?|jobs)|nouveaux emplois|(?:creer|cree|creent|creera"
    r"|create|created|creates|creating) (?:\w+ ){0,2}(?:emplois|jobs))\b"
)


def beyond_sources(folded: str) -> bool:
    """What no source holds, named outright (« combien d'emplois créés ? », « la population
    active »), whatever else the question asks."""
    return bool(NO_SOURCE_SAYS.search(folded))


def beyond_read(read: tuple[str, str, bool], *, folded: str) -> tuple[str, str, bool]:
    """What is asked, unless the words ask what no source holds (« la population active de
    … ? », « des projets financés ? »): then that, however the model reads it."""
    ask, op, _ = read
    return ("unknown", op, True) if ask not in _BEYOND and beyond_sources(folded) else read
