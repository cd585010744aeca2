"""MT801 sentence-fragment, round 12: German viewpoint adverbs by word formation, literal idioms as sentences.

Unseen material showed two kinds that no list or shape held:

* a German adverb compound rendered morpheme for morpheme ("strafrechtlich" → "Criminal-legally.",
  "verkehrstechnisch" → "Traffic-technically.", "witterungsbedingt" → "Weather-conditioned.", "zeitnah" →
  "Time-near.", "zahlenmäßig" → "Number-moderately."): by shape, a noun (or a relational adjective: "civil",
  "constitutional") and a hyphen before an adverb of domain in "-ally" ("legally", "technically",
  "politically", "neutrally"), a participle of cause ("conditioned", "caused"), "near" or "moderately";
  also a one-word adverb in "-ically" or "-ionally" that no lexicon knows ("Dramaturgically."). English
  compounds stay quiet: prefixes and combining forms ("Self-evidently.", "Counter-", "Socio-economic"),
  other second halves ("Single-handedly.", "Cost-effectively.", "Matter-of-factly.", "Tax-free.",
  "Long-term.", "Year-round."), "Air-conditioned.", names ("Baden-Württemberg.", "Müller-Thurgau.");
* a German idiom rendered word for word and left as a sentence ("kurz und gut" → "Short and good.",
  "gesagt, getan" → "Said, done.", "wie dem auch sei" → "How that may also be.", "wie gehabt" → "As had.",
  "zu guter Letzt" → "To good last.", "bis dato" → "Until dato.", "allem Anschein nach" → "By all
  appearance.", "alles andere als" → "Everything other than.", "nach wie vor" → "After as before.", "immer
  wieder" → "Always again."): by shape (a comparison cut off after "than", "as" before a bare participle of
  saying or knowing, a possessive time, a reversed or German binomial, "X for X" where English says "X by
  X") and a list of the closed idioms. Their English counterparts stay quiet: "Short and sweet.", "No sooner
  said than done.", "So be it.", "By all appearances.", "Anything but.", "As planned.", "Step by step.",
  "Again and again.", "In its day.".

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read). "Be that as it may.", "Last but not least." and "To date." leading into the next sentence
are reported by earlier rounds (tests/rules/test_structure_round3.py, test_fragments_round4.py) and are
not part of this set.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh17) missed, each in a sentence context written here.
MISSED = [
    ("The fraud case against the former manager is closed. Criminal-legally. The civil suit continues.",
     "Criminal-legally."),
    ("The dispute between the neighbours has been settled. Civil-legally. The police are still investigating.",
     "Civil-legally."),
    ("The dismissal of the nurse was justified. Labour-legally. The union still wants to appeal.",
     "Labour-legally."),
    ("The new production of Faust divides the critics. Dramaturgically. The second act drags on.",
     "Dramaturgically."),
    ("The new junction is a disaster. Traffic-technically. Lorries cannot turn left.", "Traffic-technically."),
    ("The flood damage was assessed quickly. Insurance-technically. The owners will get their money in May.",
     "Insurance-technically."),
    ("The match was called off on Saturday. Weather-conditioned. The pitch was frozen.", "Weather-conditioned."),
    ("The mayor missed the council meeting. Illness-conditioned. His deputy chaired it.", "Illness-conditioned."),
    ("The striker will miss the next three games. Injury-conditioned. The club has not said how long.",
     "Injury-conditioned."),
    ("The coalition has failed. Short and good. New elections will be held in spring.", "Short and good."),
    ("The offer is an insult. In good German. The union will reject it.", "In good German."),
    ("The mayor promised a new playground. Said, done. It opened three weeks later.", "Said, done."),
    ("The club did not comment on the reports. How that may also be. The coach will stay until summer.",
     "How that may also be."),
    ("The timetable will not change next year. As had. The first train leaves at five.", "As had."),
    ("The renovation took eleven years. Say and write. It cost four times as much as planned.",
     "Say and write."),
    ("The tax will come. Back or forth. The ministry needs the money.", "Back or forth."),
    ("The band played for three hours. To good last. They came back for a fourth encore.", "To good last."),
    ("The bridge was the longest in Europe. At its time. Today it carries only bicycles.", "At its time."),
    ("The company has hired 40 people. Until dato. It wants to employ 200 by next year.", "Until dato."),
    ("The ministry promised a decision. Time-near. The farmers are still waiting.", "Time-near."),
    ("The plan was approved without debate. By all appearance. Nobody had read it.", "By all appearance."),
    ("The meeting was a success. Everything other than. The two sides did not even agree on a date.",
     "Everything other than."),
]

# Variants written here: the same shapes with other nouns and other idioms.
COMPOUNDS = [
    ("The donation to the party was allowed. Tax-legally. Whether it was wise is another question.",
     "Tax-legally."),
    ("The new app is a problem. Data-protection-legally. It stores the location of every user.",
     "Data-protection-legally."),
    ("The old tunnel can be saved. Construction-technically. The question is the money.",
     "Construction-technically."),
    ("The pipeline is a risk. Energy-politically. Germany would depend on one supplier.", "Energy-politically."),
    ("The withdrawal from the region was a mistake. Security-politically. The vacuum was filled at once.",
     "Security-politically."),
    ("The merger makes sense. Business-economically. The two firms sell the same products.",
     "Business-economically."),
    ("The appointment was clever. Party-politically. The minister has tied his rival to the cabinet.",
     "Party-politically."),
    ("The law is problematic. Constitutional-legally. The court in Karlsruhe will examine it.",
     "Constitutional-legally."),
    ("The takeover of the dairy is a problem. Competition-legally. The firm would control half the market.",
     "Competition-legally."),
    ("The new plant is to run from 2030. Climate-neutrally. It will be powered by hydrogen.",
     "Climate-neutrally."),
    ("The reform of the fees is to be carried out. Cost-neutrally. No household should pay more.",
     "Cost-neutrally."),
    ("The debt was moved into a special fund. Budget-technically. The brake on debt is respected.",
     "Budget-technically."),
    ("The ban on smoking was a success. Health-politically. The number of smokers fell by a fifth.",
     "Health-politically."),
    ("The new test is unreliable. Measurement-technically. It cannot tell small particles apart.",
     "Measurement-technically."),
    ("The process is simple. Procedure-technically. Only the approval takes time.", "Procedure-technically."),
    ("The ferry service was cut in November. Season-conditioned. It will resume at Easter.",
     "Season-conditioned."),
    ("The kindergarten closes for three weeks in August. Holiday-conditioned. Parents must find other care.",
     "Holiday-conditioned."),
    ("The rail line is closed until Sunday. Construction-conditioned. Buses replace the trains.",
     "Construction-conditioned."),
    ("The harvest was a third smaller. Drought-caused. Farmers are asking for help.", "Drought-caused."),
    ("The school was built in 1972. Pandemic-conditioned. The renovation has been postponed twice.",
     "Pandemic-conditioned."),
    ("The course is taught by craftsmen. Practice-near. The students spend half the time in workshops.",
     "Practice-near."),
    ("The new mayor wants to govern. Citizen-near. He holds a consultation hour every Friday.", "Citizen-near."),
    ("The river bank will be redesigned. Nature-near. The concrete walls will be removed.", "Nature-near."),
    ("The opposition is weak. Number-moderately. It has only twelve of the 80 seats.", "Number-moderately."),
    ("The harvest was good. Quantity-moderately. The quality of the grapes was poor.", "Quantity-moderately."),
    ("The festival was a success. Organisationally. The music was a disappointment.", "Organisationally."),
    ("The play is a triumph. Scenographically. The actors were less convincing.", "Scenographically."),
    ("The ruling changes little. Procedurally. The judges only clarified a deadline.", "Procedurally."),
]

IDIOMS = [
    ("The negotiations are over. In short and good. The deal is off.", "In short and good."),
    ("The council decided to plant a hundred trees. Thought, done. The first ones were planted in May.",
     "Thought, done."),
    ("The club wanted a new stadium. Said and done. It was finished in two years.", "Said and done."),
    ("The minister refuses to resign. How it may also be. The party will decide in May.",
     "How it may also be."),
    ("The experts disagree. Be it how it may. The reform will come into force in July.", "Be it how it may."),
    ("The shop opens at eight. As known. The bakery next door opens at six.", "As known."),
    ("The money has been spent. As said. There is nothing left for the pool.", "As said."),
    ("The bridge will be closed for a year. As already mentioned. The ferry will run more often.",
     "As already mentioned."),
    ("The orchestra played Mahler. At good last. The audience stood and applauded.", "At good last."),
    ("The stadium held 80,000 people. At his time. He played there for twelve years.", "At his time."),
    ("The firm has sold 300 cars. Up to dato. It had hoped for a thousand.", "Up to dato."),
    ("No decision has been made. Until date. The files are still with the ministry.", "Until date."),
    ("The suspect was already abroad. After all appearance. The police are searching for him in Spain.",
     "After all appearance."),
    ("The budget is nothing to celebrate. Everything else than. The city will borrow 80 million.",
     "Everything else than."),
    ("The results were disappointing. Nothing other than. The team lost every home game.",
     "Nothing other than."),
    ("The shortage of teachers is the biggest problem. After as before. 400 posts are vacant.",
     "After as before."),
    ("The trains on the line are late. Always again. The operator blames the old signals.", "Always again."),
    ("The region needs jobs. Before all. Young people are leaving.", "Before all."),
    ("The plant will have to close. Over short or long. It has not made a profit in years.",
     "Over short or long."),
    ("The festival could be cancelled. Under circumstances. The organisers are waiting for the forecast.",
     "Under circumstances."),
    ("The tenants cannot be evicted. Without further. A court has to decide first.", "Without further."),
    ("The museum remains closed. Until further. The roof has to be repaired first.", "Until further."),
    ("The rules must not be changed. On no case. The federation threatened to withdraw its licence.",
     "On no case."),
    ("The figures look good. In the deed. Unemployment has fallen for the third year.", "In the deed."),
    ("The fire broke out at night. To the luck. Nobody was in the building.", "To the luck."),
    ("The referee sent him off. With right. He had kicked an opponent.", "With right."),
    ("The decision was not a surprise. In the contrary. Everyone had expected it.", "In the contrary."),
    ("The prices are stable. In the general. Only energy became more expensive.", "In the general."),
    ("The plan is not new. Exactly taken. It was first presented in 2015.", "Exactly taken."),
    ("The law does not apply to farms. Strictly taken. They are exempt until 2030.", "Strictly taken."),
    ("The town was rebuilt. Step for step. The church was the last building to be finished.", "Step for step."),
    ("The collection was sold. Piece for piece. The last painting went to a museum in Basel.",
     "Piece for piece."),
    ("The residents left the village. Neck over head. The water was rising fast.", "Neck over head."),
    ("The goals fell. Blow on blow. Within ten minutes the score was 3-0.", "Blow on blow."),
    ("The club will have to sell its striker. Well or evil. It needs the money.", "Well or evil."),
    ("The matter was settled. One for all times. The contract runs until 2040.", "One for all times."),
    ("The season was a success. Under the line. The club made a profit of two million.", "Under the line."),
    ("The idea is not bad. In and for itself. It is just too expensive.", "In and for itself."),
    ("The river is a problem. Infrastructurally. Only one bridge crosses it.", "Infrastructurally."),
    ("The tenants were evicted. Rent-legally. The city could do nothing.", "Rent-legally."),
    ("The museum was rebuilt. Brick for brick. The old stones were numbered.", "Brick for brick."),
]

NEGATIVES = [
    # English idioms and fragments that stay quiet
    "The speech was short. Short and sweet.",
    "The mayor promised a new playground. No sooner said than done.",
    "The voters want a change. So be it.",
    "The plan was approved without debate. By all appearances, nobody had read it.",
    "The castle was never finished. To all appearances.",
    "The meeting was not a success. Anything but.",
    "The dispute must be settled. Once and for all.",
    "He was a Berliner. Through and through.",
    "They rehearsed the scene. Over and over.",
    "The plant will have to close. Sooner or later.",
    "The airport is open again. More or less.",
    "The decision must be taken. Here and now.",
    "The ball went. Back and forth.",
    "The ferry crossed the lake. To and fro.",
    "They met. Now and then.",
    "The band has played together. Off and on.",
    "The town was rebuilt. Step by step.",
    "The collection was sold. Piece by piece.",
    "The water rose. Day by day.",
    "The text was copied. Word for word.",
    "The committee went through the report. Blow by blow.",
    "The two teams are equal. Pound for pound.",
    "The old parts were replaced. Like for like.",
    "She fell in love. Head over heels.",
    "The residents fought the plan. Tooth and nail.",
    "The trains on the line are late. Again and again.",
    "The region needs jobs. Above all, young people need them.",
    "The figures are right. In a sense.",
    "The plan worked. In part.",
    "She left the company. For good reason.",
    "The referee sent him off. Rightly so.",
    "He touched the wooden post. For luck.",
    "They did what they could. Under the circumstances.",
    "The tickets sold out. In no time.",
    "The museum remains closed. Until further notice.",
    "The work began. Without further ado.",
    "The bridge opened in May. As planned.",
    "The match ended in a draw. As expected.",
    "The cheque arrived on Monday. As promised.",
    "The mayor arrived late. As usual.",
    "The payment was made in June. As agreed.",
    "He was stubborn. As always.",
    "He was a gifted pianist. By all accounts.",
    "The hall was huge. Long and wide.",
    "The bridge was the longest in Europe. In its day.",
    "He was a great player. In his time.",
    "The offer is an insult. In plain English, the union will reject it.",
    "The same thing happened again. As had been feared.",
    "The rent went up. As had happened every year.",
    "It cost more than expected. Much more than that.",
    "The team lost. None other than the captain missed the penalty.",
    "The night was cold. Colder than ever.",
    # hyphenated English adverbs, adjectives and names
    "The conclusion was obvious. Self-evidently, the board had to resign.",
    "The contract runs for five years. Long-term.",
    "The loan is only a bridge. Short-term.",
    "The product is sold in 40 countries. Worldwide.",
    "The pool is open. Year-round.",
    "The review was written. Tongue-in-cheek.",
    "He saved the club. Single-handedly.",
    "The team defended. Half-heartedly.",
    "He apologised. Sort of.",
    "The work was done. Cost-effectively.",
    "She answered the question. Matter-of-factly.",
    "The tickets are expensive. Eye-wateringly so.",
    "She works at the hospital. Full-time.",
    "He works in a bakery. Part-time.",
    "The rooms are large. Air-conditioned.",
    "The bonus is paid. Tax-free.",
    "The loan is granted. Interest-free.",
    "The flat was offered to him. Rent-free.",
    "The new plant will run on hydrogen. Carbon-neutral.",
    "The win was his first. Well-deserved.",
    "The match will be played on Sunday. Weather permitting.",
    "The final will be played on Sunday. Weather-permitting.",
    "The two leaders met. Face-to-face.",
    "The cars stood. Bumper-to-bumper.",
    "The grapes are white. Müller-Thurgau.",
    "The company moved south. Baden-Württemberg.",
    "The limousine was old. Rolls-Royce.",
    "The cyclists came from the north. Schleswig-Holstein.",
    "The printer is new. Hewlett-Packard.",
    # replies, dialogue, quotations, headings, lists, framing with a comma
    "Is the donation allowed? Tax-legally. Whether it is wise is another question.",
    "Was the game cancelled because of the weather?\n\nWeather-conditioned, yes. The pitch was frozen.",
    "– Will the deal go through?\n– Said, done.",
    "“Short and good.” That was all the coach said.",
    "He summed it up: “Said, done.”",
    "Criminal-legally, the case is closed.",
    "Traffic-technically, the junction is a disaster.",
    "Tax-legally\n\nThe donation to the party was allowed.",
    "Options for the vote:\n- Criminal-legally.\n- Civil-legally.",
    "Photo: Weather-conditioned. The pitch was frozen.",
    "The coalition has failed. Short and good, new elections will be held in spring.",
    "Said, done, forgotten: the mayor's promises.",
    # one-word English adverbs that stay quiet
    "The road is closed. Temporarily.",
    "He was warned about the risk. Repeatedly.",
    "He is still the chairman. Technically.",
]

EXAMPLES = MISSED + COMPOUNDS + IDIOMS


def _fires(text: str, fragment: str) -> bool:
    return hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", EXAMPLES)
def test_german_compounds_and_literal_idioms_fire(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_english_idioms_compounds_and_replies_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_dev_set_is_large_enough():
    assert len(MISSED) == 22 and len(COMPOUNDS) + len(IDIOMS) >= 60 and len(NEGATIVES) >= 80
