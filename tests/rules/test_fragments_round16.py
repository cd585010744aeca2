"""MT801 sentence-fragment, round 16: stand-alone adverbs and an idiom local-news MT leaves.

Unseen material (fresh21) showed lone fragments of these kinds:

* an adverb made with "-ly" from an agent noun or an activity noun ("wirtsleutlich"/"gastwirtlich" →
  "Innkeeperly.", "motorsportlich" → "Motorsportly."): round 14's shape wanted a common noun lemminflect
  knows (wordfreq at 3.0 or more), and "innkeeper" is rarer, "motorsport" unknown to lemminflect;
* a German viewpoint adverb rendered with "-ily" on a noun before "seen" ("handwerklich gesehen" →
  "Handcraftily seen."): round 13's "X seen." needs an adverb, and "handcraftily" is none English knows;
* the literal idiom "hin und wieder" → "Towards and again." (and "hin und her" → "Towards and fro.").

English fragments stay quiet: "Friendly.", "Lovely.", "Elderly.", "Seen.", "Again and again.", "Now and again.",
"Early.", "Costly.", "Rarely seen.", "Easily seen.", "To and fro.".

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh21) missed, each in a sentence context written here.
MISSED = [
    ("The inn has new owners. Innkeeperly. The couple have thirty years of experience.", "Innkeeperly."),
    ("The weekend was a success. Motorsportly. The rally drew more drivers than ever.", "Motorsportly."),
    ("The new bench is a masterpiece. Handcraftily seen. Every joint was cut by hand.", "Handcraftily seen."),
    ("The choir still meets. Towards and again. New singers join the rehearsals.", "Towards and again."),
]

FIRES = [
    ("The landlord retired last year. Publicanly. He was a legend in the village.", "Publicanly."),
    ("The new keeper is strong. Goalkeeperly. He saved two penalties.", "Goalkeeperly."),
    ("The shop has a long history. Shopkeeperly. The family runs it in the fourth generation.", "Shopkeeperly."),
    ("The roof is well made. Carpentrily seen. The beams will last a century.", "Carpentrily seen."),
    ("The old mill is charming. Handcraftily. Every beam was cut by hand.", "Handcraftily."),
    ("We meet at the lake. Towards and again. The water is still cold.", "Towards and again."),
    ("The dog ran along the fence. Towards and fro. Nobody could calm it.", "Towards and fro."),
]

QUIET = [
    "The new neighbours were kind. Friendly. They brought a cake.",
    "The garden is beautiful. Lovely. We will come back.",
    "Most of the residents are old. Elderly. Many live alone.",
    "The comet was faint. Seen. But only with a telescope.",
    "He tried. Again and again. He never gave up.",
    "We meet at the lake. Now and again. The water is cold.",
    "The train arrived. Early. Nobody was on the platform.",
    "The repairs were expensive. Costly. The council must pay.",
    "The bird is shy. Rarely seen. It lives in the reeds.",
    "The sign is big. Easily seen. It stands by the road.",
    "The pendulum swung. To and fro. Nobody stopped it.",
    "The work is done. Scholarly. It cites every source.",
    "The brush strokes are loose. Painterly. The colours glow.",
    "The Kimberly mine closed. Work moved elsewhere.",
    "Waverly Station was busy. Trains were late.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_round16_fragments_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
