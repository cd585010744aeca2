"""MT801 sentence-fragment, round 23: a comparative before "still" left as a sentence of its own; a hyphenated
"-wide" adverb after a statement.

The connective and fragment items of all material sets read so far (28 sets by 28 writers) were grouped by shape;
a shape is widened only where its misses come from several writers. German "Schlimmer noch.", "Mehr noch.",
"Besser noch." come out as "Worse still.", "More still.", "Better still.": the family of "Umso mehr." → "All the
more." (round 11), a degree phrase that English uses only to lead into a clause ("Worse still, the pipes froze.")
or with a verb ("Fewer still came back."). "Even more so." stays an English afterthought (round 4 negatives).

German "europaweit", "deutschlandweit", "flächendeckend" come out as "Europe-wide.", "Germany-wide.", "Area-wide.":
English writes the solid, lexicalised "Nationwide." or "Worldwide." as an afterthought ("Prices rose. Nationwide.",
still quiet), not a hyphenated coinage, which now fires after a statement too (quiet as a paragraph of its own, in
a run of lone adverbs, as an answer).

Left alone, as English writes them too (and earlier rounds' tests say so): lone afterthought adverbs and phrases
after a statement ("Repeatedly.", "Nationwide.", "Yet again.", "As planned."), replies ("Precisely.", "Indeed.",
"Perhaps.", "Far from it.", "Quite the opposite."), time afterthoughts ("Until then.", "For the time being.").

Written by hand for development; no line of the evaluation material is used.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

FIRES = [
    ("The heating failed in January. Worse still. The pipes froze and the cellar flooded.", "Worse still."),
    ("The club lost the final. Worse still. Its captain broke his leg.", "Worse still."),
    ("The opposition wants more. More still. It demands new elections.", "More still."),
    ("The data are poor. Better still. A new survey is planned.", "Better still."),
    ("The offer is generous. Even better still. It includes free transport.", "Even better still."),
    ("The plan was odd. Stranger still. Nobody objected to it.", "Stranger still."),
    ("The first year was hard for the bakery in Görlitz. Harder still. The second brought a fire.", "Harder still."),
    ("The league was hard.\n\nWorse still.\n\nThe cup was harder.", "Worse still."),
    ("The ban on diesel cars applies from May. Europe-wide. Hauliers are worried.", "Europe-wide."),
    ("Schools closed on Monday. Germany-wide. Parents scrambled for childcare.", "Germany-wide."),
    ("The new rules take effect in July. Country-wide. Shops must comply.", "Country-wide."),
    ("Flood warnings were issued. Region-wide. Roads were closed.", "Region-wide."),
    ("Broadband is to be rolled out. Area-wide. The state pays half.", "Area-wide."),
]

QUIET = [
    "The heating failed in January. Worse still, the pipes froze.",
    "The heating failed in January. Worse still: the pipes froze.",
    "Few people came to the Stadthalle. Fewer still stayed until the end.",
    "The rules are strict. Even more so. The fines are high.",
    "Prices rose in 2021. Even more so in 2022.",
    "Take the bus. Better still, walk.",
    "The team played well. Still, it lost.",
    "The weather got worse. Still worse. The roads were closed.",
    "“Is it bad?” “Worse still.”",
    "Was it cheap? Worse still. It was free and useless.",
    "He asked for more. More, still. He wanted it all.",
    "The Bayern coach wanted more. More is still possible, he said.",
    "The talks failed. Worse is still to come. The union may strike.",
    "Better Still Records signed the band. The album is out in May.",
    "Prices rose sharply in March. Nationwide.",
    "The virus spread quickly. Worldwide. No country was spared.",
    "The strike was felt in every city. Nationwide. Statewide. Everywhere.",
    "The ban applies to all members.\n\nEurope-wide.\n\nHauliers are worried.",
    "“Where will the ban apply?” “Europe-wide.”",
    "Where will the ban apply? Europe-wide. The Commission decided.",
    "The Europe-wide ban starts in May.",
    "Sales fell in Bavaria. Europe-wide, they rose.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), FIRES)
def test_comparative_still_and_hyphenated_wide_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_stays_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
