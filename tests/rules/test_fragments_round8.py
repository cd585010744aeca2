"""MT801 sentence-fragment, round 8: the fragments machine translation leaves, by kind.

A development set written by hand (the held-out evaluation material was never read): one paragraph per
fragment of each kind German→English MT leaves (stand-alone connectives and sentence adverbs, verbless
prepositional and noun phrases split off before or after their main clause, stranded subordinate and
relative clauses, participle phrases, comparisons, time phrases, subjectless verb-first clauses,
elliptical German constructions rendered word for word), and hard negatives: the stylistic fragments of
good journalism, replies in dialogue, quotations, subheads, captions, list items, imperatives and short
complete sentences.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# (paragraph text, the fragment)
POSITIVES = [
    # --- connectives and sentence adverbs standing alone (German "Dadurch.", "Zudem.", "Unterdessen.")
    ("The council approved the new bus lanes. Thereby. Commuters from the suburbs will save ten minutes.",
     "Thereby."),
    ("In addition. The city wants to plant 500 trees along the ring road.", "In addition."),
    ("Meanwhile. The opposition called for an inquiry into the contracts.", "Meanwhile."),
    ("Demand for flats keeps rising. Accordingly. Rents in the centre went up by eight percent.", "Accordingly."),
    ("Furthermore. The club has signed two young defenders from Austria.", "Furthermore."),
    ("The talks in Brussels failed. Nonetheless. Both sides want to meet again in March.", "Nonetheless."),
    ("Conversely. Exports to China fell by a third in the same period.", "Conversely."),
    ("Hereby. The state wants to attract more doctors to rural areas.", "Hereby."),
    ("Nowadays. Only a few farmers in the valley keep dairy cows.", "Nowadays."),
    ("The driver lost control of the car. Subsequently. He fled on foot towards the forest.", "Subsequently."),
    ("In this way. The school hopes to keep its best teachers.", "In this way."),
    ("The bakery closed in 2019. Since then. The building has been empty.", "Since then."),
    ("Unfortunately. The hospital in Lingen has no free beds left.", "Unfortunately."),
    ("Presumably. The fire started in the kitchen of the restaurant.", "Presumably."),
    ("On this occasion. The mayor thanked the volunteers of the fire brigade.", "On this occasion."),
    ("Herewith. The ministry has fulfilled the demands of the court.", "Herewith."),
    ("In return. The union will drop its demand for a shorter week.", "In return."),
    ("The plant will close. In the long term. The company wants to move production to Poland.",
     "In the long term."),
    ("In the short term. Nothing will change for the tenants of the estate.", "In the short term."),
    ("In the medium term. The airport is to handle 30 million passengers.", "In the medium term."),
    ("At the moment. The police are searching the area with dogs.", "At the moment."),
    ("The rules were tightened in spring. In the meantime. Most shops have adapted.", "In the meantime."),
    ("On the contrary. The number of cyclists in the city has grown.", "On the contrary."),
    ("Despite this. The minister wants to stick to his plans.", "Despite this."),
    ("Which is why. The council will vote again in January.", "Which is why."),
    # --- verbless phrases split off before or after their main clause
    ("Because of the ongoing construction work on the bridge. The trains will run every 30 minutes.",
     "Because of the ongoing construction work on the bridge."),
    ("Against the background of rising energy prices. Many households are saving on heating.",
     "Against the background of rising energy prices."),
    ("According to initial findings by the police. The driver was not wearing a seat belt.",
     "According to initial findings by the police."),
    ("Especially among young people under 25. The party lost a lot of support.",
     "Especially among young people under 25."),
    ("The museum wants more visitors. Above all from the surrounding villages.",
     "Above all from the surrounding villages."),
    ("Also in Hamburg. Thousands of people took to the streets on Saturday.", "Also in Hamburg."),
    ("Contrary to earlier reports. Nobody was injured in the fire.", "Contrary to earlier reports."),
    ("In the course of the investigation. Further victims came forward.", "In the course of the investigation."),
    ("With a view to the elections in autumn. The party is looking for new candidates.",
     "With a view to the elections in autumn."),
    ("Within the framework of the new funding programme. Schools can apply for tablets.",
     "Within the framework of the new funding programme."),
    ("Together with his wife and their two children. The farmer moved to Canada.",
     "Together with his wife and their two children."),
    ("Instead of the promised new hall. The club only got a renovated changing room.",
     "Instead of the promised new hall."),
    ("In view of the tense situation on the housing market. The city is building more flats.",
     "In view of the tense situation on the housing market."),
    ("In contrast to the previous year. The harvest was good.", "In contrast to the previous year."),
    ("Already in 2015. The company had warned of a shortage of skilled workers.", "Already in 2015."),
    ("Already since Monday. The motorway between Kassel and Göttingen has been closed.", "Already since Monday."),
    ("Already at the beginning of the year. The first problems with the software appeared.",
     "Already at the beginning of the year."),
    ("Not only in Bavaria. Also in Saxony the number of cases is rising.", "Not only in Bavaria."),
    ("As part of the renovation of the town hall. The square will be redesigned.",
     "As part of the renovation of the town hall."),
    ("In the presence of numerous guests from politics and business. The new plant was opened on Friday.",
     "In the presence of numerous guests from politics and business."),
    ("Due to the strike at the airport. Dozens of flights were cancelled.", "Due to the strike at the airport."),
    ("With the help of a drone and two sniffer dogs. The missing hiker was found.",
     "With the help of a drone and two sniffer dogs."),
    # --- comparisons and time phrases cut off (German "Wie im Vorjahr.", "Seit Montag.", "Bis auf Weiteres.")
    ("As already in the previous year. The festival will take place in the market square.",
     "As already in the previous year."),
    ("As already in 2019. The Greens became the strongest party in the city.", "As already in 2019."),
    ("Since the beginning of the pandemic in March 2020. The number of home workers has tripled.",
     "Since the beginning of the pandemic in March 2020."),
    # --- stranded subordinate and relative clauses
    ("The school will stay closed. Although the heating has been repaired.",
     "Although the heating has been repaired."),
    ("The SPD gained votes in the cities. Whereas the CDU lost in the countryside.",
     "Whereas the CDU lost in the countryside."),
    ("The mayor presented the plan for a new stadium. Which the opposition rejected.",
     "Which the opposition rejected."),
    ("The new line runs through the old town. Which also applies to the night buses from next year.",
     "Which also applies to the night buses from next year."),
    ("The village has a new doctor. Whose practice is located in the former post office.",
     "Whose practice is located in the former post office."),
    ("The deputy mayor resigned on Monday. Whose party had called for his resignation for weeks.",
     "Whose party had called for his resignation for weeks."),
    ("The fees will rise. Whereby families with several children will pay less.",
     "Whereby families with several children will pay less."),
    ("The man refused to show his papers. Whereupon the officers arrested him.",
     "Whereupon the officers arrested him."),
    ("Exports rose by four percent. Than in the previous year.", "Than in the previous year."),
    ("Even before the first results had been announced. The party leader left the hall.",
     "Even before the first results had been announced."),
    ("Only after the fire brigade had arrived. The residents were allowed to leave the building.",
     "Only after the fire brigade had arrived."),
    # --- non-finite clauses and participle phrases
    ("To strengthen the cooperation between the two cities. A new office will open in Leipzig.",
     "To strengthen the cooperation between the two cities."),
    ("In order to reduce the noise for the residents. The speed limit will be lowered.",
     "In order to reduce the noise for the residents."),
    ("Having said that the talks would continue next week. The minister left the room.",
     "Having said that the talks would continue next week."),
    ("Accompanied by loud protests from the opposition benches. The law was passed on Thursday.",
     "Accompanied by loud protests from the opposition benches."),
    ("Supported by the federal government and the European Union. The project will start in spring.",
     "Supported by the federal government and the European Union."),
    ("Referring to the latest figures from the statistics office. The minister defended the reform.",
     "Referring to the latest figures from the statistics office."),
    # --- subjectless verb-first clauses (German drops a repeated subject after "und")
    ("Police arrested a 34-year-old man in Kassel. Was released again on Tuesday.",
     "Was released again on Tuesday."),
    ("The mayor has been in office for ten years. Has also been chairman of the local club since 2018.",
     "Has also been chairman of the local club since 2018."),
    ("The singer comes from Cologne. Is currently on tour in Austria and Switzerland.",
     "Is currently on tour in Austria and Switzerland."),
    ("The new director comes from Vienna. Will take up her post in the autumn.",
     "Will take up her post in the autumn."),
    ("The chancellor travels to Paris on Monday. Will also meet the French president there.",
     "Will also meet the French president there."),
    ("The tickets go on sale next week. Can also be ordered online from Friday.",
     "Can also be ordered online from Friday."),
    ("The results are expected on Friday. Should then be published on the website of the ministry.",
     "Should then be published on the website of the ministry."),
    # --- elliptical German constructions rendered word for word
    # round 11: a lone manner, degree or hedge adverb after a statement is a German one-word sentence
    # ("Heimlich." → "Secretly.", "Messbar." → "Measurably.", "Nominell." → "Nominally."), once afterthoughts
    ("The fans sang for ninety minutes. Loudly.", "Loudly."),
    # round 12: idioms with a comma (German "Gesagt, getan.")
    ("Said, done. The volunteers built the new playground in just two weeks.", "Said, done."),
]

# Fragments of the development set left alone in round 8 (see the module docstring of the report): "apart
# from" is an afterthought of good English ("Apart from that one."); "the coalition talks in Berlin" may be
# a clause ("the coalition talks", a verb); a lone present or past verb opening a statement ("Employs ...",
# "Played ...") is also the subject drop of reviews and diaries ("Works great with my phone."). ("Said, done.",
# German "Gesagt, getan.", was one too until round 12 matched idioms with a comma.)
KNOWN_MISSES = [
    ("Apart from the three new bus routes. Nothing changes in the timetable.",
     "Apart from the three new bus routes."),
    ("Following the collapse of the coalition talks in Berlin. The chancellor called new elections.",
     "Following the collapse of the coalition talks in Berlin."),
    ("The company was founded in 1950. Employs around 400 people today.", "Employs around 400 people today."),
    ("The defender moved to Munich in the summer. Played for Bremen for six years before that.",
     "Played for Bremen for six years before that."),
]

NEGATIVES = [
    # stylistic fragments of good journalism
    "The ceasefire holds. For now.",
    "No wonder. The club has not won a game since August.",
    "The result was clear. Far from it, said the coach.",
    "It was a bold move. A very bold move.",
    "He was warned. Repeatedly.",
    "The ceasefire was supposed to last. It did not. Not even for a day.",
    "Another defeat for the club. Another Monday of crisis talks.",
    "Prices rose sharply in March. Nationwide.",
    "The town wants to grow. But not at any price.",
    "The mayor said the work would be done by Christmas. Not so.",
    "It was the end of an era. Or so it seemed.",
    "The plan worked. Mostly.",
    "Everyone expected a draw. Not Dortmund.",
    "The crowd waited for hours. In vain.",
    "He left the stage in silence. Without a word.",
    "Nobody had managed it before. Until now.",
    "The team lost again. As usual.",
    "The bill was passed. As expected.",
    "She has lived in the village for 50 years. Always in the same house.",
    "The match was won in the last minute. Of all places, in Munich.",
    "The strike goes on. Until further notice, say the unions.",
    "The lights went out at midnight. At exactly midnight.",
    "Some call it a scandal. Others, a necessity.",
    "The vote was close. Very close.",
    "The road will stay closed. For the time being.",
    "The mayor did not resign. On the contrary. He announced his candidacy.",
    "The rescue came late. But it came.",
    "Once again the trains were late. Once again nobody apologised.",
    "Nobody is safe. Not the ministers, not the generals.",
    "The stadium was full. Every single seat.",
    "The old factory stood empty for years. A ruin in the middle of town.",
    "She won gold in Tokyo. Her first medal at the Olympics.",
    "The company lost 40 million euros. In a single quarter.",
    "Things can only get better. Or can they?",
    "It was the worst storm in decades. Worse than in 1999.",
    "The bridge was built in 1890. By hand.",
    "The price is high. Too high for many families.",
    "The decision came at the last minute. As it so often does.",
    "The team trained in the rain. For three hours.",
    # replies, interviews and dialogue
    "Why did you leave the party?\n\nBecause of the constant pressure from the leadership.",
    "Will the factory close? Not yet.",
    "Is the project dead? Far from it.",
    "Did the plan work? Probably not.",
    "Was it worth it? Absolutely.",
    "– Will you stay in Berlin?\n– Certainly.",
    "“When will the bridge reopen?” “Until further notice, it stays closed.”",
    "Q: How long have you lived here?\nA: Since 1985.",
    "When did the problems start? Since the beginning of the year, really.",
    "Has the company been in trouble for long? Since the pandemic.",
    "How will you pay for it? With money from the federal government and from the European Union.",
    # quotations
    "“Because of the weather,” the coach said. The match was cancelled.",
    "He said: “Already in 2015 we had warned them.” The ministry did not answer.",
    "“Whose idea was this?” the mayor asked.",
    "“Will be back in ten minutes,” the sign on the door said.",
    # subheads, captions, headlines, list items, labels
    "Protests in the city centre\n\nThousands of people marched through Leipzig on Saturday.",
    "Photo: Wolfgang Schmidt/dpa",
    "Pictured: the new tram at the depot in Dresden.",
    "Our demands:\n- More teachers for rural schools.\n- Free school meals for all children.",
    "Opening hours: Monday to Friday, 9 am to 5 pm.",
    "In favour of the motion: 312. Against: 201.",
    "With material from dpa and AFP.",
    "With additional reporting by Anna Weber in Berlin.",
    # imperatives and short complete sentences
    "Read more on page 4.",
    "Sign up for our newsletter.",
    "Take the S-Bahn to Ostkreuz and change there.",
    "He agreed.",
    "The talks continue.",
    "Was it a mistake? Nobody knows.",
    "Had the talks failed, the strike would have continued.",
    "Were it not for the volunteers, the festival would not exist.",
    "Should you need help, call the hotline.",
    "Will Smith won the Oscar in 2022.",
    "Can Dündar left Turkey in 2016.",
    "May Day was celebrated in Bad Homburg.",
    "Must be nice.",
    "Could be worse.",
    "No sooner said than done. The volunteers built the new playground in two weeks.",
    # German names, places, brands
    "Bad Tölz is a spa town in Upper Bavaria.",
    "Since Monday, the motorway between Kassel and Göttingen has been closed.",
    "As in the previous year, the festival will take place in the market square.",
    "Founded in 1885, the brewery is the oldest in the town.",
    "Accompanied by her husband, the queen visited the hospital.",
    "Together with his wife, the farmer moved to Canada.",
    "Which party will win the election is still open.",
    "Whose fault it was remains unclear.",
    "Whoever wins will face a difficult task.",
    "In which case the contract would end in March.",
    "Already the town has spent two million euros on the project.",
    "Employees of Siemens and Bosch joined the strike.",
    "Played in front of 80,000 fans, the final was a thriller.",
    # full sentences that look like fragments
    "Also in Hamburg, thousands of people took to the streets.",
    "Especially in the big cities the rents are rising.",
    "In the long term, the company wants to move production to Poland.",
    "In this way the school hopes to keep its best teachers.",
    "Whose mother was she?",
    "In return, the union will drop its demand.",
    "The plans fail. The costs rise.",
    "Since then he has not spoken to the press.",
    "Meanwhile the opposition called for an inquiry.",
    # round 8's new kinds, in their good-English shapes
    "Surrounded by friends and family. She celebrated her 90th birthday in the garden.",
    "The concert was a success. Followed by a short break.",
    "Organised by the local choir and the music school, the concert drew 500 people.",
    "Will smiled at her. Will said nothing.",
    "Will put the book down and left the room.",
    "Which way the vote goes depends on the Greens.",
    "When did the problems start? Already in 2015.",
    "Will it pay off? In the long term.",
    "In the long term, prices will fall.",
    "The price increase in January angered the tenants.",
    "Because of the storm damage the roads were closed.",
    "Despite the rain people stayed at home.",
    "Can you help? Can do.",
    "It has rained for days. Must have cost the farmers a fortune.",
    "He lost the race. Would have been nice to win.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_fragments_machine_translation_leaves_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_stylistic_fragments_replies_and_full_sentences_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


@pytest.mark.parametrize("text, fragment", KNOWN_MISSES)
def test_known_misses_stay_documented(text, fragment):
    # Left alone in round 8 (see the module docstring); when one starts firing, move it to POSITIVES.
    assert hit_texts(SentenceFragment, text) == []
