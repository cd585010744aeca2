"""Find an article's companion files by name: its references, its source, its glossary.

The convention (see ``references/README.md``), for an article ``nato-russia-talks.en.txt`` whose stem is
``nato-russia-talks``:

- references: ``<stem>.ref.txt``, ``<stem>.<lang>.ref.txt`` and named ones, ``<stem>[.<lang>].ref.<name>.txt``
  (a post-edit, a second translator's version …);
- the source article: ``<stem>.src.<lang>.txt`` (``<lang>`` is the source language);
- a glossary: ``<stem>.glossary.csv`` (header ``term,variants,note``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# A language tag as used in file names: "en", "de", "pt-BR", "zh-Hant".
_LANG = r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?"
_LANG_SUFFIX = re.compile(rf"\.{_LANG}$")


@dataclass(frozen=True)
class Companions:
    references: tuple[Path, ...] = ()
    source: Path | None = None
    source_lang: str | None = None
    glossary: Path | None = None

    @property
    def empty(self) -> bool:
        return not (self.references or self.source or self.glossary)


def article_stem(path: str | Path) -> str:
    """``nato-russia-talks.en.txt`` → ``nato-russia-talks``: the extension, then a language tag, removed."""
    name = Path(path).name
    base = name.rsplit(".", 1)[0] if "." in name else name
    return _LANG_SUFFIX.sub("", base) or base


def find_companions(article_path: str | Path, references_dir: str | Path) -> Companions:
    """The companion files of ``article_path`` in ``references_dir`` (absent directory: none)."""
    folder = Path(references_dir)
    if not folder.is_dir():
        return Companions()
    stem = re.escape(article_stem(article_path))
    ref_re = re.compile(rf"{stem}(?:\.{_LANG})?\.ref(?:\.[\w-]+)?\.(?:txt|md)")
    src_re = re.compile(rf"{stem}\.src\.({_LANG})\.(?:txt|md)")
    references, source, source_lang, glossary = [], None, None, None
    for entry in sorted(folder.iterdir()):
        if not entry.is_file():
            continue
        if ref_re.fullmatch(entry.name):
            references.append(entry)
        elif (m := src_re.fullmatch(entry.name)) and source is None:
            source, source_lang = entry, m.group(1)
        elif entry.name == f"{article_stem(article_path)}.glossary.csv":
            glossary = entry
    # The plain "<stem>.ref.txt" (or language-tagged one) first: it is the primary reference.
    references.sort(key=lambda p: (p.name.count("."), p.name))
    return Companions(tuple(references), source, source_lang, glossary)
