"""The Slavic-name lists MT403 reads for context (data/common/slavic_names.en.toml)."""
from __future__ import annotations

import pytest

from mtcheck.lang.wordstats import zipf
from mtcheck.rules.romanisation_shapes import SlavicNames, slavic_names

NAMES = slavic_names()


@pytest.mark.parametrize("field", SlavicNames._fields)
def test_every_list_is_filled_and_holds_capitalised_words(field):
    words = getattr(NAMES, field)
    assert len(words) >= 20
    for word in words:
        assert word[:1].isupper() and " " not in word, word


def test_a_given_name_is_either_east_slavic_or_shared_never_both():
    assert not NAMES.east_slavic_given & NAMES.shared_given


def test_east_slavic_given_names_are_no_everyday_english_words():
    """A given name that is also a common English word ("Bill", "Mark") would say nothing."""
    assert [n for n in NAMES.east_slavic_given if zipf(n.lower(), "en") >= 4.5] == []


def test_the_lists_are_sorted_and_unique_in_the_file():
    import tomllib

    from mtcheck.packs import DATA_DIR

    data = tomllib.loads((DATA_DIR / "common" / "slavic_names.en.toml").read_text("utf-8"))
    for field in SlavicNames._fields:
        assert data[field] == sorted(set(data[field])), field
