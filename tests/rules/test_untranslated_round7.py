"""Round 7 of MT502 untranslated-word, by kind (hand-written development sentences, not taken from any
evaluation material): capitalised German common nouns a little less frequent than MT502's source
threshold, which it took for names ("a Mähdrescher", "one big Funkloch", "its Kreißsaal"), reported
only in a common noun's slot; and Austrian and Swiss everyday words from the pack's ``[regional]``
table ("the Spital", "the Matura", "the Velo"), which frequencies cannot tell from names.
Hard negatives: German landmarks, places, papers, firms and people after "the", and the same words
where English puts a name.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FRAME = "The report was published on Monday. {} Officials gave no further details."

# (sentence, the word MT502 must report)
POSITIVES = [
    ("A Mähdrescher caught fire in a field near Uelzen.", "Mähdrescher"),
    ("The town is one big Funkloch.", "Funkloch"),
    ("The hospital is closing its Kreißsaal at the end of the month.", "Kreißsaal"),
    ("The Sternsinger collected 2,000 euros.", "Sternsinger"),
    ("Every Sternsinger wore a golden crown.", "Sternsinger"),
    ("The family rents a Schrebergarten on the edge of town.", "Schrebergarten"),
    ("Her grandmother still heats the house with an old Kachelofen.", "Kachelofen"),
    ("Drivers were warned about the Glatteis on the motorway.", "Glatteis"),
    ("A Schornsteinfeger inspected the chimney on Tuesday.", "Schornsteinfeger"),
    ("The village put up its Maibaum on Saturday.", "Maibaum"),
    ("The annual Kirchweih drew thousands of visitors.", "Kirchweih"),
    ("Farmers say this Mähdrescher cost half a million euros.", "Mähdrescher"),
    ("The valley remains a Funkloch for most mobile networks.", "Funkloch"),
    ("Their Schrebergarten was flooded after the storm.", "Schrebergarten"),
    # regional vocabulary
    ("The Badi on Lake Zurich recorded 5,000 visitors.", "Badi"),
    ("Prices for Marillen from the Wachau have risen sharply.", "Marillen"),
    ("The injured cyclist was taken to the Spital in Bregenz.", "Spital"),
    ("Pupils in Austria are sitting the Matura this week.", "Matura"),
    ("Commuters in Basel are switching to the Velo.", "Velo"),
    ("The temperature in Jänner was unusually mild.", "Jänner"),
    ("The recipe needs 500 grams of Topfen and two eggs.", "Topfen"),
    ("Vienna's markets sold record amounts of Paradeiser this summer.", "Paradeiser"),
    ("Passengers waited on the Perron for almost an hour.", "Perron"),
    ("A single Billett from Zurich to Bern now costs more.", "Billett"),
    ("Parking on the Trottoir will cost 120 francs.", "Trottoir"),
    ("Add a dash of Obers to the soup before serving.", "Obers"),
    ("The Natel has become indispensable for Swiss teenagers.", "Natel"),
    ("Two patients were moved to another Spital overnight.", "Spital"),
]

# Legitimate English: German names, places, landmarks, papers and firms, and the words above where
# English puts a name.
NEGATIVES = [
    "Tourists queued for hours outside the Elbphilharmonie.",
    "Protesters gathered in front of the Reichstag.",
    "Climbers reached the summit of the Zugspitze before noon.",
    "The Semperoper reopened after the renovation.",
    "The bells of the Stephansdom rang at midnight.",
    "Hikers were rescued from the Watzmann on Sunday.",
    "The Tagesspiegel reported the figures first.",
    "The club night at the Berghain lasted until Monday.",
    "Luther translated the Bible at the Wartburg.",
    "The president received guests at the Hofburg.",
    "Families spent the afternoon in the Prater.",
    "The paintings in the Zwinger survived the flood.",
    "The Tagesschau opened with the news from Kyiv.",
    "Snow fell on the Brocken in the Harz mountains.",
    "The Volksbühne announced its new season.",
    "The orchestra played at the Gewandhaus in Leipzig.",
    "The company was founded by the Dussmann family.",
    "Reiner Haseloff visited the plant. Haseloff said the jobs were safe.",
    "The Haseloff government announced new measures.",
    "The research vessel Polarstern spent a year in the Arctic ice.",
    "According to the Internet portal Verivox, prices rose by 20 percent.",
    "The Verivox portal compared 800 tariffs.",
    "Another 20,000 residents of Neunkirchen-Seelscheid were connected.",
    "She moved to Uelzen in 2019.",
    "The Spital am Pyhrn district council met on Friday.",
    "The village of Spital lies at the foot of the pass.",
    "Juan Perron said the plan would fail.",
    "Perron said the talks would resume on Monday.",
    "Velo Solutions announced a new model.",
    "Badi Assad performed in London last year.",
    "The couple opened a shop in Kreuzberg.",
    "Visitors admired the view from the Kahlenberg.",
    "The Bundestag approved the budget on Friday.",
    "Fans celebrated at the Allianz Arena.",
    "Thousands walked along the Kurfürstendamm.",
    "The Oktoberfest drew six million visitors.",
    "The Sparkasse raised its fees.",
    "The Rewe store on the corner closed.",
    "A new Edeka branch opened in the village.",
    "The Wiesn will open on Saturday.",
    "The Feldberg is the highest peak of the Black Forest.",
    "The painting hangs in the Lenbachhaus.",
    "The Harz is popular with hikers.",
    "The Eifel saw heavy rain overnight.",
    "Ramstein hosts the largest US air base in Europe.",
    "The exhibition at the Kunsthalle opened on Friday.",
    "The crowd at the Olympiastadion sang the anthem.",
    "The Glarner government rejected the proposal.",
    "Tourists visited the Frauenkirche in Dresden.",
    "The talks took place at the Kanzleramt in Berlin.",
    "The singer grew up in the Erzgebirge.",
    "The programme on the Wannsee conference aired on Sunday.",
    "Stoiber and Seehofer met in Wildbad Kreuth.",
    "The train to Spital left at noon.",
]


@pytest.mark.parametrize("sentence, word", POSITIVES)
def test_rare_and_regional_nouns_reported(sentence: str, word: str) -> None:
    assert word in hit_texts(UntranslatedWord, FRAME.format(sentence))


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_names_and_places_not_reported(sentence: str) -> None:
    assert hit_texts(UntranslatedWord, FRAME.format(sentence)) == []


def test_a_name_elsewhere_is_a_name_throughout() -> None:
    # the document makes the word a name ("Juergen Sternsinger"): its lone use is that person's
    text = "Juergen Sternsinger runs the firm. The Sternsinger collected 2,000 euros."
    assert hit_texts(UntranslatedWord, text) == []


def test_only_in_a_noun_slot() -> None:
    # bare, a rare word is left alone: names stand bare too
    assert hit_texts(UntranslatedWord, FRAME.format("Mähdrescher was there on Friday.")) == []
