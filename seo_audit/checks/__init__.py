"""The rule registry: each check is a small function registered under a stable code.

A check receives the audit context (the annotated article and memoised measurements)
and its parameters (an instance of the rule's `Params` dataclass, see `params.py`), and
yields findings made with `Problem(...)`; the engine stamps each with the rule's code and
the severity the rule set gives. Adding a rule touches three places: its function and parameters here in
`checks/`, its entry in `rules/default.toml` (generated: `python -m
seo_audit.checks.defaults`), and its test. See « Ajouter une règle » in the README.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..article import AnnotatedArticle, Block, Location, Sentence
from ..report import Finding, Severity, Value, family_of, severity_rank
from .params import Params, ParamSpec, param  # noqa: F401 (param: for the rule modules)
from ..lang.fr.grammar import plural  # noqa: F401  (re-exported for the rules)

T = TypeVar("T")



class NotApplicable(Exception):
    """Raised by a check that has nothing to judge (e.g. no title: TTL001 already says so)."""


#: Findings whose check set their severity itself (`Problem(..., severity=)`), by id
#: (a finding may hold unhashable values), each entry dropped with its finding.
_OWN_SEVERITY: dict[int, "weakref.ref[Finding]"] = {}


def Problem(message: str, advice: str, location: Location | None = None, excerpt: str | None = None,
            value: Value = None, threshold: Value = None,
            highlight: tuple[int, int] | None = None, severity: Severity | None = None) -> Finding:
    """What a check yields: a `Finding` at `location`, without code nor severity yet (the
    engine stamps them, `stamp`). `highlight` is the (start, end) of the characters at
    fault inside `excerpt`. `severity` lowers the rule set's for this finding only (the
    keyphrase rules on a suggested keyphrase report as `info`)."""
    where = location
    finding = Finding("", severity or "info", message, advice,
                      where.line if where else None, where.column if where else None,
                      where.end_line if where else None, where.end_column if where else None,
                      excerpt, value, threshold, highlight)
    if severity is not None:
        key = id(finding)
        _OWN_SEVERITY[key] = weakref.ref(finding, lambda _, key=key: _OWN_SEVERITY.pop(key, None))
    return finding


def stamp(finding: Finding, code: str, severity: Severity) -> Finding:
    """The finding as reported: with its rule's code and the severity in force (its own,
    if its check lowered it)."""
    own = _OWN_SEVERITY.get(id(finding))
    if own is not None and own() is finding and severity_rank(finding.severity) < severity_rank(severity):
        severity = finding.severity
    return replace(finding, code=code, severity=severity)


#: Default severities a rule may declare (a rule set may also say "off").
SEVERITIES = ("error", "warning", "info", "off")


@dataclass(frozen=True)
class Rule:
    """Everything about a rule, declared once by `@rule`: the rule set only overrides."""

    code: str
    name: str
    #: The one-line summary, with `{parameter}` where a parameter's value belongs.
    template: str
    parameters: type[Params]
    check: Callable[["Context", Any], Iterable[Finding]]
    #: The severity in `rules/default.toml`, and why (in French, like every text below).
    severity: str
    severity_source: str = ""
    #: A short article (Markdown) that triggers the rule, shown by `seo-audit rule CODE`.
    example: str | None = None
    #: "article": the check sees one annotated article (`Context`); "site": it runs in the
    #: site pass over every article's summary (`seo_audit.site.SiteContext`), after the
    #: per-article audit, so that the cache and `--shard` never change what it finds.
    scope: str = "article"
    #: What the rule checks and why, as `seo-audit rule CODE` says it to users; the
    #: check's docstring says it to developers (and SARIF's rule metadata).
    what: str = ""
    why: str = ""

    @property
    def family(self) -> str:
        return family_of(self.code)

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.check) or self.summary

    @property
    def specs(self) -> dict[str, ParamSpec]:
        return self.parameters.specs()

    @property
    def params(self) -> dict[str, type]:
        """`{name: type}` of the parameters."""
        return {name: spec.type for name, spec in self.specs.items()}

    @property
    def defaults(self) -> dict[str, Any]:
        return {name: spec.default for name, spec in self.specs.items()}

    @property
    def summary(self) -> str:
        """The summary naming its parameters (« … dépasse max_words mots »)."""
        return self.template.format(**{name: name for name in self.specs})

    def summary_with(self, values: Mapping[str, Any], show: Callable[[Any], str] = str) -> str:
        """The summary with the parameters' values (« … dépasse 300 mots »), a share as the
        percentage a reader reads (min_share 0.3 → « 30 % », never « 0,3 »)."""
        shown = {}
        for name, spec in self.specs.items():
            value = values.get(name, spec.default)
            shown[name] = f"{show(round(value * 100, 4))} %" if spec.is_share else show(value)
        return self.template.format(**shown)

    def bind(self, values: Mapping[str, Any] | Params) -> Params:
        """The parameters a check receives, from a rule set's validated values."""
        return values if isinstance(values, Params) else self.parameters(**values)


REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, summary: str, params: type[Params] = Params, *, severity: str,
         source: str = "", example: str | None = None, scope: str = "article",
         what: str = "", why: str = "") -> Callable:
    """Register a check under `code`. `summary` is one line, with `{parameter}` where a
    value goes; `params` the rule's parameters dataclass; `severity` its default severity
    and `source` why; `example` a short article that triggers the rule (for its
    documentation); `scope` whether it judges one article or the batch (`Rule.scope`);
    `what` and `why` its documentation in French (else read from the docstring)."""
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: severity {severity!r} not in {SEVERITIES}")
    params.specs()  # fails now, at import, on a malformed declaration
    summary.format(**{key: key for key in params.specs()})

    def register(function: Callable) -> Callable:
        if code in REGISTRY:
            raise RuntimeError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(code, name, summary, params, function, severity, source, example, scope,
                              what, why)
        return function

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule; importing each module of this package registers its checks."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return dict(sorted(REGISTRY.items()))


@dataclass
class Context:
    """The annotated article plus a memo, so that each measurement runs once per article."""

    annotated: AnnotatedArticle
    keyphrase: str | None = None
    #: LNG001's threshold in force: below it, the French-only checks are skipped.
    min_french_share: float = field(default_factory=lambda: all_rules()["LNG001"].defaults["min_french_share"])
    _memo: dict[Callable, Any] = field(default_factory=dict)
    #: The rule set in force for this article, for a check that quotes another rule's
    #: threshold (`param`); None: the declared defaults.
    ruleset: Any = None

    def param(self, code: str, key: str) -> Any:
        """Another rule's parameter as the rule set in force says it (else its declared
        default): a check's advice that quotes it follows the user's configuration."""
        if self.ruleset is not None:
            return self.ruleset.param(code, key)
        return all_rules()[code].defaults[key]

    @property
    def article(self):
        return self.annotated.article

    def measure(self, function: Callable[[AnnotatedArticle], T]) -> T:
        if function not in self._memo:
            self._memo[function] = function(self.annotated)
        return self._memo[function]

    def locate(self, block: Block, start: int = 0, end: int | None = None) -> Location:
        return self.article.locate(block, start, end)

    def locate_sentence(self, sentence: Sentence) -> Location:
        return self.annotated.sentence_location(sentence)

    def is_french(self) -> bool:
        """Is the article mainly French, by LNG001's threshold in force?"""
        from ..measures.language import language_profile

        return self.measure(language_profile).is_mainly_french(self.min_french_share)

    def require_french(self) -> None:
        """Raise `NotApplicable` when the article is not mainly French (LNG001 says so):
        call it first in any check whose measurement only makes sense in French."""
        if not self.is_french():
            raise NotApplicable("article pas principalement en français (voir LNG001)")


def quote(text: str, limit: int = 160) -> str:
    """An excerpt short enough for a report line, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def quote_around(text: str, start: int, end: int, limit: int = 160) -> tuple[str, tuple[int, int]]:
    """An excerpt of `text` centred on `text[start:end]` (the span a finding is about), cut
    at word boundaries with « … », and where that span lies in the excerpt: a passive
    quote must show its verb, not stop before it."""
    out: list[str] = []
    new_start = new_end = None
    for i, char in enumerate(text):
        if i == start:
            new_start = len(out)
        if i == end:
            new_end = len(out)
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
    flat = "".join(out).rstrip()
    new_start = min(len(flat) if new_start is None else new_start, len(flat))
    new_end = min(len(flat) if new_end is None else new_end, len(flat))
    if len(flat) <= limit:
        return flat, (new_start, new_end)
    budget = max(limit - (new_end - new_start), 0)
    low = max(0, new_start - budget // 2)
    high = min(len(flat), max(new_end, low + limit))
    low = max(0, min(low, high - limit, new_start))
    if low > 0:
        space = flat.find(" ", low, new_start)
        low = space + 1 if space != -1 else low
    if high < len(flat):
        space = flat.rfind(" ", new_end, high)
        high = space if space != -1 else high
    prefix = "… " if low > 0 else ""
    suffix = " …" if high < len(flat) else ""
    shift = len(prefix) - low
    return prefix + flat[low:high] + suffix, (new_start + shift, new_end + shift)


def shown(value: float, threshold: float, fails_when: str, unit: str = "") -> str:
    """`value` rounded as few decimals as it takes not to read as passing: 29,7 % against
    a minimum of 30 % is « 29,7 % », never « 30 % » (`fails_when` is "below" or "above")."""
    for digits in (0, 1, 2):
        rounded = round(value, digits)
        if (rounded < threshold) if fails_when == "below" else (rounded > threshold):
            break
    text = f"{rounded:.{digits}f}".replace(".", ",")
    return f"{text} {unit}" if unit else text


def lines_text(first: int, last: int) -> str:
    """« ligne 12 », or « lignes 12 à 15 » (never « lignes 12 à 12 »)."""
    return f"ligne {first}" if first == last else f"lignes {first} à {last}"


def run(rules: dict[str, Rule], context: Context, settings: Mapping[str, Mapping[str, Any] | Params]
        ) -> Iterator[tuple[str, Finding | None, bool]]:
    """Yield (code, problem, skipped) for each rule; a passing rule yields one (code, None, False)."""
    for code, spec in rules.items():
        try:
            problems = list(spec.check(context, spec.bind(settings[code])))
        except NotApplicable:
            yield code, None, True
            continue
        except (RecursionError, ArithmeticError, LookupError, TypeError, ValueError) as error:
            # A bug of ours must not cost the user the rest of the report.
            problems = [Problem(
                f"Erreur interne de la règle {code} ({type(error).__name__}) : cette règle n’a pas pu "
                "vérifier l’article.",
                "Signalez-le aux mainteneurs de seo-audit avec l’article en cause ; les autres règles "
                "ont été appliquées.")]
        if not problems:
            yield code, None, False
        for problem in problems:
            yield code, problem, False
