"""MT502 untranslated-word, for German words put into English spelling (hand-written development
sentences, not taken from any evaluation material): "a hypothec" (Hypothek), "reclame" (Reklame),
"premiated" (prämiert), "the turnhall" (Turnhalle). Such a word is neither English nor German as
written. English typos, rare English words, names and French, Italian or Latin words stay quiet.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts, run_rule

DRESSED = [
    ('The couple took out a hypothec of 400,000 euros to buy the flat.', 'hypothec', 'Hypothek'),
    ('The carmaker spent 40 million euros on reclame last year.', 'reclame', 'Reklame'),
    ('The documentary was premiated at the Berlinale in February.', 'premiated', 'prämiert'),
    ('The vaccination centre in the turnhall will close at the end of the month.', 'turnhall', 'Turnhalle'),
    ('A fotograph of the crash site was shared thousands of times.', 'fotograph', 'Fotograf'),
    ('She studied painting at the akademy of fine arts in Munich.', 'akademy', 'Akademie'),
    ('Electric cars are the fastest-growing kategory on the market.', 'kategory', 'Kategorie'),
    ('The opposition called the decision of the council skandalous.', 'skandalous', 'skandalös'),
    ('Tickets for local transport are heavily subventionated by the state.', 'subventionated', 'subventioniert'),
    ('The runner was disqualificated after a false start.', 'disqualificated', 'disqualifiziert'),
    ('Small bakeries are suffering from the konkurrence of the discounters.', 'konkurrence', 'Konkurrenz'),
    ('The minister said he would draw the konsequences from the affair.', 'konsequences', 'Konsequenzen'),
    ('The association wants to strengthen demokraty in rural areas.', 'demokraty', 'Demokratie'),
    ('Patients had to wait for hours in the klinic on Sunday.', 'klinic', 'Klinik'),
    ('The kritic of the plan came mainly from the unions.', 'kritic', 'Kritik'),
    ('The city bibliothec will be closed for renovation until May.', 'bibliothec', 'Bibliothek'),
    ('She bought the cough syrup at the apothec on the corner.', 'apothec', 'Apotheke'),
    ('The kriminality rate in the city fell for the third year in a row.', 'kriminality', 'Kriminalität'),
    ('The reparature of the bridge will cost three million euros.', 'reparature', 'Reparatur'),
    ('The sekretary of the association resigned on Friday.', 'sekretary', 'Sekretär'),
    ('The plan was sharply kritisized by environmental groups.', 'kritisized', 'kritisiert'),
    ('The station was modernisated at a cost of 20 million euros.', 'modernisated', 'modernisiert'),
    ('The police kontrolled more than 300 cars at the border.', 'kontrolled', 'kontrolliert'),
    ('The new youth centre is finanzed by the city and the church.', 'finanzed', 'finanziert'),
    ('The old gebaude next to the station will be demolished.', 'gebaude', 'Gebäude'),
    ('The coach announced his resignation at a pressekonference on Monday.', 'pressekonference', 'Pressekonferenz'),
    ('Companies that trade with Russia could be sanctionated.', 'sanctionated', 'sanktioniert'),
    ('The results were publicated in a medical journal last week.', 'publicated', 'publiziert'),
    ('The proposal was diskutated for hours in the council.', 'diskutated', 'diskutiert'),
    ('The orchestra plays in the philharmony every Sunday.', 'philharmony', 'Philharmonie'),
    ('Experts warned that the elektric grid is not ready.', 'elektric', 'Elektrik'),
    ('The situation in the hospitals remains kritical, doctors said.', 'kritical', 'kritisch'),
    ('The fans wore the tricots of their club to the match.', 'tricots', 'Trikots'),
    ('The referee made a korrect decision, the coach admitted.', 'korrect', 'korrekt'),
    ('An exhibition of fotografy from the 1920s opens on Friday.', 'fotografy', 'Fotografie'),
    # capitalised after a determiner, as German nouns are
    ('The couple took out a Hypothec on their house.', 'Hypothec', 'Hypothek'),
    ('The vaccination centre in the Turnhall will open on Monday.', 'Turnhall', 'Turnhalle'),
    ('Electric cars are the fastest-growing Kategory on the market.', 'Kategory', 'Kategorie'),
]

QUIET = [
    # English typos of English words, even where a German spelling is near
    'The goverment promised to publish the report next week.',
    'The union critisised the plan in a statement.',
    'The new cabel will connect the island to the mainland.',
    'He became a muscel man after years in the gym.',
    'She recieved the award in Berlin.',
    'It was definately the best match of the season.',
    'The commitee will meet again in March.',
    'The enviroment ministry rejected the proposal.',
    'The results were telephoned to the office.',
    'The buisness owners were not consulted.',
    'The company has been succesful in Asia.',
    'The mercur rose above 30 degrees.',
    'The crowd was concentrat on the square.',
    'The fruit was evakuated from the warehouse by mistake.',
    'The new calender will be printed in May.',
    'Officials said they would recrut more teachers.',
    'The democraty of the country is under threat, he wrote.',
    # ordinary and rare English words
    'The academy of sciences published its report on Tuesday.',
    'Electric cars are the fastest-growing category on the market.',
    'The democracy of the country is under threat, he wrote.',
    'She bought the medicine at the pharmacy on the corner.',
    'The apothecary in the old town dates from 1520.',
    'The critic praised the photograph in the exhibition.',
    'Patients waited for hours at the clinic.',
    'The plan was sharply criticised by environmental groups.',
    'The station was modernised at a cost of 20 million euros.',
    'Tickets are heavily subsidised by the state.',
    'The runner was disqualified after a false start.',
    'The philharmonic orchestra plays every Sunday.',
    'The theory was published in a scientific journal.',
    'The vaccination centre in the gymnasium opens on Monday.',
    'The hypothecation of the assets was approved by the court.',
    'The annulment of the contract was confirmed.',
    'Residents were evacuated from the area after the fire.',
    'The bibliography lists more than 300 titles.',
    'The electric grid is not ready for the winter.',
    'He was sceptical of the plan from the start.',
    'The meeting was moderated by a journalist.',
    # rare English words of English stems and endings, or with only an ending or umlaut to change
    'A britisher and two Americans were among the passengers.',
    'The archive was digitalised over the past five years.',
    'The semantical difference was lost in translation.',
    'The unfallen soldiers were honoured at a ceremony.',
    'Police warned of phishers posing as bank staff.',
    'The river was canalised in the nineteenth century.',
    'The capitals of the columns are floriated.',
    'Critics say the outcome was predestinated.',
    'The study measured the aggressivity of the tumour cells.',
    'The internationality of the festival is its strength.',
    'The provenience of the painting is unknown.',
    'She took a methodic approach to the problem.',
    # names written without their umlauts, even after "the"
    'The Goettingen team won the title in 2019.',
    'The Schauble era ended with the 2017 election.',
    'The Ozdemir plan was rejected by the Greens.',
    'The Nurnberg trials began in November 1945.',
    # names and places
    'The data are clear, Streick said on Tuesday.',
    'Cathrin Meyer will lead the new department.',
    'The report was written by Clemens Fuest and Carsten Linnemann.',
    'The Coburg district council met on Monday.',
    'Streick warned that the data are incomplete.',
    'The trophy went to Konrad Schauble of Freiburg.',
    'The team from Celle won the regional final.',
    'Mayor Kathrin Wehner opened the new library.',
    # French, Italian, Spanish and Latin words
    'The French call it the dictature of the markets.',
    'The restaurant offers an amusant menu, the Paris critics wrote.',
    'The Italian police, the carabinieri, arrested two men.',
    'The mafia calls this the cosa nostra.',
    'The actuelle situation is difficult, the French minister said.',
    'The piazza was full of tourists on Sunday.',
    'The judge cited the principle of habeas corpus.',
    'The officielle ceremony will take place in Paris.',
    'He lives in a palazzo in Venice.',
    'Spaniards call the bullfight the corrida.',
    # German words as written are MT502's other signals, not this one; glosses and quotations stay quiet
    'The word “reclame” is French for advertising.',
    'The Dutch word reclame (advertising) appears on the poster.',
    'The French and Dutch say “reclame” for advertising.',
    'The newspaper “Oeffentliche” reported on Monday.',
    'The fans sang the club anthem in the stadium.',
    'The award was presented at the Berlinale in February.',
    'Rents in the centre have doubled, the tenants say.',
    'The referee made a correct decision, the coach admitted.',
    # headings and sentence starts: a capital says nothing
    'Streick Warns Of Higher Prices',
    'Hypothec rates are rising, the bank said.',
]


@pytest.mark.positive
@pytest.mark.parametrize("text, word, german", DRESSED)
def test_german_word_in_english_spelling_is_reported(text, word, german):
    hits = run_rule(UntranslatedWord, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [word]
    assert f'"{german}" in English spelling' in hits[0].message
    assert hits[0].suggestion is None
    assert hit_texts(UntranslatedSentence, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_typos_names_and_foreign_words_stay_quiet(text):
    assert [h.message for h in run_rule(UntranslatedWord, text) if "English spelling" in h.message] == []


@pytest.mark.negative
def test_a_name_stays_a_name_throughout_the_document():
    text = 'Streick said the data are clear. The Streick report was published on Monday.'
    assert hit_texts(UntranslatedWord, text) == []
