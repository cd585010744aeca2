"""MT801 sentence-fragment, round 4: classes of MT fragments found by word class and structure rather
than by a list of exact phrases.

- a sentence made only of adverbial connectives, recognised by the morphology of German pronominal
  adverbs rendered literally ("Thereupon.", "Hereto.", "Henceforth.", "Nevertheless also.") or by a
  preposition before a time deixis ("By now.", "From then on.", "As of today."), also after "and"/"but";
- infinitive and perfect-participle clauses with no main clause ("To strengthen the alliance.", "Having
  said that the talks would go on."), sentences that open with a word that never starts an English
  sentence ("Than in the previous year.", "Whereby the costs would rise.") and short object relative
  clauses ("Which the minister rejected.").

Written by hand for development (the held-out evaluation material was never read). The stylistic
fragments of English journalism stay quiet: replies, afterthoughts, idioms of comment ("To put it
mildly."), gerund subjects ("Having children changes everything.").
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

BEFORE = "The city council approved the new budget for the harbour on Tuesday evening."
AFTER = "Several members voiced doubts about the cost of the project and the timetable."

# (paragraph text, the fragment); "{}" in a template stands for the fragment.
POSITIVES = [
    # round 11: a lone manner adverb after a statement ("Slowly.", German "Langsam.") is no longer an afterthought
    "Slowly.", "Gradually.",
    # stand-alone adverbial connectives, before the sentence they qualify or between paragraphs
    "Henceforth.", "Hitherto.", "Thenceforth.", "Heretofore.", "Thereupon.", "Therein.", "Hereto.",
    "Thereto.", "Herewith.", "Henceforward.", "Nowadays.", "Afterward.", "Meantime.", "Furthermore also.",
    "Nevertheless also.", "Therefore also.", "Thereby also.", "But also.", "And moreover.",
    "And furthermore.", "But nevertheless.", "Henceforth, however.", "Meanwhile also.",
    # a preposition before a time deixis (German "Inzwischen.", "Fortan.", "Bislang.", "Ab sofort.")
    "By now.", "From now on.", "From then on.", "Up to now.", "As of now.", "As of today.", "By then.",
    "Since recently.", "From today.", "Up until now.", "At present.", "In future.", "Currently.",
    "Recently.", "Lately.",
    # infinitive and participle clauses with no main clause (German "Um ... zu ...", "Nachdem ...")
    "To strengthen the alliance.", "To protect the children from the heat.",
    "In order to reduce the deficit.", "So as to avoid any delay.",
    "To ensure that the talks continue.", "Having said that the talks would go on.",
    "Having lived in the city for more than forty years.", "Having been elected only in May.",
    # openers that never start an English sentence, stranded relative and comparison clauses
    "Than in the previous year.", "Than expected.", "Whereby the costs would rise considerably.",
    "Which the minister rejected.", "Which the opposition sharply criticised.",
    "Whereupon the police intervened.", "As well as the Greens.", "Not least because of the war.",
    "Whereas the Greens.", "Despite the protests of the residents.",
    # a second round, written after the first was passing
    "Hereby.", "Therewith also.", "Nonetheless too.", "And nevertheless.", "Wherefore.", "Hereupon.",
    "Whereafter.", "From now onwards.", "As of recently.", "By today.", "Up till now.",
    "To reduce the burden on families.", "In order to save energy costs.", "Having spent three years in prison.",
    "Having already won the title twice.", "Than at any time since 1990.", "Whereby the details are still open.",
    "Which the court dismissed on Monday.", "Whereupon the mayor resigned.", "So as to calm the markets.",
    "But moreover.", "And thus.", "Thereafter, however.", "Nevertheless, also.", "Currently, however.",
    "To prevent a further escalation of the conflict.", "Having failed to reach an agreement with the unions.",
    "Than in other federal states.", "Thus also.", "Hence also.",
]

# paragraphs with a fragment in another position: (text, fragment)
PLACED = [
    (f"{BEFORE}\n\nHenceforth.\n\n{AFTER}", "Henceforth."),
    (f"{BEFORE}\n\nBy now.\n\n{AFTER}", "By now."),
    (f"By now. {AFTER}", "By now."),
    (f"{BEFORE} Henceforth.", "Henceforth."),
]

NEGATIVES = [
    # replies, afterthoughts and stylistic fragments
    "Far from it.", "Not so in Berlin.", "Not yet.", "Hardly.", "Quite the opposite.", "Nothing.",
    "Never again.", "Not anymore.", "For now.", "Until then.",
    "Not for long.", "Absolutely.", "Exactly.", "Perhaps.", "Maybe not.", "Indeed.", "Sometimes.",
    "Rarely.", "Eventually, perhaps.", "Once again.", "And yet.", "But still.",
    "Or else.", "Not at all.", "More than ever.", "Even more so.", "Elsewhere too.",
    "So much for that.", "Fortunately not.", "Surprisingly so.", "Ever since.", "Not to mention the costs.",
    "In the future, perhaps.", "Almost.", "Anything but.", "Rather the opposite.", "And finally.",
    "Or thereabouts.", "Hitherto unknown.", "Otherwise healthy.", "Up to a point.", "By far.",
    "From time to time.", "By and large.", "Meanwhile in Berlin.", "Nowadays, hardly anyone.",
    # idioms of comment and full sentences with the same openers
    "To put it mildly.", "To say the least.", "To be fair.", "To be continued.", "To be sure.",
    "To name but a few.", "To this day.", "To no avail.", "To each his own.",
    "To whom it may concern.", "To err is human.", "To show solidarity.", "To catch up.",
    "Having fun.", "Having been there.", "To the delight of the fans.", "To stop them from leaving the city.",
    "To cut a long story short.", "To top it all.", "To put it differently.", "To be clear.", "To the letter.",
    "Having a laugh.", "Having second thoughts.", "Having done so, he left.", "To her surprise.",
    "Not really.", "Quite so.", "Of course not.", "Hardly ever.", "Almost never.", "Not even close.",
    "Literally.", "Just in time.", "Once more.", "So be it.", "Up close.", "Long ago.",
    "By contrast, prices fell.", "Hereford won 2-1.", "Thereafter the club declined.", "Since then, nothing.",
    "And still no answer.", "And so on.", "Or not.", "Till then.", "For the time being.",
    "To make matters worse, it rained.", "Whatever.", "Whenever.", "Wherever.", "Likewise in Bavaria.",
    "Not least the costs.", "Thereabouts.", "Evermore.",
    "To win the title is the aim of the whole club.",
    "To strengthen the alliance, the ministers agreed on a new fund.",
    "To protect the children the school closed early.",
    "Having said that, nobody expects a quick decision.",
    "Having children changes everything for young couples.",
    "Having a car is essential in the countryside.",
    "Having lived in the city for forty years he knows every street.",
    "Which is fine.", "Which he denies.", "Which is why the talks failed.",
    "Whereas the Greens want a quick exit, the FDP wants to wait.",
    "Henceforth, the ministry will publish the figures every month.",
    "By now, most residents have returned to their homes.",
    "From now on, tickets will be sold online only.",
    "Nowadays the village has fewer than 300 inhabitants.",
    "As of today, the new rules apply.",
    "Then again, the club has surprised everyone before.",
    "By the end of the year.",
    "Up the hill.",
]

# context where legitimate fragments sit: answers, quotes, headings, lists
CONTEXTS = [
    "Will the club sign a new striker? Not yet. The coach wants to wait until the summer.",
    "Will the talks go on? By now, nobody knows. The delegations have left Geneva.",
    "Is the bridge safe?\n\nHenceforth.\n\nThe engineers said it was.",
    "“Henceforth.” That was all the minister said when asked about the new rules.",
    "He paused and said: “From now on.” Then he left the room.",
    "Henceforth\n\nThe ministry will publish the figures every month.",
    "To strengthen the alliance\n\nThe ministers met in Brussels on Tuesday.",
    "- To strengthen the alliance.\n- To protect the children.\n- To reduce the deficit.",
    "Our aims:\n\n1. To strengthen the alliance.\n2. To protect the children.",
    "Why did the ministers meet? To strengthen the alliance. The talks lasted two days.",
    # bylines and datelines
    "By Anna Schmidt and Tom Weber.\n\nThe council approved the budget on Tuesday.",
    "BERLIN, 3 May.\n\nThe council approved the budget on Tuesday.",
    # lists without bullets: after a colon, after a heading, parallel items, one item per line
    "The plan has three aims:\nTo strengthen the alliance.\nTo protect the children.\nTo reduce the deficit.",
    "The plan has three aims:\n\nTo strengthen the alliance.\n\nTo protect the children from harm.",
    "Aims of the programme\n\nTo strengthen the alliance between the states.",
    "The fund has two purposes. To support young artists in the region. To promote new theatre groups.",
]


def _paragraph(sentence: str) -> str:
    return f"{BEFORE} {sentence} {AFTER}"


@pytest.mark.positive
@pytest.mark.parametrize("sentence", POSITIVES)
def test_fragment_fires(sentence):
    assert hit_texts(SentenceFragment, _paragraph(sentence)) == [sentence]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", PLACED)
def test_fragment_fires_in_any_position(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", NEGATIVES)
def test_english_stays_quiet(sentence):
    assert hit_texts(SentenceFragment, _paragraph(sentence)) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", CONTEXTS)
def test_legitimate_contexts_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
