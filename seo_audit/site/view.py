"""What the HTML index shows of the site: plain data made by the site pass, so that the
renderer only formats (keyphrases, titles, links between articles)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Site


@dataclass(frozen=True)
class SiteRow:
    path: str
    title: str | None
    keyphrase: str | None
    suggested: bool
    #: Other articles of the batch this one links to, and those that link to it.
    links_to: tuple[str, ...]
    linked_from: tuple[str, ...]
    #: Links and images of this article that lead nowhere (LNK005).
    broken: int


@dataclass(frozen=True)
class SiteView:
    rows: tuple[SiteRow, ...]
    #: (keyphrase, paths) for each keyphrase several articles have, declared or suggested.
    shared_keyphrases: tuple[tuple[str, tuple[str, ...]], ...]
    #: (title, paths) for each title several articles have.
    duplicate_titles: tuple[tuple[str, tuple[str, ...]], ...]


def site_view(site: "Site") -> SiteView:
    rows = []
    for summary in site.summaries:
        found = site.keyphrase_of(summary)
        resolutions = site.resolutions[summary.path]
        targets = dict.fromkeys(r.target for r in resolutions
                                if r.target is not None and r.target != summary.path and not r.link.image)
        rows.append(SiteRow(summary.path, summary.title.text if summary.title else None,
                            found[0] if found else None, bool(found and found[1]),
                            tuple(t for t in targets if t is not None),
                            tuple(sorted(site.inbound.get(summary.path, ()))),
                            sum(1 for r in resolutions if r.status in ("broken", "anchor"))))
    shared = []
    for paths in site.keyphrase_groups.values():
        if len(paths) > 1:
            first = site.keyphrase_of(site.by_path[paths[0]])
            shared.append((first[0] if first else "", tuple(paths)))
    titles = [(site.by_path[paths[0]].title.text, tuple(paths))  # type: ignore[union-attr]
              for paths in site._groups("title").values() if len(paths) > 1]
    return SiteView(tuple(rows), tuple(sorted(shared)), tuple(sorted(titles)))
