"""MT801 sentence-fragment, round 13: German viewpoint adverbials and literal idioms, by kind and word formation.

Unseen material (fresh18) showed fragments of kinds rounds 11 and 12 held only in part:

* a German adverb compound whose first half is a relational adjective or name of a place ("europarechtlich"
  → "European-legally.", "EU-rechtlich" → "EU-legally.", "europapolitisch" → "Europe-politically."):
  lemminflect does not know proper adjectives ("european", "bavarian"), so round 12 did not take them as a
  first half; now a common word lemminflect lacks counts (not a combining form in "-o": "Anglo-", "Sino-"),
  and a few two-letter bodies ("EU", "UN");
* a viewpoint adverb in "-ly" of any formation before a participle of viewing ("sportlich gesehen" →
  "Sportingly seen.", "menschlich gesehen" → "Humanly seen.", "nüchtern betrachtet" → "Soberly viewed."),
  not the manner and frequency adverbs of an English elliptical passive ("Rarely seen.", "Widely
  regarded.", "Highly regarded."); and "bei Licht besehen" → "Viewed by light.";
* a degree word of restriction before an adverb of domain ("rein rechnerisch" → "Purely arithmetically.",
  "rein theoretisch" → "Purely theoretically.", "streng juristisch" → "Strictly legally.");
* literal German idioms by kind: a time deixis after "Stand" ("Stand jetzt" → "Stand now."), a
  preposition and a German noun phrase ("im Großen und Ganzen" → "In the big and whole.", "zu allem
  Unglück" → "To all misfortune.", "zu allem Überfluss" → "To all abundance.", "nach Lage der Dinge" →
  "After location of the things.", "nach Möglichkeit" → "After possibility."), a German postposition "nach"
  rendered as "after" at the end ("dem Hörensagen nach" → "To the hearing after.", "meiner Meinung nach"
  → "My opinion after."), "von wegen" → "Of ways.", "komme, was wolle" → "Come what wants.", "koste es, was
  es wolle" → "Cost what it wants.", "nicht zuletzt" → "Not at last.".

English fragments stay quiet: "Come what may.", "At long last.", "By and large.", "On the whole.", "As
things stand.", "Not least." (as a reply: in narrative prose earlier rounds report it, German "Nicht zuletzt."),
"Seen in that light, yes.", "The morning after.", "Happily ever after.", "Rarely seen.", "Highly regarded.".

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh18) missed, each in a sentence context written here.
MISSED = [
    ("The subsidy for the airport is a problem. European-legally. Brussels has opened proceedings.",
     "European-legally."),
    ("The club finished fourth. Sportingly seen. The money from television matters more.", "Sportingly seen."),
    ("The city could afford the pool. Purely arithmetically. The council decided otherwise.",
     "Purely arithmetically."),
    ("The coach will stay. Stand now. The board meets again in March.", "Stand now."),
    ("The season went well. In the big and whole. Only the cup exit hurt.", "In the big and whole."),
    ("The minister says the cuts are fair. Of ways. Families will pay most of the bill.", "Of ways."),
    ("The heating failed in January. To all misfortune. The water pipes froze too.", "To all misfortune."),
    ("The bypass will be built. Come what wants. The state has approved the money.", "Come what wants."),
    ("The talks will fail. After location of the things. Neither side wants to move.",
     "After location of the things."),
    ("The union wants higher wages. Not at last. Prices have risen sharply.", "Not at last."),
    ("The offer sounds generous. Viewed by light. It is worth less than the old contract.", "Viewed by light."),
    ("The mayor wants to resign. To the hearing after. His party is looking for a successor.",
     "To the hearing after."),
]

# Variants written here: the same kinds with other words.
VARIANTS = [
    # a relational adjective or name of a place before a domain adverb
    ("The new toll is not allowed. EU-legally. Foreign drivers would pay more than locals.", "EU-legally."),
    ("The pipeline deal is delicate. Europe-politically. Warsaw has already protested.", "Europe-politically."),
    ("The border controls are a mistake. European-politically. The single market suffers.",
     "European-politically."),
    ("The new school law is a risk. Bavarian-politically. The CSU needs the teachers' votes.",
     "Bavarian-politically."),
    ("The sale of the port is allowed. German-legally. The government may still block it.", "German-legally."),
    ("The ban on the party is possible. Federal-legally. The states would have to agree.", "Federal-legally."),
    ("The motorway toll was stopped. European-legally. The court in Luxembourg ruled against it.",
     "European-legally."),
    # a viewpoint adverb in "-ly" before a participle of viewing
    ("The season was a disaster. Humanly seen. The team grew closer.", "Humanly seen."),
    ("The mission was a success. Militarily seen. Politically it failed.", "Militarily seen."),
    ("The offer is fair. Soberly viewed. Nobody else wanted to buy the plant.", "Soberly viewed."),
    ("The race was boring. Sportingly viewed. The television pictures were spectacular.", "Sportingly viewed."),
    ("The festival lost money. Culturally seen. It was the best in years.", "Culturally seen."),
    ("The coalition is stable. Purely numerically seen. It has a majority of two seats.",
     "Purely numerically seen."),
    ("The merger is good news. Humanly viewed. Nobody loses a job.", "Humanly viewed."),
    ("The offer is generous. Seen by light. It is worth less than the old contract.", "Seen by light."),
    ("The idea sounds good. By light viewed. It would cost twice as much.", "By light viewed."),
    ("The report is harmless. Viewed by daylight. It changes nothing.", "Viewed by daylight."),
    # a degree word of restriction before a domain adverb
    ("The club could still be relegated. Purely theoretically. It needs only one point.",
     "Purely theoretically."),
    ("The contract is valid. Purely legally. Morally it is a scandal.", "Purely legally."),
    ("The car is new. Purely optically. The engine is from 1998.", "Purely optically."),
    ("The building is sound. Purely technically. The roof needs some work.", "Purely technically."),
    ("The ruling is correct. Strictly legally. The judges had no choice.", "Strictly legally."),
    ("The merger changes nothing. Purely statistically. The unemployment rate stays the same.",
     "Purely statistically."),
    ("The mayor is still in office. Merely formally. His deputy runs the town hall.", "Merely formally."),
    # Stand + time deixis
    ("The festival will take place. Stand today. The organisers will decide in May.", "Stand today."),
    ("The bridge is safe. Status now. Engineers will inspect it again in spring.", "Status now."),
    ("Three hundred people have signed up. State today. The list closes on Friday.", "State today."),
    # a preposition and a German noun phrase
    ("The reform was a success. In the great and whole. Only pensioners lost out.",
     "In the great and whole."),
    ("The year was good for the harbour. In the great whole. Only the ferries lost money.",
     "In the great whole."),
    ("The project is on schedule. In big and whole. The costs have risen slightly.", "In big and whole."),
    ("The striker broke his leg. To all bad luck. The goalkeeper is injured too.", "To all bad luck."),
    ("The roof collapsed. To all abundance. The insurance refused to pay.", "To all abundance."),
    ("The bus was late. To all excess. It broke down on the motorway.", "To all excess."),
    ("The club will have to sell. After the state of things. There is no other buyer.",
     "After the state of things."),
    ("The trial will last years. According to location of the things. The files fill a room.",
     "According to location of the things."),
    ("The store will open on Sundays. After possibility. Staff will be asked first.", "After possibility."),
    ("The minister wants to resign. The hearing after. The party has not confirmed it.", "The hearing after."),
    ("The company will be sold. To the perception after. Two banks are interested.",
     "To the perception after."),
    ("The plan is too expensive. After my opinion. The council should start again.", "After my opinion."),
    ("The plan is wrong. My opinion after. The council should start again.", "My opinion after."),
    ("The guests will be called. The row after. The first group leaves at ten.", "The row after."),
    ("The report was leaked. All foresight after. The minister will have to go.", "All foresight after."),
    # "von wegen", "komme, was wolle", "koste es, was es wolle", "nicht zuletzt"
    ("The firm says the jobs are safe. Of way. Two hundred will be cut.", "Of way."),
    ("The club will win the league. Cost what it wants. The owner has promised the money.",
     "Cost what it wants."),
    ("The stadium will be finished. Costs what it wants. The mayor has promised it.", "Costs what it wants."),
    ("The wedding will go ahead. Come what would. The guests are already here.", "Come what would."),
    ("The tunnel will be dug. Come, what wants. The contracts are signed.", "Come, what wants."),
    ("The title must be defended. Cost it, what it wants. The club has bought three players.",
     "Cost it, what it wants."),
    ("The village will fight the plan. Happen what wants. The mayor has hired a lawyer.", "Happen what wants."),
    ("The rents are rising. Not to last. The city has sold its flats.", "Not to last."),
    ("The festival was a success. Last not least. The weather was kind.", "Last not least."),
    ("The two ministers met on Friday. Under four eyes. No adviser was present.", "Under four eyes."),
    ("The resignation came on Monday. From cheerful sky. Nobody had expected it.", "From cheerful sky."),
    ("The team was beaten. After line and thread. The coach apologised to the fans.", "After line and thread."),
    ("The referee sent him off. With fug and right. He had kicked an opponent.", "With fug and right."),
    ("The figures are correct. Pure arithmetically. The budget is balanced.", "Pure arithmetically."),
    ("The tourists stayed away. Not at least. The weather was bad all summer.", "Not at least."),
]

NEGATIVES = [
    # English idioms and fragments that stay quiet
    "The storm will come. Come what may.",
    "We will fight. Come what will.",
    "The bridge will be built. Cost what it may.",
    "The train arrived in Vienna. At long last.",
    "The season went well. By and large.",
    "Did the season go well? On the whole.",
    "The coach will stay. As things stand.",
    "The union has many reasons to strike. Not least the rising prices.",
    "Was the weather to blame? Not least.",
    "The band was not sure about the song. Not at first.",
    "He did not like the city. Not at all.",
    "The offer looked generous. Seen in that light, yes.",
    "The problem is old. Seen in this light, it is not new.",
    "He woke up with a headache. The morning after.",
    "They lived happily. Happily ever after.",
    "The bird is shy. Rarely seen.",
    "He was the favourite. Widely regarded as the best.",
    "He is a fine doctor. Highly regarded.",
    "The lake is beautiful. Best seen from the hill.",
    "The comet was faint. Barely seen.",
    "The actor is famous. Widely seen.",
    "The heating failed in January. To make matters worse, the pipes froze.",
    "The castle was never finished. To all appearances.",
    "The plan is sound. To all intents and purposes.",
    "The heating failed in January. As luck would have it.",
    "The heating failed in January. Worse still, the pipes froze.",
    "Was the report leaked? In all likelihood.",
    "The minister wants to resign. Or so they say.",
    "Does the minister want to resign? Reportedly.",
    "The plan is wrong. In my opinion.",
    "The plan is wrong. To my mind.",
    "The guests were called. One after the other.",
    "The guests were called. One after another.",
    "The cars came. One after the other.",
    "The rain came. Day after day.",
    "The letters arrived. Year after year.",
    "The bridge was opened. Shortly after.",
    "The mayor resigned. Soon after.",
    "The mayor resigned. The day after.",
    "The city was quiet. The week after.",
    "The castle was rebuilt. Long after.",
    "The minister says the cuts are fair. By no means.",
    "The minister says the cuts are fair. No way.",
    "The firm sells furniture. Of sorts.",
    "Does the firm sell furniture? Of course.",
    "The store will open on Sundays. If possible.",
    "The store will open on Sundays. Where possible.",
    "The car is new. In theory.",
    "Is the contract valid? Legally speaking.",
    "The building is sound. Purely and simply.",
    "The meeting happened. Purely by chance.",
    "The victory was a fluke. Pure luck.",
    "Is the ruling correct? Strictly speaking.",
    "The offer sounds generous. On paper.",
    "The offer sounds generous. At first sight, yes.",
    "He stood up. Stand up straight.",
    "Stand by.",
    "The soldiers waited. Stand easy.",
    "The resignation came on Monday. Out of the blue.",
    "The resignation came on Monday. Out of a clear sky.",
    "The two ministers met on Friday. In private.",
    "The police arrested him. On the spot.",
    "The festival was a success. Last but not least, the weather was kind.",
    "The plan was approved. With good reason.",
    "The figures are provisional. For the time being.",
    "The weather will be fine. For now.",
    "The town is in Bavaria. Upper Bavaria.",
    "The law comes from Brussels. European law.",
    "The grapes are white. Müller-Thurgau.",
    "The talks were held in English. Anglo-American style.",
    "The project was a success. Socio-economically.",
    "The film is good. Audio-visually stunning.",
    # replies, dialogue, quotations, headings, lists, framing with a comma
    "Is the donation allowed? European-legally. Whether it is wise is another question.",
    "– Will the bypass be built?\n– Come what wants.",
    "“Stand now.” That was all the coach said.",
    "European-legally, the subsidy is a problem.",
    "Purely arithmetically, the city could afford the pool.",
    "Sportingly seen, the season was a success.",
    "Stand now: the coach will stay.",
    "Options for the vote:\n- Purely arithmetically.\n- Sportingly seen.",
]

EXAMPLES = MISSED + VARIANTS

# Variants still missed: "Roughly" is a listed approximator ("The plan worked. Roughly." is English), so
# "grob gesehen" is not read as a viewpoint adverbial.
KNOWN_MISSES = [
    ("The plan is simple. Roughly seen. Three lines will be merged into one.", "Roughly seen."),
]


def _fires(text: str, fragment: str) -> bool:
    return hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", EXAMPLES)
def test_german_viewpoint_adverbials_and_idioms_fire(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.xfail(strict=True, reason="known miss of round 13")
@pytest.mark.parametrize("text, fragment", KNOWN_MISSES)
def test_known_misses(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_english_idioms_and_replies_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_dev_set_is_large_enough():
    assert len(MISSED) == 12 and len(VARIANTS) >= 40 and len(NEGATIVES) >= 60
