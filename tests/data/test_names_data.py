"""The name and residue data behind MT403 and MT501-MT503: shape, regex hygiene, and each entry at work."""
from __future__ import annotations

import re
import tomllib

import pytest

from mtcheck.lang.wordstats import zipf
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.transliteration import Transliteration
from mtcheck.rules.transliteration_table import english_forms, table_of
from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts, run_rule

TRANSLIT = tomllib.loads((DATA_DIR / "de-en" / "transliteration.toml").read_text("utf-8"))
KNOWN = {k: (v if isinstance(v, dict) else {"en": v}) for k, v in TRANSLIT["known"].items()}
GIVEN = TRANSLIT["given_names"]
ALLOW = TRANSLIT["allow"]["names"]
EVIDENCE = " Sergei Ryabkov and Fyodor Lukyanov also spoke."
PAIRS = ("de", "fr", "es")
RESIDUE = {src: tomllib.loads((DATA_DIR / f"{src}-en" / "untranslated.toml").read_text("utf-8")) for src in PAIRS}


# --- transliteration.toml ------------------------------------------------------------------------

def test_known_tables_are_broad():
    assert len(KNOWN) + len(GIVEN) >= 150
    assert not set(KNOWN) & set(GIVEN)


@pytest.mark.parametrize("german", sorted(GIVEN))
def test_given_name_fires_unless_a_german_surname_follows(german):
    text = f"Yesterday {german} Petrov spoke."
    hits = run_rule(Transliteration, text)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(german, GIVEN[german])]
    assert GIVEN[german] != german and re.fullmatch(r"[^\W\d_]+", german)
    assert hit_texts(Transliteration, f"Yesterday {german} Schneider spoke.") == []


@pytest.mark.parametrize("german", sorted(KNOWN))
def test_known_entry_is_well_formed(german):
    entry = KNOWN[german]
    assert set(entry) <= {"en", "unless_next", "unless_previous"}
    assert re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", german) and german[0].isupper()
    assert entry["en"] and entry["en"] != german
    assert german not in ALLOW
    # A German form that English uses a lot would fire on English text unless it names its exceptions.
    assert zipf(german, "en") < 3.0 or entry.get("unless_next") or entry.get("unless_previous")


@pytest.mark.parametrize("german", sorted(KNOWN))
def test_known_entry_fires_with_its_english_form(german):
    text = f"Officials in the region mentioned {german} on Monday."
    hits = run_rule(Transliteration, text)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(german, KNOWN[german]["en"])]


def test_rewrite_rules_reproduce_most_of_the_table():
    """The patterns generalise: most table entries are what the rewrites alone would suggest."""
    table = table_of(Pack("de", "en"))
    exact = [g for g, e in KNOWN.items() if english_forms(g, table)[0] == e["en"]]
    assert len(exact) >= 0.6 * len(KNOWN)


@pytest.mark.parametrize("name", sorted(ALLOW))
def test_allowed_name_is_never_reported(name):
    assert hit_texts(Transliteration, f"Yesterday {name} spoke to reporters." + EVIDENCE) == []


def test_allow_list_has_no_duplicates():
    assert len(set(ALLOW)) == len(ALLOW)


def test_feature_evidence_and_rewrite_patterns_compile():
    for feature in TRANSLIT["features"]:
        assert set(feature) == {"name", "pattern", "strength"} and feature["strength"] in ("strong", "weak")
        re.compile(feature["pattern"])
    for pattern in TRANSLIT["evidence"]["patterns"] + TRANSLIT["patterns"]["german_origin"]:
        re.compile(pattern)
    for rewrite in TRANSLIT["rewrite"]:
        assert set(rewrite) <= {"pattern", "replace", "optional"}
        re.compile(rewrite["pattern"])


@pytest.mark.parametrize("english", ["Ryabkov", "Lukyanov", "Fyodor", "Khodorkovsky", "Zhirinovsky",
                                     "Medvedev", "Poroshenko", "Abramovich", "Khrushchev"])
def test_evidence_patterns_recognise_english_romanisation(english):
    assert any(re.search(p, english.lower()) for p in TRANSLIT["evidence"]["patterns"])


@pytest.mark.parametrize("english", ["Stoltenberg", "Sherman", "Brussels", "Washington", "Moscow", "Scholz"])
def test_evidence_patterns_ignore_other_names(english):
    assert not any(re.search(p, english.lower()) for p in TRANSLIT["evidence"]["patterns"])


# --- untranslated.toml (de, fr, es) ----------------------------------------------------------------

@pytest.mark.parametrize("src", PAIRS)
def test_residue_file_has_every_section(src):
    data = RESIDUE[src]
    assert isinstance(data["language"], str)
    assert {"function_words", "diacritics", "word_suffixes"} <= set(data["signals"])
    assert data["names"]["titles"] and data["allow"]["words"] and data["allow"]["phrases"]
    assert data["exonyms"] and data["abbreviations"]


@pytest.mark.parametrize("src", PAIRS)
def test_function_words_are_source_words_not_english_ones(src):
    words = RESIDUE[src]["signals"]["function_words"]
    assert len(set(words)) == len(words) >= 40
    for word in words:
        assert word == word.lower()
        assert zipf(word, src) >= 4.5, word  # really a frequent source-language word
        assert zipf(word, "en") < 5.0, word  # and not an everyday English one ("die", "a", "no")


@pytest.mark.parametrize("src", PAIRS)
def test_allow_lists_have_no_duplicates_or_exonyms(src):
    data = RESIDUE[src]
    folded = [w.casefold() for w in data["allow"]["words"]]
    assert len(set(folded)) == len(folded)
    assert len(set(data["allow"]["phrases"])) == len(data["allow"]["phrases"])
    assert not set(data["exonyms"]) & set(data["allow"]["words"])


@pytest.mark.parametrize("src, exonym", [(src, k) for src in PAIRS for k in RESIDUE[src]["exonyms"]])
def test_exonym_fires_with_its_english_name(src, exonym):
    value = RESIDUE[src]["exonyms"][exonym]
    english = value if isinstance(value, str) else value["en"]
    assert english and english != exonym
    text = f"Officials said that {exonym} was ready."
    hits = run_rule(UntranslatedWord, text, source=src)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(exonym, english)]


@pytest.mark.parametrize("src, entry", [(src, e) for src in PAIRS for e in RESIDUE[src]["abbreviations"]],
                         ids=lambda v: v if isinstance(v, str) else v["form"])
def test_abbreviation_fires_on_its_own_form(src, entry):
    assert set(entry) <= {"form", "en", "safe", "after_number", "only_after_number", "skip_before_year", "gloss",
                          "case_sensitive"}
    text = f"The figure was 5 {entry['form']} in the end, officials said."
    hits = run_rule(UntranslatedAbbreviation, text, source=src)
    assert [text[h.span.start:h.span.end] for h in hits] == [entry["form"]]
    expected = entry.get("after_number", entry["en"])
    assert hits[0].suggestion == expected
    assert bool(hits[0].fix and hits[0].fix.safe) is bool(entry.get("safe"))
