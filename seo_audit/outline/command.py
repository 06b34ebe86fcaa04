"""`seo-audit outline`: the handler behind the command line (cli.py only parses)."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

EPILOG = """\
exemples :
  seo-audit outline brouillon.txt                     # blocs, sous-titres proposés, titre et description
  seo-audit outline brouillon.txt --format json       # le même plan, en JSON documenté
  seo-audit outline brouillon.txt --format html -o plan.html   # le plan dessiné sur le texte (page autonome)
  seo-audit outline brouillon.txt --emit markdown > brouillon.md
  seo-audit outline brouillon.txt --emit markdown --write   # écrit brouillon.md (atomique)

Rien n’est rédigé : blocs, sous-titres, titre et description sont tirés des mots de
l’article ; --emit markdown n’ajoute que des lignes (front matter, « ## » sous-titres).
codes de sortie : 0 plan produit ; 2 erreur d’utilisation ou fichier illisible."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="FICHIER", help="article .md, .txt ou .html ; « - » pour l’entrée standard")
    parser.add_argument("--format", "-f", choices=("rich", "json", "html"), default="rich",
                        help="format du plan (défaut : rich, pour le terminal ; html : page autonome, "
                             "le plan dessiné sur le texte)")
    parser.add_argument("--output", "-o", metavar="FICHIER",
                        help="écrire le plan dans FICHIER (remplacé de façon atomique) au lieu de la "
                             "sortie standard")
    parser.add_argument("--emit", choices=("markdown",),
                        help="réécrire l’article en Markdown avec front matter et sous-titres insérés")
    parser.add_argument("--write", "-w", action="store_true",
                        help="avec --emit : remplacer le fichier .md (ou écrire FICHIER.md à côté d’un .txt), "
                             "de façon atomique, au lieu d’écrire sur la sortie standard")
    parser.add_argument("--keyphrase", "-k", metavar="EXPRESSION",
                        help="expression clé visée (sinon celle du front matter, sinon suggérée)")
    parser.add_argument("--stdin-format", choices=("markdown", "html", "text"),
                        help="format de l’entrée standard (défaut : deviné)")


def target_path(path: str) -> Path:
    """Where `--write` puts the Markdown: the file itself if it is Markdown, else FILE.md."""
    source = Path(path)
    if source.suffix.lower() in (".md", ".markdown"):
        return source
    return source.with_suffix(".md")


def run(args: argparse.Namespace, version: str) -> int:
    from ..errors import InputError
    from ..nlp import annotate
    from ..readers import STDIN, read_path, read_stdin_bytes
    from . import propose

    def fail(message: str) -> int:
        print(f"seo-audit : {message}", file=sys.stderr)
        return 2

    if args.output and args.emit:
        return fail("--emit markdown écrit sur la sortie standard, ou avec --write ; -o sert au plan.")
    if args.write and not args.emit:
        return fail("--write s’utilise avec --emit markdown.")
    if args.write and args.path == STDIN:
        return fail("--write ne peut pas remplacer l’entrée standard ; redirigez la sortie.")
    try:
        if args.path == STDIN:
            article = read_stdin_bytes(sys.stdin.buffer.read(), args.stdin_format)
        else:
            article = read_path(args.path)
    except InputError as error:
        return fail(str(error))
    if args.emit and article.format == "html":
        return fail(f"{article.path} : --emit markdown lit du Markdown ou du texte, pas du HTML.")
    outline = propose(annotate(article), args.keyphrase)

    if args.emit:
        from .emit import emit_markdown

        text, _ = emit_markdown(article, outline)
        if args.write:
            from ..files import write_atomic

            target = target_path(args.path)
            try:
                write_atomic(target, text)
            except OSError as error:
                return fail(f"{target} : écriture impossible ({error.strerror or error}) ; "
                            "le fichier existant est intact.")
            print(f"{target} écrit ({sum(1 for b in outline.blocks if b.insert)} sous-titres insérés).",
                  file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    if args.format == "json":
        from ..render import outline_json

        text = outline_json.render(outline, version)
    elif args.format == "html":
        from ..render import outline_html

        text = outline_html.render(outline, article, version)
    else:
        from rich.console import Console

        from ..render import outline_terminal

        buffer = io.StringIO()
        tty = sys.stdout.isatty() and not args.output
        console = Console(file=buffer, force_terminal=tty, width=None if tty else 100)
        outline_terminal.render(outline, console)
        text = buffer.getvalue()
    if args.output:
        from ..files import write_atomic

        try:
            write_atomic(args.output, text)
        except OSError as error:
            return fail(f"{args.output} : écriture impossible ({error.strerror or error}) ; "
                        "le fichier existant est intact.")
        return 0
    sys.stdout.write(text)
    return 0
