"""Command line: argument parsing and exit codes; the work happens elsewhere."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("rich", "json")

DESCRIPTION = """\
Audit SEO et lisibilité d’articles en français (Markdown avec front matter, HTML, texte).
Propose une structure tirée des mots de l’article ; ne réécrit jamais ses phrases."""

CHECK_EPILOG = """\
codes de sortie :
  0  aucun constat au niveau de --fail-on ou au-dessus
  1  au moins un constat à ce niveau (utile en CI)
  2  erreur d’utilisation ou fichier illisible (message sur la sortie d’erreur)

exemples :
  seo-audit check article.md
  seo-audit check a.md b.txt c.html --format json
  cat brouillon.txt | seo-audit check -
  seo-audit check article.md --rules mon-jeu.toml --fail-on warning"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="seo-audit", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"seo-audit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    check = commands.add_parser("check", help="auditer des articles", description=DESCRIPTION,
                                epilog=CHECK_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("paths", nargs="+", metavar="FICHIER",
                       help="articles .md, .markdown, .html, .htm ou .txt ; « - » pour l’entrée standard")
    check.add_argument("--format", "-f", choices=FORMATS, default="rich",
                       help="format du rapport (défaut : rich, pour le terminal)")
    check.add_argument("--output", "-o", metavar="FICHIER",
                       help="écrire le rapport dans ce fichier (écriture atomique) plutôt qu’à l’écran")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error",
                       help="niveau de constat qui donne le code de sortie 1 (défaut : error)")
    check.add_argument("--rules", default="default", metavar="JEU",
                       help="jeu de règles : nom d’un jeu fourni (default) ou chemin d’un fichier TOML")
    check.add_argument("--keyphrase", "-k", metavar="EXPRESSION",
                       help="expression clé visée (sinon celle du front matter)")
    check.add_argument("--stdin-format", choices=("markdown", "html", "text"),
                       help="format de l’entrée standard (défaut : deviné)")
    check.add_argument("--max-bytes", type=int, default=None, metavar="N",
                       help="taille maximale d’un article en octets (défaut : 5 000 000)")

    commands.add_parser("rules", help="lister les règles", description="Liste toutes les règles.")
    show = commands.add_parser("rule", help="documentation d’une règle",
                               description="Affiche la documentation complète d’une règle.")
    show.add_argument("code", metavar="CODE", help="code de la règle, par exemple LEN001")
    return parser


def _error(message: str) -> None:
    print(f"seo-audit : {message}", file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    from .audit import Options, audit_articles, audit_many
    from .errors import InputError
    from .readers import STDIN, read_stdin_bytes
    from .report import FileReport, severity_rank
    from .ruleset import load_ruleset

    ruleset = load_ruleset(args.rules)
    options = Options(ruleset=ruleset, keyphrase=args.keyphrase)
    if args.max_bytes is not None:
        options.max_bytes = args.max_bytes
    reports: list[FileReport] = []
    files = [p for p in args.paths if p != STDIN]
    for path in args.paths:
        if path == STDIN:
            try:
                article = read_stdin_bytes(sys.stdin.buffer.read(), args.stdin_format)
                reports.extend(audit_articles([article], options))
            except InputError as error:
                reports.append(FileReport(path="<stdin>", error=str(error)))
    reports = list(audit_many(files, options)) + reports if files else reports
    order = {path: i for i, path in enumerate(args.paths)}
    reports.sort(key=lambda r: order.get(r.path if r.path != "<stdin>" else STDIN, 0))
    for report in reports:
        if report.error:
            _error(report.error)
    text = _render(reports, args, ruleset)
    if args.output:
        from .files import write_atomic

        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if any(r.error for r in reports):
        return EXIT_ERROR
    if args.fail_on != "never":
        limit = severity_rank(args.fail_on)
        if any(severity_rank(f.severity) >= limit for r in reports for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _render(reports, args: argparse.Namespace, ruleset) -> str:
    if args.format == "json":
        from .render import json as json_render

        return json_render.render(reports, ruleset, __version__)
    from rich.console import Console

    from .render import terminal

    if args.output:
        buffer = io.StringIO()
        terminal.render(reports, Console(file=buffer, no_color=True, width=100))
        return buffer.getvalue()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=sys.stdout.isatty(),
                      width=None if sys.stdout.isatty() else 100)
    terminal.render(reports, console)
    return buffer.getvalue()


def _rules() -> int:
    from .checks import all_rules
    from .ruleset import load_ruleset

    settings = load_ruleset("default").settings
    for code, spec in all_rules().items():
        print(f"{code}  {settings[code].severity:<8} {spec.name:<28} {spec.summary}")
    return EXIT_OK


def _rule(code: str) -> int:
    from .checks import all_rules
    from .ruleset import load_ruleset

    rules = all_rules()
    code = code.upper()
    if code not in rules:
        _error(f"règle inconnue « {code} » ; « seo-audit rules » les liste toutes.")
        return EXIT_ERROR
    spec = rules[code]
    setting = load_ruleset("default").settings[code]
    print(f"{code} — {spec.name}\n\n{spec.summary}\n\n{spec.doc}\n")
    print(f"Sévérité par défaut : {setting.severity}")
    for key, value in setting.params.items():
        print(f"Paramètre {key} = {value!r} ({spec.params[key].__name__})")
    print(f"\nConfiguration (seo-audit.toml ou jeu de règles) :\n  [rules.{code}]\n  severity = \"{setting.severity}\"")
    for key, value in setting.params.items():
        print(f"  {key} = {value!r}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    from .errors import ConfigError
    from .nlp import ModelMissing

    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules()
        if args.command == "rule":
            return _rule(args.code)
        parser.print_help()
        return EXIT_ERROR
    except (ConfigError, ModelMissing) as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrompu.")
        return 130
    except BrokenPipeError:
        return EXIT_OK
