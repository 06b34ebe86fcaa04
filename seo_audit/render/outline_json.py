"""JSON output of `seo-audit outline`: one documented, versioned schema, deterministic.

Schema (version 1.3)::

    {
      "schema_version": "1.3",
      "tool": {"name": "seo-audit", "version": "0.1.0"},
      "path": "draft.txt",
      "words": 774,
      "title": "…",                       // the article's own title, or null
      "keyphrase": "Poutine",             // or null
      "keyphrase_source": "suggested",    // "given" (--keyphrase), "front matter", "suggested", null
      "meta_title": {"text": "…", "chars": 45, "pixels": 420, "alternatives": ["…", "…"]},
      "meta_description": {"text": "…", "chars": 154, "alternatives": ["…", "…"]},
      "limits": {"MET002": {"min_chars": 120, "max_chars": 156}, "STR002": {"max_words": 300},
                 "TTL002": {"min_chars": 30, "max_chars": 60},
                 "TTL003": {"max_pixels": 600, "font_px": 20}},
      "blocks": [
        {"index": 1, "start_line": 3, "end_line": 5, "paragraphs": 2, "words": 177,
         "keywords": ["Moscou", "main américaine", …],   // best first, at most 5
         "subheading": "La main américaine",            // proposed; null if none found
         "alternatives": ["…", "…"],                    // up to two
         "insert": false,          // true: `--emit markdown` inserts the subheading here
         "promoted": false,        // true: the inserted subheading is the block's opening label
                                   // line (bold, numbered, or a line of its own), which
                                   // `--emit markdown` turns into the heading
         "level": 2,               // level of the inserted heading (## = 2)
         "existing_heading": null, // the author's heading the block starts under
         "has_keyphrase": false,   // the proposed subheading holds the keyphrase
         "to_write": false}        // true: the block needs a heading but none of its phrases
                                   // is sure enough; `subheading` is then only a lead, not
                                   // inserted: the editor writes the heading
      ]
    }

Several files (a folder, a glob, several paths) give one entry per file, in order::

    {"schema_version": "1.0", "tool": {…},
     "files": [{"path": "a.txt", "words": …, …},          // the document above, less the first two keys
               {"path": "b.md", "error": "…"}]}          // a file that could not be read

`limits` are the thresholds the proposals were made against, under the codes and
parameter names of the rules they come from, as `check`'s report gives them: the
configuration's for the file, with its profile (`cornerstone: true`). Lines are
1-based lines of the source file. `meta_title` and `meta_description` are
null when no candidate fits the limits. Keys keep this order; the same input gives the
same bytes.

Changes: 1.1 (from 1.0) — `limits` added. 1.2 — `promoted` added to each block.
1.3 — `to_write` added to each block.
"""

from __future__ import annotations

import json
from typing import Any

from ..measures.serp import pixel_width
from ..outline import Outline
from ..outline.limits import default_limits
from .safe import clean_outline, json_text, visible

SCHEMA_VERSION = "1.3"


def outline_data(outline: Outline, version: str) -> dict[str, Any]:
    outline = clean_outline(outline, bidi=False)  # C1 controls pass json.dumps as they are
    title = None
    if outline.meta_title:
        font_px = (outline.limits or default_limits()).title_font_px  # TTL003's, as configured
        title = {"text": outline.meta_title, "chars": len(outline.meta_title),
                 "pixels": round(pixel_width(outline.meta_title, font_px)),
                 "alternatives": outline.meta_title_alternatives}
    description = None
    if outline.meta_description:
        description = {"text": outline.meta_description, "chars": len(outline.meta_description),
                       "alternatives": outline.meta_description_alternatives}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "seo-audit", "version": version},
        "path": outline.path,
        "words": outline.words,
        "title": outline.title,
        "keyphrase": outline.keyphrase,
        "keyphrase_source": outline.keyphrase_source,
        "meta_title": title,
        "meta_description": description,
        "limits": outline.limits.by_rule() if outline.limits is not None else None,
        "blocks": [
            {"index": i, "start_line": b.start_line, "end_line": b.end_line,
             "paragraphs": len(b.segment.blocks), "words": b.words, "keywords": b.keywords,
             "subheading": b.subheading, "alternatives": b.alternatives, "insert": b.insert,
             "promoted": b.promoted, "level": b.level, "existing_heading": b.existing_heading, "has_keyphrase": b.has_keyphrase,
             "to_write": b.to_write}
            for i, b in enumerate(outline.blocks, 1)
        ],
    }


def render(outline: Outline, version: str) -> str:
    return json_text(json.dumps(outline_data(outline, version), ensure_ascii=False, indent=2)) + "\n"


def render_many(entries: list[Outline | tuple[str, str]], version: str) -> str:
    """One entry per file, in the order given; an unreadable file, given as (path, message),
    as {"path", "error"} in its place."""
    files = []
    for entry in entries:
        if isinstance(entry, tuple):
            path, message = entry
            files.append({"path": visible(path, True, bidi=False), "error": visible(message, True, bidi=False)})
            continue
        data = outline_data(entry, version)
        del data["schema_version"], data["tool"]
        files.append(data)
    data = {"schema_version": SCHEMA_VERSION, "tool": {"name": "seo-audit", "version": version}, "files": files}
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
