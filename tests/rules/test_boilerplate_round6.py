"""MT201 boilerplate-line, round 6: furniture of German news sites as an MT system renders it, told by
its shape: tag, topic and search lists ("Trending topics: traffic light coalition | Ukraine |
Bundesliga", "Popular searches: weather, traffic, Christmas market"), genre bylines ("A comment by Jan
Schneider"), live-ticker event lines ("Yellow card: Kimmich (34.)", "45.+2: Half-time"), the site's
notes on its language or its translation ("For reasons of readability, we use the generic masculine.")
and interface lines left in German with the formal address ("Nachrichten aus Ihrer Region"); and the
headlines, subheads, captions, lists and one-line paragraphs of news prose that share their words and
must stay quiet ("The talks covered energy, migration and defence.", "A comment on the budget").

Each furniture line is put in the body and at the tail of a clean article; each prose line in the
body, after the title and at the tail.
"""
from __future__ import annotations

import pytest

from mtcheck.packs import DATA_DIR
from mtcheck.rules.boilerplate_line import BoilerplateLine
from mtcheck.rules.widget_signals import furniture_kind
from mtcheck.rules.widgets import _load_data
from tests.conftest import article_with, hit_texts, run_rule

BODY = [
    "Bayern win the top match in Dortmund",
    "Dortmund. FC Bayern Munich have won the top match of the Bundesliga at Borussia Dortmund 3:1. "
    "Jamal Musiala scored twice for the visitors in front of 81,365 spectators.",
    "Dortmund started better, but Bayern were more efficient in front of goal.",
    "Tuchel praises his team",
    "Coach Thomas Tuchel said after the game that his team had defended with passion.",
    "Dortmund now trail the leaders by nine points, the club said on Sunday evening.",
]


def article(line: str, where: str) -> str:
    return article_with(BODY, line, where)


TAGS = [
    # a tag, topic or search label, then short noun items
    "Trending topics: traffic light coalition | Ukraine | Bundesliga",
    "Popular searches: weather, traffic, Christmas market",
    "Topics: Climate · Energy · Heating law",
    "More on: CDU, Friedrich Merz, Bundestag",
    "Frequently searched: Corona, Bundesliga, weather",
    "Related topics: inflation, ECB, interest rates",
    "Hot topics: Ukraine war • energy crisis • inflation",
    "In this article: Olaf Scholz, SPD, Bundestag",
    "Mentioned in this article: BMW, Volkswagen, Mercedes-Benz",
    "More on the topics: Bundesliga, FC Bayern, Champions League",
    "Current topics: energy prices | heating law | strikes",
    "Most searched: Lotto, weather, Bundesliga table",
    "Other readers searched for: inflation, heating costs, citizens' income",
    "Search terms: election results, polling stations, postal vote",
    "Topics of the day: Lufthansa strike, heat wave, election in Spain",
    "Read more on: climate protection, Greens, Robert Habeck",
    "Everything on: Hertha BSC, 2nd Bundesliga",
    "Tags: Bundestag, budget, debt brake",
    "Keywords: migration / asylum / EU",
    "Popular topics: Ukraine, Corona, energy",
    "Trending: Taylor Swift, Oktoberfest, Deutsche Bahn",
    "Topic pages: Olaf Scholz · Friedrich Merz · Christian Lindner",
    "Related searches: flu vaccination, RSV, pharmacy emergency service",
    "More on the subject: pension reform, retirement age",
    "People in this article: Olaf Scholz, Christian Lindner",
    "Frequently read topics: Bundesliga, Formula 1, transfer market",
    # pipe- or middot-separated short items with no label
    "Ukraine | Russia | NATO | Putin",
    "Climate crisis · heat · drought · forest fires",
    "Football | Bundesliga | FC Bayern Munich",
    "Politics • Germany • Heating law",
    "Bundesliga · 2. Bundesliga · Champions League · DFB Cup",
    "Weather | Traffic | Police reports | Events",
    "Home / Politics / Germany / Heating law",
    "Inflation | Interest rates | ECB",
    "Frequently searched for: heat pump, solar panels, heating law",
    "Latest topics: strike, heat, pension",
    "Hashtags: #Ukraine, #Putin, #NATO",
    "Sport · Football · Bundesliga · Hertha BSC",
    "Berlin | Brandenburg | Potsdam",
    "More about: Deutsche Bahn, GDL, strike",
    "Everything about the topics: Corona, vaccination, long Covid",
    "Users also searched for: citizens' income, child benefit, pension increase",
    "Mentioned: Olaf Scholz, Emmanuel Macron",
    "Trending now: Wagner, Prigozhin, Belarus",
]

