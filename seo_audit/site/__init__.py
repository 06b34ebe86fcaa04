"""The site pass: rules that judge an article against the rest of the batch.

After every file of a batch has its report, `site_pass` gathers each article's small
summary (`summary.py`: title, description, declared keyphrase, links, anchors, text
runs; plus the suggested keyphrase from its report), builds one `Site` and runs the
rules whose scope is "site" (SITE family, LNK005) for each audited file, adding their
findings to its report like any other.

The summaries come from the reports (hence from the result cache on a cached run), so
the pass never needs spaCy. With `--shard K/N`, the files of the other shards are part
of the site too: their summaries come from the cache when it holds their report, else
from the readers alone (no parse). A suggested keyphrase is known only from a report:
for an article outside the shard whose report is not in the cache, only its declared
keyphrase counts (SITE002, SITE005) — share the cache between shards to make those two
rules exactly as in one run. Every other site rule reads only what the files say, and
finds the same in every shard.
"""

from __future__ import annotations

import gc
import os
import posixpath
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang.fr import fold
from ..measures.keyphrase import MAX_GAP, Pattern, find, text_units
from .summary import ArticleSummary, LinkRef, from_data, summarise
from .urls import NON_PAGE_SCHEMES, normalise, split_link, url_candidates
from .view import SiteView, site_view

if TYPE_CHECKING:
    from ..audit import Options
    from ..engine.cache import ResultCache
    from ..report import FileReport

#: Files whose presence marks a site generator's root folder (Jekyll, Hugo, Eleventy…).
SITE_MARKERS = ("_config.yml", "_config.yaml", "_config.toml", "hugo.toml", "hugo.yaml",
                "hugo.json", "config.toml", ".eleventy.js", "mkdocs.yml")
#: Folders whose files a site serves from its root (Hugo's static/, Jekyll's assets).
STATIC_FOLDERS = ("", "static", "public", "assets")


@dataclass(frozen=True)
class Resolution:
    """Where one link of an article leads, judged offline."""

    link: LinkRef
    #: "article" (to an article of the batch), "file" (to a file on disk), "section"
    #: (a folder's index), "broken", "anchor" (the page exists, its anchor does not),
    #: "unknown" (outside what the batch covers: not judged), "external", "self".
    status: str
    target: str | None = None
    fragment: str = ""


@dataclass(frozen=True)
class Mention:
    """Text of one article naming another article's keyphrase or title."""

    target: str
    phrase: str
    kind: str  # "keyphrase" or "title"
    run: int
    start: int
    end: int


