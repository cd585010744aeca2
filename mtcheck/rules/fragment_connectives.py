"""Sentences made only of connectives, for MT801 sentence-fragment: "Nevertheless.", "Henceforth.",
"Nevertheless also.", "But also.", "Henceforth, however.", "By now.".

German carries a sentence adverb ("Fortan.", "Inzwischen.", "Zudem.") or a pronominal adverb
("Daraufhin.", "Hierzu.") as a sentence of its own; machine translation keeps the split and leaves an
English connective with nothing to connect. A sentence is read as connectives only if, split at its
commas and after an optional leading conjunction, it divides into units that are each a listed
connective phrase (``standalone_connectives``), an adverb of a connective's shape (the pronominal
compounds "thereupon", "hereto", "hitherto"; "henceforth", "-theless", "-while", "-days", told apart
from look-alike nouns and adjectives by lemminflect's lexicon), a time deixis after a
preposition ("by now", "from then on") or an additive particle ("too"). The data live in the
``[fragment]`` table of ``data/common/structure.<tgt>.toml``.

Also a sentence that is nothing but a stance or time sentence adverb ("Probably.", "Unfortunately.",
"Of course.", "Later.", "Since then.", "Very probably.", "But unfortunately."; ``adverb_only``), or a
viewpoint, focus or discourse adverb ("Strictly speaking.", "Notably.", "Namely.", "Essentially.",
"Interestingly enough."): German writes "Wahrscheinlich.", "Leider." or "Streng genommen." alone,
English qualifies a clause with it. Besides the listed adverbs, any adverb in "-ly" made from an
adjective or participle counts (``derived_adverb``: "Annoyingly.", "Unexpectedly.", "Traditionally.",
"Officially."), any adverb of extent in "-wide" (``scope_adverb``: "Nationwide.") or of viewpoint in
"-wise" (``viewpoint_adverb``: "Personnel-wise."), except the
replies of agreement of ``reply_adverbs`` ("Absolutely.", "Totally.").
Where such a sentence stands (a reply after a question, a quotation, an afterthought of manner, degree
or frequency after a statement: ``afterthought_adverbs``, of which only ``afterthought_replies`` stay quiet
after a statement of the same paragraph) is judged by the rule. Round 11: German sentence adverbials
rendered word for word ("Seen overall.", "All the more.", "With certainty.", "In the end effect.") count
too, listed (``idiom_adverbials``) or by shape (``idiom_shapes``). Round 12: German adverb compounds
rendered morpheme for morpheme ("Criminal-legally.", "Traffic-technically.", "Weather-conditioned.",
"Time-near."; ``ConnectiveLists.german_compound``), long unknown adverbs in "-ally" ("Dramaturgically.") and
German idioms rendered word for word ("Short and good.", "Said, done.", "As had.", "Until dato.";
``idiom_shapes_round12``). Round 13: place adjectives as first halves ("European-legally."), "-ly" adverbs before
"seen" ("Sportingly seen."), "purely" before a domain adverb and more idioms ("Stand now."; ``idiom_shapes_round13``).
Round 14: nouns with "-ly" ("Riderly."; ``noun_adverb``), more idioms ("Times honest."; ``idiom_shapes_round14``).
"""
from __future__ import annotations

import re
from typing import Any

from mtcheck.lang.verbs import pos_tags
from mtcheck.rules.fragment_adverbs import adverb as _adverb
from mtcheck.rules.fragment_adverbs import (derived_adverb, german_compound, noun_adverb, scope_adverb,
                                            viewpoint_adverb)

_ADVERB_ONLY = frozenset({"ADV"})
_ADVERB_OR_NOUN = frozenset({"ADV", "NOUN"})
# Longer sentences are never read: a connective phrase and two more words fit well inside this.
MAX_CONNECTIVE_CHARS = 48


class _Memo(dict):
    """A function's answers, remembered: ``memo[word]`` computes only on the first lookup."""

    def __init__(self, function: Any) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, word: str) -> bool:
        if len(self) > 50_000:
            self.clear()
        value = self[word] = self._function(word)
        return value


def _phrase_table(phrases: Any) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases (as word tuples) that start with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return {first: sorted(found, key=len, reverse=True) for first, found in table.items()}


