"""KW (and TTL004–005, MET003): where the focus keyphrase appears.

The focus keyphrase is the one given (`--keyphrase`, or `keyphrase` in the front matter);
without one, the keyphrase suggested from the text's keywords (YAKE, cleaned for French)
is checked instead, the messages say so, and their findings are `info` whatever the rule
set says: a finding built on a guess must not read like one on the author's choice. Occurrences are found by the French-aware
matcher of `measures/keyphrase.py` (lemmas, accents, case, elision, apostrophes,
hyphens, optional function words) in every place alike.
"""

from __future__ import annotations

import bisect
import math

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.counts import WORD, count_words, word_count
from ..measures.keyphrase import Pattern, block_occurrences, compile_keyphrase, find_in_text
from ..measures.keywords import Suggestion, suggest_keyphrase
from . import Context, Finding, NotApplicable, Params, Problem, param, quote, rule


#: Said once, by KW001: the findings of the keyphrase rules on a suggestion are `info`.
SUGGESTED_NOTE = "Expression clé suggérée ; déclarez-la pour que ces règles comptent"


@dataclass(frozen=True)
class Focus:
    phrase: str
    suggested: bool
    pattern: Pattern
    #: occurrences per block, keyed by the block's index in `annotated.blocks`
    occurrences: dict[int, list[tuple[int, int]]]

    @property
    def severity(self) -> str | None:
        """A finding on a guess is information: the author has not chosen this keyphrase."""
        return "info" if self.suggested else None

    @property
    def label(self) -> str:
        return (f"L’expression clé suggérée « {self.phrase} »" if self.suggested
                else f"L’expression clé « {self.phrase} »")


def suggestion(ctx: Context) -> Suggestion:
    """The suggestion, computed once per article (memoised in the context)."""
    return ctx.measure(suggest_keyphrase)


def focus(ctx: Context) -> Focus | None:
    """The keyphrase to check (given, else suggested) and its occurrences, once per article."""
    key = ("focus-keyphrase", ctx.keyphrase)
    if key not in ctx._memo:
        phrase, suggested = ctx.keyphrase, False
        if not phrase or not phrase.strip():
            phrase, suggested = suggestion(ctx).keyphrase, True
        if not phrase:
            ctx._memo[key] = None
        else:
            ctx._memo[key] = Focus(phrase, suggested, compile_keyphrase(phrase),
                                   block_occurrences(ctx.annotated, phrase))
    return ctx._memo[key]


def _focus(ctx: Context) -> Focus:
    ctx.require_french()  # lemma matching and the suggestion only make sense in French
    found = focus(ctx)
    if found is None:
        raise NotApplicable
    return found


def _body(ctx: Context) -> list[tuple[int, object]]:
    return [(i, b) for i, b in enumerate(ctx.annotated.blocks)
            if b.kind not in ("title", "description")]


@rule("KW001", "expression-cle-absente", "Une expression clé principale est définie.", severity="info",
      source="Yoast SEO demande une expression clé ; l’outil en suggère une au lieu d’échouer",
      what="L’expression clé vient de `--keyphrase`, de `keyphrase` (ou `focus_keyphrase`) dans "
           "le front matter, ou de `<meta name=\"keyphrase\">` en HTML. À défaut, l’outil "
           "suggère le meilleur mot-clé du texte (YAKE, jusqu’à trois mots, nettoyé pour le "
           "français, présent au moins deux fois) et quatre autres possibilités ; les autres "
           "règles KW vérifient alors la suggestion.",
      why="Toute vérification SEO d’une page suppose de savoir sur quoi elle veut se classer ; "
          "Yoast SEO demande une expression clé avant de juger le reste.")
