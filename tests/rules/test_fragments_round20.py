"""MT801 sentence-fragment, round 20: German proverbs and formulae rendered word for word, "-ingly" on a noun
and an untranslated German first part of an adverb compound.

Unseen material (fresh25) showed lone fragments of these kinds:

* "handballerisch" → "Handballingly.": "-ingly" on a common noun, a word neither lexicon knows;
* "landtagspolitisch" → "Landtag-politically.": a German noun left untranslated before an adverb of domain;
* participle tautologies: "Gesagt ist gesagt", "Versprochen ist versprochen" → "Said is said.", "Promised is
  promised." (English tautologies are of nouns and adjectives: "Enough is enough.", "Business is business.");
* closed formulae: "Gut gebrüllt, Löwe", "Glück im Unglück", "Alles paletti", "Gut Ding will Weile haben",
  "Apropos Stadion", "Hand drauf".

Left alone: the English tautologies, "Done is done.", "Apropos of nothing.", "Hand on heart.", "Hand in hand.",
"Trouble in paradise.", "All good.", "Onwards and upwards.". Written by hand for development (the blind set's
missed lines are listed as such; no other evaluation material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh25) missed, each in a sentence context written here.
MISSED = [
    ("The club won again. Handballingly. The season was strong.", "Handballingly."),
    ("The bill passed. Landtag-politically. It was a triumph.", "Landtag-politically."),
    ("The mayor hit back. Well roared, lion. The council laughed.", "Well roared, lion."),
    ("He wanted to back out. Said is said. The deal stands.", "Said is said."),
    ("She kept her word. Promised is promised. The money came.", "Promised is promised."),
    ("The roof fell but nobody was hurt. Luck in misfortune. The family moved out.", "Luck in misfortune."),
    ("The team was ready. Everything paletti. The match began.", "Everything paletti."),
    ("The project took years. Good thing wants while. The bridge opened.", "Good thing wants while."),
    ("The council met. Apropos stadium. The plans are ready.", "Apropos stadium."),
    ("The deal was made. Hand on it. They shook.", "Hand on it."),
]

FIRES = [
    ("The club lost again. Hockeyingly. The season was poor.", "Hockeyingly."),
    ("The bill passed. Kreistag-legally. It was allowed.", "Kreistag-legally."),
    ("The vote passed. Stadtrat-politically. It was a triumph.", "Stadtrat-politically."),
    ("They bought the car. Bought is bought. No refunds.", "Bought is bought."),
    ("We shook hands. Agreed is agreed. The plan holds.", "Agreed is agreed."),
    ("The fire spared the house. Fortune in misfortune. The family stayed.", "Fortune in misfortune."),
    ("The inspection went well. Everything in butter. The plant reopened.", "Everything in butter."),
    ("The wait was long. Good things want a while. The hall opened.", "Good things want a while."),
    ("The mayor spoke. Apropos parking. The garage is full.", "Apropos parking."),
    ("The speech was sharp. Nicely roared, lion. The hall clapped.", "Nicely roared, lion."),
]

QUIET = [
    "The talks failed. Enough is enough. The union will strike.",
    "He sacked his friend. Business is business. Nobody was surprised.",
    "He signed. A deal is a deal. The money was paid.",
    "The referee was strict. Rules are rules. The goal did not count.",
    "He lost and shook hands. Fair is fair. The better man won.",
    "I swear. Hand on heart. I did not take it.",
    "The firm grew. Onwards and upwards. Profits doubled.",
    "The test passed. All good. We shipped it.",
    "He stood up. Apropos of nothing. He began to sing.",
    "The past is past. Done is done. We move on.",
    "He said it. What is done is done. We move on.",
    "The two walked on. Hand in hand. The sun set.",
    "The house burnt. Trouble in paradise. The couple split.",
    "It happened. Open is open. The shop stays open.",
    "The Landtag met on Monday. The vote was close.",
    "The handball club won. The season was strong.",
    "Said the mayor: the plan is good.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_german_formulae_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
