"""Adverbs by word formation, for MT801's stand-alone adverbs (``fragment_connectives``): an adverb in "-ly"
made from an adjective or participle ("Annoyingly.", "Officially."), an adverb of extent in "-wide"
("Nationwide."), of viewpoint in "-wise" ("Personnel-wise."), and a German adverb compound rendered
morpheme for morpheme ("Criminal-legally.", "Weather-conditioned."). Round 14: an adverb made from a noun
with "-ly" ("Riderly."), a gerund as a compound's first half ("Shipping-technically."). Round 15: "-wise" on a
gerund or a compound ("Fencing-wise.", "International-law-wise."), two adverbs stacked with a hyphen
("Pastorally-caringly."), an adverb made from a gerund filed as a noun ("Mountaineeringly."). Round 16: "-ly" on a
rarer agent noun or a noun lemminflect lacks ("Innkeeperly.", "Motorsportly."), "-ily" on a noun
("Handcraftily."). Round 21: "-wise" on a common word lemminflect lacks ("Calorie-wise."), a rarer noun before
an adverb of domain ("Federalism-politically."). lemminflect's lexicon
tells parts of speech; wordfreq's frequencies stand in for the words it lacks.
"""
from __future__ import annotations

import re
from typing import Collection

from mtcheck.lang.verbs import pos_tags
from mtcheck.lang.wordstats import zipf

_ADVERB_ONLY = frozenset({"ADV"})
_NOUN = frozenset({"NOUN"})
_VERB = frozenset({"VERB"})
_NOUN_OR_ADJECTIVE = frozenset({"NOUN", "ADJ"})
_PARTICIPLE_ENDINGS = ("ing", "ed")
# Round 14: "ing" for gerunds of sport lemminflect lacks ("footballing" → "Footballingly.", German "fußballerisch")
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "ic", "ical", "ent", "ant", "less", "ary", "ing")
_MIN_STEM_ZIPF = 2.5  # "noticeable" 3.0, "regrettable" 2.9
_MIN_UNKNOWN = 7  # letters of a word lemminflect does not know: "weirdly", "worryingly", not "Molly"
# Endings only an adverb has: an unknown word of this length with one is an adverb even if its adjective is
# rare ("dramaturgically": "dramaturgical" is too rare for wordfreq's threshold).
_ADVERB_SUFFIXES = ("ally",)  # "dramaturgically", "organisationally", "infrastructurally"
_MIN_UNKNOWN_SUFFIXED = 10


def _stems(word: str) -> tuple[str, ...]:
    """The adjectives ``word`` (in "-ly") may be made from: "annoying", "happy", "basic"/"traditional",
    "probable"/"gentle", "true"/"whole", "full"."""
    base = word[:-2]
    stems = (base, f"{base}e", f"{word[:-1]}e", word[:-1])  # "slow-", "tru-e", "probabl-e", "full"
    if base.endswith("i"):
        return (*stems, f"{base[:-1]}y")  # "happily"
    if base.endswith("al"):
        return (*stems, base[:-2])  # "basically" -> "basic"
    return stems


def _adjective(stem: str) -> bool:
    """Is ``stem`` an English adjective or a participle used as one ("traditional", "annoying", "reported")?
    lemminflect lacks some common adjectives ("foreseeable"): an unknown word with an adjective's ending
    that wordfreq finds common enough counts too."""
    tags = pos_tags(stem)
    if not tags:
        return stem.endswith(_ADJECTIVE_ENDINGS) and zipf(stem, "en") >= _MIN_STEM_ZIPF
    if stem.endswith("ing") and "NOUN" in tags and zipf(f"{stem}ly", "en") < _MAX_NOUN_ADVERB_ZIPF:
        return True  # round 15: a gerund filed as a noun only, an adverb nobody writes ("mountaineeringly")
    return "ADJ" in tags or (stem.endswith(_PARTICIPLE_ENDINGS) and "VERB" in tags)