def keyphrase_set(ctx: Context, p: Params) -> Iterator[Finding]:
    """The focus keyphrase comes from `--keyphrase`, or from `keyphrase` (or
    `focus_keyphrase`) in the front matter, or `<meta name="keyphrase">` in HTML. Without
    one, the tool suggests the best keyword of the text (YAKE, n-grams up to 3, cleaned
    for French and occurring at least twice) and four alternatives, and the other KW
    rules check the suggestion.

    Why: every on-page SEO check needs to know what the page should rank for; Yoast SEO
    asks for a focus keyphrase before it can judge anything else.
    """
    if ctx.keyphrase and ctx.keyphrase.strip():
        return
    ctx.require_french()
    found = suggestion(ctx)
    if found.keyphrase is None:
        yield Problem("Aucune expression clé n’est définie, et le texte est trop court pour "
                      "en suggérer une.",
                      "Choisissez l’expression que les lecteurs taperont dans un moteur de "
                      "recherche et déclarez-la (« keyphrase: » dans le front matter ou --keyphrase).")
        return
    others = ", ".join(f"« {a} »" for a in found.alternatives)
    yield Problem(f"Aucune expression clé n’est définie ; suggestion : « {found.keyphrase} »"
                  + (f" (autres possibilités : {others})." if others else "."),
                  f"{SUGGESTED_NOTE} (« keyphrase: » dans le front matter ou --keyphrase). En "
                  "attendant, les règles de l’expression clé (KW, TTL004-005, MET003, IMG003) "
                  "vérifient la suggestion, pour information.",
                  value=found.keyphrase)


@rule("KW002", "expression-cle-introduction", "L’expression clé figure dans le premier paragraphe.",
      severity="warning", source="Yoast SEO « expression clé dans l’introduction » (premier paragraphe)",
      what="Le premier paragraphe (ou élément de liste) du corps, après un éventuel titre.",
      why="Lecteurs et moteurs décident dès l’ouverture de quoi parle une page. La vérification "
          "« expression clé dans l’introduction » de Yoast SEO porte sur le premier paragraphe.")
def keyphrase_in_introduction(ctx: Context, p: Params) -> Iterator[Finding]:
    """The first paragraph (or list item) of the body, after any heading.

    Why: readers and search engines decide from the opening what a page is about. Yoast
    SEO's « keyphrase in introduction » checks the first paragraph.
    """
    f = _focus(ctx)
    first = next(((i, b) for i, b in _body(ctx) if b.kind in ("paragraph", "list_item")), None)
    if first is None:
        raise NotApplicable
    index, block = first
    if not f.occurrences.get(index):
        yield Problem(f"{f.label} n’apparaît pas dans le premier paragraphe.",
                      "Placez l’expression clé dans la première ou la deuxième phrase.",
                      ctx.locate(block), quote(block.text, 100), severity=f.severity)


def _num(value: float) -> str:
    """« 0,5 », « 3 »: a French decimal."""
    return f"{value:g}".replace(".", ",")


def keyphrase_count(ctx: Context, f: Focus) -> int:
    return sum(len(f.occurrences.get(i, ())) for i, _ in _body(ctx))


@dataclass(frozen=True)
class DensityParams(Params):
    min_percent: float = param(0.5, "Yoast SEO, densité de l’expression clé, borne basse", minimum=0, maximum=100)
    max_percent: float = param(3.0, "Yoast SEO, densité de l’expression clé, borne haute (bourrage)",
                               minimum=0, maximum=100)
    min_words: int = param(100, "Yoast SEO juge la densité à partir de 100 mots", minimum=0)


def occurrences_needed(count: int, words: int, min_percent: float) -> int:
    """The fewest occurrences that reach `min_percent` of `words`, and always more than
    `count` (rounding 2,15 down to 2 told an article already at 2 to reach 2)."""
    return max(count + 1, math.ceil(min_percent * words / 100 - 1e-9))


@rule("KW003", "densite-expression-cle",
      "L’expression clé fait entre {min_percent} et {max_percent} % des mots.",
      DensityParams, severity="warning",
      what="Densité = occurrences de l’expression clé dans le corps ÷ mots du corps × 100. Sans "
           "objet sous `min_words` mots.",
      why="Trop rare, la page ne dit pas de quoi elle parle ; trop fréquente, elle sent le "
          "bourrage de mots-clés, que lecteurs et moteurs sanctionnent. Yoast SEO borne la "
          "densité entre 0,5 % et 3 % et la juge à partir de 100 mots.")