class ConnectiveLists:
    """The ``[fragment]`` lists this module reads, compiled once per data table."""

    def __init__(self, fragment: dict[str, Any]) -> None:
        self.advice: dict[str, str] = dict(fragment.get("standalone_connectives", {}))
        self.phrases = _phrase_table(self.advice)
        compound, suffixed = fragment.get("connective_shapes", ()), fragment.get("connective_suffix_shapes", ())
        self.compound = re.compile("|".join(compound) or "(?!)")
        self.suffixed = re.compile("|".join(suffixed) or "(?!)")
        self.any_shape = re.compile("|".join([*compound, *suffixed]) or "(?!)")
        self.conjunctions = frozenset(fragment.get("connective_conjunctions", ()))
        self.idioms = frozenset(fragment.get("idioms_after_conjunction", ()))
        self.particles = frozenset(fragment.get("connective_particles", ()))
        self.time_prepositions = _phrase_table(fragment.get("time_deixis_prepositions", ()))
        self.time_deixis = frozenset(fragment.get("time_deixis", ()))
        self.time_tails = frozenset(fragment.get("time_deixis_tails", ()))
        self.time_exempt = frozenset(fragment.get("time_deixis_exempt", ()))
        # Stance and time sentence adverbs ("probably", "of course", "since then"): a single word only if
        # lemminflect allows it as an adverb (or does not know it: "worryingly"); "un-" before a listed
        # word counts too ("unsurprisingly").
        listed = [*fragment.get("stance_adverbs", ()), *fragment.get("time_adverbials", ()),
                  *fragment.get("discourse_adverbs", ()), *fragment.get("afterthought_phrases", ()),
                  *fragment.get("idiom_adverbials", ())]
        self.adverbs = _phrase_table(a for a in listed if " " in a or _adverb(a))
        self.negated = frozenset(f"un{a}" for a in listed if " " not in a and not a.startswith("un")
                                 and _adverb(f"un{a}"))
        self.modifiers = _phrase_table(fragment.get("adverb_modifiers", ()))
        self.teasers = frozenset(fragment.get("adverb_teasers", ()))
        # "Strictly speaking.": an adverb in "-ly" before one of these; "Oddly enough.": a listed "-ly"
        # adverb before one of the tails.
        self.viewpoint = frozenset(fragment.get("viewpoint_participles", ()))
        self.tails = frozenset(fragment.get("adverb_tails", ()))
        self.negations = frozenset(fragment.get("adverb_negations", ()))
        self.contradicting = frozenset(fragment.get("contradicting_connectives", ()))
        # Round 6: any "-ly" sentence adverb by its word formation (``derived_adverb``), except replies of
        # agreement and the listed connectives (judged as connectives); afterthoughts are judged by the rule.
        self.replies = frozenset(fragment.get("reply_adverbs", ()))
        self.afterthoughts = frozenset(fragment.get("afterthought_adverbs", ())) | frozenset(
            fragment.get("afterthought_phrases", ()))
        # Round 11: of these, the ones English also writes after a statement of the same paragraph (the
        # negative replies "Hardly.", frequency and duration "Repeatedly.", the ironic "Technically.", the
        # phrases "Yet again."); any other manner, degree or hedge adverb there is a German one-word
        # sentence ("Heimlich." → "Secretly.", "Messbar." → "Measurably.", "Nominell." → "Nominally.").
        self.after_statement = frozenset(fragment.get("afterthought_replies", ())) | frozenset(
            fragment.get("afterthought_phrases", ()))
        # Round 11: German sentence adverbials rendered word for word, by their shape ("Seen overall.",
        # "Economically seen.", "All the more.", "With certainty.", "Without any question.", "In the end
        # effect.", "Under all circumstances."): regular expressions on the whole lower-case phrase.
        later = tuple(key for key in fragment if key.startswith("idiom_shapes_round")  # round 12 on, any round
                      and not key.endswith("_first_words"))
        shapes = [shape for key in ("idiom_shapes", *later) for shape in fragment.get(key, ())]
        self.idiom_shape = re.compile("|".join(f"(?:{shape})" for shape in shapes) or "(?!)")
        shape_firsts = frozenset(fragment.get("idiom_shape_first_words", ()))
        later_firsts = frozenset(word for key in later for word in fragment.get(f"{key}_first_words", ()))
        # Round 13: "The hearing after.": read only in a short sentence with this ending (sentence_fragment);
        # round 14: more endings ("All forecasts to spite.")
        postposition_firsts = frozenset(fragment.get("postposition_first_words", ()))
        self.postposition_ending = (fragment.get("postposition_ending", "\0"),
                                    *fragment.get("postposition_endings_round14", ()))
        self.idiom_firsts = shape_firsts | later_firsts | postposition_firsts
        # Round 12: German adverb compounds rendered morpheme for morpheme ("strafrechtlich" →
        # "criminal-legally", "witterungsbedingt" → "weather-conditioned", "zeitnah" → "time-near"): nouns
        # (or relational adjectives) and a hyphen before an adverb of domain in "-ally" or a listed second half.
        self.compound_tails = frozenset(fragment.get("compound_tails", ()))
        self.compound_exempt = frozenset(fragment.get("compound_first_exempt", ()))
        self.compound_adverb = re.compile(fragment.get("compound_domain_adverb", "(?!)"))
        self.compound_bodies = frozenset(fragment.get("compound_first_bodies", ()))  # round 13: "eu-legally"
        # Round 13: a viewpoint adverb in "-ly" before a participle of viewing ("Sportingly seen."), not the
        # adverbs of an English elliptical passive ("Rarely seen.", "Widely seen.")
        self.viewing = frozenset(fragment.get("viewing_participles", ()))
        self.not_viewing = self.afterthoughts | frozenset(fragment.get("viewing_adverb_exempt", ()))
        not_derived = self.replies | frozenset(self.advice)
        noun_exempt = frozenset(fragment.get("noun_adverb_exempt", ()))  # round 14: "Riderly.", not "Actorly."
        self.derived = _Memo(lambda word: word not in not_derived and (
            derived_adverb(word) or scope_adverb(word) or viewpoint_adverb(word) or self.german_compound(word)
            or noun_adverb(word, noun_exempt)))
        self.first_words = (frozenset(self.phrases) | self.conjunctions | frozenset(self.time_prepositions)
                            | frozenset(self.adverbs) | self.negated | frozenset(self.modifiers)
                            | shape_firsts)
        # Round 12: first words only the short literal idioms start with ("As had.", "To good last."): read
        # only in a short sentence, so that the common openers "as", "to", "after" cost nothing.
        self.idiom_only_firsts = later_firsts - self.first_words
        self.max_idiom_chars = int(fragment.get("max_chars_idiom_round12", 0))
        # The cheap pre-test: can a sentence of connectives start with this lower-case word? (remembered)
        self.starts = _Memo(lambda word: word in self.first_words or bool(self.any_shape.fullmatch(word))
                            or (bool(self.viewpoint) and word.endswith("ly") and len(word) > 5 and _adverb(word))
                            or scope_adverb(word) or viewpoint_adverb(word)
                            or ("-" in word and self.german_compound(word)))

    def german_compound(self, word: str) -> bool:
        """Is ``word`` (lower-case) a German adverb compound rendered morpheme for morpheme ("criminal-legally",
        "weather-conditioned")? See :func:`mtcheck.rules.fragment_adverbs.german_compound`."""
        return german_compound(word, self.compound_tails, self.compound_adverb, self.compound_exempt,
                               self.compound_bodies)

    def afterthought(self, adverb: str) -> bool:
        """Does ``adverb`` modify the verb of the sentence before it when it follows one ("He was warned.
        Repeatedly.", "Prices rose. Nationwide.")? Listed manner, degree and frequency adverbs, and scope."""
        return adverb in self.afterthoughts or scope_adverb(adverb)

    def quiet_after_statement(self, adverb: str) -> bool:
        """Is ``adverb`` (an afterthought) one English writes after a statement of the same paragraph ("He
        was warned. Repeatedly.", "Prices rose. Nationwide."; round 23: not a hyphenated "Europe-wide.")?"""
        return adverb in self.after_statement or (scope_adverb(adverb) and "-" not in adverb)

    def leads(self, words: list[str]) -> bool:
        """Do ``words`` open with a listed connective or sentence adverb ("in short", "at least", "in fact")?"""
        return bool(words) and bool(_match(self.phrases, words, 0) or _match(self.adverbs, words, 0))

    def shaped(self, word: str) -> bool:
        """Is ``word`` an adverb with a connective's shape ("thereupon", "henceforth", "nowadays")?"""
        tags = pos_tags(word)
        if self.compound.fullmatch(word):
            return tags <= _ADVERB_OR_NOUN and (not tags or "ADV" in tags)
        return bool(self.suffixed.fullmatch(word)) and (tags == _ADVERB_ONLY or tags == _ADVERB_OR_NOUN)

    def time_phrase(self, words: list[str], at: int) -> int:
        """How many words from ``at`` form a preposition, a time deixis and an optional tail ("from now on")."""
        for prep in self.time_prepositions.get(words[at], ()):
            end = at + len(prep)
            if tuple(words[at:end]) == prep and end < len(words) and words[end] in self.time_deixis:
                if " ".join(words[at:end + 1]) in self.time_exempt:
                    return 0
                end += 1
                return end - at + (end < len(words) and words[end] in self.time_tails)
        return 0


