"""`seo-audit outline`: the handler behind the command line (cli.py only parses)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import os_problem
from . import COLOR_CHOICES, COLOR_HELP, EXIT_ERROR, resolve_config, say, text_console

#: `--write` writes no Markdown for a text shorter than the outline's smallest block
#: (`segment.Settings.min_words`, which a test keeps equal; not imported here, because cli.py
#: imports this module for every command and the outline package is heavy): a note of a few
#: words (« notes perso ») is no article to structure, and in a folder it would leave a `.md`
#: beside every scrap. The length rule's own minimum (LEN001, 700 words) would refuse most real
#: pages (a third of beta.gouv.fr's are shorter), whose outline is what their authors want;
#: `check` tells them to write more.
MIN_WRITTEN_WORDS = 60

EPILOG = f"""\
exemples :
  seo-audit outline brouillon.txt                     # blocs, sous-titres proposés, titre et description
  seo-audit outline brouillons/ 'notes/*.txt'         # plusieurs fichiers, dossiers ou motifs glob
  seo-audit outline brouillons/ --format json         # une entrée par fichier
  seo-audit outline brouillons/ --format html -o plans/   # une page par article et index.html
  seo-audit outline brouillon.txt --format json       # le même plan, en JSON documenté
  seo-audit outline brouillon.txt --format html -o plan.html   # le plan dessiné sur le texte (page autonome)
  seo-audit outline brouillon.txt --emit markdown > brouillon.md
  seo-audit outline brouillon.txt --emit markdown --write   # écrit brouillon.md (atomique)

Rien n’est rédigé : blocs, sous-titres, titre et description sont tirés des mots de
l’article ; --emit markdown n’ajoute que des lignes (front matter, « ## » sous-titres) et
déplace la ligne de titre d’un .txt dans le front matter. Les limites (longueur du titre,
de la description, des sections) sont celles de la configuration, comme pour « check ».
Avec --write, un texte de moins de {MIN_WRITTEN_WORDS} mots (une note, pas un article) n’est pas réécrit :
un message le nomme et les autres fichiers sont traités.
codes de sortie : 0 plan produit ; 2 erreur d’utilisation ou fichier illisible."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="CHEMIN",
                        help="articles .md, .txt ou .html, dossiers (parcourus récursivement) ou motifs "
                             "glob ; « - » pour l’entrée standard")
    parser.add_argument("--format", "-f", choices=("rich", "json", "html"), default="rich",
                        help="format du plan (défaut : rich, pour le terminal ; html : page autonome, "
                             "le plan dessiné sur le texte)")
    parser.add_argument("--output", "-o", metavar="FICHIER",
                        help="écrire le plan dans FICHIER (remplacé de façon atomique) au lieu de la "
                             "sortie standard ; avec --format html et plusieurs articles, un dossier "
                             "(une page par article et index.html)")
    parser.add_argument("--color", choices=COLOR_CHOICES, default="auto", help=COLOR_HELP)
    parser.add_argument("--emit", choices=("markdown",),
                        help="réécrire l’article en Markdown avec front matter et sous-titres insérés")
    parser.add_argument("--write", "-w", action="store_true",
                        help="avec --emit : remplacer le fichier .md (ou écrire FICHIER.md à côté d’un .txt), "
                             "de façon atomique, au lieu d’écrire sur la sortie standard")
    parser.add_argument("--force", action="store_true",
                        help="avec --write : remplacer un FICHIER.md existant que seo-audit n’a pas créé "
                             "(sans --force, il est laissé intact et rien n’est écrit)")
    parser.add_argument("--slug", action="store_true",
                        help="avec --emit : ajouter un slug tiré du titre au front matter (changer le slug "
                             "d’une page publiée change son adresse)")
    parser.add_argument("--keyphrase", "-k", metavar="EXPRESSION",
                        help="expression clé visée (sinon celle du front matter, sinon suggérée)")
    parser.add_argument("--stdin-format", choices=("markdown", "html", "text"),
                        help="format de l’entrée standard (défaut : deviné)")
    # `check`'s rule selection and exit level mean nothing here: said clearly, not ignored
    for flag in RULE_FLAGS:
        parser.add_argument(flag, action="append", dest=f"refused_{flag[2:].replace('-', '_')}",
                            help=argparse.SUPPRESS)


