"""Hostile inputs, each with a defined outcome (issue 8)."""

from __future__ import annotations

import os
import time

import pytest
from conftest import annotated_from

from seo_audit.errors import InputError
from seo_audit.measures.counts import sentence_count, word_count
from seo_audit.readers import parse, read_path

BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
title: *g
---
Texte.
"""


def test_huge_file_is_refused_before_reading_it_all(tmp_path):
    path = tmp_path / "enorme.md"
    with open(path, "wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # 20 MB (sparse)
    with pytest.raises(InputError, match="trop gros .*--max-bytes"):
        read_path(str(path))


def test_yaml_alias_bomb_is_harmless():
    start = time.process_time()  # CPU seconds: the machine may be shared
    with pytest.raises(InputError, match="« title » du front matter doit être un texte"):
        parse(BOMB, "bombe.md", "markdown")
    assert time.process_time() - start < 5


def test_oversized_front_matter_is_refused():
    text = "---\n" + "".join(f"k{i}: {'x' * 60}\n" for i in range(2000)) + "---\nTexte.\n"
    with pytest.raises(InputError, match="front matter trop long"):
        parse(text, "long.md", "markdown")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "tube.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="pas un fichier ordinaire"):
        read_path(str(fifo))  # would block forever if it were opened


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = tmp_path / "secret.md"
    path.write_text("Texte.", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permissions"):
        read_path(str(path))


def test_long_paragraph_without_punctuation():
    annotated = annotated_from("Titre\n\n" + " ".join(["mot"] * 12_500))  # 50 000 characters
    assert word_count(annotated) == 12_500
    assert sentence_count(annotated) == 1


def test_many_headings_keep_their_lines():
    text = "\n\n".join(f"## Partie {i}\n\nUn texte court." for i in range(2000))
    article = parse(text, "titres.md", "markdown")
    assert len(article.headings) == 2000
    assert article.locate(article.headings[-1]).line == 4 * 1999 + 1


def test_deeply_nested_lists_do_not_crash():
    text = "".join("  " * depth + "- élément\n" for depth in range(300))
    article = parse(text, "listes.md", "markdown")
    assert article.blocks


def test_utf16_and_crlf_line_numbers(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("Titre court\r\n\r\nPremier paragraphe.\r\n\r\nDeuxième.\r\n".encode("utf-16"))
    article = read_path(str(path))
    assert [article.locate(b).line for b in article.blocks] == [3, 5]


def test_binary_behind_a_utf16_bom_is_binary_not_cjk_text(tmp_path):
    """Bytes behind FF FE that happen to decode as UTF-16 (no lone surrogate, no U+0000)
    read as CJK and private-use characters: sniffed after decoding, refused as binary."""
    import random

    rng = random.Random(15)
    units = [u for u in (rng.randrange(1, 0x10000) for _ in range(6000)) if not 0xD800 <= u <= 0xDFFF][:4000]
    path = tmp_path / "image.md"
    path.write_bytes(b"\xff\xfe" + b"".join(u.to_bytes(2, "little") for u in units))
    with pytest.raises(InputError, match="fichier binaire"):
        read_path(str(path))


@pytest.mark.parametrize("text", [
    "北京是中华人民共和国的首都，也是全国的政治中心。\n" * 40,                     # another script: LNG001's business
    "Le maire \x1b[31ma parlé\x1b[0m au conseil \x07 municipal.\n\n" + "Le quartier change vite. " * 40,  # stray escapes
])
def test_real_text_in_utf16_is_not_taken_for_binary(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-16"))
    assert read_path(str(path)).blocks
