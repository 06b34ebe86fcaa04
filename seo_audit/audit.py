"""The pipeline: read → annotate → measure → evaluate rules → report, one file or a batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .article import AnnotatedArticle, Article
from .checks import Context, all_rules, run, stamp
from .engine.timelimit import FileTimeout, annotate_bounded, message as timeout_message, time_limit
from .errors import InputError
from .measures.keywords import suggest_keyphrase
from .measures.summary import summary
from .nlp import BATCH_SIZE, annotate_many
from .profiles import ruleset_of
from .readers import STDIN, read_data, read_path
from .readers.source import DEFAULT_MAX_BYTES
from .report import Finding, FileReport
from .ruleset import RuleSet, load_ruleset
from .site.summary import is_cornerstone, summarise, to_data
from .textview import text_view_of


@dataclass
class Options:
    ruleset: RuleSet = field(default_factory=load_ruleset)
    keyphrase: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = BATCH_SIZE
    #: The rule set for one file (project configuration with per-path overrides); when
    #: None, `ruleset` applies to every file.
    ruleset_for: Callable[[str], RuleSet] | None = None
    #: Seconds allowed to each step of one file in `audit_many` (read, parse, rules);
    #: None: no bound. See `engine/timelimit.py` for how and where it applies.
    timeout: float | None = None
    #: Keep the article's text in the report (`FileReport.text_view`, a `TextView`),
    #: for a renderer that draws over it (HTML); without it the view is not built, except
    #: for a cache entry, which serves every format (`engine.parallel.audit_paths`).
    keep_text: bool = True

    def ruleset_at(self, path: str) -> RuleSet:
        """The rule set for the file at `path`, before any profile (`profiles.ruleset_of`)."""
        return self.ruleset_for(path) if self.ruleset_for else self.ruleset


def evaluate(annotated: AnnotatedArticle, options: Options) -> FileReport:
    """Run every active rule on one annotated article."""
    article = annotated.article
    keyphrase = options.keyphrase or article.keyphrase
    ruleset = ruleset_of(options, article.path, is_cornerstone(article.front_matter))
    context = Context(annotated, keyphrase, ruleset.param("LNG001", "min_french_share"), ruleset=ruleset)
    settings = ruleset.active()
    directives = article.directives
    rules = {code: spec for code, spec in all_rules().items()
             if code in settings and spec.scope == "article" and not directives.disables(code)}
    params = {code: settings[code].params for code in rules}
    report = FileReport(path=article.path, metrics=summary(annotated, context.measure, ruleset), keyphrase=keyphrase,
                        title=article.title.text if article.title else None)
    report.text_view = text_view_of(article) if options.keep_text else None
    report.site = to_data(summarise(article))
    report.limits = {code: dict(values) for code, values in sorted(params.items()) if values}
    for code, problem, skipped in run(rules, context, params):
        if skipped:
            report.outcomes[code] = "skip"
            continue
        report.outcomes.setdefault(code, "pass")
        if problem is None:
            continue
        if directives.suppresses(code, problem.line):
            continue
        report.outcomes[code] = "fail"
        report.findings.append(stamp(problem, code, settings[code].severity))
    report.findings.sort(key=Finding.sort_key)
    if not keyphrase and context.is_french():
        # memoised: the KW rules already computed it with the same context. Not suggested
        # for a text that is not French (LNG001): the keywords are cleaned for French.
        suggestion = context.measure(suggest_keyphrase)
        report.keyphrase, report.keyphrase_suggested = suggestion.keyphrase, suggestion.keyphrase is not None
        report.keyphrase_alternatives = list(suggestion.alternatives)
        report.keywords = [{"rank": k.rank, "text": k.text, "score": k.score, "count": k.count}
                           for k in suggestion.keywords]
    return report


def check_directives(article: Article) -> Article:
    """Raise InputError when an inline directive names a code no rule has (a typo would
    otherwise silently disable nothing)."""
    if article.directives.mentioned:
        from .directives import unknown_codes

        unknown = unknown_codes(article.directives, set(all_rules()))
        if unknown:
            code, line = unknown[0]
            where = "front matter" if line == 1 and article.front_matter else f"ligne {line}"
            raise InputError(article.path, f"{where} : la directive seo-audit nomme un code inconnu "
                             f"« {code} » (voir « seo-audit rules »).")
    return article


def audit_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[FileReport]:
    options = options or Options()
    from .nlp.needs import excluded

    for annotated in annotate_many(articles, options.batch_size, excluded(options)):
        yield evaluate(annotated, options)


def audit_many(paths: Iterable[str | tuple[str, bytes]], options: Options | None = None) -> Iterator[FileReport]:
    """Reports in the order of `paths`, streamed; an unreadable file gives a report with
    `error` set and the batch goes on. An item may be a (path, bytes) pair: those bytes are
    audited, the file is not read again."""
    options = options or Options()
    from .nlp.needs import excluded

    iterator = iter(paths)
    while chunk := list(islice(iterator, options.batch_size)):
        read = [_read_bounded(path, options) for path in chunk]
        annotated = annotate_bounded([a for a in read if isinstance(a, Article)], options.timeout,
                                     options.batch_size, excluded(options))
        for item in read:
            if isinstance(item, Article):
                item = next(annotated)
            yield item if isinstance(item, FileReport) else _evaluate_bounded(item, options)


def _read_bounded(source: str | tuple, options: Options) -> Article | FileReport:
    """`source` is a path, or a path with the bytes already read from it (engine/parallel.py),
    and optionally their format (standard input: its bytes may be one over the limit, an
    input error like a file's)."""
    path = source if isinstance(source, str) else source[0]
    try:
        with time_limit(options.timeout):
            if isinstance(source, tuple):
                return check_directives(read_data(*source, max_bytes=options.max_bytes))
            return check_directives(read_path(path, options.max_bytes))
    except InputError as error:
        return FileReport(path=path, error=str(error))
    except FileTimeout as timeout:
        return FileReport(path=path, error=f"{path} : {timeout_message(timeout.seconds, 'lire le fichier')}")
    except Exception as error:  # a reader's bug must not stop the batch: one sentence, exit 2
        return FileReport(path=path, error=_internal(path, error))


def _internal(path: str, error: Exception) -> str:
    return (f"{path} : erreur interne de seo-audit sur ce fichier ({type(error).__name__}) ; "
            "le fichier est ignoré, le lot continue (signalez-la, avec le fichier si possible).")


def _evaluate_bounded(annotated: AnnotatedArticle, options: Options) -> FileReport:
    try:
        with time_limit(options.timeout):
            return evaluate(annotated, options)
    except FileTimeout as timeout:
        path = annotated.article.path
        return FileReport(path=path, error=f"{path} : {timeout_message(timeout.seconds, 'appliquer les règles')}")
    except Exception as error:  # a measure's bug must not stop the batch: one sentence, exit 2
        return FileReport(path=annotated.article.path, error=_internal(annotated.article.path, error))


def audit(source: str | Article, ruleset: str | RuleSet = "default", keyphrase: str | None = None) -> FileReport:
    """Audit one file (path) or one `Article`; raises `InputError` for unreadable input."""
    rules = ruleset if isinstance(ruleset, RuleSet) else load_ruleset(ruleset)
    options = Options(ruleset=rules, keyphrase=keyphrase)
    article = source if isinstance(source, Article) else check_directives(read_path(source, options.max_bytes))
    return next(audit_articles([article], options))


__all__ = ["Options", "audit", "audit_many", "audit_articles", "evaluate", "STDIN"]