def _match(table: dict[str, list[tuple[str, ...]]], words: list[str], at: int) -> int:
    """How many words from ``at`` form one of the phrases of ``table`` (the longest); 0 if none does."""
    return next((len(p) for p in table.get(words[at], ()) if tuple(words[at:at + len(p)]) == p), 0)


def _units(words: list[str], lists: ConnectiveLists) -> list[str] | None:
    """The connective units ``words`` divides into (a listed phrase is its own text; a shaped adverb or a
    time phrase is marked "*"; a particle is dropped), or None if some word is none of them."""
    units, at = [], 0
    while at < len(words):
        phrase = next((p for p in lists.phrases.get(words[at], ()) if tuple(words[at:at + len(p)]) == p), None)
        if phrase:
            units.append(" ".join(phrase))
            at += len(phrase)
        elif n := lists.time_phrase(words, at):
            units.append("*")
            at += n
        elif lists.shaped(words[at]):
            units.append("*")
            at += 1
        elif words[at] in lists.particles and at:
            at += 1
        else:
            return None
    return units


def connective_only(text: str, lists: ConnectiveLists) -> str | None:
    """How to mend ``text`` if it is nothing but connectives, else None."""
    if len(text) > MAX_CONNECTIVE_CHARS or not text.endswith("."):
        return None
    if not lists.starts[text.split(None, 1)[0].rstrip(".,;").lower()]:
        return None
    parts = [part.split() for part in text[:-1].lower().replace(";", ",").split(",")]
    if not all(parts):
        return None
    first = parts[0]
    if len(first) > 1 and first[0] in lists.conjunctions:
        if " ".join(first[1:]) in lists.idioms:
            return None  # "And yet.", "But still."
        if first[0] not in lists.phrases:
            first = first[1:]  # "And moreover.": "and" is no connective on its own, "but" is
    found = [_units(words, lists) for words in [first, *parts[1:]]]
    if not all(found):
        return None
    units = [unit for part in found for unit in part]
    if units[0] != "*":
        return lists.advice[units[0]]
    return f"join it to the sentence it qualifies ('{text[:-1].split(',')[0].strip()}, ...')"


