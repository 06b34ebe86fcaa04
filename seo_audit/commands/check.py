"""`seo-audit check`: audit articles, render the report, decide the exit code.

`cli.py` parses the arguments and calls `run`. Every input, files and standard input
alike, takes one road, `engine.parallel.audit_paths`: the cache, the workers and the time
bound per file apply to all of them (standard input is read here, at most one byte over
--max-bytes, and audited as bytes in memory). Reports come back in the order of the
paths; the article's text is kept in them only for the HTML page, which draws over it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from ..errors import os_problem
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, resolve_config, say, text_console


class Refused(Exception):
    """The run cannot go on or cannot deliver (a usage error, a write refused); `str()` is
    the sentence for stderr, and the exit code is 2."""


@dataclass(frozen=True)
class Outcome:
    """What the exit code depends on."""

    reports: list
    fail_on: str
    #: Some folders could not be listed: their articles were not audited.
    unlisted: bool = False


def run(args: argparse.Namespace, version: str) -> int:
    try:
        outcome = check(args, version)
    except Refused as refusal:
        say(str(refusal))
        return EXIT_ERROR
    return exit_code(outcome)


def exit_code(outcome: Outcome) -> int:
    """2 when an input was not audited, 1 when a finding reaches --fail-on, else 0."""
    from ..report import severity_rank

    if outcome.unlisted or any(r.error for r in outcome.reports):
        return EXIT_ERROR
    if outcome.fail_on != "never":
        limit = severity_rank(outcome.fail_on)
        if any(severity_rank(f.severity) >= limit for r in outcome.reports for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def options_of(args: argparse.Namespace, config):
    """The audit's options, from the command line and the resolved configuration."""
    from ..audit import Options
    from ..engine.timelimit import DEFAULT_TIMEOUT
    from ..readers import STDIN
    from ..readers.source import DEFAULT_MAX_BYTES

    timeout = DEFAULT_TIMEOUT if args.timeout_per_file is None else args.timeout_per_file
    return Options(ruleset=config.ruleset_for(STDIN), keyphrase=args.keyphrase, ruleset_for=config.ruleset_for,
                   max_bytes=DEFAULT_MAX_BYTES if args.max_bytes is None else args.max_bytes,
                   timeout=timeout or None, keep_text=args.format == "html")


def check(args: argparse.Namespace, version: str) -> Outcome:
    from ..engine.files import is_one_of
    from ..engine.paths import UNLISTED, discover
    from ..readers import STDIN

    config = resolve_config(args, args.paths)
    paths, warnings = discover(args.paths, config.exclude)
    site_paths = [p for p in paths if p != STDIN]  # the whole site, whatever the shard
    if args.output and is_one_of(args.output, site_paths):  # before the work, not after
        raise Refused(f"{args.output} : c’est un des fichiers audités ; choisissez un autre fichier de sortie "
                      "(rien n’a été écrit).")
    if args.shard:
        from ..engine.parallel import select_shard

        paths = select_shard(paths, *args.shard)
    html_batch = args.format == "html" and _html_batch(args, paths)
    if html_batch and not args.output:
        raise Refused("--format html sur plusieurs fichiers : indiquez un dossier avec -o DOSSIER "
                      "(une page par article et index.html).")
    unlisted = [w for w in warnings if UNLISTED in w]  # articles not audited: an input error
    for warning in warnings:
        if not args.quiet or warning in unlisted:
            say(warning)
    options = options_of(args, config)
    reports = _audit(paths, options, args)
    site_view = _site_pass(reports, site_paths, options, args)
    for report in reports:
        if report.error:
            say(report.error)
    _deliver(reports, args, config, version, paths, html_batch, site_view)
    return Outcome(reports, config.fail_on, bool(unlisted))


def _audit(paths: list[str], options, args: argparse.Namespace) -> list:
    """The reports, in the order of `paths`: cache, workers and progress bar
    (engine/parallel.py); standard input is read now, as bytes in memory."""
    from ..engine.cache import ResultCache
    from ..engine.parallel import audit_paths, default_jobs
    from ..engine.progress import progress_bar, wanted
    from ..readers import STDIN, read_limited

    sources = [("<stdin>", read_limited(sys.stdin.buffer, options.max_bytes), args.stdin_format)
               if path == STDIN else path for path in paths]
    cache = None if args.no_cache else ResultCache(args.cache_dir)
    jobs = args.jobs if args.jobs and args.jobs > 0 else default_jobs()
    with progress_bar(len(sources), wanted(len(sources), args.quiet)) as advance:
        return list(audit_paths(sources, options, jobs=jobs, cache=cache, progress=advance))


def _site_pass(reports: list, site_paths: list[str], options, args: argparse.Namespace):
    """The SITE rules and LNK005 across the batch (seo_audit/site), on every shard's files;
    returns the site view for the HTML index."""
    from ..engine.cache import ResultCache
    from ..site import site_pass

    return site_pass(reports, site_paths, options, None if args.no_cache else ResultCache(args.cache_dir),
                     view=args.format == "html")


def _html_batch(args: argparse.Namespace, paths: list[str]) -> bool:
    from ..render.html import is_batch

    return is_batch(args.paths, args.output, len(paths))


def _deliver(reports: list, args: argparse.Namespace, config, version: str, inputs: list[str],
             html_batch: bool, site_view) -> None:
    """The report on stdout, in a file (-o) or, for an HTML batch, as a folder of pages
    (with the site view on the index); never over one of the `inputs`."""
    from ..engine.files import WriteRefused, write_atomic

    text = "" if html_batch else render(reports, args, config, version)
    try:
        if html_batch:
            from ..render.html import write_batch

            write_batch(reports, args.output, config.ruleset_for, version, site=site_view, inputs=inputs)
        elif args.output:
            write_atomic(args.output, text, inputs=inputs)
        else:
            sys.stdout.write(text)
    except WriteRefused as refusal:
        raise Refused(f"{args.output} : {refusal}") from None
    except OSError as error:  # not BrokenPipeError: main() handles a closed pipe
        if isinstance(error, BrokenPipeError):
            raise
        raise Refused(f"{args.output} : écriture impossible "
                      f"({os_problem(error)}) ; le fichier existant, s’il y en a un, est intact.") from None


def render(reports: list, args: argparse.Namespace, config, version: str) -> str:
    """The report of one run as text, in the format asked for."""
    ruleset = config.ruleset_for("-")
    if args.format == "html":
        from ..render import html as html_render

        return html_render.render(reports, config.ruleset_for(reports[0].path) if reports else ruleset, version)
    if args.format == "json":
        from ..render import json as json_render

        return json_render.render(reports, ruleset, version)
    if args.format == "sarif":
        from ..render import sarif

        return sarif.render(reports, ruleset, version)
    if args.format == "github":
        from ..render import github

        return github.render(reports)
    if args.format == "junit":
        from ..render import junit

        return junit.render(reports, config.fail_on)
    console = text_console(args)
    if args.quiet:
        from ..render import concise

        concise.render(reports, console)
    else:
        from ..render import terminal

        terminal.render(reports, console, verbose=args.verbose)
    return console.file.getvalue()