#: `check` options that `outline` refuses (it runs no rule, and exits 1 on no finding).
RULE_FLAGS = ("--select", "--ignore", "--fail-on")


def _refused_flag(args: argparse.Namespace) -> str | None:
    return next((f for f in RULE_FLAGS if getattr(args, f"refused_{f[2:].replace('-', '_')}", None)), None)


def target_path(path: str) -> Path:
    """Where `--write` puts the Markdown: the file itself if it is Markdown, else FILE.md."""
    source = Path(path)
    if source.suffix.lower() in (".md", ".markdown"):
        return source
    return source.with_suffix(".md")


def _fail(message: str) -> int:
    say(message)
    return EXIT_ERROR


def _read(paths: list[str], stdin_format, max_bytes: int | None) -> tuple[list, list[tuple[str, str]], dict]:
    """The articles, (path, message) for each file that could not be read, and each file's
    bytes as read with a snapshot of it (`--write` keeps their encoding, and refuses if the
    file changed meanwhile). Standard input is read as `check` reads it, with the same bound."""
    from ..errors import InputError
    from ..engine.files import Snapshot
    from ..readers import STDIN, read_bytes, read_data, read_limited
    from ..readers.source import DEFAULT_MAX_BYTES

    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    articles, errors, originals = [], [], {}
    for path in paths:
        try:
            if path == STDIN:
                data = read_limited(sys.stdin.buffer, limit)  # never without bound
                articles.append(read_data("<stdin>", data, stdin_format, limit))
            else:
                data = read_bytes(path, limit)
                originals[path] = (data, Snapshot.of(path, data))
                articles.append(read_data(path, data))
        except (InputError, OSError) as error:
            errors.append((path, str(error) if isinstance(error, InputError)
                           else f"{path} : fichier illisible ({os_problem(error)})."))
    return articles, errors, originals


def _write(target, text: str | bytes, **safety) -> int | None:
    """`files.write_atomic` with its guards (`inputs`, `create_only`, `unchanged`) and `like`."""
    from ..engine.files import WriteRefused, write_atomic

    try:
        write_atomic(target, text, **safety)
    except WriteRefused as refusal:
        return _fail(f"{target} : {refusal}")
    except OSError as error:
        return _fail(f"{target} : écriture impossible ({os_problem(error)}) ; "
                     "le fichier existant est intact.")
    return None


