"""TYP: French typography (opt-in: `seo-audit check --rules typographie`).

TYP001 and TYP002 group their faults (`group = "auto"`): a text typed with plain spaces
or straight apostrophes throughout gets one finding for the whole article (a search and
replace fixes it), occasional slips one finding per paragraph located at its first fault.
Otherwise a blog post typed without a single no-break space gives a finding per mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..article import Block
from ..measures.language import foreign_passages
from ..measures.typography import (NBSP, NNBSP, SPACE_NAMES, Fault, artefacts,
                                   doubled_punctuation, doubled_spaces, missing_no_break_spaces,
                                   straight_marks, typed_blocks)
from . import Context, Finding, Params, Problem, param, plural, quote, rule

#: Characters shown around a fault in the excerpt.
RADIUS = 30


def window(text: str, start: int, end: int, radius: int = RADIUS) -> tuple[str, tuple[int, int]]:
    """An excerpt of `text` around `text[start:end]`, cut at spaces, with line breaks shown
    as spaces; returns it with the position of the fault inside it."""
    left = max(0, start - radius)
    if left:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(text), end + radius)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    prefix = "… " if left else ""
    excerpt = prefix + text[left:right].replace("\n", " ") + (" …" if right < len(text) else "")
    return excerpt, (len(prefix) + start - left, len(prefix) + end - left)


def _space(code: str) -> str:
    return {"U+00A0": NBSP, "U+202F": NNBSP}.get(code.strip().upper(), NBSP)


def _name(char: str) -> str:
    return SPACE_NAMES.get(char, f"le caractère U+{ord(char):04X}")


#: How TYP001 and TYP002 group their faults (see `_grouped`).
Group = Literal["auto", "article", "paragraph", "none"]
#: The spaces TYP001 may ask for, by code point.
Space = Literal["U+00A0", "U+202F"]
#: With `group = "auto"`, more paragraphs at fault than this make one finding for the article.
MAX_PARAGRAPH_FINDINGS = 5


def _grouped(ctx: Context, faults: list[Fault], typed: dict[int, str], group: str, correct: int,
             describe, summary) -> Iterator[Finding]:
    """One finding per fault (`group = "none"`), per block (`"paragraph"`: first fault
    located, count in the message) or one for the whole article (`"article"`). `"auto"`
    groups by article when the faults outnumber the `correct` occurrences in at least three
    paragraphs (the text was typed that way throughout) or touch more than `MAX_PARAGRAPH_FINDINGS` paragraphs, and
    by paragraph when they are a few slips."""
    if not faults:
        return
    if group == "auto":
        blocks = len({id(f.block) for f in faults})
        systematic = len(faults) > correct and blocks >= 3
        group = "article" if systematic or blocks > MAX_PARAGRAPH_FINDINGS else "paragraph"
    if group == "article":
        first = faults[0]
        message, advice = summary(faults)
        excerpt, highlight = window(typed[id(first.block)], first.start, first.end)
        yield Problem(message, advice, ctx.locate(first.block, first.start, first.end),
                      excerpt, len(faults), 0, highlight)
        return
    by_block: dict[int, list[Fault]] = {}
    for fault in faults:
        by_block.setdefault(id(fault.block), []).append(fault)
    for block_faults in by_block.values():
        chunks = block_faults[:1] if group == "paragraph" else block_faults
        for fault in chunks:
            message, advice = describe(fault, block_faults if group == "paragraph" else [fault])
            excerpt, highlight = window(typed[id(fault.block)], fault.start, fault.end)
            yield Problem(message, advice, ctx.locate(fault.block, fault.start, fault.end),
                          excerpt, len(block_faults) if group == "paragraph" else 1, 0, highlight)


def _where(block: Block) -> str:
    return {"title": "dans le titre", "description": "dans la meta description",
            "heading": "dans ce sous-titre", "list_item": "dans cet élément de liste"}.get(
        block.kind, "dans ce paragraphe")


def _inside_foreign(ctx: Context) -> set[tuple[int, int]]:
    """(block id, offset) ranges of foreign passages: English punctuation there is not a fault."""
    if not ctx.is_french():
        return set()
    return {(id(p.block), i) for p in ctx.measure(foreign_passages) for i in range(p.start, p.end)}


@dataclass(frozen=True)
class NoBreakSpaceParams(Params):
    colon: Space = param("U+00A0", "avant « : » : espace insécable (Imprimerie nationale)")
    other: Space = param("U+202F", "avant « ; ! ? » et dans « » : espace fine insécable")
    strict: bool = param(False, "true : seule l’espace nommée ci-dessus est acceptée")
    group: Group = param("auto", "\"auto\" : un constat si tout le texte est tapé ainsi, sinon "
                                 "un par paragraphe")


@rule("TYP001", "espace-insecable",
      "Une espace insécable précède « ; : ! ? » et borde l’intérieur des guillemets « ».",
      NoBreakSpaceParams, severity="off",
      what="La typographie française met une espace insécable avant « ; : ! ? » et à l’intérieur "
           "des guillemets, pour que le signe ne commence jamais une ligne. `colon` est l’espace "
           "attendue avant « : » (par défaut U+00A0, l’espace insécable), `other` avant « ; ! ? » "
           "et dans « » (par défaut U+202F, l’espace fine insécable, comme le demande "
           "l’Imprimerie nationale). Avec `strict = false` (défaut), l’une ou l’autre est "
           "acceptée et seule une espace ordinaire ou l’absence d’espace est signalée. Adresses "
           "web, heures (« 14:30 ») et passages en langue étrangère sont laissés de côté. `group "
           "= \"auto\"` donne un seul constat pour un texte tapé partout avec des espaces "
           "ordinaires.",
      why="Lexique des règles typographiques en usage à l’Imprimerie nationale (2002) : une "
          "espace ordinaire laisse « ? » ou « » » partir seul à la ligne.")
def no_break_space(ctx: Context, p: Params) -> Iterator[Finding]:
    """French typography puts a no-break space before the high punctuation marks « ; : ! ? »
    and inside guillemets, so that the mark never starts a line. `colon` is the space
    expected before « : » (default "U+00A0", the full no-break space), `other` before
    « ; ! ? » and inside « » (default "U+202F", the thin no-break space, as the Imprimerie
    nationale asks). With `strict = false` (default) either no-break space is accepted and
    only a plain space or no space at all is reported; `strict = true` also reports the
    wrong no-break space. URLs, times (« 14:30 ») and passages in another language
    (LNG002) are left alone. `group` ("auto", "article", "paragraph", "none"): see the
    module documentation; "auto" (default) gives one finding for a text typed with plain
    spaces throughout and one per paragraph for occasional slips.

    Why: « Lexique des règles typographiques en usage à l’Imprimerie nationale » (2002);
    a plain space lets « ? » or « » » wrap alone to the next line.
    """
    ctx.require_french()
    colon, other = _space(p.colon), _space(p.other)
    foreign = _inside_foreign(ctx)
    typed = {id(b): t for b, t in ctx.measure(typed_blocks)}
    faults = [f for b, t in ctx.measure(typed_blocks)
              for f in missing_no_break_spaces(b, t, colon, other, p.strict)
              if (id(b), f.start) not in foreign]

    def describe(fault: Fault, faults: list[Fault]) -> tuple[str, str]:
        text = typed[id(fault.block)]
        if fault.kind == "«":
            where = "après « « »"
        elif fault.kind == "»":
            where = "avant « » »"
        else:
            where = f"avant « {fault.kind} »"
        count = len(faults)
        if count > 1:
            message = f"{count} espaces insécables manquantes {_where(fault.block)} (la première {where})."
        elif fault.start == fault.end:
            message = f"Espace insécable manquante {where}."
        elif fault.block.text[fault.start] == " ":
            message = f"Espace ordinaire au lieu d’une espace insécable {where}."
        else:
            message = f"Espace insécable autre que celle du style maison {where}."
        # The fix: the passage as it should be typed, the exact character spelled out.
        left = text.rfind(" ", 0, max(fault.start - 1, 0)) + 1
        right = text.find(" ", fault.end + 1)
        right = len(text) if right < 0 else right
        code = f"U+{ord(fault.fix):04X}"
        fixed = text[left : fault.start] + f"⟨{code}⟩" + text[fault.end : right]
        advice = f"Écrivez « {fixed} », où ⟨{code}⟩ est {_name(fault.fix)}."
        if count > 1:
            advice += (f" De même : {_name(other)} avant « ; ! ? » et à l’intérieur des « », "
                       f"{_name(colon)} avant « : ».")
        return message, advice

    def summary(faults: list[Fault]) -> tuple[str, str]:
        blocks = len({id(f.block) for f in faults})
        return (f"{len(faults)} espaces insécables manquantes dans l’article "
                f"({plural(blocks, 'passage')}) : le texte est saisi avec des espaces ordinaires.",
                f"Avant « ; ! ? » et à l’intérieur des « », mettez {_name(other)} ; avant « : », "
                f"{_name(colon)}. Un remplacement automatique (ou l’option de typographie française "
                f"de votre éditeur) corrige tout l’article.")

    correct = sum(len(re.findall(r"[\u00a0\u202f][;:!?»]|«[\u00a0\u202f]", t)) for t in typed.values())
    yield from _grouped(ctx, faults, typed, p.group, correct, describe, summary)


@dataclass(frozen=True)
class StraightQuotesParams(Params):
    quotes: bool = param(True, "signaler les guillemets droits \"")
    apostrophe: Literal["’", "'", ""] = param(
        "’", "style maison : \"’\" signale ', \"'\" signale ’, \"\" accepte les deux")
    group: Group = param("auto")


@rule("TYP002", "guillemets-apostrophes-droits",
      "Pas de guillemets droits \" là où « » s’imposent ; les apostrophes suivent le style maison.",
      StraightQuotesParams, severity="off",
      what="`quotes = true` signale le guillemet droit \", que le français remplace par « » ; "
           "`apostrophe` est le style maison : \"’\" (défaut) signale l’apostrophe droite ' "
           "entre deux lettres, \"'\" signale ’, \"\" accepte les deux. Les adresses web sont "
           "laissées de côté.",
      why="Guillemet et apostrophe droits sont des caractères de machine à écrire ; la "
          "typographie française emploie « » et ’ (Imprimerie nationale ; Office québécois de la "
          "langue française).")
def straight_quotes(ctx: Context, p: Params) -> Iterator[Finding]:
    """`quotes = true` reports the straight double quote ", which French replaces with
    guillemets « » (with thin no-break spaces inside). `apostrophe` is the house style:
    "’" (default, the typographic apostrophe U+2019) reports the straight ' between two
    letters, "'" reports ’ instead, "" accepts both. URLs are left alone. `group` as for
    TYP001: "auto" gives one finding when the whole text is typed with straight marks.

    Why: the straight quote and apostrophe are typewriter characters; French typography
    uses « » and ’ (Imprimerie nationale; Office québécois de la langue française).
    """
    ctx.require_french()
    foreign = _inside_foreign(ctx)
    typed = {id(b): t for b, t in ctx.measure(typed_blocks)}
    faults = [f for b, t in ctx.measure(typed_blocks)
              for f in straight_marks(b, t, p.quotes, p.apostrophe)
              if (id(b), f.start) not in foreign]

    def describe(fault: Fault, faults: list[Fault]) -> tuple[str, str]:
        quotes = sum(1 for f in faults if f.kind == '"')
        apostrophes = len(faults) - quotes
        parts = []
        if quotes:
            parts.append(plural(quotes, "guillemet droit", "guillemets droits") + " \"")
        if apostrophes:
            if p.apostrophe == "’":
                parts.append(plural(apostrophes, "apostrophe droite", "apostrophes droites") + " '")
            else:
                parts.append(plural(apostrophes, "apostrophe courbe", "apostrophes courbes") + " ’")
        message = f"{' et '.join(parts).capitalize()} {_where(fault.block)}."
        if fault.kind == '"':
            advice = "Remplacez les guillemets droits \" … \" par des guillemets français « … » (U+00AB, U+00BB)."
        else:
            advice = f"Remplacez {fault.kind} par {fault.fix} (U+{ord(fault.fix):04X}), le style maison."
        return message, advice

    def summary(faults: list[Fault]) -> tuple[str, str]:
        quotes = sum(1 for f in faults if f.kind == '"')
        what = []
        if quotes:
            what.append(plural(quotes, "guillemet droit", "guillemets droits"))
        if len(faults) > quotes:
            label = ("apostrophe droite", "apostrophes droites") if p.apostrophe == "’" else \
                ("apostrophe courbe", "apostrophes courbes")
            what.append(plural(len(faults) - quotes, *label))
        return (f"{' et '.join(what).capitalize()} dans l’article, "
                f"contre {correct} signe{'s' if correct > 1 else ''} conforme{'s' if correct > 1 else ''}.",
                f"Remplacez \" … \" par « … » et les apostrophes par {p.apostrophe or '’'} "
                f"(U+{ord(p.apostrophe or '’'):04X}) ; un remplacement automatique corrige tout l’article.")

    good = p.apostrophe or "’"
    correct = sum(t.count("«") + len(re.findall(rf"(?<=[^\W\d_]){re.escape(good)}(?=[^\W\d_])", t))
                  for t in typed.values())
    yield from _grouped(ctx, faults, typed, p.group, correct, describe, summary)


_ABBREVIATIONS = ("etc.", "cf.", "ex.", "env.", "p.", "pp.", "av.", "apr.", "vol.", "chap.", "fig.", "éd.", "n°")


@dataclass(frozen=True)
class LowerCaseParams(Params):
    list_items: bool = param(False, "les éléments de liste peuvent commencer par une minuscule "
                                    "en français")


@rule("TYP003", "phrase-minuscule", "Une phrase commence par une majuscule.", LowerCaseParams,
      severity="off",
      what="Une phrase qui commence par une minuscule après un point : point égaré ou majuscule "
           "perdue, typique de la traduction automatique (« … auprès de Poutine. réponse. »). "
           "Pas signalé : les mots à majuscule intérieure (« iPhone »), les adresses (« beta.gouv.fr "
           "»), une phrase après « … », « ? » ou « ! » (« Qui en fait ? qui devrait en faire "
           "plus ? ») ou une abréviation (« etc. »), et la première phrase d’un élément de liste "
           "(`list_items = true` les vérifie aussi).",
      why="Imprimerie nationale : toute phrase commence par une majuscule.")
def lower_case_start(ctx: Context, p: Params) -> Iterator[Finding]:
    """A sentence that starts with a lower-case letter after a full stop: a stray full stop
    or a lost capital, typical of machine translation (« … auprès de Poutine. réponse. »).
    Not reported: words with a capital inside (« iPhone », « eBay »), addresses and file
    names (« beta.gouv.fr »), a sentence after « … », « ? » or « ! » (a series of questions:
    « Qui en fait ? qui devrait en faire plus ? ») or an abbreviation (« etc. »), and the
    first sentence of a list item, which French lists often start in lower case after a
    colon (`list_items = true` checks them too).

    Why: Imprimerie nationale: every sentence starts with a capital.
    """
    ctx.require_french()
    sentences = ctx.annotated.sentences
    for index, sentence in enumerate(sentences):
        text = sentence.text
        first = next((i for i, c in enumerate(text) if c.isalnum()), None)
        if first is None or not text[first].isalpha() or not text[first].islower():
            continue
        word = text[first:].split(maxsplit=1)[0] if text[first:].split() else ""
        if any(c.isupper() for c in word) or any(c in word.rstrip(".") for c in "./@_\\"):
            continue
        if any(c in text[:first] for c in "-–—•→+*>·"):
            continue  # a bullet typed by hand inside a paragraph: a list item
        previous = sentences[index - 1] if index else None
        same_block = previous is not None and previous.block is sentence.block
        if not same_block and sentence.block.kind == "list_item" and not p.list_items:
            continue
        if same_block:
            before = previous.text.rstrip(" »”)\u00a0\u202f")
            if before.endswith(("…", "...", ":", ",", ";", "?", "!")) or before.lower().endswith(_ABBREVIATIONS):
                continue
        word = word.rstrip(".,;:!?…»)”")
        start = sentence.start + first
        excerpt, highlight = window(sentence.block.text, start, start + len(word), 40)
        yield Problem(f"Phrase commençant par une minuscule : « {quote(word, 30)} ».",
                      "Mettez une majuscule, ou supprimez le point qui la précède s’il est en trop "
                      "(la phrase a peut-être été coupée en deux).",
                      ctx.locate(sentence.block, start, start + len(word)), excerpt, highlight=highlight)


@dataclass(frozen=True)
class DoubledParams(Params):
    spaces: bool = param(True)
    punctuation: bool = param(True)
    repeated_marks: bool = param(True, "« !! », « ?? »")


@rule("TYP004", "espaces-ponctuation-doubles", "Pas d’espaces doubles ni de ponctuation doublée.",
      DoubledParams, severity="off",
      what="`spaces` : deux espaces ou plus dans une ligne (ni l’indentation, ni les espaces "
           "finales d’un saut de ligne Markdown ; pas en HTML, qui les fusionne). `punctuation` : "
           "« ,, », « ;; », « :: », « .. » (pas les points de suspension « ... »), « . . ». "
           "`repeated_marks` : « !! », « ??? ».",
      why="Restes de corrections et de copier-coller ; à l’impression, une double espace fait un "
          "trou.")
def doubled(ctx: Context, p: Params) -> Iterator[Finding]:
    """`spaces`: two spaces or more inside a line (not the indentation, not the trailing
    spaces of a Markdown line break; not checked in HTML, which collapses spaces).
    `punctuation`: « ,, », « ;; », « :: », « .. » (not the ellipsis « ... »), « . . ».
    `repeated_marks`: « !! », « ??? ».

    Why: leftovers of editing and pasting; in print a double space shows as a hole.
    """
    ctx.require_french()
    article = ctx.article
    if p.spaces:
        for block in ctx.annotated.blocks:
            for location, line in doubled_spaces(article, block):
                excerpt, highlight = window(line, location.column - 1, location.end_column - 1)
                yield Problem(f"Espace double ({location.end_column - location.column} espaces à la suite).",
                              "Ne laissez qu’une espace.", location, excerpt, highlight=highlight)
    if p.punctuation:
        for block, typed in ctx.measure(typed_blocks):
            for fault in doubled_punctuation(block, typed, p.repeated_marks):
                excerpt, highlight = window(typed, fault.start, fault.end)
                mark = typed[fault.start : fault.end]
                yield Problem(f"Ponctuation doublée : « {mark} ».",
                              f"Ne gardez qu’un « {fault.fix} » (ou « … » pour des points de suspension).",
                              ctx.locate(block, fault.start, fault.end), excerpt, highlight=highlight)


_ARTEFACT = {
    "vide": ("Signe vide « {0} » : un reste de mise en forme ou de traduction.",
             "Supprimez-le, ou remettez ce qu’il devait contenir."),
    "référence": ("Appel de note « {0} » resté d’un copier-coller.",
                  "Supprimez-le, ou remplacez-le par un lien vers la source."),
    "ligne": ("Ligne laissée par un outil de publication : « {0} ».",
              "Supprimez cette ligne, ou remplacez-la par un vrai lien vers la source."),
    "contrôle": ("Caractère de contrôle bidirectionnel invisible {0} {1} : il change l’ordre dans "
                 "lequel s’affiche le texte qui le suit (« Trojan Source »).",
                 "Supprimez-le : un éditeur, un navigateur ou un relecteur ne verrait pas le texte tel "
                 "qu’il est écrit."),
    "ouvert": ("« {0} » ouvert et jamais fermé {1}.",
               "Fermez-le au bon endroit, ou supprimez-le."),
    "fermé": ("« {0} » fermé sans avoir été ouvert {1}.",
              "Ouvrez-le au bon endroit, ou supprimez-le."),
}


@dataclass(frozen=True)
class LeftoversParams(Params):
    empty: bool = param(True)
    references: bool = param(True)
    unmatched: bool = param(True)
    controls: bool = param(True)


@rule("TYP005", "artefacts", "Pas de signes vides, d’appels de note collés, de parenthèses ou "
      "guillemets orphelins ni de caractères de contrôle bidirectionnels.", LeftoversParams, severity="warning",
      source="active par défaut : 0 constat pour 10 000 mots sur le blog de beta.gouv.fr, 1,9 "
             "sur ses pages produit, 3,8 sur Wikinews, presque tous justes "
             "(benchmarks/typography_alarms.py, README)",
      what="`empty` : crochets, parenthèses ou guillemets vides. `references` : appels de note "
           "collés depuis une encyclopédie (« [12] », « [réf. nécessaire] ») et lignes laissées "
           "par un aspirateur de pages (« Source link », « Read more »). `unmatched` : une "
           "parenthèse, un crochet ou un guillemet ouvert et jamais fermé dans son paragraphe, "
           "ou fermé sans avoir été ouvert (la numérotation « 1) » et les émoticônes sont "
           "acceptées ; une citation sur plusieurs paragraphes peut rouvrir « à chacun). "
           "`controls` : un caractère de contrôle bidirectionnel (U+202A à U+202E, U+2066 à "
           "U+2069), invisible, qui fait afficher le texte dans un autre ordre que celui où il "
           "est écrit (les marques U+200E, U+200F des citations de droite à gauche sont "
           "acceptées).",
      why="Restes de traduction automatique, de copier-coller et d’aspiration de pages : ils "
          "montrent au lecteur que le texte n’a pas été relu. Un caractère de contrôle "
          "bidirectionnel, lui, fait voir au relecteur un autre ordre que celui du texte publié "
          "(« Trojan Source »).")
def leftovers(ctx: Context, p: Params) -> Iterator[Finding]:
    """`empty`: empty brackets, parentheses or guillemets « () », « [] », « «  » ».
    `references`: note calls pasted from an encyclopedia (« [12] », « [réf. nécessaire] »)
    and lines a scraper leaves (« Source link », « Read more »).
    `unmatched`: a parenthesis, bracket or guillemet opened and never closed in its
    paragraph, or closed without being opened (list numbering « 1) » and emoticons are
    accepted; a quotation running over several paragraphs may open each with « and close
    only the last).
    `controls`: a bidirectional embedding, override or isolate (U+202A–U+202E,
    U+2066–U+2069): invisible, it makes the text display in another order than it is
    written (« Trojan Source »); every text output shows it as ⟨U+202E⟩, the editor
    shows a diagnostic on it.

    Why: leftovers of machine translation, copy-paste and scraping; they show the reader
    the text was not proof-read. A bidirectional control shows the proof-reader another
    order than the published text's (« Trojan Source »).
    """
    ctx.require_french()
    wanted = {"vide": p.empty, "référence": p.references, "ligne": p.references,
              "ouvert": p.unmatched, "fermé": p.unmatched, "contrôle": p.controls}
    blocks = ctx.measure(typed_blocks)
    for index, (block, typed) in enumerate(blocks):
        following = blocks[index + 1][1] if index + 1 < len(blocks) else ""
        previous = blocks[index - 1][1] if index else ""
        for fault in artefacts(block, typed, following, previous):
            if not wanted[fault.kind]:
                continue
            shown = typed[fault.start : fault.end]
            if fault.kind == "contrôle":  # named, never the character itself: it would reorder the message
                shown = f"U+{ord(shown):04X}"
            message, advice = _ARTEFACT[fault.kind]
            excerpt, highlight = window(typed, fault.start, fault.end, 50)
            yield Problem(message.format(quote(shown, 60), _where(block)), advice,
                          ctx.locate(block, fault.start, fault.end), excerpt, highlight=highlight)