@dataclass
class Site:
    summaries: list[ArticleSummary]
    #: Suggested keyphrase of each article whose report says one was suggested.
    suggested: dict[str, str] = field(default_factory=dict)
    #: The site's own host names (absolute links to them are internal).
    hosts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.by_path = {s.path: s for s in self.summaries}
        absolute = [os.path.abspath(s.path) for s in self.summaries]
        self._absolute = dict(zip((s.path for s in self.summaries), absolute))
        self.by_file = {a: s.path for a, s in zip(absolute, self.summaries)}
        self.content_root, self.site_root = _roots(absolute)
        self.urls: dict[str, str] = {}
        self.sections: set[str] = set()
        self._urls_of: dict[str, list[str]] = {}
        # every article lies under the content root: its path there is a plain slice
        self._prefix = self.content_root.rstrip(os.sep) + os.sep
        #: Without a marker file, the common folder's own name may be a section too.
        self._parent_name = (os.path.basename(self.content_root)
                             if self.site_root == self.content_root and os.path.dirname(self.content_root)
                             != self.content_root else "")
        for summary in self.summaries:
            for url in self.urls_of(summary):
                self.urls.setdefault(url, summary.path)
                if url.count("/") >= 2:
                    self.sections.add(url.split("/")[1])

    # -- URLs -------------------------------------------------------------------------
    def urls_of(self, summary: ArticleSummary) -> list[str]:
        """Without a site generator's marker file, the batch's common folder may itself be
        a section (`check content/blog/`): its name prefixes the URLs too."""
        known = self._urls_of.get(summary.path)
        if known is not None:
            return known
        relative = self._absolute[summary.path][len(self._prefix):].replace(os.sep, "/")
        urls = url_candidates(relative, summary.slug, summary.routes)
        if self._parent_name:
            urls += url_candidates(f"{self._parent_name}/{relative}", summary.slug, summary.routes)
        self._urls_of[summary.path] = list(dict.fromkeys(urls))
        return self._urls_of[summary.path]

    def resolve(self, summary: ArticleSummary, link: LinkRef) -> Resolution:
        scheme, host, path, fragment = split_link(link.href)
        if not link.href.strip() or scheme in NON_PAGE_SCHEMES:
            return Resolution(link, "external")
        if scheme or host:
            if host not in self.hosts:
                return Resolution(link, "external")
            scheme = None
            path = path or "/"
        if not path:
            return Resolution(link, "self", summary.path, fragment)
        if path.startswith("/"):
            found = self._resolve_root(path)
        else:
            found = self._resolve_relative(summary, path)
        status, target = found
        if status == "article" and fragment and target is not None:
            if fragment not in self.by_path[target].anchors and fragment != "top":
                return Resolution(link, "anchor", target, fragment)
        return Resolution(link, status, target, fragment)

    def _on_disk(self, base: str, path: str) -> str | None:
        candidate = os.path.normpath(os.path.join(base, path.lstrip("/")))
        if os.path.exists(candidate):
            return candidate
        return None

    def _resolve_root(self, path: str) -> tuple[str, str | None]:
        url = normalise(path)
        if url in self.urls:
            return "article", self.urls[url]
        if url == "/":
            return "section", None
        from urllib.parse import unquote

        for folder in STATIC_FOLDERS:
            found = self._on_disk(os.path.join(self.site_root, folder), unquote(path))
            if found:
                return ("article", self.by_file[found]) if found in self.by_file else ("file", None)
        segments = url.strip("/").split("/")
        if segments[0] in self.sections:
            return ("section", None) if len(segments) == 1 else ("broken", None)
        if os.path.isdir(os.path.join(self.site_root, segments[0])):
            return "broken", None
        return "unknown", None

    def _resolve_relative(self, summary: ArticleSummary, path: str) -> tuple[str, str | None]:
        from urllib.parse import unquote

        folder = os.path.dirname(self._absolute[summary.path])
        found = self._on_disk(folder, unquote(path))
        if found:
            return ("article", self.by_file[found]) if found in self.by_file else ("file", None)
        for url in self.urls_of(summary):
            for base in (url + "/", posixpath.dirname(url) + "/"):
                joined = normalise(posixpath.join(base, path))
                if joined in self.urls and self.urls[joined] != summary.path:
                    return "article", self.urls[joined]
        return "broken", None

    @cached_property
    def resolutions(self) -> dict[str, list[Resolution]]:
        return {s.path: [self.resolve(s, link) for link in s.links] for s in self.summaries}

    @cached_property
    def inbound(self) -> dict[str, set[str]]:
        """The other articles of the batch that link to each article."""
        found: dict[str, set[str]] = defaultdict(set)
        for source, resolutions in self.resolutions.items():
            for r in resolutions:
                if r.target is not None and r.target != source and not r.link.image:
                    found[r.target].add(source)
        return found

    def links_to(self, source: str, target: str) -> bool:
        return any(r.target == target for r in self.resolutions.get(source, ()))

    # -- keyphrases and titles --------------------------------------------------------
    def keyphrase_of(self, summary: ArticleSummary) -> tuple[str, bool] | None:
        """(keyphrase, suggested) of an article, when known."""
        if summary.keyphrase is not None:
            return summary.keyphrase.text, False
        suggested = self.suggested.get(summary.path)
        return (suggested, True) if suggested else None

    @cached_property
    def keyphrase_groups(self) -> dict[str, list[str]]:
        """Paths of the articles sharing each keyphrase key (declared or suggested)."""
        groups: dict[str, list[str]] = defaultdict(list)
        for summary in self.summaries:
            found = self.keyphrase_of(summary)
            if found:
                groups[phrase_key(found[0])].append(summary.path)
        return groups

    def same(self, attribute: str, summary: ArticleSummary) -> list[str]:
        """Other articles whose title (or description) reads the same."""
        groups = self._groups(attribute)
        value = getattr(summary, attribute)
        if value is None:
            return []
        return [p for p in groups.get(text_key(value.text), []) if p != summary.path]

    def _groups(self, attribute: str) -> dict[str, list[str]]:
        cache = self.__dict__.setdefault("_group_cache", {})
        if attribute not in cache:
            groups: dict[str, list[str]] = defaultdict(list)
            for s in self.summaries:
                value = getattr(s, attribute)
                if value is not None and text_key(value.text):
                    groups[text_key(value.text)].append(s.path)
            cache[attribute] = groups
        return cache[attribute]

    @cached_property
    def _targets(self) -> dict[str, list["Target"]]:
        """Phrases worth a link, indexed by one of their content stems."""
        found: dict[str, list[Target]] = defaultdict(list)
        groups = self.keyphrase_groups
        titles = self._groups("title")
        for summary in self.summaries:
            phrases = []
            # a declared keyphrase only: a suggested one is too often a generic word of
            # the text (measured on beta.gouv.fr: « transition écologique » for 24 pages)
            keyphrase = summary.keyphrase
            if keyphrase and len(groups[phrase_key(keyphrase.text)]) == 1:
                phrases.append((keyphrase.text, "keyphrase"))
            if summary.title and len(titles.get(text_key(summary.title.text), [])) == 1:
                phrases.append((summary.title.text, "title"))
            for phrase, kind in phrases:
                target = Target.of(summary.path, phrase, kind)
                if target is not None:
                    found[min(target.pairs)].append(target)
        return found

    @cached_property
    def _target_keys(self) -> frozenset[str]:
        return frozenset(self._targets)

    def mentions(self, summary: ArticleSummary, limit: int) -> list[Mention]:
        """The first place this article names each other article's declared keyphrase or
        title without linking to it; at most `limit`, in reading order."""
        if not self._targets:
            return []
        candidates = []
        pairs = summary.pairs
        for pair in sorted(pairs.intersection(self._target_keys)):
            for target in self._targets[pair]:
                if (target.path != summary.path and target.pairs <= pairs
                        and not self.links_to(summary.path, target.path)):
                    candidates.append(target)
        if not candidates:
            return []
        runs = summary.runs
        folded = [fold(run.text) for run in runs]
        units: dict[int, list] = {}
        found: dict[str, Mention] = {}
        for target in candidates:
            for index, text in enumerate(folded):
                # the stems in order, near each other (str.find, C speed), before the
                # run is cut into words for `find`, which decides
                if not _stems_in_order(text, target.ordered):
                    continue
                if index not in units:
                    units[index] = text_units(runs[index].text)
                hits = find(target.pattern, units[index])
                if hits:
                    start, end = _original_range(runs[index].text, *hits[0])
                    found[target.path] = Mention(target.path, target.phrase, target.kind, index, start, end)
                    break
        ordered = sorted(found.values(), key=lambda m: (m.run, m.start, m.target))
        return ordered[:limit]


