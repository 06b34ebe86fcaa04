"""Command line: argument parsing and exit codes; the work happens elsewhere."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from . import __version__
from .commands import COLOR_CHOICES, COLOR_HELP, EXIT_ERROR, EXIT_OK, resolve_config, say

FORMATS = ("rich", "json", "sarif", "github", "junit", "html")

DESCRIPTION = """\
Audit SEO et lisibilité d’articles en français (Markdown avec front matter, HTML, texte).
Propose une structure tirée des mots de l’article ; ne réécrit jamais ses phrases."""

CHECK_EPILOG = """\
codes de sortie :
  0  aucun constat au niveau de --fail-on ou au-dessus
  1  au moins un constat à ce niveau (utile en CI)
  2  erreur d’utilisation ou fichier illisible (message sur la sortie d’erreur)

configuration :
  seo-audit.toml (ou [tool.seo-audit] dans pyproject.toml), cherché en remontant depuis
  les chemins audités ; les options de la ligne de commande l’emportent sur le fichier.
  « seo-audit config » affiche la configuration en vigueur.

exemples :
  seo-audit check article.md
  seo-audit check content/ --exclude brouillons --format sarif -o seo.sarif
  seo-audit check 'content/**/*.md' --format github
  seo-audit check a.md b.txt c.html --format json
  seo-audit check content/ --select LEN,STR --ignore STR005 --quiet
  cat brouillon.txt | seo-audit check -
  seo-audit check article.md --rules mon-jeu.toml --fail-on warning"""


def _add_config_options(parser: argparse.ArgumentParser, selection: bool = True) -> None:
    """The configuration options; `selection` adds --select, --ignore and --fail-on, which
    choose rules and the exit code (`outline` runs no rule: it does not take them)."""
    group = parser.add_argument_group("configuration (l’emporte sur seo-audit.toml)")
    group.add_argument("--config", metavar="FICHIER",
                       help="fichier de configuration (défaut : seo-audit.toml ou pyproject.toml "
                            "trouvé en remontant depuis les chemins audités)")
    group.add_argument("--no-config", action="store_true",
                       help="ignorer tout fichier de configuration")
    group.add_argument("--rules", default=None, metavar="JEU",
                       help="jeu de règles : nom d’un jeu fourni (default) ou chemin d’un fichier TOML")
    if selection:
        group.add_argument("--select", action="append", metavar="CODES",
                           help="codes ou familles à vérifier, séparés par des virgules (KW,RDB003) ; "
                                "remplace select et ignore du fichier")
        group.add_argument("--ignore", action="append", metavar="CODES",
                           help="codes ou familles à ne pas vérifier (s’ajoute à ignore du fichier)")
        group.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                           help="niveau de constat qui donne le code de sortie 1 (défaut : error)")
    group.add_argument("--exclude", action="append", metavar="MOTIF", default=[],
                       help="motif de fichiers ou dossiers à exclure, à la .gitignore (répétable)")


def _shard(text: str) -> tuple[int, int]:
    from .engine.parallel import parse_shard

    try:
        return parse_shard(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(f"attendu un nombre de secondes entre 0 et {MAX_SECONDS} "
                                         f"(reçu « {text} »).")
    return value


#: Beyond these, a value is a typo (and overflows the system calls it goes to).
MAX_SECONDS = 1_000_000
MAX_BYTES_LIMIT = 10**12


def _byte_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_BYTES_LIMIT:
        raise argparse.ArgumentTypeError(f"attendu un nombre d’octets entre 1 et {MAX_BYTES_LIMIT} "
                                         f"(reçu « {text} »).")
    return value


def _add_max_bytes(parser: argparse.ArgumentParser) -> None:
    """--max-bytes, which every size refusal names (`readers.read_bytes`)."""
    from .readers.source import DEFAULT_MAX_BYTES
    from .render.figures import number

    default = number(DEFAULT_MAX_BYTES)  # its narrow no-break space is never cut at a line's end
    parser.add_argument("--max-bytes", type=_byte_count, default=None, metavar="N",
                        help=f"taille maximale d’un article en octets (défaut : {default})")


def _add_scale_options(parser: argparse.ArgumentParser) -> None:
    from .engine.timelimit import DEFAULT_TIMEOUT

    group = parser.add_argument_group("lots de fichiers")
    group.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="processus en parallèle (défaut : nombre de cœurs ; 1 = dans ce processus)")
    group.add_argument("--cache-dir", default=None, metavar="DOSSIER",
                       help="dossier du cache des résultats (défaut : ~/.cache/seo-audit, hors du "
                            "dépôt ; les entrées sont signées par une clé propre à l’utilisateur)")
    group.add_argument("--no-cache", action="store_true",
                       help="ne pas lire ni écrire le cache des résultats")
    group.add_argument("--timeout-per-file", type=_seconds, default=None, metavar="SECONDES",
                       help="temps de calcul (CPU, pas l’horloge) maximal pour chaque étape d’un fichier "
                            "(lecture, analyse, règles) ; au-delà, le fichier est signalé comme "
                            "illisible et le lot continue "
                            f"(défaut : {DEFAULT_TIMEOUT:g} ; 0 = sans limite)")
    group.add_argument("--shard", type=_shard, default=None, metavar="K/N",
                       help="n’auditer que la part K sur N des fichiers (répartie par hachage du "
                            "chemin), pour une matrice de CI")


#: argparse's error messages, in French (the rest of the sentence is kept as it is).
_ERRORS_FR = (
    ("the following arguments are required: ", "arguments obligatoires manquants : "),
    ("unrecognized arguments: ", "arguments inconnus : "),
    ("invalid choice: ", "choix invalide : "),
    ("(choose from ", "(choix possibles : "),
    ("invalid int value: ", "nombre entier attendu, pas "),
    ("invalid float value: ", "nombre attendu, pas "),
    ("expected one argument", "une valeur est attendue"),
    ("not allowed with argument ", "incompatible avec "),
    ("ambiguous option: ", "option ambiguë : "),
    ("argument ", "option "),
)


class _FrenchParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        for english, french in _ERRORS_FR:
            message = message.replace(english, french)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def _in_french(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """argparse's own words (section titles, -h, --version) in French, like the rest."""
    parser._positionals.title = "arguments"
    parser._optionals.title = "options"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "afficher cette aide et quitter"
        elif isinstance(action, argparse._VersionAction):
            action.help = "afficher la version et quitter"
        elif isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _in_french(sub)
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = _FrenchParser(prog="seo-audit", description=DESCRIPTION,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"seo-audit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_FrenchParser)

    check = commands.add_parser("check", help="auditer des articles", description=DESCRIPTION,
                                epilog=CHECK_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("paths", nargs="+", metavar="CHEMIN",
                       help="articles .md, .markdown, .html, .htm ou .txt, dossiers (parcourus "
                            "récursivement) ou motifs glob ; « - » pour l’entrée standard")
    check.add_argument("--format", "-f", choices=FORMATS, default="rich",
                       help="format du rapport : rich (terminal), json, sarif (GitHub code scanning), "
                            "github (annotations de workflow), junit, html (page annotée autonome) "
                            "(défaut : rich)")
    check.add_argument("--quiet", "-q", action="store_true",
                       help="seulement les constats, une ligne chacun, et une ligne de bilan")
    check.add_argument("--verbose", "-v", action="store_true",
                       help="toutes les occurrences de chaque constat, citations entières (terminal)")
    check.add_argument("--color", choices=COLOR_CHOICES, default="auto", help=COLOR_HELP)
    check.add_argument("--output", "-o", metavar="FICHIER",
                       help="écrire le rapport dans ce fichier (écriture atomique) plutôt qu’à l’écran ; "
                            "avec --format html et plusieurs articles, un dossier (une page par "
                            "article et index.html)")
    check.add_argument("--keyphrase", "-k", metavar="EXPRESSION",
                       help="expression clé visée (sinon celle du front matter)")
    check.add_argument("--stdin-format", choices=("markdown", "html", "text"),
                       help="format de l’entrée standard (défaut : deviné)")
    _add_max_bytes(check)

    _add_config_options(check)
    _add_scale_options(check)

    config = commands.add_parser(
        "config", help="afficher la configuration en vigueur",
        description="Affiche la configuration résolue (fichier trouvé, jeu de règles, sélection, "
                    "paramètres de chaque règle), au format TOML.")
    config.add_argument("path", nargs="?", default=".", metavar="CHEMIN",
                        help="dossier d’où chercher la configuration, ou article dont afficher "
                             "les règles en vigueur (défaut : dossier courant)")
    _add_config_options(config)

    commands.add_parser("rules", help="lister les règles", description="Liste toutes les règles.")
    show = commands.add_parser("rule", help="documentation d’une règle",
                               description="Affiche la documentation complète d’une règle.")
    show.add_argument("code", metavar="CODE", help="code de la règle, par exemple LEN001")

    from .commands.outline import EPILOG as OUTLINE_EPILOG, add_arguments as outline_arguments

    outline = commands.add_parser("outline", help="proposer blocs, sous-titres, titre et description",
                                  description="Propose une structure tirée des mots de l’article : blocs "
                                              "thématiques, sous-titres, titre SEO et meta description.",
                                  epilog=OUTLINE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    outline_arguments(outline)
    _add_max_bytes(outline)
    _add_config_options(outline, selection=False)
    commands.add_parser("lsp", help="serveur de langage pour les éditeurs (VS Code, Neovim, Helix, Zed…)",
                        description="Serveur LSP sur l’entrée et la sortie standard : constats en direct "
                                    "et correctifs rapides dans l’éditeur (voir docs/editeurs.md).")
    return _in_french(parser)


def _config(args: argparse.Namespace) -> int:
    from .config import describe

    path = args.path
    config = resolve_config(args, [path])
    is_file = os.path.isfile(path)
    sys.stdout.write(describe(config, path if is_file else None))
    return EXIT_OK


def _rules() -> int:
    from .checks import all_rules
    from .ruleset import load_ruleset

    from .ruledoc import _shown

    labels = {"error": "erreur", "warning": "avert.", "info": "info", "off": "désact."}
    settings = load_ruleset("default").settings
    rules = all_rules()
    width = max(len(spec.name) for spec in rules.values())
    print(f"{'code':<8}{'sévérité':<9}{'nom':<{width + 2}}ce que la règle vérifie (valeurs par défaut)")
    for code, spec in rules.items():
        severity = settings[code].severity if code in settings else "off"
        print(f"{code:<8}{labels.get(severity, severity):<9}{spec.name:<{width + 2}}"
              f"{spec.summary_with(settings[code].params if code in settings else spec.defaults, _shown)}")
    print("\nDétail d’une règle : seo-audit rule CODE")
    return EXIT_OK


def _rule(code: str) -> int:
    from .checks import all_rules
    from .config import find_config, load_config
    from .errors import ConfigError
    from .ruledoc import rule_page

    rules = all_rules()
    code = code.upper()
    if code not in rules:
        say(f"règle inconnue « {code} » ; « seo-audit rules » les liste toutes.")
        return EXIT_ERROR
    found = find_config(os.getcwd())
    try:
        in_force = load_config(found).ruleset_for("-") if found else None
    except ConfigError:
        in_force = None  # `seo-audit check` reports the mistake; the documentation still shows
    sys.stdout.write(rule_page(code, in_force))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    from .errors import ConfigError
    from .nlp import ModelMissing

    parser = _parser()
    args = parser.parse_args(argv)
    previous = _on_sigterm()
    try:
        if args.command == "check":
            from .commands.check import run as check

            return check(args, __version__)
        if args.command == "config":
            return _config(args)
        if args.command == "rules":
            return _rules()
        if args.command == "outline":
            from .commands.outline import run as outline

            return outline(args, __version__)
        if args.command == "rule":
            return _rule(args.code)
        if args.command == "lsp":
            from .lsp.server import main as serve

            return serve()
        parser.print_help()
        return EXIT_ERROR
    except (ConfigError, ModelMissing) as error:
        say(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("interrompu.")
        return 130
    except Terminated:
        say("interrompu (SIGTERM) ; aucun fichier à moitié écrit.")
        return 143
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class Terminated(BaseException):
    """SIGTERM, handled like Ctrl-C: the stack unwinds, so temporary files are removed."""


def _on_sigterm():
    """Turn SIGTERM into `Terminated` (main thread only); returns the previous handler."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum, frame):  # noqa: ARG001
        raise Terminated()

    return signal.signal(signal.SIGTERM, terminate)
