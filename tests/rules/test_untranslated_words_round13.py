"""MT502 untranslated-word, round 13: hyphenated German compounds, and compounds of a German word and an
English one.

fresh18's blind run missed "Brombeer-Koalition", "Kita-Gebühren", "Deutschland-Achter", "Funkmast" and
"Samstagabendshow". By kind:

- a hyphenated word of two parts whose last part is a German common noun English does not write
  ("-Koalition", "-Gebühren", "-Streik", "-Achter") is a German compound, whatever its first part: a rare
  German word ("Brombeer-"), a loan English keeps ("Kita-"), a place ("Deutschland-", "Berlin-") or an
  English word ("Handy-"). Hyphenated names stay quiet: their last part is a name English and other
  languages know ("Baden-Württemberg", "Sachsen-Anhalt", "Berlin-Neukölln"), an English word
  ("Hertha-Fans", "Merkel-era"), a colour or a point of the compass of a club's or a district's name
  ("Rot-Weiß Essen", "Hamburg-Nord"), or the word stands where a name does (after a first name, "in",
  "said");
- a compound whose last part is an English word that German uses ("Samstagabend|show") is no name because
  of a name's ending inside that word ("sh|ow" is not "Pank|ow");
- a rare compound of two common German words English lacks ("Funk|mast"), in a common noun's slot.

Written by hand for development; the fresh18 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    # the kinds fresh18 missed (own sentences)
    ("A Brombeer-Koalition of three parties is now being discussed in Erfurt.", "Brombeer-Koalition"),
    ("Parents no longer pay Kita-Gebühren in the capital.", "Kita-Gebühren"),
    ("The Deutschland-Achter won silver at the world championships.", "Deutschland-Achter"),
    ("The mayor promised to move the Funkmast away from the houses.", "Funkmast"),
    ("Millions watched the Samstagabendshow on public television.", "Samstagabendshow"),
    # hyphenated: a German word, then a German noun
    ("The Ampel-Koalition collapsed in November.", "Ampel-Koalition"),
    ("The Energie-Preise rose sharply over the winter.", "Energie-Preise"),
    ("The Bahn-Streik paralysed rail traffic for three days.", "Bahn-Streik"),
    ("The Klima-Aktivisten glued themselves to the road.", "Klima-Aktivisten"),
    ("The Mieten-Deckel was overturned by the court.", "Mieten-Deckel"),
    ("The Oster-Ferien begin next week in Bavaria.", "Oster-Ferien"),
    ("A Jamaika-Koalition failed in 2017.", "Jamaika-Koalition"),
    ("The Renten-Erhöhung will take effect in July.", "Renten-Erhöhung"),
    ("The Bürgergeld-Empfänger will receive more money.", "Bürgergeld-Empfänger"),
    ("Many Pflege-Kräfte have left the profession.", "Pflege-Kräfte"),
    ("The Wohnungs-Knappheit in the cities is getting worse.", "Wohnungs-Knappheit"),
    ("The Gas-Umlage was scrapped after protests.", "Gas-Umlage"),
    ("The Kohle-Ausstieg is planned for 2030.", "Kohle-Ausstieg"),
    ("The Grenz-Kontrollen were extended by six months.", "Grenz-Kontrollen"),
    ("The Sprit-Preise fell again on Monday.", "Sprit-Preise"),
    ("The Schul-Schließungen lasted for months.", "Schul-Schließungen"),
    ("The Weihnachts-Geschäft was disappointing.", "Weihnachts-Geschäft"),
    # a loan English keeps, then a German noun
    ("The Kita-Plätze in the district are scarce.", "Kita-Plätze"),
    ("The Volkswagen-Konzern reported higher profits.", "Volkswagen-Konzern"),
    ("The Abitur-Prüfungen were postponed by a week.", "Abitur-Prüfungen"),
    ("The Bundesliga-Spieltag was cancelled.", "Bundesliga-Spieltag"),
    # an English or international word, then a German noun
    ("The Handy-Verbot at schools is controversial.", "Handy-Verbot"),
    ("The Corona-Hilfen were paid out too late.", "Corona-Hilfen"),
    ("The Bio-Bauern protested in front of the ministry.", "Bio-Bauern"),
    ("The Diesel-Fahrverbot applies from January.", "Diesel-Fahrverbot"),
    ("The SPD-Fraktion voted against the bill.", "SPD-Fraktion"),
    ("The Wirecard-Skandal shook the financial centre.", "Wirecard-Skandal"),
    # a place or a person, then a German noun
    ("The Merkel-Regierung had promised faster broadband.", "Merkel-Regierung"),
    ("The Ukraine-Hilfe of the EU was increased.", "Ukraine-Hilfe"),
    ("The Frauen-Achter missed the final.", "Frauen-Achter"),
    # compounds with an English last part
    ("The Fernsehshow was cancelled after one season.", "Fernsehshow"),
    ("The Sonntagabendshow drew eight million viewers.", "Sonntagabendshow"),
    ("He signed a new Handyvertrag with a two-year term.", "Handyvertrag"),
    ("The Wochenendticket is valid on regional trains.", "Wochenendticket"),
    # rare compounds in a common noun's slot
    ("The operator wants to build a Handymast on the church roof.", "Handymast"),
    ("A Strommast collapsed in the storm.", "Strommast"),
    ("The Bauzaun around the site was damaged.", "Bauzaun"),
    ("The new Sendemast will improve reception.", "Sendemast"),
    ("The Mobilfunkmast on the hill was set on fire.", "Mobilfunkmast"),
    ("A Windradflügel broke off in the storm.", "Windradflügel"),
]

PASSES = [
    # hyphenated places
    "Baden-Württemberg's premier spoke in Stuttgart.",
    "Villingen-Schwenningen is in the Black Forest.",
    "The council of Neunkirchen-Seelscheid met on Tuesday.",
    "The Bietigheim-Bissingen handball team won the cup.",
    "The Sachsen-Coburg dynasty ruled for centuries.",
    "Schleswig-Holstein has a new coalition.",
    "Mecklenburg-Vorpommern relies on tourism.",
    "The fire started in Garmisch-Partenkirchen.",
    "The family moved to Castrop-Rauxel.",
    "The museum is in Idar-Oberstein.",
    "The embassy is in Berlin-Mitte.",
    "The locomotives were kept at the Leipzig-Wahren depot.",
    "The club plays in Hamburg-Altona.",
    "She grew up in München-Schwabing.",
    "The fair takes place in Köln-Deutz.",
    "Flights left from Berlin-Tegel until 2020.",
    "The Oder-Neisse line was recognised in 1990.",
    "Unemployment is high in Hamburg-Nord.",
    "The Rhein-Main area is growing fast.",
    "The Rhein-Sieg district borders Bonn.",
    "The Rhein-Neckar region is home to SAP.",
    "Karl-Marx-Allee was built in the 1950s.",
    "The Frankfurt-Höchst industrial park employs thousands.",
    # hyphenated companies, clubs and brands
    "Mercedes-Benz recalled thousands of cars.",
    "Coca-Cola raised its prices.",
    "Hapag-Lloyd ordered new container ships.",
    "Krauss-Maffei builds the Leopard tank.",
    "Rot-Weiss Essen was promoted.",
    "Rot-Weiß Oberhausen lost again.",
    "Grün-Weiß Berlin lost again.",
    "The Blau-Weiß fans celebrated.",
    "The Hamburg-Amerika Linie was a shipping company.",
    "Borussia Mönchengladbach won in Munich.",
    "Harley-Davidson opened a new plant.",
    "Rolls-Royce delivered the engines.",
    "Hewlett-Packard split into two companies.",
    # hyphenated people
    "Hans-Dietrich Genscher died in 2016.",
    "Frank-Walter Steinmeier visited Kyiv.",
    "Annegret Kramp-Karrenbauer resigned as party leader.",
    "Marie-Agnes Strack-Zimmermann chairs the defence committee.",
    "Katrin Göring-Eckardt spoke for the Greens.",
    "Lena Meyer-Landrut won the contest in 2010.",
    "The team doctor Hans-Wilhelm Müller-Wohlfahrt left the club.",
    "According to Müller-Wohlfahrt, the injury is not serious.",
    "Sabine Leutheusser-Schnarrenberger was justice minister.",
    "Jean-Claude Juncker met the chancellor.",
    "Ann-Kathrin Berger kept a clean sheet.",
    # English compounds with a German name or loan
    "Merkel-era policies are under review.",
    "The Bundesliga-winning coach moved to England.",
    "The Autobahn-style roads were built in the 1930s.",
    "The Hertha-Fans travelled to Munich.",
    "The Bayern-Trainer praised his players.",
    "The Schalke-Derby was sold out.",
    "A Franco-German initiative was announced.",
    "The Austro-Hungarian empire collapsed in 1918.",
    "The Anglo-Saxon world reacted with surprise.",
    "The German-Polish border was closed.",
    "The Sino-Russian talks ended without a deal.",
    "Talk of hocus-pocus and Mumbo-Jumbo filled the hall.",
    "The Hip-Hop festival drew a large crowd.",
    "The Notre-Dame cathedral reopened.",
    "The Saint-Denis stadium was full.",
    "Saint-Étienne won the match.",
    "The Aix-en-Provence festival opened.",
    "Hertha BSC sacked the Hertha-Trainer after the defeat.",
    "The CDU-Chef spoke first.",
    "Al-Qaida claimed the attack.",
    "The Ping-Pong tournament was cancelled.",
    # rare words and compounds that are names or English
    "The Kaiser-Wilhelm-Gedächtniskirche is a landmark.",
    "She works at the Max-Planck-Institut in Leipzig.",
    "He studied at the Ruhr-Universität Bochum.",
    "The Rhein-Herne-Kanal is busy.",
    "The Meyer-Werft shipyard in Papenburg built the ship.",
    "The Elbphilharmonie opened in 2017.",
    "The Reeperbahn was crowded on Saturday.",
    "The ship Gorch Fock returned to Kiel.",
    "They walked through the Tiergarten.",
    "He visited the Hofbräuhaus in Munich.",
    "A Streetworker helped the young people.",
    "The show was watched by millions.",
]


# Known misses: after a place the last part must come apart as a noun does ("Wahl", "Trikot" do not), or be
# unknown abroad ("Stürmer" is not); "Anschluss" is a word English writes.
MISSES = [
    ("The Berlin-Wahl has to be repeated.", "Berlin-Wahl"),
    ("The Deutschland-Trikot sold out within hours.", "Deutschland-Trikot"),
    ("The Bayern-Stürmer scored twice in the second half.", "Bayern-Stürmer"),
    ("The Internet-Anschluss in the village is slow.", "Internet-Anschluss"),
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES + [pytest.param(*m, marks=pytest.mark.xfail(strict=True)) for m in MISSES])
def test_german_compounds_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_compounds_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