@dataclass(frozen=True)
class Target:
    """Another article's phrase an article may name: its keyphrase or its title."""

    path: str
    phrase: str
    kind: str
    #: Its consecutive content words' stems, as `summary.stem_pairs` makes them.
    pairs: frozenset[str]
    #: The content words' stems (without « ~ »), in order.
    ordered: tuple[str, ...]
    pattern: Pattern

    @classmethod
    def of(cls, path: str, phrase: str, kind: str) -> "Target | None":
        units = tuple(text_units(phrase))
        ordered = tuple(next(k for k in u.keys if k.startswith("~"))[1:] for u in units
                        if not u.function and not u.punct)
        if len(set(ordered)) < 2:
            return None
        pairs = frozenset(f"~{a} ~{b}" for a, b in zip(ordered, ordered[1:]))
        return cls(path, phrase, kind, pairs, ordered, Pattern(phrase, units))


#: Characters between two content words that `find` may accept: up to MAX_GAP function
#: words and their spaces, generously.
_NEAR = 16 * (MAX_GAP + 1)


def _stems_in_order(text: str, stems: tuple[str, ...]) -> bool:
    """True when each stem follows the previous one within `_NEAR` characters: true
    wherever `find` may match (a stem is a prefix of its folded word), and cheap."""
    first = text.find(stems[0])
    while first >= 0:
        position = first + len(stems[0])
        for stem in stems[1:]:
            found = text.find(stem, position, position + _NEAR + len(stem))
            if found < 0:
                break
            position = found + len(stem)
        else:
            return True
        first = text.find(stems[0], first + 1)
    return False


