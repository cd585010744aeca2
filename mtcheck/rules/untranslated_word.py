"""MT502 untranslated-word: a source-language word or place name left inside an English sentence.

What kind of word a token is comes from ``mtcheck.rules.untranslated_kinds`` (word shapes from
``mtcheck.lang.morphology``, the pack's tables from ``mtcheck.rules.untranslated_lexicon``); name and
gloss tests from ``mtcheck.rules.name_context`` and ``mtcheck.rules.untranslated_context``;
sentences already judged untranslated (MT501) are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.lang.morphology import derived_noun, source_morphology
from mtcheck.model import Category, Document, Hit, Sentence, Severity, Span
from mtcheck.rules.abbreviation_shapes import shape_hits
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.name_context import after_name, introduced_as_name, is_name_at, name_like
from mtcheck.rules.transliteration_context import excepted
from mtcheck.rules.untranslated_context import (DRESSED, HYPHEN, LOWER, NAME_HEADS, NAME_JOINERS, RARE, REGIONAL, SHAPE,
                                                 STRONG, in_gloss, in_noun_slot, name_by_place, next_word,
                                                 participle_adjective, person_slot, quoted_as_a_noun, title_case)
from mtcheck.rules.untranslated_dress import NAME as _DRESSED_NAME
from mtcheck.rules.untranslated_dress import dressed_hit, dressed_word
from mtcheck.rules.untranslated_kinds import bare, regional_days, regional_words, word_kinds, worth_a_look
from mtcheck.rules.untranslated_lexicon import Residue, abbreviation_matches, residue
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_signals import analyse
from mtcheck.text.lazy_regex import lazy_compile


def _allowed_phrase(text: str, span: Span, res: Residue) -> bool:
    """Is the word part of an allow-listed multi-word name ("Süddeutsche Zeitung")?"""
    if res.allow_phrases is None:
        return False
    lo = max(0, span.start - 80)
    return any(m.start() + lo <= span.start and span.end <= m.end() + lo
               for m in res.allow_phrases.finditer(text[lo:span.end + 80]))


class UntranslatedWord(Rule):
    """A source-language word is left inside an English sentence.

    ## What it does
    Reports words that are frequent in the source language and rare in English (wordfreq), such as
    "Regierung" or "nicht", and source-language place names that have an English name ("München" →
    Munich, from the pack's exonym list). Lower-case words need only the frequency evidence.
    Capitalised ones may be names, so they need more: a source-language word ending (German -ung,
    -keit, -schaft, -lich ...) or a very high source frequency; or, weaker, a moderate source
    frequency English lacks ("Zuschuss", "Stammtisch") or the shape of a compound of common source
    words English never uses ("Pendler|pauschale", "Tank|rabatt"), also inflected ("Abschieds").
    Compounds whose head is a common noun that ends no family name count as derived nouns
    ("Europa|wahl", "Partei|vize", "Hunde|steuer", "Keuch|husten"), and a possessive before one is no
    name of its own ("the SPD's Parteivize"). A hyphenated word whose last part is a common source noun
    English does not write is a compound whatever its first part ("Kita-Gebühren", "Brombeer-Koalition",
    "Handy-Verbot"; after a place only a last part that comes apart as a noun does: "Deutschland-Achter",
    not "Berlin-Neukölln"), unless it stands where a name does.
    No capitalised word fires next to another name, after a title or role ("Chancellor Scholz",
    "the rapper Kollegah"), before an acronym in parentheses, as a city, a camel-case brand, or when
    the document writes it elsewhere after a first name ("Gerhard Schröder" makes a lone "Schröder" a
    name). A rarer capitalised source word that English and other languages' lists lack and that has
    no name's ending is reported only in a common noun's slot, after a determiner ("a Mähdrescher",
    "its Kreißsaal", "one big Funkloch"), as is a rarer one still made of two common words ("a new Funkmast");
    Austrian and Swiss everyday words from the pack's regional
    table ("the Spital", "sitting the Matura", "prices for Marillen"), and compounds of them with a common
    source word ("the Velofahrer", "Marillenknödel"), wherever nothing makes them a name (a participle after a
    preposition is no verb before a person: "with freshly grated Kren"). Weakly evidenced words are also taken for names when other languages' word lists know them
    ("Allgäu", "Zalando"), when they end like a region or a place ("Uckermark", "Ahrweiler"; "the
    Pflegeheim" is a noun), are an adjective of a place ("Lahnsteiner"), stand where a place or a
    person does ("near Altötting", "said Wüst", "Wüst warns", "according to Höcke" unless the word
    comes apart into German pieces; a rarer word, after "by", only with a noun's ending: "a header by
    Füllkrug"), or start a German name ("the Hochschule für Musik"); such a name is then a name
    throughout the document. Established
    loans and names (Bundestag, Zeitgeist, Handelsblatt, Süddeutsche Zeitung, Die Linke, Deutsche
    Bank ...) are allow-listed in the pack; words English also has (Rat, Gift, Kind, Hand, Also) never
    fire; words in parentheses or short quotations are left alone (glosses: "the traffic-light
    coalition (Ampel)"; titles: "the album “Vorsprung”") unless "so-called" or an article makes the
    quoted word part of the sentence ("the so-called “Mietpreisbremse”"). Markdown emphasis
    ("_Bürgergeld_") does not hide a word.
    It also reports source words put into English spelling, which neither word list knows as written
    ("a hypothec" for Hypothek, "reclame" for Reklame, "premiated" for prämiert, "the turnhall" for
    Turnhalle): a word English hardly knows that spells back to a frequent source word with a few of
    the pack's English-for-German changes (c → k, ph → f, -y → -ie, -ated → -iert, a lost umlaut), unless
    it is one typing slip from a common English word ("cabel", "goverment"), a common French, Italian or
    Spanish word, or, capitalised, a name (only "the Turnhall", after a determiner, is a noun).

    ## Why it matters
    A German word in an English sentence is an untranslated fragment: the reader loses the meaning.

    ## Example
        The Regierung wants to meet in München next week.

    ## Use instead
        The government wants to meet in Munich next week.

    ## Fix safety
    No fix. Exonyms come with a suggestion; other words need a translator.
    """

    id = "MT502"
    name = "untranslated-word"
    category = Category.ACCURACY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        english_zipf: float = 2.5  # a word this frequent in English is English (or an established loan)
        source_zipf: float = 3.0
        min_lean: float = 1.5  # source frequency minus English frequency (Zipf)
        strong_lean: float = 3.0  # a lower-case word this much more frequent in the source is source text
        capitalised_zipf: float = 4.0  # a capitalised word without a telling ending must be this common
        rare_zipf: float = 2.3  # a rarer one English lacks: this common, and only in a common noun's slot
        min_length: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        src, res, opts = ctx.pack.source, residue(ctx.pack), ctx.options
        if not src or src == ctx.pack.target or not res.function_words:
            return
        analysis = analyse(doc, ctx, UntranslatedSentence.Options())
        covered = [v.span for v in analysis.verdicts] + analysis.allowed
        covered += [Span(m.start(), m.end()) for m, _ in abbreviation_matches(doc, res, ctx.cache)]
        # Abbreviations in another shape than listed ("bzw", "zB"): MT503's too (cached, computed once).
        covered += [Span(h.start, h.end) for h in shape_hits(doc, ctx.pack, res.language, ctx.cache)]
        candidate, exonym, min_length = res.candidate, res.exonyms.get, opts.min_length
        # First words of two-word exonyms ("Den Haag"): only these need a look at the next word.
        firsts = _exonym_firsts(res.exonyms)
        regional = regional_words(ctx.pack)  # Austrian and Swiss words: "Spital", "Matura", "Velo"
        days = regional_days(ctx.pack)  # feasts among them: "at Weiberfastnacht" is no place
        looks = worth_a_look(res, firsts, min_length, opts.rare_zipf, regional)  # most words are plain English
        # Capitalised words only their shape or a moderate frequency calls German: those that stand as
        # a name anywhere in the document ("But Kollegah produces") are names everywhere in it.
        names: set[str] = set()
        pending: list[tuple[str, Hit]] = []
        kinds, introduced = word_kinds(res, opts, regional), {}
        # The shared pass picks suspects by the pack's candidate table; a rarer capitalised word English
        # lacks ("a Mähdrescher") or a regional one ("the Spital") is looked for in the other sentences.
        # One scan of the text finds such words (most documents have none); then the sentences that hold one.
        sentences = analysis.suspects
        # (``filter(looks.__getitem__, ...)``: the dict's own lookup, its ``__missing__`` included, run in C.)
        rare = {w for w in filter(looks.__getitem__, set(_CAPITALISED.findall(doc.text))) if kinds[w] in _RARE_KINDS}
        if rare:
            seen = {id(s) for s in sentences}
            sentences = sentences + [s for s in doc.sentences if id(s) not in seen and not rare.isdisjoint(s.texts)]
        for sentence in sentences:
            # Most suspects hold only names and loans that can never be reported (kind None): tokens,
            # with their spans, are made only for a sentence with a word that may be. Most of its words are
            # plain English: the table of words worth a look drops them in C before the closer test.
            if not any(exonym(b := bare(t)) or b in firsts or kinds[b] is not None
                       for t in filter(looks.__getitem__, sentence.texts)):
                continue
            tokens = sentence.tokens
            for i in [i for i, tok in enumerate(tokens) if tok.kind == "word" and looks[tok.text]]:
                tok = tokens[i]
                text = bare(tok.text)
                entry = exonym(text) or (exonym(f"{text} {next_word(tokens, i)}") if text in firsts else None)
                if entry is None and (len(text) < min_length
                                      or not (candidate[text] or kinds[text] in _RARE_KINDS)):
                    continue
                span = Span(tok.start, tok.start + len(text))
                if any(c.contains(span) for c in covered):
                    continue
                if entry is not None:
                    if entry is not res.exonyms.get(text):  # a two-word exonym ("Den Haag")
                        span = Span(tok.start, tokens[i + 1].end)
                    hit = Hit(span, f'{res.language} place name "{doc.text[span.start:span.end]}": English uses '
                                    f'"{entry["en"]}"', entry["en"])
                    if excepted(doc.text, span, entry) or after_name(i, tokens, sentence) \
                            or introduced_as_name(doc.text, text, src, res):  # "FC Bayern", "Boris Rhein"
                        continue
                else:
                    kind = kinds[text]
                    if kind is None:
                        continue
                    verdict = self._is_source_word(text, kind, i, tokens, sentence, src, res, doc.text, introduced,
                                                   days)
                    if verdict == _NAME and not title_case(sentence):
                        names.add(text)
                    if verdict is not True:
                        continue
                    hit = dressed_hit(span, text, res) if kind == DRESSED \
                        else Hit(span, f'{res.language} word "{text}" left untranslated')
                if _allowed_phrase(doc.text, span, res):
                    continue
                if not in_gloss(sentence, tok) or (entry is None and quoted_as_a_noun(sentence, tok, text)):
                    pending.append((text if entry is None else "", hit))
        for text, hit in pending:
            if text not in names:
                yield hit

    @staticmethod
    def _is_source_word(text: str, kind: str, i: int, tokens: tuple, sentence: Sentence, src: str, res: Residue,
                        doc_text: str, introduced: dict[str, bool], days: frozenset[str] = frozenset()) -> bool | str:
        """Is this occurrence of a word of ``kind`` (see ``untranslated_kinds``) a source-language word? True;
        False; or ``_NAME`` where only the context makes a name of a word that nothing but a moderate
        frequency or its shape calls German (then a name throughout the document). A feast of the regional
        table (``days``: "Weiberfastnacht") is no place after "at" or "to" (round 17)."""
        if i + 1 < len(tokens) and tokens[i + 1].text == "(":
            return False  # glossed: "the Traditionsgemeinschaft (tradition community)"
        if kind == DRESSED:  # a source word in English spelling: "hypothec", "the Turnhall"
            verdict = dressed_word(text, i, tokens, sentence, src, res, doc_text, introduced)
            return _NAME if verdict == _DRESSED_NAME else verdict
        if kind == LOWER:
            j = i
            while j < len(tokens) and tokens[j].text in res.particles:
                j += 1
            if j > i and is_name_at(tokens, j, sentence):
                return False  # name particles: "von der Leyen", "de Maizière"
            # inside a name: "Stiftung Wissenschaft und Politik", "Bündnis für Arbeit"
            return not (is_name_at(tokens, i - 1, sentence) and is_name_at(tokens, i + 1, sentence))
        if i > 1 and (tokens[i - 1].text in res.function_words or tokens[i - 1].text in NAME_JOINERS) \
                and is_name_at(tokens, i - 2, sentence):
            return False  # the end of a German name: "Theater am Schiffbauerdamm", "Halle an der Saale"
        if i + 2 < len(tokens) and tokens[i + 1].text in res.function_words and is_name_at(tokens, i + 2, sentence) \
                and tokens[i + 2].text.lower() not in res.function_words:
            return False  # the start of one: "the Hochschule für Musik", "the Museum für Naturkunde"
        if text not in introduced:
            introduced[text] = introduced_as_name(doc_text, text, src, res)
        if kind == HYPHEN:  # "the Kita-Gebühren", "a Brombeer-Koalition"; not "in Berlin-Mitte", "said Müller-Wohlfahrt"
            if introduced[text] or name_like(i, tokens, sentence, res, True) or name_by_place(text, SHAPE, i, tokens, res):
                return _NAME
            return not person_slot(tokens, i)
        if kind == STRONG:
            return not (introduced[text] or name_like(i, tokens, sentence, res, derived_noun(text, res.shapes)))
        if kind == RARE:  # "a Mähdrescher", "its Kreißsaal", "one big Funkloch": only in a common noun's slot
            return _NAME if introduced[text] or name_like(i, tokens, sentence, res) else in_noun_slot(tokens, i)
        if kind == REGIONAL:  # "the Spital", "sitting the Matura", "prices for Marillen"
            if introduced[text] or name_like(i, tokens, sentence, res) \
                    or (text not in days and name_by_place(text, SHAPE, i, tokens, res)) \
                    or next_word(tokens, i) in NAME_JOINERS or next_word(tokens, i) in NAME_HEADS:
                return _NAME  # "to Spital", "Spital am Pyhrn", "the Elferrat family" (round 17)
            # round 21: a participle as an adjective makes no person's slot ("with freshly grated Kren")
            return not person_slot(tokens, i) or participle_adjective(tokens, i)
        if introduced[text] or name_like(i, tokens, sentence, res) \
                or (text not in days and name_by_place(text, kind, i, tokens, res)):
            return _NAME
        # Where English puts a person ("according to Laschet", "accused Höcke"), a word that does not
        # come apart into German pieces ("Zu|schuss", "Gutacht|er", "Brenn|holz") is a name; one rarer
        # still (known by its shape alone) needs a noun's ending: surnames come apart too ("a header by
        # Füll|krug", "Schwein|steiger").
        if not person_slot(tokens, i):
            return True
        return derived_noun(text, res.shapes) if kind == SHAPE else source_morphology(text, src, res.shapes)


_FIRSTS: dict[int, tuple[dict, frozenset[str]]] = {}


def _exonym_firsts(exonyms: dict) -> frozenset[str]:
    """The first words of the pack's two-word exonyms ("Den" of "Den Haag"), computed once per table
    rather than once per document (the table has hundreds of entries; the pack is compiled once)."""
    held = _FIRSTS.get(id(exonyms))
    if held is None or held[0] is not exonyms:
        held = _FIRSTS[id(exonyms)] = (exonyms, frozenset(k.split(" ", 1)[0] for k in exonyms if " " in k))
    return held[1]


# A capitalised word standing alone (not part of a hyphenated one), or a hyphenated word of two parts
# with a capitalised last one ("Kita-Gebühren"): what the rarer kinds can be.
# (The capital comes first, then the look behind it: the scan skips ahead to capitals.)
_CAPITALISED = lazy_compile(r"[A-ZÄÖÜ](?<![\w-].)(?:[a-zäöüß]{2,}|\w*-[A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])")
_RARE_KINDS = (RARE, REGIONAL, HYPHEN)
_NAME = "name"  # _is_source_word's answer for a word its context makes a name


RULES = (UntranslatedWord,)