def keyphrase_density(ctx: Context, p: Params) -> Iterator[Finding]:
    """Density = occurrences of the keyphrase in the body (headings, paragraphs, list
    items) ÷ words of the body × 100. Not judged under `min_words` words.

    Why: too rare, the page does not say what it is about; too frequent, it reads as
    keyword stuffing, which readers and search engines penalise. Yoast SEO's keyphrase
    density bounds are 0.5 % and 3 %, and it judges texts from 100 words.
    """
    f = _focus(ctx)
    words = ctx.measure(word_count)
    if words < p.min_words:
        raise NotApplicable
    count = keyphrase_count(ctx, f)
    density = round(100 * count / words, 2)
    shown = _num(density)
    if density < p.min_percent:
        wanted = occurrences_needed(count, words, p.min_percent)
        yield Problem(f"{f.label} apparaît {count} fois pour {words} mots : densité de {shown} % "
                      f"(minimum {_num(p.min_percent)} %).",
                      f"Employez-la au moins {wanted} fois en tout ({wanted - count} de plus), là où "
                      "elle vient naturellement.",
                      value=density, threshold=p.min_percent, severity=f.severity)
    elif density > p.max_percent:
        yield Problem(f"{f.label} apparaît {count} fois pour {words} mots : densité de {shown} % "
                      f"(maximum {_num(p.max_percent)} %).",
                      "Remplacez certaines occurrences par des synonymes ou des pronoms.",
                      value=density, threshold=p.max_percent, severity=f.severity)


@dataclass(frozen=True)
class SubheadingShareParams(Params):
    min_share: float = param(0.3, "Yoast SEO « expression clé dans les sous-titres » : 30 % à 75 % "
                                  "des H2/H3",
                             minimum=0, maximum=1)
    max_share: float = param(0.75, minimum=0, maximum=1)


@rule("KW004", "expression-cle-sous-titres",
      "L’expression clé figure dans {min_share} à {max_share} des sous-titres H2/H3.",
      SubheadingShareParams, severity="warning",
      what="Compte les sous-titres H2 et H3 qui contiennent l’expression clé. Un article d’un "
           "seul sous-titre passe si celui-ci la contient. Sans objet sans H2/H3 (STR001 en "
           "demande).",
      why="Les sous-titres disent à chacun ce que couvre chaque partie. Yoast SEO veut "
          "l’expression clé (ou un synonyme) dans 30 % à 75 % des sous-titres H2/H3 : moins "
          "manque un signal, plus sent le bourrage.")
def keyphrase_in_subheadings(ctx: Context, p: Params) -> Iterator[Finding]:
    """Counts the H2 and H3 subheadings that contain the keyphrase. An article with a
    single subheading passes when that subheading contains it. Not judged without H2/H3
    (STR001 asks for subheadings).

    Why: subheadings tell readers and search engines what each part covers. Yoast SEO
    wants the keyphrase (or a synonym) in 30 % to 75 % of H2/H3 subheadings: fewer
    misses a signal, more reads as stuffing.
    """
    f = _focus(ctx)
    headings = [(i, b) for i, b in _body(ctx) if b.kind == "heading" and b.level in (2, 3)]
    if not headings:
        raise NotApplicable
    hits = sum(1 for i, _ in headings if f.occurrences.get(i))
    share = hits / len(headings)
    if len(headings) == 1 and hits == 1:
        return
    percent = round(100 * share)
    text = f"{hits} sous-titre{'s' if hits > 1 else ''} H2/H3 sur {len(headings)} ({percent} %)"
    if share < p.min_share:
        first = next(b for i, b in headings if not f.occurrences.get(i))
        yield Problem(f"{f.label} figure dans {text} ; il en faut au moins "
                      f"{round(100 * p.min_share)} %.",
                      "Reprenez l’expression clé (ou une variante) dans d’autres sous-titres.",
                      ctx.locate(first), quote(first.text), round(share, 2), p.min_share, severity=f.severity)
    elif share > p.max_share:
        yield Problem(f"{f.label} figure dans {text} ; au-delà de "
                      f"{round(100 * p.max_share)} %, cela ressemble à du bourrage.",
                      "Variez les sous-titres : décrivez ce que chaque partie apporte.",
                      value=round(share, 2), threshold=p.max_share, severity=f.severity)


@rule("KW005", "expression-cle-slug", "L’expression clé figure dans le slug (l’adresse de la page).",
      severity="warning", source="Yoast SEO « expression clé dans le slug »",
      what="Le slug est `slug` dans le front matter, le chemin du lien canonique HTML, ou le nom "
           "du fichier sans extension. Les mots-outils sont facultatifs (« canal-retour » vaut « canal "
           "de retour ») et les élisions peuvent être écrites en entier (« amenagement-de-l-enclos "
           "»).",
      why="L’adresse s’affiche dans les résultats et les moteurs la lisent ; Yoast SEO cherche "
          "l’expression clé dans le slug.")
