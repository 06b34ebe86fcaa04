"""The use cases behind the command line, one module each (`check`, `outline`): `cli.py`
parses the arguments and hands them here; what a command does, and its exit code, live
here."""

from __future__ import annotations

import argparse
import os
import sys

#: The exit codes every command shares (`seo-audit check --help` states them).
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def say(message: str, prefixed: bool = True) -> None:
    """One line on stderr, after « seo-audit : » unless `prefixed` is false; a file name or
    article text in it is shown, never run (its newlines too: no forged second line)."""
    from ..render.safe import visible

    print(f"seo-audit : {visible(message, one_line=True)}" if prefixed else visible(message, one_line=True),
          file=sys.stderr)


def resolve_config(args: argparse.Namespace, paths: list[str]):
    """The project configuration for `paths`, with the command line's options over it
    (`outline` has no --select, --ignore or --fail-on: it runs no rule)."""
    from ..config import resolve, split_codes

    return resolve(paths, config_path=args.config, no_config=args.no_config, ruleset=args.rules,
                   select=split_codes(getattr(args, "select", None)),
                   ignore=split_codes(getattr(args, "ignore", None)),
                   fail_on=getattr(args, "fail_on", None), exclude=args.exclude)


#: The --color option, the same for every command that draws on a terminal.
COLOR_CHOICES = ("auto", "always", "never")
COLOR_HELP = "couleurs du terminal (auto : seulement sur un terminal et sans NO_COLOR)"


def wants_colour(args: argparse.Namespace) -> bool:
    """Colour only on a terminal, unless NO_COLOR is set; --color always/never decide."""
    if args.color != "auto":
        return args.color == "always"
    if args.output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def text_console(args: argparse.Namespace):
    """A rich Console drawing into a buffer, the same for every command that prints a report:
    colour as `wants_colour` decides, the terminal's width on a terminal, else 100 columns
    so that a report written to a file or a pipe reads the same on every machine."""
    import io

    from rich.console import Console

    colour = wants_colour(args)
    tty = sys.stdout.isatty() and not args.output
    return Console(file=io.StringIO(), force_terminal=colour, no_color=not colour,
                   color_system="auto" if colour else None, width=None if tty else 100)