GENRE = [
    "A comment by Jan Schneider",
    "An analysis by Anna Becker",
    "A guest article by Friedrich Merz",
    "An interview by Katrin Schulze",
    "Commentary by Jan Schneider",
    "A column by Harald Martenstein",
    "A commentary by Anna Becker",
    "An essay by Navid Kermani",
    "A report by Jan Müller and Lena Weber",
    "A guest contribution by Marie-Agnes Strack-Zimmermann",
    "A review by Felix Braun",
    "A reportage by Katrin Schulze",
    "An opinion piece by Jonas Fischer",
    "A gloss by Sarah Klein",
    "Analysis by Tim Schulz",
    "A feature by Ole Petersen",
    "A background analysis by Nina Vogt",
    "A comment by Miriam Hollstein.",
    "An analysis by our correspondent Jan Müller",
    "A commentary by Anna Becker, ARD capital studio",
    "A guest commentary by Karl Lauterbach",
    "An opinion by Jan Fleischhauer",
    "An interview by Tilo Jung and Hans Jessen",
    "Commentary by ARD correspondent Anna Becker",
]

TICKER = [
    "Yellow card: Kimmich (34.)",
    "Goal! 1:0 Musiala (12.)",
    "Substitution: Müller for Sané (70.)",
    "45.+2: Half-time",
    "90.: Final whistle",
    "Red card: Hummels (67.)",
    "Goal for Bayern! 2:1 by Kane (78.)",
    "Half-time: 1:1",
    "Penalty! Kane converts to 2:0 (56.)",
    "Substitution at Dortmund: Reus for Brandt (63.)",
    "12.: Musiala with the first chance",
    "Final whistle: 3:1",
    "Yellow-red card for Can (81.)",
    "Goals: 1:0 Musiala (12.), 2:0 Kane (34.)",
    "Own goal! 1:1 by Hummels (29.)",
    "Goal for Dortmund: 1:1 Adeyemi (40.)",
    "Chance for Bayern: Sané shoots wide (22.)",
    "67.: Kane hits the post",
    "Yellow card for Bellingham (55.)",
    "90.+4: The game is over",
    "VAR check: no penalty (48.)",
    "Goal for Leverkusen! 1:2 Wirtz (88.)",
    "Substitution Bayern: Coman for Gnabry (75.)",
    "Yellow card for Reus (44.)",
    "88.: Wirtz makes it 1:2",
    "Halftime: 0:0",
    "Red card! Hummels sees red (67.)",
]

NOTES = [
    "For reasons of readability, we use the generic masculine.",
    "For better readability, the masculine form is used; all genders are meant.",
    "For the sake of readability, we refrain from using gender-specific language forms.",
    "In the interest of better readability, only the masculine form is used in this article.",
    "For reasons of better readability, the simultaneous use of male, female and diverse language forms "
    "is dispensed with.",
    "All personal designations apply equally to all genders.",
    "Personal designations in this text refer equally to all genders.",
    "For ease of reading, the masculine form is used; it refers to all genders.",
    "This article was machine translated from German.",
    "This text was translated automatically.",
    "This article was translated from German with the help of artificial intelligence.",
    "This article was created with the help of AI and checked by the editorial team.",
    "This article was translated by DeepL.",
    "Note: The article was machine translated.",
    "This text was automatically translated from German by an AI.",
    "Note: This article was translated with the help of a machine.",
    "This article was first published on tagesschau.de.",
    "For reasons of better legibility, the language form of the generic masculine is used.",
    "This article has been automatically translated.",
    "Machine translation: This text was translated automatically.",
]

GERMAN = [
    "Nachrichten aus Ihrer Region",
    "Mehr zum Thema",
    "Jetzt weiterlesen",
    "Alle Artikel zum Thema",
    "Alle Artikel zu Olaf Scholz",
    "Ihre Region",
    "Ihre Meinung",
    "Ihr Konto",
    "Mehr aus Ihrer Stadt",
    "Lesen Sie auch",
    "Lesen Sie mehr",
    "Schreiben Sie uns",
    "Kontaktieren Sie uns",
    "Melden Sie sich an",
    "Das könnte Sie auch interessieren",
    "Passend zum Thema",
    "Aktuelle Nachrichten aus Ihrer Region",
    "Mehr aus dem Ressort",
    "Zurück zur Übersicht",
    "Weitere Artikel aus Hamburg",
    "Meistgelesene Artikel",
    "Newsletter abonnieren",
    "Jetzt Newsletter abonnieren",
    "Ihr Browser wird nicht unterstützt",
    "Ihre Daten",
    "Alle Nachrichten aus Bayern",
    "Alle Meldungen aus Ihrer Region",
    "Jetzt registrieren",
    "Mehr Nachrichten aus Hamburg",
    "Ihre Nachricht an die Redaktion",
]