def keyphrase_in_slug(ctx: Context, p: Params) -> Iterator[Finding]:
    """The slug is `slug` in the front matter, the path of the HTML canonical link, or
    the file name without extension. Function words are optional (« canal-retour » matches
    « canal de retour ») and elisions may be spelt out (« amenagement-de-l-enclos »).

    Why: the address is shown in results and read by search engines; Yoast SEO checks
    the keyphrase in the slug.
    """
    f = _focus(ctx)
    slug = ctx.article.slug
    if not slug:
        raise NotApplicable
    if not find_in_text(f.pattern, slug):
        yield Problem(f"{f.label} n’est pas dans le slug « {slug} ».",
                      "Mettez les mots de l’expression clé dans l’adresse, séparés par des tirets "
                      "(les mots-outils peuvent être omis).", value=slug, severity=f.severity)


def _word_positions(ctx: Context, f: Focus) -> tuple[int, list[int]]:
    """Body words and the word position of each occurrence (the words that start before
    it: one pass over each block, not one per occurrence)."""
    total, positions = 0, []
    for index, block in _body(ctx):
        occurrences = f.occurrences.get(index, ())
        if occurrences:
            starts = [m.start() for m in WORD.finditer(block.text)]
            positions.extend(total + bisect.bisect_left(starts, start) for start, _ in occurrences)
            total += len(starts)
        else:
            total += count_words(block.text)
    return total, positions


@dataclass(frozen=True)
class SpreadParams(Params):
    parts: int = param(3, "la demande : les tiers du texte (forme simple de la distribution de "
                          "Yoast SEO)", minimum=1)
    max_empty_share: float = param(0.5, "la demande : absente de plus de la moitié des parties",
                                   minimum=0, maximum=1)


@rule("KW006", "expression-cle-regroupee",
      "L’expression clé est répartie dans le texte : au plus {max_empty_share} des parties sans elle.",
      SpreadParams, severity="warning",
      what="Le corps est découpé en `parts` parties de même nombre de mots (des tiers par "
           "défaut) ; la règle échoue quand plus de `max_empty_share` d’entre elles n’ont aucune "
           "occurrence. Sans objet quand l’expression n’apparaît jamais (KW003 le dit).",
      why="Une expression clé groupée à un seul endroit laisse le reste de la page hors sujet. "
          "La « distribution de l’expression clé » de Yoast SEO mesure la même chose plus "
          "finement ; des tiers se corrigent plus facilement.")
