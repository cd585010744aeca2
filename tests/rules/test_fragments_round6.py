"""MT801 sentence-fragment, round 6: a lone sentence adverb recognised by word formation, not by list.

A blind evaluation found lone "Annoyingly.", "Unexpectedly.", "Traditionally.", "So to speak." and
"Officially." that no list of rounds 4 and 5 held. Now any adverb in "-ly" made from an adjective or a
participle (lemminflect and wordfreq: "annoying", "unexpected", "traditional", "official") standing
alone in narrative prose is reported, also with a modifier ("Quite unexpectedly."), a conjunction ("And
traditionally."), "enough" ("Weirdly enough.") or "speaking", and so are the hedges "so to speak", "as it
were", "needless to say". Quiet: replies of agreement ("Absolutely.", "Totally."), and afterthoughts of
manner, degree, frequency and the ironic sense hedges after a sentence they can modify ("He was warned.
Repeatedly.", "Prices rose. Sharply.", "He is still the chairman. Technically."), but not at the start of a
paragraph, where nothing comes before them. "Officially." now counts (round 5 left it quiet).

Changed judgements of earlier rounds: "The plan makes sense. Economically. ..." and "The result is final.
Officially. ..." in test_fragments_round5.py now fire; they were rewritten there as replies after a
question (which stay quiet) and appear below as positives.

Written by hand for development (the held-out evaluation material was never read).
"""
from __future__ import annotations

import pytest

from mtcheck.packs import Pack
from mtcheck.rules.fragment_adverbs import derived_adverb
from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts, run_rule

