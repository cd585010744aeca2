"""Round 4 of MT501 untranslated-sentence and MT502 untranslated-word, by kind (hand-written
development sentences, not taken from any evaluation material):

1. very short German sentences (two to five words) in English prose: "Kein Kommentar.", "Na und?";
2. mid-length German sentences that a lone article ("in den Kinos", taken for a name particle) or a
   contraction English also writes ("am Dienstag") kept below the candidate threshold;
3. capitalised German compounds with a common noun's head ("Europa|wahl", "Partei|vize",
   "Keuch|husten") that MT502 took for names, and surnames that come apart into German words ("a
   header by Füll|krug") that it took for nouns.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

SHORT = "The minister was asked about the report on Tuesday. {} He then left the room without another word."
MID = "Prices rose again in March, the statistics office said. {} Critics were divided about the outlook."


def _all_hits(text: str) -> list[str]:
    return hit_texts(UntranslatedSentence, text) + hit_texts(UntranslatedWord, text)


SHORT_GERMAN = [
    'Kein Kommentar.',
    'Ganz im Gegenteil.',
    'Na und?',
    'Nicht schlecht.',
    'Auf keinen Fall.',
    'Keine Chance.',
    'Noch nicht.',
    'Bis morgen.',
    'Im Gegenteil.',
    'Nicht jetzt.',
    'Und jetzt?',
    'Kein Problem.',
    'Wie bitte?',
    'Mehr nicht.',
    'Ohne Worte.',
    'Ich auch nicht.',
    'Gar nicht.',
    'Sehr gut.',
    'Nie wieder.',
    'Alles klar.',
    'Zu spät.',
    'Ganz genau.',
    'Nicht mit mir.',
]

SHORT_NOT_GERMAN = [
    'Bayern München.',
    'Angela Merkel.',
    'Otto von Bismarck.',
    'Ursula von der Leyen.',
    'Not bad.',
    'No comment.',
    'So what?',
    'Gesundheit!',
    'Prost!',
    'Wunderbar!',
    'Auf Wiedersehen.',
    'Guten Tag.',
    'Die Linke.',
    'Die Grünen.',
    'Der Spiegel.',
    'Die Zeit.',
    'Unter den Linden.',
    'Frankfurt am Main.',
    'Borussia Dortmund.',
    'Deutsche Bank.',
    'Ich bin ein Berliner.',
    'Not so fast.',
    'Game over.',
    'Fair enough.',
    'Case closed.',
    'Max und Moritz.',
    'Hänsel und Gretel.',
    'Romeo und Julia.',
    'Tim und Struppi.',
    'Karl Marx.',
    'Rosa Luxemburg.',
    'Helene Fischer.',
    'Bad Homburg.',
    'Die Hard.',
    'Schalke 04.',
    'Hertha BSC.',
    'Werder Bremen.',
    'Sturm und Drang.',
    'Mercedes und BMW.',
    'Bild am Sonntag.',
    'Frank-Walter Steinmeier.',
    'Kein Kommentar (no comment).',
]

SHORT_NOT_GERMAN_TEXTS = [
    'Asked about the report, he said only: "Kein Kommentar" (no comment). Then he left.',
    '„Nicht schlecht“, she said, and smiled at the crowd.',
    'Asked about the report, he said: Kein Kommentar. (No comment.) Then he left.',
    'The winners? Bayern München. Nobody was surprised by the result this year.',
    'Who won? Borussia Dortmund. The club celebrated late into the night.',
    'Kennedy said „Ich bin ein Berliner“ in 1963, and the crowd cheered.',
    'The film “Das Leben der Anderen” won an Oscar in 2007.',
    'He starred in “Der Himmel über Berlin” and later in a British comedy.',
]

MID_GERMAN = [
    'Der Film startet am Donnerstag in den Kinos.',
    'Die Polizei sucht nach dem Täter.',
    'Das Spiel endete unentschieden.',
    'Der Zug fährt um acht Uhr ab.',
    'Die Preise steigen seit Monaten.',
    'Das Konzert findet im Stadtpark statt.',
    'Die Schule bleibt am Montag geschlossen.',
    'Der Bürgermeister lehnte den Vorschlag ab.',
    'Im Sommer kommen viele Touristen in die Stadt.',
    'Am Wochenende wird es wieder kälter.',
    'Die Ausstellung ist bis Ende Mai zu sehen.',
    'Der Verein hat einen neuen Trainer.',
    'Die Feuerwehr war mit drei Fahrzeugen im Einsatz.',
    'Das Museum öffnet am Dienstag.',
    'Den Angaben zufolge wurde niemand verletzt.',
    'Die Straße ist in beide Richtungen gesperrt.',
    'Der Prozess beginnt im Herbst.',
    'Die Band spielt am Samstag in den Hallen.',
]

MID_NOT_GERMAN = [
    'The film opens in cinemas on Thursday, according to Der Spiegel.',
    'He walked along Unter den Linden to the Brandenburg Gate in the rain.',
    'Ursula von der Leyen met Frank-Walter Steinmeier in Berlin on Monday.',
    'The band Die Toten Hosen played a concert in Düsseldorf last night.',
    'Die Fantastischen Vier headlined the festival in Stuttgart on Saturday.',
    'Joop den Uyl was prime minister of the Netherlands in the 1970s.',
    'Rothenburg ob der Tauber attracts millions of tourists every year.',
    'She studied at the Hochschule für Musik und Theater in Hamburg.',
    'The Theater am Schiffbauerdamm staged a new production of Brecht.',
    'Die Zeit and Der Tagesspiegel both reported the story on Wednesday.',
    'Die Linke and Die Grünen voted against the bill in the Bundestag.',
    'Van der Bellen won the presidential election in Austria again.',
    'The poet Walther von der Vogelweide is said to be buried in Würzburg.',
    'The exhibition at the Haus der Kunst opens on Thursday in Munich.',
    'Fans of Eintracht Frankfurt and Bayern München clashed before the match.',
    'The Frankfurter Allgemeine Zeitung and the Süddeutsche Zeitung disagreed.',
    'He played for Borussia Mönchengladbach before moving to Real Madrid.',
    'The Museum für Naturkunde in Berlin reopened its dinosaur hall.',
    'Karl-Theodor zu Guttenberg resigned as defence minister in 2011.',
    'The novel Der Vorleser was turned into a film with Kate Winslet.',
    'The Berliner Ensemble and the Deutsches Theater both cancelled shows.',
    'Mark van den Berg and Pieter de Jong finished second and third.',
    'The Institut für Weltwirtschaft in Kiel cut its growth forecast.',
    'The song Das Boot by U96 topped the charts in 1991.',
    'The Stiftung Preußischer Kulturbesitz runs the museums on the island.',
    'They met at the Café am Neuen See in the Tiergarten park.',
    'The shop opens at 9 am Monday to Friday in the centre of town.',
    'I am German, and I am proud of it, the coach said after the match.',
    'The show runs until 10 am Sunday at the latest, the organisers said.',
]

COMPOUNDS = [
    ('Doctors reported a rise in Keuchhusten cases this winter.', 'Keuchhusten'),
    ('The Greens won the most votes in the Europawahl.', 'Europawahl'),
    ("The SPD's Parteivize defended the plan on Monday.", 'Parteivize'),
    ('Dog owners must pay the Hundesteuer by the end of March.', 'Hundesteuer'),
    ("The CDU's Fraktionsvize criticised the budget in parliament.", 'Fraktionsvize'),
    ('Turnout in the Landtagswahl was higher than expected.', 'Landtagswahl'),
    ('Residents protested against the new Zweitwohnungssteuer.', 'Zweitwohnungssteuer'),
    ('The Sektsteuer was introduced to finance the imperial navy.', 'Sektsteuer'),
    ('The Oberbürgermeisterwahl takes place in June.', 'Oberbürgermeisterwahl'),
    ('The Bayernwahl will be held next Sunday, officials said.', 'Bayernwahl'),
    ('The Kirchensteuer is collected by the tax offices.', 'Kirchensteuer'),
    ('The Tabaksteuer will rise again next year.', 'Tabaksteuer'),
    ('Voters are tired of the endless Wahlkampf in the region.', 'Wahlkampf'),
    ("The CSU's Landesvize attended the meeting in Nuremberg.", 'Landesvize'),
    ('Paediatricians warn of a Reizhusten that lasts for weeks.', 'Reizhusten'),
    ('Parents can apply for the Kinderzuschlag at the family office.', 'Kinderzuschlag'),
    ('The Rundfunkgebühr is to rise by 58 cents a month.', 'Rundfunkgebühr'),
    ('The Europapolitik of the government drew sharp criticism.', 'Europapolitik'),
    ('The council approved a Zweitwohnsitzabgabe for holiday homes.', 'Zweitwohnsitzabgabe'),
    ('Many pensioners are entitled to the Pflegezulage.', 'Pflegezulage'),
]

NAMES_AND_LOANS = [
    'Germany won after a header by Füllkrug in the second half.',
    'Niclas Füllkrug scored twice against Scotland.',
    'President Steinmeier opened the session on Monday.',
    'Schweinsteiger and Lahm lifted the trophy in Rio.',
    'The late goal by Neuhaus secured the win for Gladbach.',
    'The concert was organised by Rosenberg and Goldberg.',
    'Bayern München beat Werder Bremen 3-1 on Saturday.',
    'She moved to North Rhine-Westphalia with her family.',
    'The Bundestag passed the law by a large majority.',
    'The Bundesliga season starts in August.',
    'Children in Germany attend Kindergarten from the age of three.',
    'They drove on the Autobahn from Munich to Salzburg.',
    'The Energiewende has cost billions of euros so far.',
    'He lives in a small village in Oberbayern.',
    'The Sachsenring hosts the MotoGP race every summer.',
    "The Europapark in Rust is the country's biggest theme park.",
    'A cross by Kimmich found Havertz at the far post.',
    'A goal by Woltemade gave Stuttgart the lead.',
    'The Wahl family owns the company.',
    'The header by Kleindienst hit the post.',
    'Steinmeier met Scholz at the Bellevue palace.',
    'The report was written by Hausmann and Krugmann.',
    'The fans cheered for Schlotterbeck and Mittelstädt.',
    'The painting was bought by Rosenthal in 1932.',
    'Thomas Müller and Manuel Neuer will travel to Qatar.',
    'A free kick by Brandt and a volley by Reus decided the game.',
    'The award went to Schweinsteiger and Neuhaus.',
    'According to Neubauer, the climate movement will keep protesting.',
    'The team of Hoffenheim beat Freiburg at home.',
    'Mayor Wegner visited Kreuzberg on Tuesday.',
]



@pytest.mark.positive
@pytest.mark.parametrize("sentence", SHORT_GERMAN)
def test_short_german_sentence_is_reported(sentence):
    text = SHORT.format(sentence)
    assert hit_texts(UntranslatedSentence, text) == [sentence]
    assert hit_texts(UntranslatedWord, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("sentence", SHORT_NOT_GERMAN)
def test_short_names_loans_and_english_stay_quiet(sentence):
    assert _all_hits(SHORT.format(sentence)) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", SHORT_NOT_GERMAN_TEXTS)
def test_glossed_or_famous_german_stays_quiet(text):
    assert _all_hits(text) == []


@pytest.mark.positive
@pytest.mark.parametrize("sentence", MID_GERMAN)
def test_mid_length_german_sentence_is_reported(sentence):
    text = MID.format(sentence)
    assert hit_texts(UntranslatedSentence, text) == [sentence]
    assert hit_texts(UntranslatedWord, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", MID_NOT_GERMAN)
def test_english_with_german_names_stays_quiet(text):
    assert _all_hits(text) == []


@pytest.mark.positive
@pytest.mark.parametrize("text, word", COMPOUNDS)
def test_german_compound_with_a_common_head_is_reported(text, word):
    assert hit_texts(UntranslatedWord, text) == [word]
    assert hit_texts(UntranslatedSentence, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", NAMES_AND_LOANS)
def test_surnames_places_and_loans_stay_quiet(text):
    assert _all_hits(text) == []
