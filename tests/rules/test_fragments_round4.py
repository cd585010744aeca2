"""MT801 sentence-fragment, round 4: a sentence adverb standing alone as a sentence in narrative prose.

German writes a stance, epistemic, evaluative or time adverb as a sentence of its own ("Wahrscheinlich.",
"Leider.", "Natürlich.", "Angeblich.", "Später.", "Seitdem.", "Bisher."), and machine translation keeps
the split ("Wahrscheinlich schon, sagte er." becomes "Probably. He said ..."). English narrative prose
does not: in WMT22's two English reference translations no sentence is a lone sentence adverb, and
three independent readers marked every such sentence in German→English MT as a fragment. So MT801 now
reports "Probably.", "Unfortunately.", "Of course.", "Later.", "Since then." (also "Very probably.",
"But unfortunately.") in narrative prose, and stays quiet on a reply after a question, inside quotations
and dialogue, in headings, captions and list items, on negation and contradiction replies ("Far from
it.", "Not yet.", "On the contrary."), polarity replies ("Probably not.", "Apparently so."), response
particles ("Absolutely.", "Perhaps."), limits in time ("For now.") and short full sentences.

Written by hand for development (the held-out evaluation material was never read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# (paragraph text, the fragment): stance, epistemic, evaluative and time adverbs in narrative prose.
POSITIVES = [
    # epistemic: likelihood, certainty, actuality, hearsay
    ("The cause of the fire in the warehouse in Offenbach is still unclear. Probably. The police are "
     "investigating.", "Probably."),
    ("The suspect left the country on Friday. Presumably. Investigators in Bremen believe he went to Poland.",
     "Presumably."),
    ("The mayor of Görlitz knew about the plans for months. Obviously. He never said a word in public.",
     "Obviously."),
    ("The company paid the money to a firm in Cyprus. Allegedly. The prosecutor's office in Munich is "
     "examining the case.", "Allegedly."),
    ("Apparently. The new timetable of Deutsche Bahn will apply from December.", "Apparently."),
    ("The coalition will stick to the debt brake. Certainly. The finance minister made that clear on "
     "Monday.", "Certainly."),
    ("The vote in the Bundestag is a formality. Evidently. The government has a clear majority.",
     "Evidently."),
    ("The club will sign a new goalkeeper. Of course. Manuel Neuer is injured until spring.", "Of course."),
    ("The shop in Leipzig was never profitable. Actually. It lost money every year since 2015.",
     "Actually."),
    ("The league will vote on the new rules in May. Most likely. A majority of the clubs is in favour.",
     "Most likely."),
    ("The museum will reopen next year. Very probably. The renovation is almost finished.", "Very probably."),
    ("The new line to the airport will cost more than planned. Undoubtedly. The tunnel alone costs "
     "400 million euros.", "Undoubtedly."),
    ("The singer cancelled the concert in Hamburg. Reportedly. Her management has not commented.",
     "Reportedly."),
    ("Supposedly. The factory in Zwickau will switch to electric cars by 2025.", "Supposedly."),
    ("The minister was informed about the leak. Clearly. The documents carry his initials.", "Clearly."),
    ("The strike will continue over the weekend. In all likelihood. The union has rejected the offer.",
     "In all likelihood."),
    ("The talks in Vienna achieved nothing. In fact. Both delegations left early.", "In fact."),
    # evaluative and emotive
    ("The concert in the Elbphilharmonie had to be cancelled. Unfortunately. The soloist fell ill.",
     "Unfortunately."),
    ("Nobody was injured in the accident on the A7. Fortunately. The driver of the lorry managed to brake "
     "in time.", "Fortunately."),
    ("The bridge over the Main will be finished in time. Hopefully. The city expects heavy traffic in "
     "summer.", "Hopefully."),
    ("The old mill burned down completely. Sadly. It had stood in the village for 300 years.", "Sadly."),
    ("The referee gave a penalty in the last minute. Surprisingly. Even the home fans were stunned.",
     "Surprisingly."),
    ("The team from Freiburg won the cup. Unsurprisingly. They were the best side all season.",
     "Unsurprisingly."),
    ("Admittedly. The new stadium is smaller than the old one.", "Admittedly."),
    ("The firefighters reached the house within minutes. Luckily. The family was already outside.",
     "Luckily."),
    ("The minister praised the project he had cancelled a year earlier. Ironically. The money is now gone.",
     "Ironically."),
    ("The price of heating oil rose again in October. Understandably. Many households are worried.",
     "Understandably."),
    ("The negotiations failed. But unfortunately. Nobody in the district council wants to take the blame.",
     "But unfortunately."),
    ("The hospital in Cottbus will close its maternity ward. Unfortunately, however. There is no "
     "alternative for the region.", "Unfortunately, however."),
    ("Frankly. The plan for the new harbour was never realistic.", "Frankly."),
    # time adverbs and adverbials
    ("The first test of the new trains took place in March. Later. The company ordered another 20.",
     "Later."),
    ("The factory closed in 2009. Since then. The site has been empty.", "Since then."),
    ("The investigation has produced no result. Until now. The prosecutor wants to close the file.",
     "Until now."),
    ("Around 200 people have signed the petition. So far. The organisers hope for more.", "So far."),
    ("After twelve years of planning, the new town hall opened on Monday. At last. The mayor cut the ribbon.",
     "At last."),
    ("The family moved to Kassel in 1990. Back then. The city had no university.", "Back then."),
    ("The first results are expected in June. Soon. The ministry will publish them online.", "Soon."),
    ("Thousands of fans waited outside the stadium. Suddenly. The gates opened.", "Suddenly."),
    ("The company was founded in a garage in Jena. Earlier. The founders had worked at Zeiss.", "Earlier."),
    ("The river burst its banks on Tuesday. Only later. The authorities issued a warning.", "Only later."),
    ("The new rules have been in force since January. To date. No fines have been issued.", "To date."),
    ("Rents in Munich rose by twelve percent. At the moment. A flat costs 20 euros per square metre.",
     "At the moment."),
    # alone in its paragraph, first in the article, after a conjunction
    ("The council approved the budget on Tuesday.\n\nProbably.\n\nThe opposition wants to challenge it in "
     "court.", "Probably."),
    ("Of course. The decision was expected.", "Of course."),
    ("The coach kept his job. And hopefully. The team will improve after the winter break.", "And hopefully."),
    # round 11: a lone manner, degree or hedge adverb after a statement is a German one-word sentence
    # ("Heimlich." → "Secretly.", "Messbar." → "Measurably.", "Nominell." → "Nominally."), once afterthoughts
    ("Bayern won the match. Deservedly. They were better in every phase.", "Deservedly."),
    ("The river rose. Slowly. By evening the old town was flooded.", "Slowly."),
]

# Hard negatives: replies after a question, quotations and dialogue, headings, captions, list items,
# negation and contradiction replies, polarity replies, response particles, afterthoughts English
# writes, and short full sentences.
NEGATIVES = [
    # replies after a question (also across a paragraph break, also a question that closes a quotation)
    "Was the trip to Brussels worth it? Probably. The minister came home with a deal.",
    "Will the bridge be ready by summer? Hopefully. The builders are ahead of schedule.",
    "Did the club make a mistake? Of course. But nobody admits it.",
    "Is the new law a success? Actually, nobody knows yet.",
    "Who will pay for the damage?\n\nPresumably the insurance.\n\nThe owner is still waiting.",
    "Will the strike go on?\n\nUnfortunately.\n\nThe union rejected the offer on Monday.",
    "“Was it worth it?” Probably. The mayor smiled.",
    "Q: Will you run again?\nA: Probably.",
    "When will the results be published? Later. The ministry is still checking them.",
    "Since when has the factory been closed? Since then. Nobody wants the site.",
    # quotations and dialogue
    "“Probably,” said the coach. “We will see on Saturday.”",
    "“Unfortunately.” That was all the spokeswoman would say.",
    "The minister was asked about the talks. “Obviously.” Then he left the room.",
    "He asked her whether she would stay. She said: “Of course.” Then she smiled.",
    "“Is the money gone?” Allegedly. The auditors are not sure.",
    "– Will you come back?\n– Certainly. Next year.",
    "\"Will it work?\" Probably. The engineers are confident.",
    # headings, captions and list items
    "Unfortunately\n\nThe concert in the Elbphilharmonie had to be cancelled.",
    "Photo: Later. The square after the demonstration.",
    "- Probably.\n- Not yet.\n- Never.",
    "What the residents said:\n1. Of course.\n2. Never again.",
    # negation and contradiction replies after a statement
    "The minister said the crisis was over. Far from it. Prices rose again in May.",
    "The plan was supposed to save money. Quite the opposite. It cost twice as much.",
    "The club did not give up. On the contrary. It signed three new players.",
    "Was the deal a defeat for the chancellor? Not at all. It was a victory.",
    "The coach did not complain. By no means. He praised the referee.",
    "The bridge has not been repaired. Not yet. The money is missing.",
    "The old system was abolished. Never again. That was the promise of the new government.",
    "The band used to play in Leipzig every summer. Not anymore. The festival was cancelled.",
    "Is the town still growing? Hardly. The young people are moving away.",
    "The residents were not consulted. Hardly. They learned about the plan from the newspaper.",
    "The team did not win the title. Rather the opposite. It was relegated.",
    "The project was not a failure. Quite the contrary. It made a profit.",
    # polarity replies and response particles
    "The company will pay the bonus. Probably not. The profits are too low.",
    "The strike will end soon. Hopefully so. The trains have been standing still for a week.",
    "The council will approve the plan. Apparently not. Three members voted against it.",
    "The museum will close. Unfortunately so. The city has no money.",
    "The minister knew about the leak. Absolutely. He had read the report.",
    "The vote was fair. Exactly. Nobody complained.",
    "The village has changed. Indeed. Half the houses are new.",
    "The talks may resume next week. Perhaps. Nobody wants to commit.",
    "The critics say the plan is too expensive. Maybe. But the alternative costs more.",
    "Bayern won the title again. Without a doubt. They were the best team.",
    "The question remains open. Of course not. Nobody expected an answer.",
    # afterthoughts English writes: limits in time, perspective, manner, degree, frequency
    "The ceasefire is holding. For now. Both sides are rearming.",
    "The old mayor stays in office. For the time being. Elections are due in spring.",
    "The station will be closed until May. Until then. Buses will replace the trains.",
    "No one had ever climbed the north face in winter. Until now. Two climbers from Bavaria did it.",
    "The law had not been applied in decades. Until today. A court in Kassel cited it on Monday.",
    "The plan works. In theory. In practice the money is missing.",
    "He is still the chairman. Technically. The board has already chosen his successor.",
    "He was warned about the risk. Repeatedly. He ignored every warning.",
    "The work is finished. Almost. Only the windows are missing.",
    "The vote was postponed. As expected. The coalition could not agree.",
    "The village celebrated. As usual. The mayor gave a speech.",
    "The team lost again. Once again. The coach was furious.",
    "The old factory reopened. Later that year. The new owners hired 200 workers.",
    "The museum closed in 2019. Since then, nothing. The building is empty.",
    # short full sentences and fragments of replies and reviews
    "Nothing helped. The pain got worse every day.",
    "It works. The new software was installed on Monday.",
    "That was it. The meeting ended after ten minutes.",
    "Thank you. The mayor closed the meeting.",
    "Good mattress. No pillows. The room was clean.",
    "The decision came later than expected.",
    "The minister was obviously surprised by the question.",
    "Unfortunately, the concert had to be cancelled.",
    "Of course, the details remain secret.",
    "Later, the company ordered another 20 trains.",
    "Since then, the site has been empty.",
    "Probably the best team in the league.",
    "Apparently without any reason.",
    "Sadly, no one came.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_lone_sentence_adverb_fires(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_replies_quotes_and_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_message_says_the_adverb_stands_alone():
    from tests.conftest import run_rule
    text = "The concert had to be cancelled. Unfortunately. The soloist fell ill."
    (hit,) = run_rule(SentenceFragment, text)
    assert "sentence adverb" in hit.message and "stands alone" in hit.message and "join it" in hit.message


def test_dev_set_is_large_enough():
    assert len(POSITIVES) >= 40 and len(NEGATIVES) >= 60