# (paragraph text, the fragment)
POSITIVES = [
    # evaluative and emotive adverbs no list holds
    ("The train to Munich was cancelled. Annoyingly. The replacement buses were full as well.", "Annoyingly."),
    ("Unexpectedly. The Greens won the most votes in Freiburg.", "Unexpectedly."),
    ("The tax office made a mistake. Embarrassingly. It had sent the letters to the wrong addresses.",
     "Embarrassingly."),
    ("Frustratingly. The new software at the job centre still does not work.", "Frustratingly."),
    ("The vote was a formality. Shockingly. Nobody noticed the error for three years.", "Shockingly."),
    ("The lake was tested again in June. Reassuringly. The water quality has improved.", "Reassuringly."),
    ("The minister faced the committee. Refreshingly. He admitted his mistake.", "Refreshingly."),
    ("Bizarrely. The mayor blamed the weather for the empty coffers.", "Bizarrely."),
    ("The documents were kept in Potsdam. Mysteriously. They disappeared from the archive.", "Mysteriously."),
    ("The old bridge in Dresden is 200 years old. Incredibly. It survived the flood.", "Incredibly."),
    ("Coincidentally. The mayor's brother owns the construction company.", "Coincidentally."),
    ("The summer in Hamburg was hot. Unusually. It hardly rained at all.", "Unusually."),
    ("The reform was passed on Friday. Crucially. It applies retroactively.", "Crucially."),
    ("Importantly. The reform does not affect pensioners.", "Importantly."),
    ("The first stone was laid in May. Symbolically. It was the anniversary of the flood.", "Symbolically."),
    ("Honestly. Nobody expected the club from Bochum to survive.", "Honestly."),
    # time, habit and viewpoint adverbs no list holds
    ("Traditionally. The Oktoberfest opens with a parade through the city.", "Traditionally."),
    ("Originally. The museum was a railway station.", "Originally."),
    ("Normally. The ferry to Helgoland runs every hour.", "Normally."),
    ("The committee is small. Usually. It meets on Tuesdays in the town hall.", "Usually."),
    ("The ski lifts open in December. Typically. Prices rise before Christmas.", "Typically."),
    ("Ideally. The new tram line will open in 2026.", "Ideally."),
    ("Historically. The region has always voted conservative.", "Historically."),
    # domain and perspective adverbs, "Officially." included
    ("Officially. The company has 300 employees in Leipzig.", "Officially."),
    ("The result is final. Officially. The appeal is still pending.", "Officially."),
    ("The plan makes sense. Economically. Politically it is a disaster.", "Economically."),
    ("Politically. The decision is risky for the chancellor.", "Politically."),
    ("The city checked the contract. Legally. It is on the safe side.", "Legally."),
    ("Statistically. Every second marriage in Berlin ends in divorce.", "Statistically."),
    ("Scientifically. The effect of the new drug has not been proven.", "Scientifically."),
    ("Internationally. The company from Ulm is hardly known.", "Internationally."),
    ("The minister is still in office. Formally. His successor takes over in May.", "Formally."),
    # with a modifier, a conjunction, a connective, "enough" or "speaking"
    ("The club sold its best player. Quite unexpectedly. The fans stayed calm.", "Quite unexpectedly."),
    ("The hall was full. And traditionally. The mayor tapped the first barrel.", "And traditionally."),
    ("The concert was sold out. Rather unusually. Half the audience came from abroad.", "Rather unusually."),
    ("Most importantly. The new law protects tenants.", "Most importantly."),
    ("The talks were short. Weirdly enough. Both sides seemed satisfied.", "Weirdly enough."),
    ("The mayor did not attend. Characteristically enough. He sent a letter instead.",
     "Characteristically enough."),
    ("The company cut its prices. Officially, however. Demand was not the reason.", "Officially, however."),
    ("Politically speaking. The coalition cannot afford another defeat.", "Politically speaking."),
    # hedges
    ("The village is the capital of German asparagus. So to speak. Every spring thousands of visitors "
     "come.", "So to speak."),
    ("The old town hall is the living room of the city. As it were. People meet there every day.",
     "As it were."),
    ("Needless to say. The opposition rejected the budget.", "Needless to say."),
    # an afterthought word with nothing before it to modify: the start of a paragraph
    ("Repeatedly. The police were called to the house in Kassel.", "Repeatedly."),
    ("Slowly. The water rose in the cellars of the old town.", "Slowly."),
    ("The river burst its banks on Monday.\n\nGradually. The water receded from the old town.", "Gradually."),
    # words lemminflect does not know
    ("The station was closed again. Worryingly. Nobody knew why.", "Worryingly."),
    ("Unsurprisingly. The fans of Schalke were not amused.", "Unsurprisingly."),
    # a paragraph that opens with a quotation goes on in narrative: not dialogue
    ("“It was a hard day,” the astronaut said on Monday. Sadly. Climate researchers doubt it.", "Sadly."),
    ("“We deserved more,” the coach said. Neither side deserved to lose. Tragically. The referee left.",
     "Tragically."),
    # "On the contrary." answers a denial; after a plain statement it is a German "Im Gegenteil." left alone
    ("Prices rose in May. On the contrary. Wages fell for the third month.", "On the contrary."),
    ("The rocket is ready.\n\nOn the contrary. The launch was moved to June.", "On the contrary."),
    # round 11: a lone manner, degree or hedge adverb after a statement is a German one-word sentence
    # ("Heimlich." → "Secretly.", "Messbar." → "Measurably.", "Nominell." → "Nominally."), once afterthoughts
    ("The water rose. Slowly. By evening the old town was flooded.", "Slowly."),
    ("The chancellor accepted the compromise. Reluctantly. Her party had left her no choice.", "Reluctantly."),
    ("The crowd left the square. Quietly. Nobody wanted trouble.", "Quietly."),
    ("The talks ended. Abruptly. The delegation from Kyiv left the room.", "Abruptly."),
    ("Bayern won the match. Deservedly. They were better in every phase.", "Deservedly."),
    ("The club accepted the verdict. Grudgingly. It will not appeal.", "Grudgingly."),
    ("The deal was signed. Secretly. Not even the council knew.", "Secretly."),
    ("Prices rose. Sharply. Heating oil now costs twice as much.", "Sharply."),
    ("The company grew. Considerably. It now employs 900 people.", "Considerably."),
    ("The motion was defeated. Narrowly. Only three votes were missing.", "Narrowly."),
    ("The team improved. Dramatically. It lost only one match in spring.", "Dramatically."),
    ("The budget was cut. Drastically. Schools will get less money.", "Drastically."),
    ("Inflation fell in May. Slightly. Food is still expensive.", "Slightly."),
    ("The plan works. Theoretically. In practice the money is missing.", "Theoretically."),
    ("The town is a city. Nominally. It has fewer than 3,000 inhabitants.", "Nominally."),
]