FURNITURE = TAGS + GENRE + TICKER + NOTES + GERMAN

PROSE = [
    # lists in sentences, headlines and subheads
    "The talks covered energy, migration and defence.",
    "Energy, migration and defence: the agenda of the summit",
    "Bread, butter, milk: what is getting more expensive",
    "Scholz, Merz, Habeck: who will win the duel",
    "Topics of the summit were climate, energy and migration.",
    "Topics: what the coalition wants to change",
    "Weather, traffic, Christmas market: what changes in December",
    "In this article, we explain the new rules.",
    "More on this later.",
    "Popular searches show that people are worried.",
    "Keywords matter: how search engines rank news",
    "People: the faces of the year",
    "Ingredients: 200 g flour, 2 eggs, 100 ml milk",
    "Candidates: Olaf Scholz (SPD), Friedrich Merz (CDU), Annalena Baerbock (Greens)",
    "Goals, chances, tears: the match in pictures",
    "Trending topics are not always the important ones.",
    "Trending: why everyone is talking about the four-day week",
    "Hot topics at the party conference",
    "The search for the missing girl continues",
    "Heating law | What owners need to know now",
    "Ukraine: Russia attacks Kyiv with drones",
    "Climate, energy, heat: three crises at once",
    "Inflation, interest rates and the ECB",
    "Berlin, Hamburg, Munich and Cologne",
    "Israel/Gaza: the ceasefire holds",
    "Apples, pears and plums are ripe now.",
    "Related topics are discussed in the next chapter.",
    "Frequently searched terms include weather and traffic.",
    "Search terms such as \"heat pump\" are rising sharply.",
    "Mentioned in this article were the CDU and the SPD.",
    "The most popular first names: Emilia, Noah, Mia",
    "Red, yellow, green: the traffic light coalition is over",
    "Football, beer and sausages",
    # genre words in headlines and prose
    "A comment on the budget",
    "A comment by the chancellor caused outrage.",
    "A comment by Olaf Scholz on the budget sparked criticism.",
    "An analysis by the Ifo Institute",
    "An analysis by the Bundesbank shows that inflation is falling.",
    "An interview with Olaf Scholz",
    "A column about life in Berlin",
    "A report by the Court of Auditors",
    "A report by the Federal Statistical Office",
    "Commentary on the election",
    "A review of the year",
    "An analysis of the election result",
    "A guest article for the Frankfurter Allgemeine Zeitung",
    "An essay by Thomas Mann on Germany",
    "A documentary by Werner Herzog",
    "A portrait by Gerhard Richter",
    "A story by Hans Christian Andersen",
    "A film by Wim Wenders",
    "A novel by Daniel Kehlmann",
    "A painting by Caspar David Friedrich",
    "A song by Herbert Grönemeyer",
    "A comment by Jan Schneider, the ministry said.",
    # match reports: sentences with scores and minutes
    "Musiala scored 1:0 (12.).",
    "Kimmich (34.) and Musiala (56.) scored for Bayern.",
    "Bayern win 3:1 in Dortmund",
    "Yellow card for the referee",
    "Red card for the government",
    "Red card for Kimmich: Bayern lose in Leverkusen",
    "Half-time in the Bundesliga: Bayern lead in Dortmund",
    "Final whistle for the coalition",
    "Goal of the month: Musiala's solo against Bremen",
    "Substitution: why Tuchel took Müller off",
    "The goal in the 34th minute was disallowed.",
    "Penalty shoot-out: Germany out of the World Cup",
    "Kick-off for the Christmas market season",
    "Own goal for the government",
    "Substitutes' bench: Müller has to wait",
    "The final score was 3:1 (1:0).",
    "Bayern led 2:0 at half-time.",
    "Half-time: Bayern lead 1:0",
    "Goal: 1 million euros for the flood victims",
    "Lead: 2:1 for the CDU in the committee",
    "1. FC Köln: the new coach",
    "2. Bundesliga: Schalke win the derby",
    "Bayern - Dortmund 3:1 (1:0)",
    "Election night: SPD ahead (18.)",
    "The 1:0 (12.) was a deflected shot",
    "In 1990: Germany reunified",
    # language and translation in prose and headlines
    "The generic masculine is under fire",
    "Gender-neutral language: universities want more",
    "Why the generic masculine is not neutral",
    "Readability of contracts: consumer advocates demand clear language",
    "For reasons of cost, the city cancelled the festival.",
    "The book was translated into 30 languages.",
    "His novels have been translated into English.",
    "All genders are welcome at the club, the chairwoman said.",
    "The law applies equally to all genders.",
    "The article was first published in 1848 in London.",
    "The text of the treaty was translated into German by the ministry.",
    "The article was generated by ChatGPT, the publisher admitted.",
    "The text was written by an AI.",
    "This article was written by Anna Becker.",
    "This article was produced in cooperation with Correctiv.",
    "For better readability, the table has been shortened.",
    # German quotes and titles in English prose
    "Wir schaffen das",
    "Deutschland schafft sich ab",
    "Ihr Kinderlein, kommet",
    "Mehr Demokratie wagen",
    "Wir sind das Volk",
    "Frankfurter Allgemeine Zeitung",
    "Sie liebt dich",
    "Nachrichten aus der Anstalt",
    "Ihre Majestät",
    "Die Zeit",
    "Wetten, dass..?",
    "Ich bin ein Berliner",
    "Nachrichten aus Berlin",
    "Zeitung für Deutschland",
    "Hilfe für die Ukraine",
    "Mehr Fortschritt wagen",
    "Zur Sache, Schätzchen",
    "Bild der Frau",
    "Hier und heute",
    "Das Leben der Anderen",
    "Alles nur geklaut",
    "Die Nachricht",
    "Die Redaktion",
    # short lists of names and things with bars or middots that are too short for a tag list
    "Heating law | What owners need to know now",
    "Scholz | The chancellor in crisis",
    "Ukraine · Day 500",
    "More on: how the heating law works",
    "Merkel: 'We can do this'",
    "Scholz: Germany will support Ukraine as long as necessary",
    "Topics such as climate and energy dominated.",
    "More on that in a moment.",
    "Trending on Twitter: #Scholz",
    "Popular: electric cars, heat pumps and solar panels",
    "In this article: we look at three cases",
    "Search: the police are looking for witnesses",
    "Search for: Anna, 17, missing since Friday",
    "The topics: pensions, migration, defence",
    "Most important topics: pensions, migration, defence",
    "Main topics: pensions, migration, defence",
    "Leverkusen (2.) host Bayern (1.)",
    "Bayern (1.) – Dortmund (2.) 3:1",
    "Final: Germany - Spain 1:2 (0:1)",
    "Half-time: 45 minutes of frustration",
    "An interview by phone",
    "A report by the BBC",
    "A report by Amnesty International",
    "A report by Human Rights Watch",
    "An analysis by McKinsey",
    "An analysis by Boston Consulting Group",
    "All personal designations in the law apply to all genders.",
]


