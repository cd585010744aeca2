"""MT502 untranslated-word, round 14: rarer German nouns by kind.

fresh19's blind run missed "Tiefwasserhafen", "Containerbrücke", "Dispozins", "Wurmkur", "Lootboxen",
"Sternschnuppen", "Korbleger", "Zuspielerin", "Hengst" and "Wallach". By kind:

- an agent noun made of a common verb's stem and -er after a common word or a prefix ("Korb|leg|er",
  "Zu|spiel|er"), and the feminine of one ("Zuspieler|in"): too rare for the word lists, a noun by its
  shape (reported in a common noun's slot only, as round 8's rarer words are);
- a compound with a place's ending whose first part is itself two common words ("Tief|wasser|hafen"):
  places are named after a person or a place ("Friedrichs|hafen"), not after a thing's description;
- a plural after a number is in a common noun's slot ("100 Sternschnuppen", "40 Containerbrücken"); a
  year is not ("in 2015 Merkel");
- a capitalised word German uses often and English hardly at all, with no German ending ("Hengst"): a
  noun or a surname, so reported only in a common noun's slot.

Written by hand for development; the fresh19 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    # agent nouns of a verb after a common word or a prefix, and their feminines
    ("She made the decisive Korbleger in the last minute.", "Korbleger"),
    ("The team's Zuspielerin set up most of the points.", "Zuspielerin"),
    ("The new Zuspieler arrived from Italy.", "Zuspieler"),
    ("A Fensterputzer fell from the scaffolding.", "Fensterputzer"),
    ("The Kartenabreißer at the entrance checked the tickets.", "Kartenabreißer"),
    ("The Zuspielerinnen trained separately.", "Zuspielerinnen"),
    # a place's ending after a head of two common words
    ("The Tiefwasserhafen in the north is still under construction.", "Tiefwasserhafen"),
    ("A new Tiefwasserhafen would cost billions.", "Tiefwasserhafen"),
    ("The Hochwasserdamm broke in two places.", "Hochwasserdamm"),
    ("The Kaltwasserturm was demolished.", "Kaltwasserturm"),
    # after a number
    ("Up to 60 Sternschnuppen can be seen every hour.", "Sternschnuppen"),
    ("The farm keeps 40 Mähdrescher in its sheds.", "Mähdrescher"),
    ("He counted 12 Funkmasten along the road.", "Funkmasten"),
    # a frequent German noun without a German ending, in a noun's slot
    ("The young Hengst won the race in Baden-Baden.", "Hengst"),
    ("A Hengst from the stud was sold at auction.", "Hengst"),
    ("The eleven-year-old Hengst was retired after the season.", "Hengst"),
]

PASSES = [
    # surnames and names in a name's place
    "Hengst said the horse was sold.",
    "According to Hengst, the stud will close.",
    "Michael Hengst won the race.",
    "The Hengst family owns the stud.",
    "Eli Wallach starred in the western.",
    "Wallach was a famous actor.",
    "The Wallach family donated the building.",
    "Arnd Zuspieler was born in Bonn.",
    # named bridges, harbours and towers
    "The Oberbaumbrücke connects Kreuzberg and Friedrichshain.",
    "The Köhlbrandbrücke will be replaced.",
    "Ferries leave from Friedrichshafen.",
    "Ships dock at Bremerhaven and Wilhelmshaven.",
    "The Westhafen is Berlin's largest port.",
    "They walked across the Theaterplatz.",
    # years and numbers before names
    "In 2015 Merkel opened the borders.",
    "In 1989 Honecker was ousted.",
    "The 1860 Munich fans celebrated.",
    "She won 3 Grammys last year.",
    "The 2 Unlimited concert was sold out.",
    # English agent nouns and compounds
    "The Bookkeeper was promoted.",
    "The Gatekeeper stopped him at the door.",
    "A Windbreaker hung on the door.",
    "The Stormchaser film opened on Friday.",
    "The Upholder returned to port.",
    # German names
    "The Zugspitze is Germany's highest mountain.",
    "Schweinsteiger played for Manchester United.",
    "The Schuhmacher brothers opened a shop.",
]

# Known misses (left alone): a loan English writes ("Container") before a place's ending is also how streets
# and squares are named ("Theaterplatz"); a clipped first part ("Dispo|zins"); a three-letter last part
# ("Wurm|kur"); a German plural of an English compound ("Lootbox|en"); a surname English knows ("Wallach");
# a compound neither word list knows.
MISSES = [
    ("The Containerbrücke can unload forty boxes an hour.", "Containerbrücke"),
    ("The Dispozins is still above ten percent.", "Dispozins"),
    ("The dog needs a Wurmkur twice a year.", "Wurmkur"),
    ("Many parents want to ban Lootboxen.", "Lootboxen"),
    ("The Wallach was sold at auction.", "Wallach"),
    ("Every Brötchenholer in the office was late.", "Brötchenholer"),  # in neither word list
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES + [pytest.param(*m, marks=pytest.mark.xfail(strict=True)) for m in MISSES])
def test_rarer_german_nouns_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