NEGATIVES = [
    # replies after a question, quotations, dialogue, headings, lists, captions
    "Did the plan work? Officially. Unofficially nobody knows.",
    "Will the ferry run tomorrow? Normally. The storm may change that.",
    "Was the result expected?\n\nUnexpectedly, no. The polls had been wrong.",
    "“Annoyingly,” she said, “the bus was late again.”",
    "The spokesman was asked about the deal. “Traditionally.” That was his only answer.",
    "– Did you enjoy the concert?\n– Immensely.",
    "\"Honestly.\" She shook her head and left the room.",
    "The options:\n- Officially.\n- Unofficially.",
    "Traditionally\n\nThe festival opens with a parade through the old town.",
    "“What is it?” Impatiently. The clerk looked up.",
    # replies of agreement and emphasis
    "The minister knew about the leak. Totally. He had read every report.",
    "The plan was a failure. Entirely. Not one goal was reached.",
    "The new hall is a gain for the city. Really. Everybody says so.",
    "Truly. The fans have never seen a season like this.",
    "Absolutely. The coach agreed with every word.",
    "The figures are right. Precisely. The auditors checked them twice.",
    "The village has changed. Completely. Half the houses are new.",
    # manner afterthoughts after a sentence they modify
    "She smiled slightly. Softly. Warmly. Then she went back to work.",
    "The minister answered the question. Briefly. Then he left.",
    # degree and extent afterthoughts
    "The village is empty. Virtually. Only five families still live there.",
    "The plan failed. Largely. Only the new school was built.",
    # frequency and duration afterthoughts
    "He was warned about the risk. Repeatedly. He ignored every warning.",
    "The trains to Cologne are late. Regularly. Commuters have stopped complaining.",
    "The road is closed. Temporarily. It will reopen in June.",
    "The plant was shut down. Permanently. Its 400 workers lost their jobs.",
    "The ferry runs in winter too. Occasionally. It depends on the ice.",
    "The government promised to fix the roads.\n\nPartially.\n\nThe money ran out after two years.",
    "The club was warned by the league.\n\nRepeatedly.",
    # ironic sense hedges
    "He is still the chairman. Technically. The board has chosen his successor.",
    "The old house was falling apart. Literally. Bricks fell into the street.",
    # the same adverbs in full sentences, with a comma, or in a longer phrase
    "Annoyingly, the train to Munich was late again.",
    "Unexpectedly the Greens won the most votes.",
    "Traditionally, the festival opens with a parade.",
    "The company officially opened its plant in Leipzig.",
    "It was, so to speak, a family business.",
    "As it were, the village became the capital of asparagus.",
    "Needless to say, the opposition rejected the budget.",
    "Officially the company has 300 employees.",
    "The decision was traditionally made by the council.",
    "So to speak of the devil.",
    # polarity replies: a word outside the adverb makes the sentence a reply
    "The mayor will resign. Officially not. He is still in office.",
    "The festival will go ahead. Traditionally so. It has never been cancelled.",
    "The budget was balanced. Unusually so. The city had no debt.",
    # "-ly" words that are no adverbs: adjectives, names, nouns
    "The team flew to Rome. Italy. A country the coach knows well.",
    "The new mayor is young. Friendly. Competent. The voters trust him.",
    "The virus spreads fast. Deadly. That is how the experts describe it.",
    "His wife was called Molly. Molly. Nobody in the village forgot her.",
    "The train came on time. Early. Half the passengers missed it.",
    "Her name was Kelly. Kelly Reilly. She came from Dublin.",
    "The assembly met in Stuttgart. Assembly. That is what the council calls itself.",
    "Lonely. That is how many pensioners in Berlin feel.",
    "The newspaper changed its rhythm. Weekly. It used to appear daily.",
    "Happily ever after. The story ends like a fairy tale.",
    "The minister said nothing new. On the contrary. He repeated old slogans.",
    "Nobody expected the team to survive. On the contrary. The bookmakers had written it off.",
    # round 11: what stays quiet beside the lone adverbs now reported after a statement
    "The water rose. Slowly but steadily. By evening the old town was flooded.",
    "How did the chancellor accept the compromise? Reluctantly. Her party had left her no choice.",
    "The deal was signed. “Secretly,” one councillor said. Not even the mayor knew.",
    "The forecast was right. Partially. It rained only in the north.",
    "He paused. Briefly. Then he went on with his speech.",
    "The crowd left the square. Quietly. Calmly. Nobody wanted trouble.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_lone_ly_adverb_fires(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_replies_afterthoughts_and_non_adverbs_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_message_says_the_adverb_stands_alone():
    (hit,) = run_rule(SentenceFragment, POSITIVES[0][0])
    assert "sentence adverb" in hit.message and "Annoyingly" in hit.message


@pytest.mark.parametrize("word, derived", [
    ("annoyingly", True), ("unexpectedly", True), ("traditionally", True), ("officially", True),
    ("probably", True), ("happily", True), ("basically", True), ("gently", True), ("truly", True),
    ("fully", True), ("noticeably", True), ("worryingly", True), ("frustratingly", True),
    ("friendly", False), ("deadly", False), ("kindly", False), ("early", False), ("only", False),
    ("italy", False), ("kelly", False), ("molly", False), ("family", False), ("supply", False),
    ("weekly", False), ("lonely", False), ("assembly", False),
])
def test_word_formation(word, derived):
    assert derived_adverb(word) is derived


def test_exempt_classes_are_disjoint_from_the_lists_that_fire():
    fragment = Pack("de", "en").common("structure")["fragment"]
    firing = {*fragment["stance_adverbs"], *fragment["time_adverbials"], *fragment["discourse_adverbs"],
              *fragment["standalone_connectives"]}
    replies, afterthoughts = set(fragment["reply_adverbs"]), set(fragment["afterthought_adverbs"])
    assert not replies & afterthoughts and not (replies | afterthoughts) & firing
    assert all(word.endswith("ly") and " " not in word for word in replies | afterthoughts)


def test_dev_set_is_large_enough():
    assert len(POSITIVES) >= 40 and len(NEGATIVES) >= 60
