"""MT502 untranslated-word, round 17: German words local-news MT leaves, by kind, and German exonyms.

fresh22's blind run (weather, insurance, Bundestag, tax, customs, strikes, universities, TV crime, carnival,
folk festivals, ice hockey, ski jumping) missed carnival words (a regional family: "Büttenrede", "Elferrat",
"Kamelle", "Weiberfastnacht"), rarer compounds whose head is a common German noun ("Föhn|sturm",
"Sanitäts|zelt"), a Bavarian beer-tent word ("Maßkrüge") and a bare noun after a count that opens a clause
("5,000 Erstsemester started", taken for a name before a verb).
German exonyms (the German name of a foreign place where English uses another) were completed.

Written by hand for development; the fresh22 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts, hits_with_suggestions

FIRES = [
    # carnival words (the pack's regional table)
    ("Her Büttenrede mocked the mayor's new car park.", "Büttenrede"),
    ("The Büttenredner wore a sailor's cap.", "Büttenredner"),
    ("The Elferrat opened the session at 11.11 am.", "Elferrat"),
    ("The children caught Kamelle thrown from the floats.", "Kamelle"),
    ("The floats threw Kamellen and flowers.", "Kamellen"),
    ("On Weiberfastnacht women cut off men's ties.", "Weiberfastnacht"),
    ("Shops close early at Weiberfastnacht.", "Weiberfastnacht"),
    ("The Prunksitzung sold out in two hours.", "Prunksitzung"),
    ("The Funkenmariechen danced on the stage.", "Funkenmariechen"),
    # rarer compounds with a common German head noun, in a common noun's slot
    ("The Föhnsturm tore roofs off barns.", "Föhnsturm"),
    ("The Sanitätszelt treated forty visitors.", "Sanitätszelt"),
    ("A Festzelt burned down on Sunday night.", "Festzelt"),
    ("The Bierzelt was cleared after a fight.", "Bierzelt"),
    # Bavarian beer-tent words (regional table)
    ("Waiters carried ten Maßkrüge at once.", "Maßkrüge"),
    ("A Maßkrug costs 15 euros this year.", "Maßkrug"),
    # a count before a bare noun that opens a clause: a noun, not a name
    ("More than 5,000 Erstsemester began their studies in October.", "Erstsemester"),
    ("About 300 Kegelbrüder travelled to the lake.", "Kegelbrüder"),
    # a compound on a sea's German name stays a German word (no exonym excuses it)
    ("The Mittelmeerroute is the deadliest migration route.", "Mittelmeerroute"),
]

PASSES = [
    # carnival words as names or English
    "The Elferrat family owns the bakery.",
    "Kamelle said she would not run again.",
    "Carnival parades drew crowds in Cologne.",
    "The Rose Monday parade was cancelled because of the storm.",
    # compounds: names and English
    "The Sturm Graz coach was sacked.",
    "The Volksbank in Heilbronn closed two branches.",
    "Commerzbank cut its forecast.",
    "Software sales rose by ten percent.",
    "The duo played in Hamburg.",
    "A storm toppled trees across the valley.",
    "The Telemark landing earned him the best marks.",
    # a year before a name is no count
    "In 2015 Merkel said the country would cope.",
    "In 1990 Kohl won the election.",
    "On 3 October Steinmeier spoke in Erfurt.",
    # English place names and English uses of German place names' letters
    "The talks in Milan ended without a deal.",
    "Bayern Munich beat Dortmund 2-0.",
    "The Elbe and the Oder flooded their banks.",
    "She studied in Tyrol and moved to Bolzano.",
    "The rhine of the fruit was thick.",
    "Ivory Coast beat Cameroon in the final.",
    "Rosa Luxemburg was murdered in 1919.",
    "Her parents were immigrants from Luxemburg.",
    "Laibach, the Slovenian band, played in Pyongyang.",
    # German names English history writing keeps, and club names
    "The Treaty of Pressburg was signed in 1805.",
    "He studied at Breslau University before the war.",
    "The Battle of Lemberg began in August 1914.",
    "Mendel worked in Brünn, then part of Austria.",
    "Preußen Münster won 2-1 against Osnabrück.",
    "The gent in the corner ordered a beer.",
    "Roma families were evicted in Rome.",
    "Kyiv and Lviv were shelled overnight.",
    "The Baltic Sea is warming fast.",
    "Lake Constance has a new ferry.",
]

EXONYMS = [
    ("The president flew to Kiew on Monday.", "Kiew", "Kyiv"),
    ("Refugees arrived from Charkiw by train.", "Charkiw", "Kharkiv"),
    ("Farmers in Moldawien fear the drought.", "Moldawien", "Moldova"),
    ("The ferry to Zypern was cancelled.", "Zypern", "Cyprus"),
    ("Tourists love Sizilien in spring.", "Sizilien", "Sicily"),
    ("The summit will be held in Straßburg.", "Straßburg", "Strasbourg"),
    ("The Gardasee is full of tourists.", "Gardasee", "Lake Garda"),
    ("The peace deal was signed in Kapstadt.", "Kapstadt", "Cape Town"),
    ("Snow closed roads in Südtirol.", "Südtirol", "South Tyrol"),
    ("Fishing quotas for the Ärmelkanal were cut.", "Ärmelkanal", "the English Channel"),
    ("Temperatures fell in Sibirien.", "Sibirien", "Siberia"),
    ("Skiers flocked to the Dolomiten.", "Dolomiten", "the Dolomites"),
    ("Refugees crossed the Weichsel.", "Weichsel", "the Vistula"),
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_german_words_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word", "english"), EXONYMS)
def test_german_exonyms_fire(text, word, english):
    assert hits_with_suggestions(UntranslatedWord, text, source="de") == [(word, english)]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