def _original_range(text: str, start: int, end: int) -> tuple[int, int]:
    """`text_units` gives offsets in the folded text, which is longer where a character
    folds to several (« œ » → « oe », « … » → « ... »): map them back to `text`."""
    folded = fold(text)
    if len(folded) == len(text):
        return start, end
    origin = []
    for position, char in enumerate(text):
        origin += [position] * len(fold(char))
    origin.append(len(text))
    return origin[min(start, len(origin) - 1)], origin[min(end - 1, len(origin) - 1)] + 1 if end else 0


def phrase_key(phrase: str) -> str:
    """Keyphrases compare by their content words' stems, in order: « Startups d'État » =
    « startup d’etat »."""
    units = [u for u in text_units(phrase) if not u.punct]
    content = [min(k for k in u.keys if k.startswith("~")) for u in units if not u.function]
    return " ".join(content or [min(u.keys) for u in units])


@lru_cache(maxsize=1 << 14)
def text_key(text: str) -> str:
    """Titles and descriptions compare folded, whitespace and final punctuation aside."""
    return " ".join(fold(text).split()).rstrip(" .!?…")


def _roots(absolute: Sequence[str]) -> tuple[str, str]:
    """(content root, site root): the batch's common folder, or the site generator's root
    above it (its `content/` folder for Hugo) when a marker file says where it is."""
    if not absolute:
        return os.getcwd(), os.getcwd()
    common = os.path.commonpath([os.path.dirname(a) for a in absolute])
    here = Path(common)
    for folder in (here, *here.parents):
        if any((folder / marker).is_file() for marker in SITE_MARKERS):
            content = folder / "content"
            inside = content == here or content in here.parents
            return (str(content) if inside else str(folder)), str(folder)
    return common, common


# -- the pass -----------------------------------------------------------------------------

@dataclass
class SiteContext:
    """What a site rule sees: one article's summary and the whole site."""

    summary: ArticleSummary
    site: Site

    @property
    def path(self) -> str:
        return self.summary.path


def _summary_of(report: "FileReport") -> ArticleSummary | None:
    if report.site is not None:
        try:
            return from_data(report.site)
        except (ValueError, TypeError, KeyError):
            pass
    return _read_summary(report.path)


def _read_summary(path: str, max_bytes: int | None = None) -> ArticleSummary | None:
    from ..errors import InputError
    from ..readers import read_path

    try:
        return summarise(read_path(path) if max_bytes is None else read_path(path, max_bytes))
    except InputError:
        return None


def _cached_report(path: str, options: "Options", cache: "ResultCache | None") -> "FileReport | None":
    """The report of a file outside this shard, when the cache holds it."""
    if cache is None:
        return None
    from ..engine.cache import report_key
    from ..errors import InputError
    from ..readers import read_bytes

    try:  # never opens a FIFO or a device; None when over the limit
        data = read_bytes(path, options.max_bytes)
    except InputError:
        return None
    return cache.get(report_key(path, data, options), path, keep_text=False)  # the site pass reads its summary only


