"""MT801 sentence-fragment, round 21: German proverbs, wishes and formulae of the table, the road and the shop
rendered word for word, "-wise" on a noun lemminflect lacks and a rarer noun before "-politically".

Unseen material (fresh26: Austrian and Swiss service journalism) showed lone fragments of these kinds:

* "föderalismuspolitisch" → "Federalism-politically.": a noun too rare for the common-noun test before an adverb
  of domain; "kalorienmäßig" → "Calorie-wise.": a common word lemminflect lacks before "-wise";
* "Wer …, (der) …" proverbs: "Wer billig kauft, kauft zweimal" → "Who buys cheaply buys twice." (English: "He
  who ...", "Whoever ..."; not "Who knows.", "Who cares.", "Who says money buys happiness.", "Who dares wins.");
* closed German proverbs: "Vorsicht ist besser als Nachsicht", "Geld regiert die Welt" → "Caution is better than
  hindsight.", "Money rules the world." (not "Better late than never.", "Money talks.", "Prevention is better
  than cure.");
* wishes English does not use: "Guten Appetit", "Gute Heimfahrt", "Mahlzeit" → "Good appetite.", "Good drive
  home.", "Mealtime." (not "Good morning.", "Good luck.", "Good job.", "Good riddance.", "Enjoy your meal.",
  "Safe travels.", "Bon appétit.");
* toasts and formulae: "Zum Wohl", "Lasst es euch schmecken", "Ab in den Urlaub", "Ohne Gewähr", "Kein billiges
  Vergnügen", "Holla die Waldfee" → "To the wellbeing.", "Let it taste good.", "Off into the holidays.",
  "Without guarantee.", "No cheap fun.", "Holla the forest fairy." (not "To your health.", "Cheers.", "No
  guarantees.", "Off to bed.", "Let it be.").

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation material
read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh26) missed, each in a sentence context written here.
MISSED = [
    ("The cantons disagreed. Federalism-politically. It was a setback.", "Federalism-politically."),
    ("The dish is light. Calorie-wise. It has 300 kcal.", "Calorie-wise."),
    ("The kettle broke after a week. Who buys cheaply buys twice. We paid more the second time.",
     "Who buys cheaply buys twice."),
    ("Check the tyres before you leave. Caution is better than hindsight. The roads are icy.",
     "Caution is better than hindsight."),
    ("Serve the soup hot. Good appetite. The recipe serves four.", "Good appetite."),
    ("The canteen opens at noon. Mealtime. The queue is long.", "Mealtime."),
    ("The glasses were raised. To the wellbeing. The party lasted until dawn.", "To the wellbeing."),
    ("The lottery numbers are 4, 8 and 15. Without guarantee. The draw was on Saturday.", "Without guarantee."),
    ("The bags are packed. Off into the holidays. The traffic is heavy.", "Off into the holidays."),
    ("A night costs 400 francs. No cheap fun. The view is worth it.", "No cheap fun."),
    ("The price is steep. Holla the forest fairy. Nobody expected that.", "Holla the forest fairy."),
    ("The cake is ready. Let it taste good. It keeps for three days.", "Let it taste good."),
    ("The pass is open again. Good drive home. Expect delays at the border.", "Good drive home."),
    ("The banks won again. Money rules the world. The workers lost.", "Money rules the world."),
]

# Two more of each kind, written here.
FIRES = [
    ("The reform failed. Tourism-politically. It was a disaster.", "Tourism-politically."),
    ("The menu is rich. Vitamin-wise. It has little to offer.", "Vitamin-wise."),
    ("He insulted everyone. Who sows wind reaps storm. The board fired him.", "Who sows wind reaps storm."),
    ("He saved every cent. Who never spends saves nothing. His words.", "Who never spends saves nothing."),
    ("Book early. Who rests, rusts. The hotels fill up.", "Who rests, rusts."),
    ("Wear a helmet. Prudence is better than hindsight. Accidents happen.", "Prudence is better than hindsight."),
    ("He lied about the price. Lies have short legs. The buyer found out.", "Lies have short legs."),
    ("The dumplings are served. Good success. Enjoy the recipe.", "Good success."),
    ("The holidays begin. Good journey home. Drive carefully.", "Good journey home."),
    ("The wine was poured. To the health. Everybody drank.", "To the health."),
    ("The roast is served. Let yourselves taste it well. It is delicious.", "Let yourselves taste it well."),
    ("The schools close on Friday. Off into the summer holidays. The motorways are full.",
     "Off into the summer holidays."),
    ("The odds are listed. All information without guarantee. Bets close at noon.",
     "All information without guarantee."),
    ("A ski pass costs 90 euros. No cheap pleasure. The slopes are crowded.", "No cheap pleasure."),
]

QUIET = [
    "The talks failed. Who knows. The union may strike.",
    "The match was cancelled. Who cares. It was raining anyway.",
    "Who dares wins. The unit was founded in 1941.",
    "He paused. Who says money buys happiness. He gave it away.",
    "The forecast is wrong. Who knows what tomorrow brings. We wait.",
    "Whoever buys cheaply buys twice. The kettle broke.",
    "He who laughs last laughs best. The fight went on.",
    "The bus was late. Better late than never. We arrived at noon.",
    "The bank paid. Money talks. Everyone knows it.",
    "Get vaccinated. Prevention is better than cure. The clinic is open.",
    "The night ended. Good morning. The sun rose.",
    "The exam is tomorrow. Good luck. You will need it.",
    "He scored. Good job. The crowd cheered.",
    "The dictator fled. Good riddance. The people danced.",
    "The team scored early. Good start. Then it fell apart.",
    "Dinner is served. Enjoy your meal. The wine is local.",
    "The border is open. Safe travels. Expect queues.",
    "The soup is ready. Bon appétit. It serves four.",
    "The glasses were raised. Cheers. The party lasted.",
    "The glasses were raised. To your health. The party lasted.",
    "The glasses were raised. To the happy couple. The party lasted.",
    "The offer is vague. No guarantees. Read the small print.",
    "The film is over. Off to bed. School starts early.",
    "He rode away. Off into the sunset. The film ended.",
    "It is late. Let it be. We will talk tomorrow.",
    "The meal was delicious. Mealtimes are sacred here. The family eats together.",
    "The product is sold without guarantee of any kind.",
    "The trip was cheap. No cheap thrills, though. The hotel was fine.",
    "The vote is close. Who wins is unclear. The count goes on.",
    "The race is tight. Who leads matters less. The final counts.",
    "The owner sold. Who buys the plot remains open. Bids close today.",
    "Price-wise, the car is a bargain.",
    "The government acted politically. The cantons agreed.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_german_formulae_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