def _word(stem: str) -> bool:
    """Is ``stem`` an English word at all (lemminflect knows it, or wordfreq finds it common enough)?
    lemminflect's lexicon lacks many adjectives ("noticeable", "regrettable") or files them under
    another part of speech ("complete" as a verb, "visible" as a noun)."""
    return bool(pos_tags(stem)) or zipf(stem, "en") >= _MIN_STEM_ZIPF


def derived_adverb(word: str) -> bool:
    """Is ``word`` (lower-case) an adverb in "-ly" made from an adjective ("annoyingly", "unexpectedly",
    "traditionally", "officially")? lemminflect knows it only as an adverb and its stem as a word, or
    does not know it and its stem is an adjective or participle ("worryingly", "frustratingly"). Not an
    adjective in "-ly" ("friendly", "deadly", "kindly", "early"), not a name ("Italy", "Kelly")."""
    if len(word) < 5 or not word.endswith("ly") or not word.isalpha():
        return False
    tags = pos_tags(word)
    if (tags and tags != _ADVERB_ONLY) or (not tags and len(word) < _MIN_UNKNOWN):
        return False  # an adjective, a noun; a short unknown word is a name ("Molly", "Vitaly")
    if not tags and len(word) >= _MIN_UNKNOWN_SUFFIXED and word.endswith(_ADVERB_SUFFIXES):
        return True  # round 12: "dramaturgically", "infrastructurally": a long word in "-ally" is an adverb
    test = _word if tags else _adjective
    for stem in _stems(word):
        if len(stem) > 2 and (test(stem) or (stem.startswith("un") and len(stem) > 5 and test(stem[2:]))):
            return True
    return False


_MIN_SCOPE_ZIPF = 3.0  # "nation", "state", "world", "Europe", "company", "city"


def viewpoint_adverb(word: str) -> bool:
    """Is ``word`` (lower-case) a viewpoint adverb made of a noun and "-wise" ("personnel-wise",
    "content-wise", "time-wise")? German writes "Personell." or "Inhaltlich." alone; English puts it
    before the clause it frames ("Content-wise, the plan is sound."). Round 15: the stem may be a gerund
    lemminflect files as a verb only ("fencing-wise", "skiing-wise") or a compound of up to three parts, nouns
    or adjectives before a noun ("international-law-wise", "monument-care-wise", German "völkerrechtlich",
    "denkmalpflegerisch")."""
    if len(word) < 8 or not word.endswith("-wise"):
        return False
    *heads, stem = word[:-5].split("-")
    if len(heads) > 2 or not all(_compound_head(head, _NOUN_OR_ADJECTIVE, ()) for head in heads):
        return False
    if _noun_stem(stem, unknown_ok=not heads):
        return True  # round 21: a common word lemminflect lacks, alone ("calorie-wise", German "kalorienmäßig")
    return stem.endswith("ing") and pos_tags(stem) == _VERB and zipf(stem, "en") >= _MIN_SCOPE_ZIPF


def scope_adverb(word: str) -> bool:
    """Is ``word`` (lower-case) an adverb of extent made of a noun and "-wide" ("nationwide", "statewide",
    "Europe-wide")? German writes "Bundesweit." or "Weltweit." alone; English joins it to its clause."""
    return len(word) >= 7 and word.endswith("wide") and _noun_stem(word[:-4].rstrip("-"), unknown_ok=True)


def _noun_stem(stem: str, unknown_ok: bool) -> bool:
    """Is ``stem`` a common English noun (or, with ``unknown_ok``, a common word lemminflect lacks: "europe")?"""
    if not stem.isalpha() or zipf(stem, "en") < _MIN_SCOPE_ZIPF:
        return False
    tags = pos_tags(stem)
    return "NOUN" in tags or (unknown_ok and not tags)