def site_hosts(options: "Options", path: str) -> frozenset[str]:
    """The hosts LNK005 treats as the site's own (its `site_hosts`)."""
    from ..checks.links import hosts_of

    ruleset = options.ruleset_at(path)
    setting = ruleset.settings.get("LNK005")
    return hosts_of(str(setting.params.get("site_hosts", ""))) if setting else frozenset()


def build_site(reports: Iterable["FileReport"], paths: Sequence[str], options: "Options",
               cache: "ResultCache | None" = None) -> tuple[Site, dict[str, "FileReport"]]:
    """The site of `paths` (every file of the batch, whatever the shard), and the audited
    reports by path."""
    audited = {r.path: r for r in reports if r.error is None and r.path != "<stdin>"}
    summaries: list[ArticleSummary] = []
    suggested: dict[str, str] = {}
    for path in dict.fromkeys(paths):
        report = audited.get(path) or _cached_report(path, options, cache)
        summary = _summary_of(report) if report is not None else _read_summary(path, options.max_bytes)
        if summary is None:
            continue
        summaries.append(summary)
        if report is not None and report.keyphrase_suggested and report.keyphrase:
            suggested[path] = report.keyphrase
    hosts = site_hosts(options, paths[0]) if paths else frozenset()
    return Site(summaries, suggested, hosts), audited


#: From how many reports the site pass hides the batch from the garbage collector.
FREEZE_FROM = 100


def site_pass(reports: list["FileReport"], paths: Sequence[str], options: "Options",
              cache: "ResultCache | None" = None, view: bool = False) -> "SiteView | None":
    """Add the findings of the site rules to the audited `reports` (in place); with
    `view`, return what the HTML index shows of the site."""
    from ..checks import all_rules

    site_rules = {code: spec for code, spec in all_rules().items() if spec.scope == "site"}
    if not site_rules or not paths:
        return None
    # The batch's reports live until the end of the run: the collector need not walk them
    # again each time the site pass allocates (measured: a third of its time on 1000 files).
    # Not for a small batch, where there is nothing to gain, and never when something else
    # froze objects (the language server its model): `unfreeze` would thaw them too. Each
    # freeze costs a long-lived process its garbage: `unfreeze` moves everything into the
    # oldest generation without counting it towards the next full collection, so the
    # cycles left by earlier work wait for one that hardly comes (#21: the server grew by
    # about 0.5 MB at every keystroke, on a site of one).
    freeze = len(reports) >= FREEZE_FROM and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        return _site_pass(site_rules, reports, paths, options, cache, view)
    finally:
        if freeze:
            gc.unfreeze()


def _site_pass(site_rules: dict, reports: list["FileReport"], paths: Sequence[str], options: "Options",
               cache: "ResultCache | None", view: bool) -> "SiteView | None":
    from ..checks import NotApplicable, stamp
    from ..profiles import ruleset_of
    from ..report import Finding

    site, audited = build_site(reports, paths, options, cache)
    # a few rule sets for thousands of files: their active rules and bound parameters once
    active: dict[int, tuple[dict, dict]] = {}
    for summary in site.summaries:
        report = audited.get(summary.path)
        if report is None:
            continue
        ruleset = ruleset_of(options, summary.path, summary.cornerstone)
        if id(ruleset) not in active:
            settings = ruleset.active()
            active[id(ruleset)] = (settings, {code: spec.bind(settings[code].params)
                                              for code, spec in site_rules.items() if code in settings})
        settings, bound = active[id(ruleset)]
        context = SiteContext(summary, site)
        for code, spec in site_rules.items():
            if code not in settings or summary.disables(code):
                continue
            try:
                problems = list(spec.check(context, bound[code]))
            except NotApplicable:
                report.outcomes[code] = "skip"
                continue
            report.outcomes[code] = "pass"
            for problem in problems:
                finding = stamp(problem, code, settings[code].severity)
                if summary.suppresses(code, finding.line):
                    continue
                report.outcomes[code] = "fail"
                report.findings.append(finding)
        report.findings.sort(key=Finding.sort_key)
    return site_view(site) if view else None


__all__ = ["Site", "SiteContext", "SiteView", "Resolution", "Mention", "build_site", "site_pass"]
