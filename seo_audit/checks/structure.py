"""STR: subheadings, sections and paragraphs that let a reader scan the page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.counts import count_words, word_count
from ..measures.structure import sections, subheadings
from . import Context, Finding, Params, Problem, param, plural, quote, rule


@dataclass(frozen=True)
class SubheadingsParams(Params):
    max_words: int = param(300, "Yoast SEO : des sous-titres dans tout texte de plus de 300 mots", minimum=0)


@dataclass(frozen=True)
class SectionLengthParams(Params):
    max_words: int = param(300, "Yoast SEO, distribution des sous-titres", minimum=1)


@dataclass(frozen=True)
class ParagraphLengthParams(Params):
    max_words: int = param(150, "Yoast SEO, longueur des paragraphes", minimum=1)


@rule("STR001", "sous-titres-absents", "Un texte de plus de {max_words} mots a des sous-titres.",
      SubheadingsParams, severity="error", source="la commande demande des sous-titres",
      example="# Réduire ses déchets au bureau\n\nPremier paragraphe…\n\nDeuxième paragraphe…\n\n"
              "(320 mots en tout, et aucun sous-titre « ## »)\n",
      what="Les sous-titres sont les titres H2 à H6 (`##` en Markdown, `<h2>`… en HTML) ; un "
           "brouillon en texte brut n’en a pas : `seo-audit outline` en propose à partir du "
           "texte.",
      why="Le lecteur parcourt avant de lire, et les moteurs comprennent une page par ses "
          "sous-titres. Yoast SEO en demande dans tout texte de plus de 300 mots ; la commande "
          "en demande explicitement.")
def subheadings_present(ctx: Context, p: Params) -> Iterator[Finding]:
    """Subheadings are H2 to H6 (`##` in Markdown, `<h2>`… in HTML); a plain-text draft
    has none: `seo-audit outline` proposes them from the text.

    Why: readers scan before they read, and search engines use subheadings to understand
    a page. Yoast SEO asks for subheadings in any text over 300 words; the brief asks for
    subheadings explicitly.
    """
    words = ctx.measure(word_count)
    if words > p.max_words and not ctx.measure(subheadings):
        yield Problem(f"Aucun sous-titre dans un texte de {plural(words, 'mot')} "
                      f"(au-delà de {p.max_words} mots, il en faut).",
                      "Découpez le texte en parties avec des sous-titres (##) ; "
                      "« seo-audit outline » en propose à partir du texte.",
                      value=0, threshold=1)


@rule("STR002", "section-trop-longue", "Aucune section ne dépasse {max_words} mots.", SectionLengthParams,
      severity="warning",
      example="## Trier\n\nUn paragraphe de 80 mots…\n\nTrois autres paragraphes, 340 mots en tout…\n\n"
              "## Réparer\n\n…\n",
      what="Une section est le texte entre deux titres (ou avant le premier). Vérifiée seulement "
           "quand l’article a des sous-titres : STR001 couvre un texte qui n’en a pas.",
      why="La « distribution des sous-titres » de Yoast SEO demande au plus 300 mots sous un "
          "même sous-titre.")
def section_length(ctx: Context, p: Params) -> Iterator[Finding]:
    """A section is the text between two headings (or before the first one). Only checked
    when the article has subheadings: STR001 covers a text without any.

    Why: Yoast SEO's « subheading distribution » asks for no more than 300 words under
    one subheading.
    """
    found = ctx.measure(sections)
    if not ctx.measure(subheadings):
        return
    for section in found:
        if section.words > p.max_words and section.blocks:
            first = section.blocks[0]
            label = f"« {quote(section.heading.text, 60)} »" if section.heading else "avant le premier sous-titre"
            yield Problem(f"La section {label} compte {plural(section.words, 'mot')} "
                          f"(maximum {p.max_words}).",
                          "Ajoutez un sous-titre au milieu de cette section.",
                          ctx.locate(section.heading or first),
                          quote(first.text, 80), section.words, p.max_words)


@rule("STR003", "plusieurs-h1", "Le corps de l’article a au plus un titre de niveau 1.", severity="warning",
      example="# Réduire ses déchets\n\nIntroduction.\n\n# Trier\n\nLe deuxième « # » est un second H1.\n",
      what="Le corps de l’article a au plus un titre de niveau 1.",
      why="Le H1 est le titre principal de la page ; plusieurs H1 brouillent son sujet. Yoast "
          "SEO signale un second H1 dans le corps.")
def single_h1(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: the H1 is the page's main title; several H1s blur what the page is about.
    Yoast SEO flags a second H1 in the body."""
    h1s = [b for b in ctx.article.blocks if b.kind == "heading" and b.level == 1]
    for extra in h1s[1:]:
        yield Problem(f"Titre de niveau 1 en trop ({len(h1s)} dans l’article).",
                      "Gardez un seul titre de niveau 1 (#) et passez les autres en niveau 2 (##).",
                      ctx.locate(extra), quote(extra.text), len(h1s), 1)


@rule("STR004", "niveau-de-titre-saute", "Les niveaux de titre se suivent sans saut.", severity="warning",
      example="# Réduire ses déchets\n\n## Trier\n\nTexte.\n\n#### Le papier\n\nUn H4 après un H2.\n",
      what="Un titre descend d’un niveau à la fois (H2 puis H3), jamais de deux (H2 puis H4). Le "
           "premier titre d’un corps sans H1 peut être un H2, le titre de l’article tenant lieu "
           "de H1.",
      why="Les lecteurs d’écran et les moteurs lisent les niveaux de titre comme un plan.")
def heading_levels(ctx: Context, p: Params) -> Iterator[Finding]:
    """A heading may go down one level at a time (H2 then H3), never two (H2 then H4). The
    first heading of a body without H1 may be an H2, since the title serves as H1.

    Why: screen readers and search engines read the heading levels as an outline.
    """
    previous = 1
    for heading in (b for b in ctx.article.blocks if b.kind == "heading"):
        if heading.level > previous + 1:
            yield Problem(f"Saut de niveau de titre : H{heading.level} après H{previous}.",
                          f"Utilisez un titre de niveau {previous + 1} ici.",
                          ctx.locate(heading), quote(heading.text), heading.level, previous + 1)
        previous = heading.level


@rule("STR005", "paragraphe-trop-long", "Aucun paragraphe ne dépasse {max_words} mots.",
      ParagraphLengthParams, severity="warning",
      example="## Trier\n\nUn seul paragraphe de 180 mots, sans retour à la ligne, qui enchaîne "
              "le papier, le verre, les biodéchets et les piles…\n",
      what="Aucun paragraphe ne dépasse `max_words` mots.",
      why="Les longs paragraphes fatiguent le lecteur à l’écran. Yoast SEO recommande au plus "
          "150 mots par paragraphe.")
def paragraph_length(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: long paragraphs tire readers on screens. Yoast SEO recommends at most 150
    words per paragraph."""
    for block in ctx.article.paragraphs:
        words = count_words(block.text)
        if words > p.max_words:
            yield Problem(f"Paragraphe de {plural(words, 'mot')} (maximum {p.max_words}).",
                          "Coupez ce paragraphe en deux là où l’idée change.",
                          ctx.locate(block), quote(block.text, 80), words, p.max_words)