def run(args: argparse.Namespace, version: str) -> int:
    from ..audit import Options
    from ..profiles import ruleset_of
    from ..site.summary import is_cornerstone
    from ..engine.paths import discover
    from ..nlp import annotate_many
    from ..readers import STDIN
    from ..render.html.index import is_batch
    from ..outline import propose
    from ..outline.limits import Limits

    refused = _refused_flag(args)
    if refused:
        return _fail(f"{refused} sert à « check » : « outline » n’applique aucune règle et ne sort en 1 sur "
                     "aucun constat. Ses limites (titre, description, sections) viennent du jeu de règles : "
                     "--rules, --config ou seo-audit.toml.")
    if args.output and args.emit:
        return _fail("--emit markdown écrit sur la sortie standard, ou avec --write ; -o sert au plan.")
    if (args.write or args.slug) and not args.emit:
        return _fail(f"{'--write' if args.write else '--slug'} s’utilise avec --emit markdown.")
    if args.write and STDIN in args.paths:
        return _fail("--write ne peut pas remplacer l’entrée standard ; redirigez la sortie.")
    config = resolve_config(args, args.paths)
    paths, warnings = discover(args.paths, config.exclude)
    if args.output and args.format == "html":
        # pages written by an earlier run into the output folder are not articles to outline
        out = os.path.abspath(args.output)
        paths = [p for p in paths if p == STDIN or not os.path.abspath(p).startswith(out + os.sep)]
    for warning in warnings:
        say(warning)
    batch = is_batch(args.paths, args.output if args.format == "html" else None, len(paths))
    if args.emit and batch and not args.write:
        return _fail("--emit markdown sur plusieurs fichiers : ajoutez --write (un fichier .md par article).")
    if args.format == "html" and batch and not args.output:
        return _fail("--format html sur plusieurs fichiers : indiquez un dossier avec -o DOSSIER "
                     "(une page par article et index.html).")
    articles, errors, originals = _read(paths, args.stdin_format, args.max_bytes)
    if args.emit:
        for article in [a for a in articles if a.format == "html"]:
            errors.append((article.path, f"{article.path} : --emit markdown lit du Markdown ou du texte, "
                                         "pas du HTML."))
        articles = [a for a in articles if a.format != "html"]
    for _, message in errors:
        say(message)
    results = []
    for annotated in annotate_many(articles):  # one model load, batched parses
        article = annotated.article
        # the rule set `check` judges this article by: the configuration's for its path, then
        # its profile (`cornerstone: true` asks for sections of 250 words)
        ruleset = ruleset_of(Options(ruleset_for=config.ruleset_for), article.path,
                             is_cornerstone(article.front_matter))
        limits = Limits.from_ruleset(ruleset)
        outline = propose(annotated, args.keyphrase, limits=limits)
        if outline.outlined_chars:
            read = f"{outline.outlined_chars:,}".replace(",", "\u202f")
            say(f"{article.path} : article très long ; le plan (blocs, sous-titres, titre et "
                 f"description) ne porte que sur ses {read} premiers caractères, la suite est laissée telle quelle.")
        results.append((article, outline))
    status = 2 if errors else 0

    if args.emit:
        from ..lang.fr.grammar import plural
        from ..outline.emit import emit_markdown

        for article, outline in results:
            if args.write and outline.words < MIN_WRITTEN_WORDS:
                say(f"{article.path} : {plural(outline.words, 'mot')}, trop court pour un article (au moins "
                    f"{MIN_WRITTEN_WORDS} mots) ; aucun fichier écrit.")
                continue
            text, _ = emit_markdown(article, outline, slug=args.slug)
            if not args.write:
                sys.stdout.write(text)
                continue
            target = target_path(article.path)
            data, snapshot = originals[article.path]
            from ..engine.files import encode_like, is_one_of

            if is_one_of(target, [article.path]):  # the article itself: as it was, or nothing
                failed = _write(target, encode_like(text, data), unchanged=snapshot,
                                inputs=[p for p in paths if p != article.path])
            else:  # FILE.md next to FILE.txt: never over a file seo-audit did not create
                failed = _write(target, encode_like(text, data), inputs=paths, create_only=not args.force,
                                like=article.path)
            if failed:
                status = failed
                continue
            inserted = plural(sum(1 for b in outline.blocks if b.insert), 'sous-titre inséré', 'sous-titres insérés')
            # a FILE.md made from a FILE.txt is a new file: say so, and from what
            done = "écrit" if is_one_of(target, [article.path]) else f"créé à partir de {article.path}"
            say(f"{target} {done} ({inserted}).", prefixed=False)
        return status
    if args.format == "html" and batch:
        from ..render.outline_html import write_batch

        try:
            write_batch(results, args.output, version, errors)
        except OSError as error:
            return _fail(f"{args.output} : écriture impossible ({os_problem(error)}).")
        return status
    text = _render(results, errors, args, version, batch, paths)
    if args.output:
        return _write(args.output, text, inputs=paths) or status
    sys.stdout.write(text)
    return status


def _in_order(paths: list[str], results: list, errors: list[tuple[str, str]]) -> list:
    """Outlines and (path, message) errors in the order the files were named or found, so
    that a batch's JSON lists an unreadable file in its place, not after the others."""
    from ..readers import STDIN

    rank = {path: i for i, path in enumerate(paths)}
    rank["<stdin>"] = rank.get(STDIN, len(paths))
    ranked = [(rank.get(article.path, len(paths)), outline) for article, outline in results]
    ranked += [(rank.get(path, len(paths)), (path, message)) for path, message in errors]
    return [entry for _, entry in sorted(ranked, key=lambda pair: pair[0])]


def _render(results: list, errors: list[tuple[str, str]], args: argparse.Namespace, version: str,
            batch: bool, paths: list[str]) -> str:
    if args.format == "json":
        from ..render import outline_json

        if batch or len(results) != 1:
            return outline_json.render_many(_in_order(paths, results, errors), version)
        return outline_json.render(results[0][1], version)
    if args.format == "html":
        from ..render import outline_html

        if not results:
            return ""
        article, outline = results[0]
        return outline_html.render(outline, article, version)
    from ..render import outline_terminal

    console = text_console(args)
    for _, outline in results:
        outline_terminal.render(outline, console)
    return console.file.getvalue()