@pytest.mark.positive
@pytest.mark.parametrize("where", ["middle", "tail"])
@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_fires(line, where):
    text = article(line, where)
    assert hit_texts(BoilerplateLine, text) == [line]


@pytest.mark.negative
@pytest.mark.parametrize("where", ["middle", "head", "tail"])
@pytest.mark.parametrize("line", PROSE)
def test_prose_is_quiet(line, where):
    assert run_rule(BoilerplateLine, article(line, where)) == []


SIGNALS = _load_data(DATA_DIR, "en").signals

KINDS = {
    "tag-list": ["Trending topics: traffic light coalition | Ukraine | Bundesliga", "Ukraine | Russia | NATO | Putin",
                 "Popular searches: weather, traffic, Christmas market", "More on: CDU, Friedrich Merz, Bundestag"],
    "byline": ["A comment by Jan Schneider", "An analysis by our correspondent Jan Müller", "Commentary by Jan Schneider"],
    "ticker-event": ["Yellow card: Kimmich (34.)", "45.+2: Half-time", "Goal! 1:0 Musiala (12.)", "Half-time: 1:1"],
    "german-ui": ["Nachrichten aus Ihrer Region", "Alle Artikel zu Olaf Scholz", "Schreiben Sie uns"],
}
KIND_LINES = [(kind, line) for kind, lines in KINDS.items() for line in lines]


@pytest.mark.positive
@pytest.mark.parametrize("kind,line", KIND_LINES, ids=[line for _, line in KIND_LINES])
def test_signal_names_the_kind(kind, line):
    assert furniture_kind(line, SIGNALS) == kind


def test_clean_article_is_quiet():
    assert run_rule(BoilerplateLine, "\n\n".join(BODY) + "\n") == []