def keyphrase_spread(ctx: Context, p: Params) -> Iterator[Finding]:
    """The body is cut into `parts` parts of equal word count (thirds by default); the
    rule fails when more than `max_empty_share` of them hold no occurrence. Not judged
    when the keyphrase never occurs (KW003 says so).

    Why: a keyphrase bunched in one place leaves the rest of the page off-topic for
    readers and search engines. Yoast SEO's « keyphrase distribution » checks the same
    thing with a finer measure; thirds are easier to act on.
    """
    f = _focus(ctx)
    total, positions = _word_positions(ctx, f)
    if not positions or total == 0:
        raise NotApplicable
    parts = max(1, p.parts)
    filled = {min(parts - 1, position * parts // total) for position in positions}
    empty = [k for k in range(parts) if k not in filled]
    if len(empty) / parts > p.max_empty_share:
        names = ["le début", "le milieu", "la fin"] if parts == 3 else [
            f"la partie {k + 1}" for k in range(parts)]
        where = ", ".join(names[k] for k in empty)
        yield Problem(f"{f.label} est regroupée : absente de {len(empty)} partie"
                      f"{'s' if len(empty) > 1 else ''} du texte sur {parts} ({where}).",
                      "Répartissez-la : reprenez-la dans les parties où elle manque.",
                      value=len(empty), threshold=int(p.max_empty_share * parts), severity=f.severity)


@dataclass(frozen=True)
class KeyphraseLengthParams(Params):
    max_content_words: int = param(4, "Yoast SEO, longueur de l’expression clé : au plus 4 mots "
                                      "pleins", minimum=1)


@rule("KW007", "expression-cle-trop-longue",
      "L’expression clé compte au plus {max_content_words} mots pleins.", KeyphraseLengthParams,
      severity="warning",
      what="Les mots pleins sont ce qui reste après les mots-outils (articles, prépositions, "
           "conjonctions, pronoms, « être », « avoir »).",
      why="Personne ne tape une longue expression, et une longue expression se case mal dans les "
          "titres et les sous-titres. Yoast SEO conseille au plus 4 mots pleins.")
def keyphrase_length(ctx: Context, p: Params) -> Iterator[Finding]:
    """Content words are the words left after the function words (articles,
    prepositions, conjunctions, pronouns, « être », « avoir »).

    Why: nobody types a long keyphrase, and a long one is hard to fit in titles and
    subheadings. Yoast SEO advises at most 4 content words.
    """
    f = _focus(ctx)
    words = f.pattern.content_words
    if words > p.max_content_words:
        yield Problem(f"{f.label} compte {words} mots pleins (maximum {p.max_content_words}).",
                      "Gardez le cœur du sujet : deux à quatre mots que les lecteurs taperaient.",
                      value=words, threshold=p.max_content_words, severity=f.severity)


def _occurrences_in(ctx: Context, f, block) -> list[tuple[int, int]]:
    """The keyphrase's (start, end) in the title or the description; not applicable
    when the article has none (TTL001 and MET001 say so)."""
    if block is None:
        raise NotApplicable
    return f.occurrences.get(ctx.annotated.index_of(block), [])


@rule("TTL004", "expression-cle-titre", "Le titre contient l’expression clé.", severity="warning",
      source="Yoast SEO « expression clé dans le titre SEO »",
      what="Le titre contient l’expression clé (mêmes règles de correspondance que les règles KW).",
      why="Le titre est le signal le plus fort de la page et ce que l’internaute lit d’abord ; "
          "Yoast SEO cherche l’expression clé dans le titre SEO.")
def keyphrase_in_title(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: the title is the strongest on-page signal and what searchers read first;
    Yoast SEO checks the keyphrase in the SEO title."""
    f = _focus(ctx)
    title = ctx.article.title
    if not _occurrences_in(ctx, f, title):
        yield Problem(f"{f.label} n’est pas dans le titre.",
                      "Mettez l’expression clé dans le titre, de préférence au début.",
                      ctx.locate(title), quote(title.text), severity=f.severity)


@dataclass(frozen=True)
class TitleStartParams(Params):
    max_position: float = param(0.5, "la demande : dans la première moitié du titre (Yoast SEO "
                                     "le préfère au début)", minimum=0, maximum=1)


@rule("TTL005", "expression-cle-debut-titre",
      "L’expression clé commence dans la première moitié du titre ({max_position}).",
      TitleStartParams, severity="info",
      what="La première occurrence de l’expression clé commence dans la première part "
           "`max_position` des caractères du titre. Sans objet quand le titre ne la contient pas "
           "(TTL004 le dit).",
      why="Les résultats sont coupés à droite et le lecteur parcourt le début ; Yoast SEO "
          "préfère un titre qui commence par l’expression clé.")
def keyphrase_title_start(ctx: Context, p: Params) -> Iterator[Finding]:
    """The first occurrence must start within the first `max_position` of the title's
    characters. Not judged when the title lacks the keyphrase (TTL004 says so).

    Why: results are cut on the right and readers scan the start; Yoast SEO rewards a
    title that begins with the keyphrase.
    """
    f = _focus(ctx)
    title = ctx.article.title
    found = _occurrences_in(ctx, f, title)
    if not found:
        raise NotApplicable
    start = found[0][0]
    position = round(start / max(len(title.text), 1), 2)
    if position > p.max_position:
        yield Problem(f"{f.label} n’arrive qu’au caractère {start + 1} du titre, dans sa seconde moitié.",
                      "Rapprochez l’expression clé du début du titre.",
                      ctx.locate(title, start, found[0][1]), quote(title.text), position,
                      p.max_position, severity=f.severity)


@rule("MET003", "expression-cle-meta-description", "La meta description contient l’expression clé.",
      severity="warning", source="Yoast SEO « expression clé dans la meta description »",
      what="La meta description contient l’expression clé.",
      why="Les moteurs mettent en gras, dans l’extrait, les mots de la requête ; Yoast SEO "
          "cherche l’expression clé dans la meta description.")
def keyphrase_in_description(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: search engines put the words of the query in bold in the snippet; Yoast SEO
    checks the keyphrase in the meta description."""
    f = _focus(ctx)
    description = ctx.article.description
    if not _occurrences_in(ctx, f, description):
        yield Problem(f"{f.label} n’est pas dans la meta description.",
                      "Reprenez l’expression clé dans la meta description.",
                      ctx.locate(description), quote(description.text), severity=f.severity)