# Adverbs of domain and viewpoint that open an idiom shape ("Economically seen.", "Objectively viewed.").
_DOMAIN_ADVERB_ENDINGS = ("ally", "ively")
# A sentence adverb with its modifier and a conjunction fits in this many words ("But very probably.").
MAX_ADVERB_WORDS = 4


def adverb_only(text: str, lists: ConnectiveLists) -> str | None:
    """The sentence adverb ``text`` consists of ("Probably.", "Of course.", "Later.", "Very probably.",
    "But unfortunately.", "Unfortunately, however."), lower-case, else None. Any other word ("not", "so",
    a noun) makes it a reply or a phrase of its own: "Probably not.", "Apparently so.", "Later that day."."""
    if not text.endswith(".") or text.endswith(".."):
        return None
    parts = [part.split() for part in text[:-1].lower().split(",")]
    if not all(parts):
        return None
    if parts[0][0] in lists.idiom_firsts or (len(parts) == 1 and parts[0][0].endswith(_DOMAIN_ADVERB_ENDINGS)):
        phrase = " ".join(text[:-1].lower().split())  # commas kept: "said, done" (a reply "with certainty, yes")
        if lists.idiom_shape.fullmatch(phrase):  # "Seen overall.", "With certainty.", "All the more."
            return phrase
    if sum(map(len, parts)) > MAX_ADVERB_WORDS:
        return None
    if len(parts[0]) > 1 and parts[0][0] in lists.conjunctions:
        parts[0] = parts[0][1:]  # "But unfortunately."
    found = None
    for words in parts:
        at = 0
        while at < len(words):
            head = at + _match(lists.modifiers, words, at)  # "very", "most": only before an adverb
            n = _match(lists.adverbs, words, head) if head < len(words) else 0
            if not n and head < len(words) and (words[head] in lists.negated or lists.derived[words[head]]):
                n = 1  # "unsurprisingly", "annoyingly", "traditionally"
            if n <= 1 and head + 1 < len(words) and words[head + 1] in lists.viewpoint and (
                    words[head].endswith("ly") and _adverb(words[head])):
                n = 2  # "strictly speaking", "generally speaking"
            elif n == 1 and head + 1 < len(words) and words[head + 1] in lists.tails and words[head].endswith("ly"):
                n = 2  # "oddly enough"
            elif n == 1 and head + 1 < len(words) and words[head + 1] in lists.viewing and words[head].endswith(
                    ("ly", "-wise")) and words[head] not in lists.not_viewing:
                n = 2  # round 13: "sportingly seen", "humanly seen", not "rarely seen"
            if n:
                found = found or " ".join(words[head:head + n])
                at = head + n
                continue
            n = 0 if head > at else _match(lists.phrases, words, at)  # a connective beside it ("however")
            if not n:
                return None
            at += n
    return found
