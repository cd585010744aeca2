"""MT801 sentence-fragment, round 14: fragments of kinds rounds 11 to 13 held only in part.

Unseen material (fresh19) showed lone fragments of these kinds:

* an adverb made from a noun with "-ly", which English lacks (German "reiterlich" → "Riderly.", "läuferisch"
  → "Runnerly.", "fahrerisch" → "Driverly.", "fußballerisch" → "Footballingly."): an unknown word in "-ly" whose
  stem is a common English noun (not the English adjectives of this shape: "Writerly.", "Painterly.",
  "Scholarly.", "Lawyerly.");
* a German adverb compound whose first half is a gerund ("schifffahrtstechnisch" → "Shipping-technically.":
  lemminflect files "shipping" as a verb only) or whose second half is a domain adverb that does not end in
  "-ally" ("pferdesportlich" → "Equestrian-sportingly.", "militärisch" → "Army-militarily."): round 12's shape
  held nouns and adjectives before "-ally" adverbs only;
* a viewpoint adverb before "considered" (German "historisch betrachtet" → "Historically considered."):
  round 13 held "seen" and "viewed" only;
* literal idioms by kind: "mal ehrlich" → "Times honest.", "im Nachhinein" → "In the afterwards.", "gleich
  vorweg" → "Same in advance.", "nebenbei gesagt", "ehrlich gesagt" → "By the way said.", "Honestly said.",
  "X zum Trotz" → "To all toad calls to spite.", "The weather to spite.".

English fragments stay quiet: "Historically speaking." as a reply or framing a clause (in narrative prose
rounds 5 and 6 report a lone "Strictly speaking.", "Politically speaking.", German "Streng genommen.", and
this round leaves that alone), "Frankly speaking." after a question, "Needless to say, ..." framing a clause,
"By the way, ...", "In hindsight.", "In retrospect.", "In advance.", "Well in advance.", "Well said.", "Enough
said.", "Widely considered.", "Just to spite him.", "Eye-wateringly.",
"Painterly.".

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh19) missed, each in a sentence context written here.
MISSED = [
    ("The young woman won the dressage final. Riderly. Her horse was the weaker one.", "Riderly."),
    ("The old town was always poor. Historically considered. Only the railway brought money.",
     "Historically considered."),
    ("The minister says the reform is fair. Times honest. Nobody believes that.", "Times honest."),
    ("The decision to close the pool was wrong. In the afterwards. The council admits it now.",
     "In the afterwards."),
    ("The plan has one weakness. Same in advance. It will cost more than promised.", "Same in advance."),
    ("The festival was a great success. To all toad calls to spite. Twenty thousand people came.",
     "To all toad calls to spite."),
    ("The show in Aachen was a highlight. Equestrian-sportingly. The jumping course was the hardest in years.",
     "Equestrian-sportingly."),
    ("The mayor is retiring. By the way said. His deputy wants the job.", "By the way said."),
    ("The new lock on the Elbe is a challenge. Shipping-technically. Large barges need more room.",
     "Shipping-technically."),
]

# Variants written here: the same kinds with other words.
VARIANTS = [
    # an adverb made from a noun with "-ly"
    ("The marathon went badly for her. Runnerly. She lacked the training in the heat.", "Runnerly."),
    ("The race was not his best. Driverly. He made two mistakes in the rain.", "Driverly."),
    ("The team lost the derby. Footballingly. The visitors were far better.", "Footballingly."),
    ("The young keeper made three saves. Goalkeeperly. He is already ready for the first team.",
     "Goalkeeperly."),
    ("The carpenter's work was flawless. Craftsmanly. Only the price was too high.", "Craftsmanly."),
    ("The trip was a failure. Businessly. No contract was signed.", "Businessly."),
    ("The boxer lost on points. Fighterly. He was the better man.", "Fighterly."),
    # a gerund or a domain adverb outside "-ally" in a German compound
    ("The new harbour is a problem. Planning-technically. The site is too small.", "Planning-technically."),
    ("The tournament was a success. Horse-sportingly. Attendance was a record.", "Horse-sportingly."),
    ("The sailing week was a disappointment. Sailing-sportingly. The wind was too weak.", "Sailing-sportingly."),
    ("The new bank tax is a risk. Banking-legally. The court may stop it.", "Banking-legally."),
    ("The new flats are cheap. Housing-politically. They are a good sign.", "Housing-politically."),
    ("The operation was a success. Army-militarily. The losses were high.", "Army-militarily."),
    ("The tram line is difficult. Building-technically. The old bridge must be replaced.",
     "Building-technically."),
    ("The new rules are a relief. Mining-legally. The old permits stay valid.", "Mining-legally."),
    # a viewpoint adverb before "considered"
    ("The reform was a failure. Economically considered. The coalition still calls it a success.",
     "Economically considered."),
    ("The club had a good year. Sportingly considered. The finances are another story.",
     "Sportingly considered."),
    ("The merger makes sense. Soberly considered. Neither firm can survive alone.", "Soberly considered."),
    ("The move is a gamble. Politically considered. The chancellor needs the votes of the Greens.",
     "Politically considered."),
    # "mal ehrlich", "ganz ehrlich"
    ("The tax is meant to protect the climate. Time honest. It fills the budget.", "Time honest."),
    ("The players say they gave everything. Times seriously. The fans saw something else.", "Times seriously."),
    ("The company calls it a restructuring. Once honestly. It is a closure.", "Once honestly."),
    # "im Nachhinein", "im Vorfeld", "im Vorhinein"
    ("Nobody saw the danger. In the hindsight. The warnings were clear.", "In the hindsight."),
    ("The match was sold out. In the forefield. The police had warned of trouble.", "In the forefield."),
    ("The contract was changed. In the afterward. Nobody told the workers.", "In the afterward."),
    ("The tickets were sold. In the beforehand. The fans had queued all night.", "In the beforehand."),
    ("The route was checked. In the before-in. The police closed two roads.", "In the before-in."),
    # "gleich vorweg", "gleich vorab"
    ("The report has good news. Equal in advance. Nobody will lose a job.", "Equal in advance."),
    ("The evening was a success. Same upfront. The band played for three hours.", "Same upfront."),
    ("The answer is clear. Same beforehand. The minister will not resign.", "Same beforehand."),
    # an adverb before "said" (German "nebenbei gesagt", "ehrlich gesagt", "anders gesagt", "gelinde gesagt")
    ("The plan is expensive. Honestly said. It is too expensive for the town.", "Honestly said."),
    ("The stadium is old. Frankly said. It is falling apart.", "Frankly said."),
    ("The result was bad. Mildly said. It was a disaster.", "Mildly said."),
    ("The club is broke. Differently said. It cannot pay its players.", "Differently said."),
    ("The mayor was not there. Incidentally said. Neither was his deputy.", "Incidentally said."),
    ("The team played badly. Openly spoken. The coach has lost the dressing room.", "Openly spoken."),
    ("The budget has a gap. Roughly said. Two million euros are missing.", "Roughly said."),
    # "X zum Trotz"
    ("The summer was dry. All forecasts to spite. The harvest was good.", "All forecasts to spite."),
    ("The market opened on Sunday. The weather to spite. Thousands came.", "The weather to spite."),
    ("The concert took place. To all warnings to spite. Nothing happened.", "To all warnings to spite."),
    ("The team stayed up. All predictions to the defiance. It won the last four games.",
     "All predictions to the defiance."),
    ("The village kept its school. To all adversities to spite. The parents paid for the teacher.",
     "To all adversities to spite."),
]

NEGATIVES = [
    # English fragments and idioms that stay quiet
    "Was the town poor? Historically speaking.",
    "Historically speaking, the town was always poor.",
    "Is the plan fair? Frankly speaking.",
    "Needless to say, the opposition rejected the budget.",
    "By the way, the museum is free on Sundays.",
    "The decision was right. In hindsight.",
    "The decision was right. In retrospect.",
    "The tickets were sold. In advance.",
    "The tickets were booked. Well in advance.",
    "Is the plan good? All things considered, yes.",
    "He was the favourite. Widely considered the best.",
    "The bird is shy. Rarely seen.",
    "The proposal was rejected. Carefully considered.",
    "The offer was made. Duly considered.",
    "The speech was short. Well said.",
    "He lost the vote. Enough said.",
    "The speech was short. Nicely said.",
    "The deal was signed. Easier said than done.",
    "He did it just to spite.",
    "He did it just to spite his brother.",
    "The prices were high. Eye-wateringly.",
    "The film was long. Mind-bogglingly.",
    "His prose is dense. Writerly.",
    "The light is soft. Painterly.",
    "The lecture was long. Scholarly.",
    "He spoke slowly. Lawyerly.",
    "The old man smiled. Fatherly.",
    "The prices were low. Surprisingly low.",
    "The rooms were cold. Beverly.",
    "She lives in Kimberly.",
    "The town is near Waverly.",
    "The meal was not bad. Not bad at all.",
    "The car was fast. Same as before.",
    "The answer is the same. Same again.",
    "The coach wants a win. Same here.",
    "The market was busy. The same as always.",
    "The guests were late. Once again.",
    "The rules were different. Times change.",
    "He was an honest man. Once upon a time.",
    "He was a promising player. Once serious.",
    "The road was clear. Same ahead.",
    "His knots were neat. Sailorly.",
    "Is he a good pianist? Once honestly.",
    "The players were tired. Quite honestly, so was I.",
    "Is the plan fair? Quite honest.",
    "He fought on, in spite of everything.",
    "The village kept its school despite all warnings.",
    "The workers went on strike. In defiance of the court.",
    "The ship was in port. Shipping costs rose.",
    "The bridge is new. Shipping-related.",
    "The shop closed. Self-evidently.",
    "The game was won. Single-handedly.",
    "The room was hot. Air-conditioned.",
    "The project was a success. Socio-economically.",
    "The film was a hit. Record-breakingly.",
    "The lecture was boring. Painfully boring.",
    "The riders finished. Rider by rider.",
    "The boy rides well. Horse-riding.",
    "The team won. Sportingly, the coach praised the opponents.",
    "The lock is new. Shipping technically resumed on Monday.",
    # replies, dialogue, quotations, framing with a comma, lists
    "Was the show a success? Equestrian-sportingly.",
    "– Is the reform fair?\n– Times honest.",
    "“Riderly.” That was all the judge said.",
    "Equestrian-sportingly, the show was a highlight.",
    "Historically considered, the old town was always poor.",
    "By the way said: the mayor is retiring.",
    "Options for the vote:\n- Riderly.\n- Shipping-technically.",
]

EXAMPLES = MISSED + VARIANTS


def _fires(text: str, fragment: str) -> bool:
    return hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", EXAMPLES)
def test_noun_adverbs_compounds_and_idioms_fire(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_english_fragments_and_replies_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_dev_set_is_large_enough():
    assert len(MISSED) == 9 and len(VARIANTS) >= 30 and len(NEGATIVES) >= 50
