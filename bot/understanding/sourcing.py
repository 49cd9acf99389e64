"""Questions on where the last answer comes from, naming a source: « c'est l'ANCT qui le
dit ? », « ça vient d'Etalab ? », « selon l'ANCT ? », « is that from ANCT? »."""

from __future__ import annotations

import re

# What was just said, said again: « ça », « ces chiffres », « that figure ».
_IT = (
    r"(?:ca|cela|c|tout ca|ce chiffre|ces chiffres|cette info|ces infos|ces donnees|cette liste"
    r"|that|this|it|these figures|this figure|that figure)"
)
# The source named, a few words (whose they are is the answer's to tell).
_WHO = r"(?P<{}>\w+(?: \w+){{0,5}}?)"
_NAMED = re.compile(
    r"(?:(?:et|mais|donc|ok|bon|alors|ah) )*(?:est ce que )?(?:"
    # (« ces chiffres-là, c'est le communiqué qui les donne ? »)
    rf"(?:{_IT}(?: la| ci)? )?c est (?:bien |vraiment )?(?:l |la |le |les |une |un |des )?"
    rf"{_WHO.format('a')} qui (?:(?:le|la|les|l) )?(?:a )?(?:dit|donne|fourni|publie|ecrit"
    r"|affirme)\w*(?: ca| cela)?"
    rf"|{_IT} (?:vient|viennent|sort|sortent|provient|proviennent|est tire|sont tires|est issu"
    rf"|sont issus|c est) (?:bien |vraiment )?(?:de l |de la |du |des |d |de ){_WHO.format('b')}"
    # (« c'est une info de l'ANCT ? »)
    rf"|(?:c est|ce sont) (?:une info|un chiffre|des chiffres|des donnees|des infos) (?:de l |de la "
    rf"|du |des |d |de ){_WHO.format('g')}"
    rf"|(?:selon|d apres) (?:l |la |le |les )?{_WHO.format('c')}"
    rf"|(?:is|was|are|were) {_IT} (?:really )?(?:from|according to|by) (?:the )?"
    rf"{_WHO.format('d')}"
    rf"|(?:does|did) (?:the )?{_WHO.format('e')} (?:say|says) (?:so|that|it)"
    rf"|according to (?:the )?{_WHO.format('f')}"
    r")(?: aussi| too| meme)?"
)
# Where what was said comes from: the sources.
WHERE_FROM = re.compile(
    r"\b(?:vien(?:t|nent) d ou|sort(?:ent)? d ou|d ou (?:tu|vous) (?:tiens|tenez|sors|sortez)"
    r"|where (?:does|do|did) .* come from|(?:tes|vos|your) sources?"
    r"|where (?:did|do|does) (?:you|it|this|that) get|ou (?:as tu|avez vous) (?:trouve|eu|pris)"
    # « c'est écrit où ? », « selon qui ? », « says who? »
    r"|c est ecrit ou|ou c est ecrit|ecrit ou ca|selon qui|d apres qui|tirees? d ou|tires? d ou"
    r"|quelles? sources?|says who|according to whom|which sources?"
    # Who published it: « il vient de qui, ce communiqué ? », « who issued the release? ».
    r"|qui (?:l )?a (?:publie|emis|redige|ecrit|signe|diffuse)|vient de qui|viennent de qui"
    r"|emane de qui|who (?:published|issued|wrote|released|put out)"
    # How reliable or recent it is: « c'est à jour ? », « how do you know? », « ces chiffres
    # datent de quand ? ».
    r"|a jour|up to date|fiables?|reliable|comment (?:tu sais|vous savez|tu le sais|le sais tu)"
    # « c'est vérifié ? », « référence ? », « on peut vérifier où ? »
    r"|(?:c est|c|est ce|is (?:it|that|this)) (?:bien |vraiment )?(?:verifiee?s?|verified|verifiable)"
    r"|references?|(?:verifier|check|verify) (?:ou|where)"
    r"|(?:ou|where) (?:\w+ ){0,3}(?:verifier|check|verify)"
    r"|how do you know|how recent|(?:chiffres|donnees|infos|informations|data|figures|liste"
    r"|listes|list|perimetres?)(?: \w+){0,6} (?:de quand|de quelle annee|from when|how old|date\w*)"
    r"|(?:date\w*|de quand|de quelle annee) (?:\w+ ){0,2}(?:ces |tes |vos |les )?(?:chiffres|donnees"
    r"|infos|informations|data|figures))\b"
)
# Words that name no source: « c'est toi qui le dis ? », « selon vous ? ».
_NOT_A_SOURCE = frozenset({"toi", "vous", "you", "moi", "me", "qui", "quoi", "ou", "where", "whom"})


def named_source(folded: str) -> str | None:
    """The words naming a source in a whole question asking whether the last answer is
    its (« c'est l'ANCT qui le dit ? » → « anct »), or None."""
    found = _NAMED.fullmatch(folded.strip())
    if found is None:
        return None
    name = next(v for v in found.groupdict().values() if v is not None)
    # (« ça sort d'où ce chiffre ? » names no source: « où » asks which.)
    return None if name.split()[0] in _NOT_A_SOURCE else name
