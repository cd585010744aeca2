"""German-style romanisation of Slavic and other names left in English text (MT403)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator


from mtcheck.lang.wordstats import zipf
from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.romanisation_shapes import (HACEK, LACINKA_LETTERS, SOFT_MARKS, lacinka_english, lacinka_kind,
                                               lacinka_neighbour, looks_english_romanised, scholarly_guess,
                                               slavic_names, soft_sign_form, support, western_slavic)
from mtcheck.rules.transliteration_context import (east_slavic_surname, excepted, final_marks, near_allowed,
                                                   nearest_allowed, quoted, sentence_words)
from mtcheck.rules.transliteration_table import Table, english_forms, table_of
from mtcheck.text.lazy_regex import lazy_compile
from mtcheck.text.tokens import without_possessive


class Transliteration(Rule):
    """A name is romanised the German way ("Gorbatschow", "Kiew") in English text.

    ## What it does
    Reports names written with German romanisation of Cyrillic (and a few Arabic and Chinese)
    names: first from a table of frequent ones ("Jelzin" → Yeltsin, "Selenskyj" → Zelensky,
    "Kiew" → Kyiv; given names such as "Wladimir" only when no German-origin surname follows, since
    people living in German-speaking countries keep the spelling: Wladimir Klitschko), then by
    pattern for names the table lacks: German letter clusters (sch for ш,
    tsch for ч, -ow for -ov, -ij for -iy, w for в, j for й ...) rewritten the English way, the
    suggestion being the rewrite that English text uses most. A pattern-only name must show a
    German cluster plus a second German feature ("Gruschko": sch and -ko); with one feature only, or
    only letters Polish names share (w, j), the neighbourhood must back it: a Slavic given name before
    it (Valery Gergiew), a Russian or Ukrainian word in the sentence, or other Slavic names romanised
    the English way in the document (Ryabkov, Lukyanov). Scholarly romanisations with háček are
    reported when their ending is East Slavic (Žukov, Tuchačevskij) or a Slavic given name precedes
    them (Vitalij Kličko); so are scholarly and ISO 9 forms that write the soft sign or the Ukrainian
    apostrophe as a mark (Char'kov, Prokofʹev, Donec'k, Sevastopol') when shaped like an East Slavic
    name, but not names English writes with an apostrophe (O'Brien, D'Alema, Qur'an, Hawai'i,
    Shi'ite, Yan'an, Dell'Utri). A given name West and South Slavs bear too (Andrej) is reported
    before a surname only when the surname is East Slavic (Andrej Gromyko, not Andrej Kiska). Names
    of German, Polish, Czech, Slovak, Slovene, Croatian, Baltic or English origin (Scholz, Pankow,
    Lewandowski, Šefčovič, Roglič, Washington), names after a Western given name (Hans Modrow) and
    names English already writes this way are left alone.

    ## Why it matters
    A German-to-English engine copies the German spelling of foreign names; English readers do
    not recognise "Chodorkowski" as Khodorkovsky, and search engines and archives do not either.

    ## Example
        Deputy Foreign Minister Alexander Gruschko met Sergei Ryabkov in Kiew.

    ## Use instead
        Deputy Foreign Minister Alexander Grushko met Sergei Ryabkov in Kyiv.

    ## Fix safety
    No fix: romanisations vary (Zelensky, Zelenskyy; Kyiv, Kiev) and a pattern can mistake a
    German-born person's name for a Russian one, so the English form is only suggested.
    """

    id = "MT403"
    name = "transliteration"
    category = Category.TERMINOLOGY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        min_length: int = 4
        english_zipf: float = 3.0  # a word this common in English is English, whatever its letters
        established_zipf: float = 1.5  # English text already uses the German-looking form (Klitschko)
        source_zipf: float = 3.0  # a word this common in the source language is a word or native name
        familiar_zipf: float = 2.5  # one German feature is not enough for a name this familiar in the source
        unknown_zipf: float = 1.0  # a name the context must back is one English hardly writes (not Tarnow)
        known_names_only: bool = False  # report table entries only, no pattern guesses

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        table = table_of(ctx.pack)
        if not table.known and not table.given_names and not table.rewrites:
            return
        text, opts = doc.text, ctx.options
        evidence: list[bool] = []  # computed on first need
        dull = _dull_words(ctx.pack, opts)
        given_names, known = table.given_names, table.known
        finals = final_marks(text)  # ends of words followed by a soft-sign mark (Sevastopol')
        breves = "\u0306" in text  # a combining breve (u + ̆ for ŭ) ends _NAME's match: the word goes on
        for m in _NAME.finditer(text):
            if breves and text[m.end():m.end() + 1] == "\u0306":
                m = _NAME_WITH_BREVE.match(text, m.start())
            found = m.group()
            if found in dull:
                if not finals or m.end() not in finals:
                    continue  # the common case: a capitalised word already seen to need no look
                final = True
            else:
                final = bool(finals) and m.end() in finals
            word = without_possessive(found)
            if final or _SOFT_MARK.search(word):
                span = Span(m.start(), m.start() + len(word) + final)
                if not opts.known_names_only and not (final and quoted(text, m.start())):
                    best = soft_sign_form(word, final, zipf(word.replace("’", "'"), "en"), opts.established_zipf)
                    if best:
                        yield Hit(span, f'"{text[span.start:span.end]}" looks like scholarly transliteration '
                                        f'(soft sign written as a mark); English form probably "{best}"', best)
                        continue
                if final and found in dull:
                    continue
            given = given_names.get(word)
            if given is not None:
                span = Span(m.start(), m.start() + len(word))
                if not self._keeps_german_spelling(text, span, table, word):
                    yield Hit(span, f'{table.romanisation} romanisation "{word}": English writes "{given}"', given)
                continue
            entry = known.get(word)
            if entry is not None:
                span = Span(m.start(), m.start() + len(word))
                if not excepted(text, span, entry):
                    yield Hit(span, f'{table.romanisation} romanisation "{word}": English writes "{entry["en"]}"',
                              entry["en"])
                continue
            if not opts.known_names_only and LACINKA_LETTERS.search(word):
                verdict = self._lacinka(word, Span(m.start(), m.start() + len(word)), ctx, table, doc)
                if verdict is not None:
                    if verdict is _NEVER:
                        dull.add(found)
                    elif verdict:
                        yield verdict
                    continue
            if opts.known_names_only or len(word) < opts.min_length or word.isupper() or not word.isalpha() \
                    or not (table.any_strong.search(word) or table.any_weak.search(word) or HACEK.search(word)):
                dull.add(found)
                continue
            span = Span(m.start(), m.start() + len(word))
            guess = self._pattern_guess(word, span, ctx, table, evidence, doc)
            if guess is _NEVER:
                dull.add(found)
            elif guess:
                best, features = guess
                if HACEK.search(word) and any("Łacinka" in f for f in features):
                    best = lacinka_english(word)  # Mikałaj Statkievič: Statkevich
                elif HACEK.search(word):  # Kličko, Klyčko: English writes Klitschko
                    best, features = _exempt_person(word, best, features, table, opts.established_zipf)
                yield Hit(span, f'"{word}" looks like {table.romanisation} romanisation ({", ".join(features)}); '
                                f'English form probably "{best}"', best)

    def _lacinka(self, word: str, span: Span, ctx: Context, table: Table, doc: Document) -> Hit | object | None:
        """MT403's verdict on a word with Łacinka or Polish letters (see ``lacinka_kind``): a Hit, _NEVER
        (the word alone rules it out), False (this place does not back it) or None (not such a word:
        the other tests decide)."""
        kind = lacinka_kind(word)
        if kind is None:
            return None
        plain = unicodedata.normalize("NFC", word) if "\u0306" in word else word
        if len(plain) < ctx.options.min_length or not plain.isalpha() or plain.isupper() \
                or zipf(plain, "en") >= ctx.options.english_zipf:
            return _NEVER
        text = doc.text
        reason = "Belarusian Łacinka letters"
        if kind != "letters":
            before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
            after = _WORD_AFTER.match(text, span.end)
            if (before and lacinka_neighbour(before.group(1))) or (after and lacinka_neighbour(after.group(1))):
                reason = "beside a Łacinka name"
            else:
                from mtcheck.rules.structure_lexicon import lexicon  # the shared list of common first names

                given = before.group(1) if before else ""
                if given in _POLISH_TOO:
                    return False  # Bohdan Łazuka, Bogdan Łukasik: Polish people
                context = support(given, sentence_words(text, span), table.given_names, lexicon(ctx).first_names,
                                  sentence=kind == "ending")
                if not context:
                    return False
                reason = f"Polish letters, {context}"
        best = lacinka_english(plain)
        best, features = _exempt_person(plain, best, [reason], table, ctx.options.established_zipf)
        if best == plain:
            return False
        return Hit(span, f'"{word}" is a Belarusian Łacinka or Polish spelling of an East Slavic name '
                         f'({", ".join(features)}); English form probably "{best}"', best)

    @staticmethod
    def _keeps_german_spelling(text: str, span: Span, table: Table, given: str = "") -> bool:
        """Is the given name followed by a German-origin or allow-listed surname? People who live in
        German-speaking countries keep the German spelling in English too (Wladimir Klitschko).
        A ``given`` name West and South Slavs bear too (Andrej: Andrej Plenković, Andrej Kiska)
        before a surname is reported only when that surname shows it is East Slavic
        (Andrej Gromyko, Andrej Kontschalowski): see ``east_slavic_surname``."""
        after = re.match(r"\s+([\w'’-]+)", text[span.end:span.end + 60])
        surname = without_possessive(after.group(1)) if after else ""
        if not surname or not surname[0].isupper():
            return False
        if given in slavic_names().shared_given and not east_slavic_surname(surname, table):
            return True
        return surname in table.allow or western_slavic(surname) \
            or any(p.search(surname) for p in table.german_origin) or near_allowed(surname, table.allow)

    def _pattern_guess(self, word: str, span: Span, ctx: Context, table: Table, evidence: list[bool],
                       doc: Document) -> tuple[str, list[str]] | object | None:
        """The English form and the evidence, None when this place does not back the guess, or
        _NEVER when the word alone rules it out (the caller then skips it from now on)."""
        opts, src = ctx.options, ctx.pack.source or ""
        en = zipf(word, "en")
        if en >= opts.english_zipf or word in table.allow or western_slavic(word) \
                or any(p.search(word) for p in table.german_origin):
            return _NEVER
        if HACEK.search(word):
            guess = scholarly_guess(word, en, opts.established_zipf, opts.unknown_zipf,
                                    lambda: self._support(doc.text, span, ctx, table, sentence=False))
            return _NEVER if guess is False else guess
        low = word.lower()
        strong = [name for name, p in table.strong if p.search(low)]
        weak = [name for name, p in table.weak if p.search(low)]
        if (not strong and len(weak) < 2) or (src and zipf(word, src) >= opts.source_zipf):
            return _NEVER
        if src and _source_word_shape(word, ctx):
            return _NEVER  # a German word, not a name: "Forscher|in", "Wirtschafts|ministerium" (MT502's business)
        best = english_forms(word, table)[0]
        if best.lower() == low or (en >= opts.established_zipf and zipf(best, "en") < en + 0.5):
            return _NEVER  # nothing to rewrite, or English already writes the name this way
        if strong and len(strong) + len(weak) >= 2:
            return best, strong + weak
        # One German feature, or only features Polish, Czech or German names share (w, j, ch, -in):
        # the neighbourhood must say the name is East Slavic - a Slavic given name before it, a
        # Russian or Ukrainian word in the sentence - or, for a German cluster, the document must
        # romanise other Slavic names the English way (Popow beside Ryabkov). Never for a name
        # familiar in the source (Laschet) or already romanised the English way (Chichvarkin).
        familiar = bool(src) and zipf(word, src) >= opts.familiar_zipf
        if familiar or looks_english_romanised(word) or not any(p.search(best.lower()) for p in table.evidence) \
                or not (strong or table.german_letters.intersection(weak)):
            return _NEVER
        given_only = bool(strong) and table.german_too.issuperset(strong)
        reason = self._support(doc.text, span, ctx, table, not given_only) if en < opts.unknown_zipf else None
        if not strong and low.endswith("ski") and not (reason or "").startswith("after"):
            return None  # -wski with w and j only is Polish spelling (Jankowski) unless a Russian given name precedes
        if reason is None and strong:  # ("" - after a Western given name - is no place for a guess)
            if not evidence:
                evidence.append(_has_english_romanisation(doc.text, table))
            reason = "beside English-style Slavic names" if evidence[0] else None
        return (best, strong + weak + [reason]) if reason else None

    @staticmethod
    def _support(text: str, span: Span, ctx: Context, table: Table, sentence: bool = True) -> str | None:
        from mtcheck.rules.structure_lexicon import lexicon  # the shared list of common first names

        before = re.search(r"([\w'’-]+)\s+$", text[max(0, span.start - 40):span.start])
        word = before.group(1) if before else ""
        if word and lacinka_kind(word) is not None:
            return f"after the Łacinka name {word}"  # Mikałaj Statkievič, Stanisłaŭ Šuškievič
        return support(word, sentence_words(text, span), table.given_names, lexicon(ctx).first_names, sentence)


_SOFT_MARK = lazy_compile(f"[{SOFT_MARKS}]")
_POLISH_TOO = frozenset({"Bogdan", "Bohdan", "Feliks"})  # East Slavic given names Poles bear too
_WORD_BEFORE = lazy_compile(r"([\w\u0306]+) $")
_WORD_AFTER = lazy_compile(r" ([\w\u0306]+)")


def _exempt_person(word: str, best: str, features: list[str], table: Table,
                   established_zipf: float) -> tuple[str, list[str]]:
    """A scholarly or Łacinka spelling of a name English writes the German way (Kličko, Klyčko:
    Klitschko) is suggested as that name."""
    near = nearest_allowed(word, table.allow)
    if near is not None and near != word and zipf(near, "en") >= established_zipf:
        return near, [f"scholarly spelling of {near}"]
    return best, features


_NEVER = object()  # _pattern_guess: the word alone rules the guess out

_DULL_LIMIT = 200_000  # words remembered per pack and options before the memory starts afresh
_dull: dict[tuple[Any, ...], set[str]] = {}


def _dull_words(pack: Pack, opts: Any) -> set[str]:
    """Words (as found, possessive included) that are no table entry and cannot be a pattern guess
    under ``opts``: the verdict depends on the word alone, so it is kept between documents."""
    key = (pack.data_dir, pack.source, pack.target, opts.known_names_only, opts.min_length)
    words = _dull.setdefault(key, set())
    if len(words) > _DULL_LIMIT:
        words.clear()
    return words


_UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper())
_NAME = lazy_compile(rf"[{_UPPER}](?<![\w'’\-‐‑].)(?:\w|[-'’](?=\w))*")  # look-behind after the capital: faster
_NAME_WITH_BREVE = lazy_compile(rf"[{_UPPER}](?:[\w\u0306]|[-'’](?=\w))*")


def _source_word_shape(word: str, ctx: Context) -> bool:
    """Does ``word`` come apart into source-language pieces (a compound, a stem and an ending)?"""
    from mtcheck.lang.morphology import source_morphology
    from mtcheck.rules.untranslated_lexicon import residue  # late: the untranslated rules import this module

    shapes = residue(ctx.pack).shapes
    return bool(shapes.suffixes) and source_morphology(word, ctx.pack.source or "", shapes)


def _has_english_romanisation(text: str, table: Table) -> bool:
    """Does the document romanise some Slavic name the English way (Ryabkov, Lukyanov, Fyodor)?"""
    for m in _NAME.finditer(text):
        word = m.group()
        if len(word) >= 4 and zipf(word, "en") < 3.5 and any(p.search(word.lower()) for p in table.evidence):
            return True
    return False


RULES = (Transliteration,)
