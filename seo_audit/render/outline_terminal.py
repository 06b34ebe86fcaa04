"""The terminal view of `seo-audit outline` (rich): blocks, then meta title and description."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..lang.fr.grammar import plural
from ..measures.serp import pixel_width
from ..outline import Outline
from ..outline.limits import default_limits
from .safe import clean_outline

SOURCE_LABEL = {"given": "donnée", "front matter": "du front matter", "suggested": "suggérée"}


def render(outline: Outline, console: Console) -> None:
    outline = clean_outline(outline)  # the article's controls shown, never sent to the terminal
    head: list[Text] = [Text(f"« {outline.title} »", style="italic") if outline.title
                        else Text("(sans titre)", style="dim italic")]
    inserted = sum(1 for b in outline.blocks if b.insert)
    to_write = sum(1 for b in outline.blocks if b.to_write)
    head.append(Text(f"{plural(outline.words, 'mot')} · {plural(len(outline.blocks), 'bloc')} · "
                     f"{plural(inserted, 'sous-titre proposé', 'sous-titres proposés')}"
                     + (f" · {plural(to_write, 'sous-titre à écrire', 'sous-titres à écrire')}" if to_write else "")))
    if outline.keyphrase:
        head.append(Text(f"expression clé {SOURCE_LABEL.get(outline.keyphrase_source or '', '')} : "
                         f"« {outline.keyphrase} »"))
    console.print(Panel(Group(*head), title=Text(outline.path, style="bold"), title_align="left"))

    limits = outline.limits or default_limits()
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("lignes", no_wrap=True)
    table.add_column("mots", justify="right", no_wrap=True)
    table.add_column("sous-titre proposé", ratio=3)
    table.add_column("mots-clés du bloc", ratio=2, style="dim")
    for i, block in enumerate(outline.blocks, 1):
        cell = Text()
        if block.existing_heading and not block.insert:
            cell.append(f"{'#' * max(block.level - 1, 1)} {block.existing_heading}", style="bold")
            cell.append("  (titre de l’auteur)", style="dim")
        elif block.insert:
            cell.append(f"{'#' * block.level} {block.subheading}", style="bold green")
            if block.promoted:  # --emit rewrites the author's label line rather than repeat it
                cell.append(f"\nremplace la ligne {block.start_line}", style="dim")
        elif block.to_write:
            cell.append("sous-titre à écrire", style="bold yellow")
            cell.append("  (aucun groupe nominal du bloc n’est assez sûr)", style="dim")
            if block.subheading:
                cell.append(f"\npiste : {block.subheading}", style="dim")
        else:   # only the first block is the introduction; a later one stays under the heading before it
            cell.append("introduction (sans sous-titre)" if i == 1 else "suite de la partie précédente (sans sous-titre)",
                        style="italic")
            if block.subheading:
                cell.append(f"\npossible : {block.subheading}", style="dim")
        if block.alternatives:
            cell.append("\nou : " + " · ".join(block.alternatives), style="dim")
        words = Text(str(block.words), style="red" if block.words > limits.section_words else "")
        # a Text, not a str: rich would read « [link=…] » in a keyword as markup
        table.add_row(str(i), f"{block.start_line}–{block.end_line}", words, cell, Text(", ".join(block.keywords)))
    console.print(table)

    meta: list[Text] = []
    if outline.meta_title:
        meta.append(Text.assemble(("Titre SEO : ", "bold"), outline.meta_title,
                                  (f"  ({len(outline.meta_title)} car., "
                                   f"{round(pixel_width(outline.meta_title, limits.title_font_px))} px)", "dim")))
        for alternative in outline.meta_title_alternatives:
            meta.append(Text(f"   ou : {alternative}", style="dim"))
    else:
        meta.append(Text(f"Titre SEO : aucun candidat de {limits.title_min_chars} à {limits.title_max_chars} "
                         "caractères dans le texte.", style="yellow"))
    if outline.meta_description:
        meta.append(Text.assemble(("Meta description : ", "bold"), outline.meta_description,
                                  (f"  ({len(outline.meta_description)} car.)", "dim")))
        for alternative in outline.meta_description_alternatives:
            meta.append(Text(f"   ou : {alternative}", style="dim"))
    else:
        meta.append(Text("Meta description : aucune phrase dans le texte.", style="yellow"))
    meta.append(Text("Tout est tiré du texte ; « --emit markdown » insère ces sous-titres." if inserted else
                     "Tout est tiré du texte ; aucun sous-titre à insérer.", style="dim italic"))
    console.print(Panel(Group(*meta), title="Méta", title_align="left"))