def adverb(word: str) -> bool:
    """May ``word`` be an adverb? lemminflect says so, or does not know the word."""
    tags = pos_tags(word)
    return not tags or "ADV" in tags


def german_compound(word: str, tails: Collection[str], adverb_shape: re.Pattern[str], exempt: Collection[str],
                    bodies: Collection[str] = ()) -> bool:
    """Is ``word`` (lower-case) a German adverb compound rendered morpheme for morpheme: nouns and a hyphen
    before an adverb of domain ("criminal-legally", "traffic-technically", "data-protection-legally",
    "climate-neutrally"; the first parts may be relational adjectives: "civil-legally") or before a listed
    second half, after nouns only ("weather-conditioned", "time-near", "number-moderately")? Not an English
    compound: a prefix or combining form first ("self-evidently", "socio-economically", "counter-"), any
    other second half ("single-handedly", "cost-effectively", "tax-free"), "air-conditioned". Round 13: before
    an adverb of domain a first part may be a place's adjective or name lemminflect lacks ("european-legally",
    "europe-politically"; not a combining form in "-o": "anglo-", "sino-") or one of ``bodies`` ("eu-legally")."""
    parts = word.split("-")
    if not 1 < len(parts) <= 4:
        return False
    if stacked_adverbs(parts):
        return True  # round 15: "pastorally-caringly"
    tail, heads = parts[-1], parts[:-1]
    if tail in tails:
        wanted = _NOUN  # a listed second half ("-conditioned", "-near"): after nouns only
    elif adverb_shape.fullmatch(tail) and adverb(tail):
        wanted = _NOUN_OR_ADJECTIVE
    else:
        return False
    # round 18: a possessive first part ("people's-legally", German "völkerrechtlich"): the noun it is made of
    return all(head in bodies or _compound_head(head[:-2] if head.endswith(_POSSESSIVE) else head, wanted, exempt)
               for head in heads)


_POSSESSIVE = ("'s", "’s")


_MIN_STACKED = 7  # letters of each stacked adverb: "pastorally", "humanly"; not "really-truly"


def stacked_adverbs(parts: list[str]) -> bool:
    """Are ``parts`` (a hyphenated word's, lower-case) two or three different adverbs made from adjectives,
    stacked as German stacks its adverbs ("seelsorgerisch" → "pastorally-caringly", "menschlich-warm" →
    "humanly-warmly")? Not English reduplication ("slowly-slowly") nor short intensifiers ("really-truly")."""
    return (len(parts) <= 3 and len(set(parts)) == len(parts)
            and all(len(part) >= _MIN_STACKED and derived_adverb(part) for part in parts))


def _compound_head(head: str, wanted: frozenset[str], exempt: Collection[str]) -> bool:
    """May ``head`` be a first part of a German compound: a common noun (or, before an adverb of domain, an
    adjective, or a word lemminflect lacks that is no combining form: "european", "bavarian", "europe")?
    Round 20: before an adverb of domain, also a German noun left untranslated, rare in English and common in
    German ("landtag-politically", "stadtrat-legally")."""
    if len(head) <= 2 or not head.isalpha() or head in exempt:
        return False
    tags = pos_tags(head)
    if zipf(head, "en") < _MIN_SCOPE_ZIPF:
        if wanted is _NOUN_OR_ADJECTIVE and zipf(head, "en") >= _MIN_RARE_HEAD_ZIPF and (
                "NOUN" in tags or (not tags and not head.endswith("o"))):
            return True  # round 21: a rarer English noun before an adverb of domain ("federalism-politically")
        return (wanted is _NOUN_OR_ADJECTIVE and len(head) >= _MIN_GERMAN_HEAD and not tags
                and zipf(head, "de") >= _MIN_GERMAN_HEAD_ZIPF)
    if wanted is _NOUN_OR_ADJECTIVE and tags == _VERB and head.endswith("ing"):
        return True  # round 14: a gerund lemminflect files as a verb only ("shipping-technically", "mining-legally")
    return not wanted.isdisjoint(tags) or (not tags and wanted is _NOUN_OR_ADJECTIVE and not head.endswith("o"))


