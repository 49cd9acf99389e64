"""French articles for department and region names, from INSEE's « type de nom en clair »."""

from __future__ import annotations

# liaison → (article, « de » form, « dans » form); 0 and 1 take no article.
_FORMS: dict[int, tuple[str, str, str]] = {
    0: ("", "de ", "à "),
    1: ("", "d'", "à "),
    2: ("le ", "du ", "dans le "),
    3: ("la ", "de la ", "dans la "),
    4: ("les ", "des ", "dans les "),
    5: ("l'", "de l'", "dans l'"),
    6: ("les ", "des ", "dans les "),
    7: ("las ", "de las ", "dans las "),
    8: ("los ", "de los ", "dans los "),
}


def the(name: str, liaison: int) -> str:
    """« le Tarn », « l'Ariège », « les Pyrénées-Orientales »."""
    return _FORMS.get(liaison, _FORMS[0])[0] + name


def of_the(name: str, liaison: int) -> str:
    """« du Tarn », « de l'Ariège », « des Pyrénées-Orientales »."""
    return _FORMS.get(liaison, _FORMS[0])[1] + name


def within(name: str, liaison: int) -> str:
    """« dans le Tarn », « dans l'Ariège »."""
    return _FORMS.get(liaison, _FORMS[0])[2] + name


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_VOWELS = frozenset("aeiouyàâäéèêëîïôöûüœæ")


def of(name: str) -> str:
    """« de » before a commune's name: « de Mende », « d'Alès », « du Vignon-en-Quercy »."""
    for article, contracted in (("Le ", "du "), ("Les ", "des ")):
        if name.startswith(article):
            return contracted + name[len(article) :]
    return ("d'" if name[:1].lower() in _VOWELS else "de ") + name


def elided_of(name: str) -> str:
    """« de » before a quoted name, elided before a vowel: « d'« Alès » », « de « Nord
    Lozère » »."""
    return "d'" if name[:1].lower() in _VOWELS else "de "


def counted(count: int, noun: str) -> str:
    """« 1 commune », « 37 communes »: French keeps 0 and 1 singular."""
    return f"{count} {noun}{'s' if count > 1 else ''}"
