"""MT801 sentence-fragment, round 15: stand-alone fragments of kinds rounds 11 to 14 held only in part.

Unseen material (fresh20) showed lone fragments of these kinds:

* a viewpoint adverb in "-wise" on a gerund or a compound stem ("Fencing-wise.", "International-law-wise.",
  "Monument-care-wise."): round 6's shape held one noun only, and lemminflect files "fencing" as a verb only;
* two German adverbs stacked with a hyphen ("seelsorgerisch" → "Pastorally-caringly."): each half an adverb
  made from an adjective;
* an adverb made from a gerund lemminflect files as a noun only ("bergsteigerisch" → "Mountaineeringly.");
* literal idioms by kind: "auf lange Sicht" → "On long sight.", "von Haus aus" → "From house out.", "für alle
  Fälle" → "For all cases.", "erst einmal" → "First once.".

English fragments stay quiet: "Clockwise.", "Streetwise.", "Wholly-owned.", "Really-truly.", "In the long run.",
"Just in case.", "In case.", "For now.", "First of all," before a list or a clause, "First time.", "On sight.",
"From home.", "Out of the house.", a reply after a question. (Earlier rounds list "Otherwise.", "Likewise.",
"In any case." and "At first." alone as German connectives, "Willingly." after a statement as a German manner
adverb; this round leaves them as they were.)

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh20) missed, each in a sentence context written here.
MISSED = [
    ("The club has a new hall. Fencing-wise. The young talents now train in the city.", "Fencing-wise."),
    ("The annexation was a breach. International-law-wise. The court has not yet ruled.",
     "International-law-wise."),
    ("The old church needs a new roof. Monument-care-wise. The state must pay for it.", "Monument-care-wise."),
    ("The priest visited the families. Pastorally-caringly. He was there for everyone.", "Pastorally-caringly."),
    ("The tour across the glacier was hard. Mountaineeringly. The group was not prepared.", "Mountaineeringly."),
    ("The new line will pay off. On long sight. Passenger numbers will double.", "On long sight."),
    ("The new coach is a teacher. From house out. He has never played football.", "From house out."),
    ("The hikers took a tent. For all cases. The weather in the Alps changes fast.", "For all cases."),
    ("The council wants to talk. First once. A decision will come later.", "First once."),
]

# Variants written here: the same kinds with other words.
VARIANTS = [
    # "-wise" on a gerund or a compound stem
    ("The new track is a gain. Cycling-wise. The city finally has a network.", "Cycling-wise."),
    ("The winter was poor. Skiing-wise. The lifts ran for six weeks only.", "Skiing-wise."),
    ("The village has changed. Shopping-wise. Only one baker is left.", "Shopping-wise."),
    ("The new law is a problem. Data-protection-wise. The ministry wants to change it.",
     "Data-protection-wise."),
    ("The new plant is a risk. Water-law-wise. The permit may be challenged.", "Water-law-wise."),
    ("The reform is bold. Labour-market-wise. Unions remain sceptical.", "Labour-market-wise."),
    # stacked German adverbs
    ("The nurse stayed with him. Humanly-touchingly. Nobody else did.", "Humanly-touchingly."),
    ("The film is a success. Artistically-technically. The budget was tiny.", "Artistically-technically."),
    ("The farm is run well. Ecologically-sustainably. The cows graze outside.", "Ecologically-sustainably."),
    # adverbs from gerunds
    ("The year was a success. Mountaineeringly. Three summits were climbed.", "Mountaineeringly."),
    ("The season was hard. Skiingly. The snow came late.", "Skiingly."),
    ("The weekend was perfect. Gardeningly. The roses are in bloom.", "Gardeningly."),
    # "auf lange Sicht", "auf kurze Sicht", "auf mittlere Sicht"
    ("The price of oil will fall. On short sight. The winter keeps it high.", "On short sight."),
    ("The company will grow. On medium sight. It needs new staff.", "On medium sight."),
    ("The euro will recover. On longer sight. Inflation is the risk.", "On longer sight."),
    # "von Haus aus"
    ("The new minister is a lawyer. From home out. She knows the courts well.", "From home out."),
    ("The chef is a baker. Of house out. He opened his first restaurant at forty.", "Of house out."),
    # "für alle Fälle"
    ("The school bought a defibrillator. For every case. Nobody hopes to use it.", "For every case."),
    ("The police stayed near the stadium. For all the cases. The match ended peacefully.",
     "For all the cases."),
    # "erst einmal", "zunächst einmal"
    ("The road stays closed. First of all once. The bridge must be checked.", "First of all once."),
    ("The club will wait. At first once. The new coach starts in July.", "At first once."),
    ("The plan is on hold. Initially once. The money is missing.", "Initially once."),
]

NEGATIVES = [
    # English "-wise" words and viewpoint adverbs that frame a clause
    "Turn the screw. Clockwise.",
    "He is a city boy. Streetwise.",
    "Cycling-wise, the city has improved a lot.",
    "How was the season? Skiing-wise, great.",
    "Was it a good year? Fencing-wise.",
    "Price-wise, the new model is cheaper.",
    # hyphenated adverbs of English
    "The company is a subsidiary. Wholly-owned.",
    "The deal was done. Slowly-slowly.",
    "The princess smiled. Really-truly.",
    "The prices were high. Eye-wateringly.",
    "The project went well. Self-evidently.",
    # English idioms and fragments
    "The new line will pay off. In the long run.",
    "The hikers took a tent. Just in case.",
    "The hikers took a tent. In case.",
    "The shops stay closed. For now.",
    "The shops stay closed. For the time being.",
    "First of all, the bridge must be checked.",
    "The plan has three steps. First of all:",
    "Was it his first visit? First time.",
    "He won the race. First time.",
    "The suspect was shot. On sight.",
    "She works from home. From home.",
    "He ran out of the house. Out of the house.",
    "He went from house to house.",
    "The house was empty. From top to bottom.",
    "The plan failed. For all that.",
    "The rain stopped. For a while.",
    "He looked back. Long-sighted.",
    "The talks went well. Business-wise, the deal is done.",
    "He sings. Otherwise he paints.",
    "For all cases, the same rule applies.",
    "Only once.",
    "The ship sank. On the long voyage home.",
    "The rule was the same. For all members.",
    "He was here. Once.",
    "He tried it once. First once, then twice.",
    "It was his first once in a lifetime trip.",
    # replies, quotations, framing with a comma, lists
    "Will the line pay off? On long sight.",
    "“First once.” That was all the mayor said.",
    "On long sight, the new line will pay off.",
    "Options for the vote:\n- For all cases.\n- First once.",
]

EXAMPLES = MISSED + VARIANTS


def _fires(text: str, fragment: str) -> bool:
    return hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", EXAMPLES)
def test_wise_stacked_gerund_adverbs_and_idioms_fire(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_english_fragments_and_replies_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_dev_set_is_large_enough():
    assert len(MISSED) == 9 and len(VARIANTS) >= 20 and len(NEGATIVES) >= 40