_MAX_NOUN_ADVERB_ZIPF = 1.0  # English adjectives of this shape are rarer words, not unknown ones: "writerly" 1.8
_MIN_NOUN_STEM_ZIPF = 3.0  # "craftsman" 3.2, "goalkeeper" 3.8, "rider" 4.0


def noun_adverb(word: str, exempt: Collection[str]) -> bool:
    """Is ``word`` (lower-case) an adverb made from a noun with "-ly" that English lacks ("riderly", "runnerly",
    "driverly", "businessly"; German "reiterlich", "läuferisch", "fahrerisch", "geschäftlich")? Neither
    lemminflect nor wordfreq knows it, and its stem is a common noun that is no adjective. Not the English
    adjectives of this shape, which wordfreq knows ("painterly", "writerly", "scholarly") or ``exempt`` lists
    ("actorly", "lawyerly")."""
    if len(word) < _MIN_UNKNOWN or not word.endswith("ly") or not word.isalpha() or word in exempt:
        return False
    if pos_tags(word) or zipf(word, "en") >= _MAX_NOUN_ADVERB_ZIPF:
        return False
    if word.endswith("ingly") and _ingly_noun(word[:-5]):
        return True  # round 20: "-ingly" on a noun, as on "footballing" ("handballerisch" → "handballingly")
    stem = word[:-2]
    tags = pos_tags(stem)
    if not tags and zipf(stem, "en") >= _MIN_NOUN_STEM_ZIPF:
        return True  # round 16: a common word lemminflect lacks, no adjective ("motorsport" → "Motorsportly.")
    # round 16: an agent noun a little rarer ("innkeeper" 2.7, "publican" 2.5 → "Innkeeperly.", "Publicanly.")
    least = _MIN_AGENT_STEM_ZIPF if stem.endswith(_AGENT_ENDINGS) else _MIN_NOUN_STEM_ZIPF
    if "NOUN" in tags and "ADJ" not in tags and zipf(stem, "en") >= least:
        return True
    # round 16: "-ily" on a noun, as on an adjective in "-y" ("handwerklich" → "handcraftily", "carpentrily")
    return word.endswith("ily") and any(_ily_stem(base) for base in (word[:-3], f"{word[:-3]}y"))


_MIN_AGENT_STEM_ZIPF = 2.5
_MIN_GERMAN_HEAD = 5  # letters of an untranslated German first part: "landtag", "kreistag"
_MIN_GERMAN_HEAD_ZIPF = 3.0  # its German frequency: "landtag" 4.3, "kreistag" 3.4
_MIN_RARE_HEAD_ZIPF = 2.5  # round 21: "federalism" 2.98, "separatism" 2.7, "protectionism" 2.81
_AGENT_ENDINGS = ("er", "or", "ist", "an")
_MIN_ILY_STEM_ZIPF = 2.0  # "handcraft" 2.0, "carpentry" 2.9


def _ily_stem(base: str) -> bool:
    """Is ``base`` a noun (or a verb of making: "handcraft") and no adjective, common enough?"""
    tags = pos_tags(base)
    return bool(tags) and "ADJ" not in tags and not tags.isdisjoint(("NOUN", "VERB")) \
        and zipf(base, "en") >= _MIN_ILY_STEM_ZIPF


def _ingly_noun(stem: str) -> bool:
    """Is ``stem`` (of a word in "-ingly" neither lemminflect nor wordfreq knows) a common noun and no verb or
    adjective ("handball", "hockey", "tennis"; "handballingly" as "footballingly" is made of "footballing")?"""
    tags = pos_tags(stem)
    return tags == _NOUN and zipf(stem, "en") >= _MIN_NOUN_STEM_ZIPF
