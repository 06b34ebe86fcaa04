"""The pipeline: read → annotate → measure → evaluate rules → report, one file or a batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .article import AnnotatedArticle, Article
from .checks import Context, all_rules, run
from .errors import InputError
from .measures.summary import summary
from .nlp import BATCH_SIZE, annotate_many
from .readers import STDIN, read_path
from .readers.source import DEFAULT_MAX_BYTES
from .report import Finding, FileReport
from .ruleset import RuleSet, load_ruleset


@dataclass
class Options:
    ruleset: RuleSet = field(default_factory=load_ruleset)
    keyphrase: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = BATCH_SIZE


def evaluate(annotated: AnnotatedArticle, options: Options) -> FileReport:
    """Run every active rule on one annotated article."""
    article = annotated.article
    keyphrase = options.keyphrase or article.keyphrase
    context = Context(annotated, keyphrase)
    settings = options.ruleset.active()
    rules = {code: spec for code, spec in all_rules().items() if code in settings}
    params = {code: settings[code].params for code in rules}
    report = FileReport(path=article.path, metrics=summary(annotated), keyphrase=keyphrase,
                        title=article.title.text if article.title else None)
    for code, problem, skipped in run(rules, context, params):
        if skipped:
            report.outcomes[code] = "skip"
            continue
        report.outcomes.setdefault(code, "pass")
        if problem is None:
            continue
        report.outcomes[code] = "fail"
        where = problem.location
        report.findings.append(Finding(
            code=code, severity=settings[code].severity, message=problem.message,
            advice=problem.advice,
            line=where.line if where else None, column=where.column if where else None,
            end_line=where.end_line if where else None, end_column=where.end_column if where else None,
            excerpt=problem.excerpt, value=problem.value, threshold=problem.threshold,
        ))
    report.findings.sort(key=Finding.sort_key)
    return report


def audit_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[FileReport]:
    options = options or Options()
    for annotated in annotate_many(articles, options.batch_size):
        yield evaluate(annotated, options)


def audit_many(paths: Iterable[str], options: Options | None = None) -> Iterator[FileReport]:
    """Reports in the order of `paths`, streamed; an unreadable file gives a report with
    `error` set and the batch goes on."""
    options = options or Options()
    iterator = iter(paths)
    while chunk := list(islice(iterator, options.batch_size)):
        read: list[Article | FileReport] = []
        for path in chunk:
            try:
                read.append(read_path(path, options.max_bytes))
            except InputError as error:
                read.append(FileReport(path=path, error=str(error)))
        annotated = iter(audit_articles([a for a in read if isinstance(a, Article)], options))
        for item in read:
            yield item if isinstance(item, FileReport) else next(annotated)


def audit(source: str | Article, ruleset: str | RuleSet = "default", keyphrase: str | None = None) -> FileReport:
    """Audit one file (path) or one `Article`; raises `InputError` for unreadable input."""
    rules = ruleset if isinstance(ruleset, RuleSet) else load_ruleset(ruleset)
    options = Options(ruleset=rules, keyphrase=keyphrase)
    article = source if isinstance(source, Article) else read_path(source, options.max_bytes)
    return next(audit_articles([article], options))


__all__ = ["Options", "audit", "audit_many", "audit_articles", "evaluate", "STDIN"]
