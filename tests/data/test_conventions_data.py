"""The locale and structure data: every conventions.toml and common/structure.en.toml parse and hold
what the rules expect (tables, keys, types, no duplicates, English values)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mtcheck.lang.places import gazetteer
from mtcheck.packs import DATA_DIR, available_pairs
from mtcheck.rules.locale_conventions import MONTHS

WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
CONVENTION_FILES = sorted(DATA_DIR.glob("*-*/conventions.toml"))
STRUCTURE = DATA_DIR / "common" / "structure.en.toml"

# table -> key -> type every conventions.toml must have
REQUIRED = {
    "numbers": {"thousands_separators": list, "decimal_separator": str},
    "dates": {"numeric_separators": list, "ambiguous_separators": list, "order": str, "ordinal_dot": bool,
              "day_suffixes": list, "day_month_links": list, "date_prepositions": list,
              "months": dict, "weekdays": dict},
    "times": {"clock_words": list, "hour_letter": str},
    "currency": {"symbols": list, "words": dict, "scales": dict},
    "percent": {"space_before_sign": bool, "words": dict},
}


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)  # raises on a duplicated key


def test_the_three_pairs_have_conventions() -> None:
    assert {p.parent.name for p in CONVENTION_FILES} >= {"de-en", "fr-en", "es-en"}
    assert {p.parent.name for p in CONVENTION_FILES} <= set(available_pairs())


@pytest.mark.parametrize("path", CONVENTION_FILES, ids=lambda p: p.parent.name)
def test_conventions_have_required_fields(path: Path) -> None:
    data = _load(path)
    for table, keys in REQUIRED.items():
        assert table in data, f"{path}: missing [{table}]"
        for key, kind in keys.items():
            assert isinstance(data[table].get(key), kind), f"{path}: [{table}] {key} must be {kind.__name__}"


@pytest.mark.parametrize("path", CONVENTION_FILES, ids=lambda p: p.parent.name)
def test_conventions_values_make_sense(path: Path) -> None:
    data = _load(path)
    numbers, dates = data["numbers"], data["dates"]
    assert len(numbers["decimal_separator"]) == 1
    assert numbers["decimal_separator"] not in numbers["thousands_separators"]
    assert all(len(s) == 1 for s in numbers["thousands_separators"] + dates["numeric_separators"])
    assert not set(dates["numeric_separators"]) & set(dates["ambiguous_separators"])
    assert dates["order"] in {"dmy", "mdy", "ymd"}
    assert set(dates["months"].values()) <= set(MONTHS)
    assert set(dates["weekdays"].values()) <= WEEKDAYS
    assert all(isinstance(v, str) and v for t in ("words", "scales") for v in data["currency"][t].values())
    assert all(v and v == v.lower() for v in data["percent"]["words"].values())
    for table in (dates["months"], dates["weekdays"], data["currency"]["words"], data["currency"]["scales"]):
        assert len({k.casefold() for k in table}) == len(table), f"{path}: keys differ only in case"


@pytest.mark.parametrize("path", CONVENTION_FILES + [STRUCTURE], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_duplicate_list_entries(path: Path) -> None:
    def lists(node, where=""):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from lists(value, f"{where}.{key}")
        elif isinstance(node, list):
            yield where, node

    for where, values in lists(_load(path)):
        dupes = sorted({v for v in values if values.count(v) > 1})
        assert not dupes, f"{path}{where} repeats {dupes}"


def test_structure_data_shape() -> None:
    data = _load(STRUCTURE)
    grammar, fragment, dateline = data["grammar"], data["fragment"], data["dateline"]
    lower_lists = (grammar["phrase_openers"], grammar["function_words"], fragment["subordinators"],
                   fragment["elliptical_followers"], fragment["exempt"]["caption_prefixes"],
                   fragment["stranded_clause_openers"], fragment["stranded_clause_exempt"],
                   data["locale_context"]["scale_words"], data["locale_context"]["date_prepositions"],
                   data["locale_context"]["count_units"], data["locale_context"]["decimal_units"],
                   data["locale_context"]["non_quantity_words"])
    for values in lower_lists:
        assert values and all(v == v.lower() and v == v.strip() and "  " not in v for v in values)
    assert all(k == k.lower() and v for k, v in fragment["standalone_connectives"].items())
    assert set(fragment["stranded_clause_openers"]) <= set(fragment["subordinators"])
    assert isinstance(fragment["min_words_after_subordinator"], int)
    assert isinstance(fragment["max_words_stranded_clause"], int)
    assert isinstance(fragment["exempt"]["long_verbless_words"], int)
    re.compile(fragment["exempt"]["list_item_pattern"])
    capitalised = ("sentence_starters", "demonyms", "first_names", "attributive_titles")
    assert all(w[:1].isupper() for key in capitalised for w in dateline[key])
    assert not set(dateline["attributive_titles"]) & set(dateline["sentence_starters"])
    assert all(p[:1].isupper() for p in dateline["places"] + dateline["given_name_places"])


def test_dateline_words_are_not_places() -> None:
    """A sentence starter or first name that is also a place would make "Berlin Paris ..." ambiguous."""
    data = _load(STRUCTURE)["dateline"]
    places = gazetteer(tuple(data["places"]))
    assert not set(data["sentence_starters"]) & places
    assert {"Brussels", "Berlin", "Düsseldorf", "München", "Kyiv", "New York", "Frankfurt/Main"} <= places
    # city names that are English words stay out unless the data list puts them back
    assert not ({"Reading", "Police", "Most", "Much", "Young", "Independence"} - set(data["places"])) & places
