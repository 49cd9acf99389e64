"""Parts of a question made of names alone: names and what joins them (« Agde, Lunel et
Sète »), names with what they are called (« TI Comminges-Nestes »), and a correction that
names who was meant (« non, je voulais dire Alès »). Such a part asks nothing itself."""

from __future__ import annotations

import re

# Words that join names, or place one in another (« Revel en Haute-Garonne »).
_JOINING = frozenset(
    {"et", "ou", "and", "or", "puis", "le", "la", "les", "l", "the", "en", "dans", "in"}
    | {"vs", "versus"}  # « Alès vs Albi, lequel … ? »
    | {"mais", "but"}  # « Mais le Cantal, c'est en Occitanie ? »
    # « ok. et Béziers-Sète, c'est nouveau ? »: what acknowledges the answer before.
    | {"ok", "okay", "ah", "bon", "alors", "so", "well", "oh", "hmm", "super", "parfait"}
)
# What a territory's name is called before it, and what sets it as the subject: « TI
# Comminges-Nestes », « pour Lacq Pau Tarbes », « concernant Alès ».
_TITLES = frozenset(
    [
        *("territoire", "territoires", "d", "industrie", "ti", "laureat", "laureate", "territory"),
        *("pour", "for", "concernant", "regarding", "quant", "a", "as"),
        # (« Mirepoix, pas celle de l'Ariège, celle du Gers : … »)
        *("pas", "ni", "nor", "celle", "celui", "not", "one", "du", "de", "des", "from"),
        *("rather", "than", "plutot", "que", "instead", "of"),
        # (« Revenons à l'Occitanie : … », « back to Alès: … »: the subject turned back to.)
        *("revenons", "revenir", "retour", "parlons", "passons", "back", "to", "about"),
        *("au", "sujet", "propos"),
    ]
)
# What turns to another subject: « et pour … », « concernant … ».
_TURNING = frozenset(["et", "and", "pour", "for", "concernant", "regarding", "quant"])
# What sets aside the one not meant: « l'Albigeois, pas Alès », « Castres, not Albi ».
_NOT_THAT = frozenset(["pas", "non", "not", "instead", "plutot", "que", "rather", "than"])
# What says which of a name's places is meant: « Calmont, celui de l'Aveyron », « l'autre
# Bordes, celle des Hautes-Pyrénées ».
_WHICH_ONE = frozenset(
    ["celle", "celui", "du", "de", "des", "d", "autre", "other", "one", "from", "ci", "la"]
)
# « je voulais dire la ville d'Alès »: the town, not the territory named after it.
_TOWN_WORDS = frozenset(["ville", "commune", "town", "city", "village"])
# What opens a correction: « non pardon, je voulais dire », « sorry, I meant ».
_CORRECTING = re.compile(
    r"(?:(?:non|no|nope|oups|oops|pardon|sorry|desole|desolee|erreur|ah|euh|my bad|my mistake"
    r"|je me suis trompee?|autant pour moi) +)*"
    r"(?:je voulais dire|je voulais parler de|je voulais parler du|je voulais|je parlais de"
    r"|je parlais du|je pensais a|je pensais au|je veux dire|i meant|i mean|i was asking about"
    r"|i was talking about|plutot|rather)\b"
)


def only_names(masked: str) -> bool:
    """« Agde, Lunel et Sète »: names, and the words that join them."""
    return all(word.startswith("_") or word in _JOINING for word in masked.split())


def only_titled(masked: str) -> bool:
    """« TI Comminges-Nestes », « pour Lacq Pau Tarbes »: names with what they are called
    or what sets them as the subject, set before a question."""
    words = masked.split()
    return any(word.startswith("_") for word in words) and all(
        word.startswith("_") or word in _JOINING or word in _TITLES for word in words
    )


def only_turned_to(masked: str) -> bool:
    """« et pour Nord Lozère ? », « concernant Alès ? »: a name the words turn to, asking
    what was asked before (not « Lannemezan territoire d'industrie ? », which asks)."""
    words = masked.split()
    return bool(words) and words[0] in _TURNING and only_titled(masked)


def only_corrected(masked: str) -> bool:
    """« non pardon, je voulais dire le Grand Auch », « … celui d'Albi »: a correction
    naming who was meant, asking nothing of its own (what was asked is the conversation's)."""
    correction = _CORRECTING.match(masked)
    if correction is None:
        return False
    words = masked[correction.end() :].split()
    # (« l'Albigeois, pas Alès »: the one not meant, named too.)
    return any(word.startswith("_") for word in words) and all(
        word.startswith("_") or word in _JOINING | _WHICH_ONE | _NOT_THAT | _TOWN_WORDS
        for word in words
    )


def only_placed(masked: str) -> bool:
    """« Calmont, celui de l'Aveyron »: names, and the words saying which one is meant."""
    words = masked.split()
    return any(word.startswith("_") for word in words) and all(
        word.startswith("_") or word in _JOINING or word in _WHICH_ONE for word in words
    )
