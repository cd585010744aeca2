"""MT801 sentence-fragment, round 5: three kinds of fragment that German→English MT leaves and that a
blind evaluation found still missed.

1. A long verbless prepositional phrase cut off from the sentence it sets the scene for ("In Anwesenheit
   zahlreicher Ehrengäste wurde ..." → "In the presence of numerous guests of honour. The ..."). The line
   against the scene fragments of English prose ("In the middle of the night.", "At four o'clock in the
   afternoon.", "Through a cloud of dust.": at most five or six words after the preposition in the Brown
   corpus) is length (seven words or more after the preposition), plainness (no comma, colon, dash,
   bracket or quotation mark), a paragraph with a sentence that could take it, not after a question, and
   mostly lower-case prose. A fronted phrase whose comma was left out ("In the summer the city plans new
   cycle paths.") has a second noun phrase that nothing links to the first, and stays quiet.
2. A finite temporal clause after a focusing word with no main clause ("Even before the first votes had
   been counted.", "Only after the police had arrived.", "Long before the crisis began."), but not one
   with a main clause and no comma, an inversion ("Only after ... did the crowd disperse."), a
   preposition reading ("Shortly before nine I drove ..."), nor the afterthoughts English writes with
   causal, conditional and concessive clauses ("Even if it costs him the job.", "Especially when it
   rains.").
3. Viewpoint, focus and discourse adverbs standing alone in narrative prose ("Strictly speaking.",
   "Notably.", "Namely.", "Essentially.", "Interestingly enough."), judged like the stance adverbs of
   round 4; the ironic hedge "Technically.", focus and degree replies ("Mostly.", "Partly.",
   "Significantly."), agreement ("Precisely.") stay quiet. (Round 6: domain adverbs such as "Officially."
   and "Economically." now count after a statement too; see test_fragments_round6.py.)

Written by hand for development (the held-out evaluation material was never read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts, run_rule

# --- 1. long verbless prepositional phrases -------------------------------------------------------------
# (paragraph text, the fragment)
SCENE_POSITIVES = [
    ("In the presence of numerous guests of honour. The new bridge over the Danube was opened on Saturday.",
     "In the presence of numerous guests of honour."),
    ("After weeks of heavy rainfall in southern Bavaria. Several rivers burst their banks on Tuesday night.",
     "After weeks of heavy rainfall in southern Bavaria."),
    ("The coalition presented its budget on Monday. After months of tough negotiations between the three "
     "parties. The opposition called it a missed opportunity.",
     "After months of tough negotiations between the three parties."),
    ("During the three days of talks with the delegation from Beijing. The minister raised the issue of "
     "human rights several times.", "During the three days of talks with the delegation from Beijing."),
    ("At the end of a long day of negotiations in Brussels. The ministers agreed on a compromise.",
     "At the end of a long day of negotiations in Brussels."),
    ("On the eve of the first round of talks in Vienna. Both sides lowered their expectations.",
     "On the eve of the first round of talks in Vienna."),
    ("The chancellor spoke for almost an hour. In front of several thousand supporters of the party in "
     "Dortmund. She promised lower energy prices.",
     "In front of several thousand supporters of the party in Dortmund."),
    ("Under the leadership of the former head of the federal criminal police office. A new task force will "
     "investigate the attacks.", "Under the leadership of the former head of the federal criminal police office."),
    ("The festival was a success. Among the visitors were many families with children. From all parts of the "
     "country and from the neighbouring states. The organisers want to repeat it next year.",
     "From all parts of the country and from the neighbouring states."),
    ("Since the beginning of the war in Ukraine in February last year. Gas prices have tripled.",
     "Since the beginning of the war in Ukraine in February last year."),
    ("In the presence of Chancellor Olaf Scholz and President Frank-Walter Steinmeier. The memorial was "
     "unveiled on Sunday.", "In the presence of Chancellor Olaf Scholz and President Frank-Walter Steinmeier."),
    ("Amid growing concerns about the safety of the old nuclear power plant. The government ordered an "
     "inspection.", "Amid growing concerns about the safety of the old nuclear power plant."),
    ("Through the narrow streets of the old town of Bamberg. The procession made its way to the cathedral.",
     "Through the narrow streets of the old town of Bamberg."),
    ("The police cordoned off the area. Within a radius of several hundred metres around the station. "
     "Residents had to leave their homes.", "Within a radius of several hundred metres around the station."),
    ("At the annual general meeting of the shareholders in Stuttgart. The board was heavily criticised.",
     "At the annual general meeting of the shareholders in Stuttgart."),
    ("Before the start of the second half of the match against Hertha. The fans lit flares.",
     "Before the start of the second half of the match against Hertha."),
    ("After a long and controversial debate in the state parliament. The law was passed with a narrow "
     "majority.", "After a long and controversial debate in the state parliament."),
    ("Behind the closed doors of the party headquarters in Berlin. The leadership discussed the defeat.",
     "Behind the closed doors of the party headquarters in Berlin."),
    ("Throughout the first half of the year and in large parts of the country. Demand for heat pumps rose "
     "sharply.", "Throughout the first half of the year and in large parts of the country."),
    ("Until the completion of the new terminal at the airport in two years. Passengers will have to use "
     "buses.", "Until the completion of the new terminal at the airport in two years."),
    ("After a long and controversial debate in the state parliament. The law was passed with a narrow "
     "majority.", "After a long and controversial debate in the state parliament."),
    ("Amid growing concerns about the safety of the old nuclear power plant. The government ordered an "
     "inspection.", "Amid growing concerns about the safety of the old nuclear power plant."),
    ("The trial opened on Monday. In front of a packed courtroom and dozens of journalists from abroad. The "
     "defendant remained silent.", "In front of a packed courtroom and dozens of journalists from abroad."),
    ("From the coast of Mecklenburg in the north to the big cities in the south. The "
     "strike paralysed the country.", "From the coast of Mecklenburg in the north to the big cities in the south."),
]

# The verb test is conservative: a word that can be a verb outside a noun phrase counts as one ("the
# market square and past", "the G20 states", "near Passau"), so these real fragments are missed rather
# than risking false alarms.
SCENE_CONSERVATIVE_MISSES = [
    "The demonstrators marched to the town hall. Across the market square and past the old church.",
    "On the sidelines of the summit of the G20 states in Bali. The two presidents met for the first time.",
    "Officers stopped the van. On the motorway near Passau in the early hours of the morning.",
]

SCENE_NEGATIVES = [
    # short scene fragments and afterthoughts of English prose
    "The phone rang. In the middle of the night. Nobody answered.",
    "The mayor arrived late. At four o'clock in the afternoon. The guests had waited for hours.",
    "The riders appeared. Through a cloud of dust. The crowd cheered.",
    "She met him again. After class at the local café. They talked for hours.",
    "The team won the cup. For the first time in 20 years. The fans celebrated until dawn.",
    "The minister resigned. On the most primitive level. It was about power.",
    "The decision was made. In the presence of the whole team. Nobody objected.",
    "He arrived on Monday. In the middle of the worst storm. The roads were closed.",
    "Prices rose again. In the heart of the old town. Rents doubled.",
    "The village is quiet. At the end of the valley. Few tourists come here.",
    # a fronted phrase with the comma left out: a main clause follows
    "In the summer of 2015 the price of oil rose sharply in the whole country.",
    "In the summer the city plans new cycle paths along the river Main.",
    "After the match the coach praised his young team for their fight.",
    "During the night heavy rain fell across the south of the country.",
    "Under the new rules all restaurants in the city must close at midnight.",
    "In the old days the village had a baker and a butcher and a school.",
    "Among the guests were the mayor and the president of the regional parliament.",
    "At the top of the list of demands is a higher minimum wage for all workers.",
    "On the other side of the river a new bridge is planned for the year 2030.",
    "At the end of the day the voters will decide on the matter themselves.",
    "In short a house cost about three years worth of salary in those days.",
    "In the first half of the year the company sold more cars than ever before.",
    "After years of decline the number of visitors to the museum is rising again.",
    "In the coming weeks the ministry will present a draft of the new law.",
    # the same phrases with a comma, a colon, a dash or quotation marks
    "In the presence of numerous guests of honour, the bridge was opened on Saturday.",
    "After weeks of heavy rainfall in southern Bavaria, several rivers burst their banks.",
    "In a way, yes, the whole town of Kassel took part in the celebrations.",
    "In: The History of the Free City of Frankfurt and its Citizens. Vol. 2.",
    "He asked where they were going. “To a ranch in the valley north of the river.” She nodded.",
    "At the end of a long day of negotiations in Brussels – a compromise.",
    # a question before, a heading, a caption or a lone line
    "Where did the meeting take place? At the annual general meeting of the shareholders in Stuttgart.",
    "When did the prices rise?\n\nSince the beginning of the war in Ukraine in February last year.",
    "After weeks of heavy rainfall in southern Bavaria\n\nSeveral rivers burst their banks on Tuesday.",
    "Photo: In the presence of numerous guests of honour at the opening of the bridge.",
    "The schedule:\n\nAt the annual general meeting of the shareholders in Stuttgart.",
    "In the presence of numerous guests of honour at the opening of the new bridge.",
    # bylines, comparisons, purpose and "for": not scene prepositions
    "The festival ended on Sunday. By Anna Weber and Thomas Müller in Munich and Berlin.",
    "The striker scored twice. Like his father in the great team of the seventies.",
    "The club celebrated. For the first time in the long history of the small club from Paderborn.",
    "The shop closed. Except for a small bakery at the corner of the market square.",
    # names and citations, mostly capitalised
    "The court ruled. In Alabama Public Service Commission v. Southern Railway Company.",
    # full sentences with a verb
    "In the presence of numerous guests of honour the mayor opened the new bridge.",
    "After weeks of heavy rainfall in southern Bavaria the rivers burst their banks.",
    "During the three days of talks the minister raised the issue several times.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", SCENE_POSITIVES)
def test_long_prepositional_phrase_fires(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", SCENE_NEGATIVES + SCENE_CONSERVATIVE_MISSES)
def test_scene_fragments_and_fronted_phrases_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


# --- 2. a temporal clause after a focusing word ----------------------------------------------------------
CLAUSE_POSITIVES = [
    ("The party declared victory on Sunday evening. Even before the first votes had been counted. The "
     "opposition called it premature.", "Even before the first votes had been counted."),
    ("Only after the police had arrived. The crowd in front of the town hall dispersed.",
     "Only after the police had arrived."),
    ("The company had debts of several million euros. Long before the crisis began. The banks knew it.",
     "Long before the crisis began."),
    ("Shortly after the mayor had left the building. The fire alarm went off.",
     "Shortly after the mayor had left the building."),
    ("The minister resigned. Just before the committee published its report on the affair. Nobody was "
     "surprised.", "Just before the committee published its report on the affair."),
    ("Even after the court had ruled against them. The residents refused to leave their homes.",
     "Even after the court had ruled against them."),
    ("Only when the water receded. The scale of the damage became visible.", "Only when the water receded."),
    ("The club sold its best player. Soon after the season ended. The fans were furious.",
     "Soon after the season ended."),
    ("Right after the final whistle sounded. The players of Union Berlin ran to their fans.",
     "Right after the final whistle sounded."),
    ("The suspect fled to Austria. Immediately after the bank had been robbed. He was arrested in Linz.",
     "Immediately after the bank had been robbed."),
    ("Long after the last guests had gone home. The mayor was still sitting in the tent.",
     "Long after the last guests had gone home."),
    ("Even while the negotiations were still going on. The army moved troops to the border.",
     "Even while the negotiations were still going on."),
    ("Only after Merkel had arrived in Brussels. The summit could begin.",
     "Only after Merkel had arrived in Brussels."),
    ("The plans were ready. Well before the council had approved the budget. The architect was confident.",
     "Well before the council had approved the budget."),
    ("Shortly before the train reached the station in Fulda. The driver saw a person on the track.",
     "Shortly before the train reached the station in Fulda."),
    ("Even when the talks failed. The chancellor remained optimistic.", "Even when the talks failed."),
    ("Only once the contracts have been signed. The money will flow to the municipalities.",
     "Only once the contracts have been signed."),
    ("Directly after the explosion had shaken the building. Residents called the fire brigade.",
     "Directly after the explosion had shaken the building."),
    ("Even before the match started. Fans of both teams clashed near the stadium.",
     "Even before the match started."),
    ("The warnings came late. Only after the first cases had been reported in Bavaria. The ministry acted.",
     "Only after the first cases had been reported in Bavaria."),
    ("Long before the first settlers arrived in the valley. Wolves lived in the forests of the region.",
     "Long before the first settlers arrived in the valley."),
    ("Even as the storm was raging over the coast. The ferry left the port of Kiel.",
     "Even as the storm was raging over the coast."),
]

CLAUSE_NEGATIVES = [
    # main clause without a comma, and inversions
    "Even before the first votes had been counted the party celebrated its victory.",
    "Only after the police had arrived did the crowd disperse.",
    "Even before his death this influence had begun to ebb.",
    "Even before the century was out the tide of reaction had set in.",
    "Even as he spoke those words the fate of the town hung on a thread.",
    "Only when the water receded did the scale of the damage become clear.",
    "Long before the crisis began the company had debts of several million euros.",
    "Shortly after the mayor had left the building the fire alarm went off.",
    "Only once the contracts have been signed will the money flow.",
    "Just before the train left the driver saw a person on the track.",
    # with a comma
    "Even before the first votes had been counted, the party celebrated.",
    "Only after the police had arrived, the crowd dispersed.",
    "Long before the crisis began, the banks knew about the debts.",
    # preposition readings of "before"/"after"
    "Shortly before nine I drove my car to the street facing the lake.",
    "Shortly after noon the minister arrived at the town hall.",
    "Long after midnight we were still talking about the match.",
    "Just after sunset the lights of the city come on.",
    "Soon after lunch they left for Hamburg.",
    "Even before breakfast he had written three letters.",
    # verbless ones are judged elsewhere: short time phrases stay quiet
    "The shops close early. Even before Christmas. Many people are annoyed.",
    "The talks went on. Only until the weekend. Then they stopped.",
    "The bridge was closed. Shortly before the holidays. The detour is long.",
    "They met again. Long after the war.",
    "The factory closed. Right after the election.",
    # causal, conditional and concessive afterthoughts; other leads
    "He will run again. Even if it costs him the job.",
    "Traffic is bad in the city. Especially when it rains.",
    "The team won. Only because the referee helped them.",
    "The museum is worth a visit. Particularly when the weather is bad.",
    "He smiled. Just as he had smiled at their first meeting.",
    "The team looked beaten. Just when you thought it was over.",
    "The crowd did not leave. Not until the police arrived.",
    "He has been out of work. Ever since the plant closed.",
    "She stayed calm. Even if the situation was dangerous.",
    # replies, quotations, lists and parallel fragments
    "When did the crowd leave? Only after the police had arrived.",
    "“Even before the votes had been counted.” That was all he said.",
    "The timeline:\n- Long before the crisis began.\n- Shortly after the election.",
    "The doubts grew. Even before the talks began. Even before the first offer was made.",
    # full sentences and other openers
    "Even the mayor was surprised by the result.",
    "Only the police knew about the plan.",
    "Long live the king.",
    "Right after all is a matter of perspective.",
    "Well before the deadline expired the work was finished.",
    "Only after talks with the union did the company change its plan.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", CLAUSE_POSITIVES)
def test_stranded_focus_clause_fires(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", CLAUSE_NEGATIVES)
def test_focus_clauses_with_a_main_clause_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


# --- 3. viewpoint, focus and discourse adverbs ----------------------------------------------------------
ADVERB_POSITIVES = [
    ("The contract ended in March. Strictly speaking. The coach is no longer an employee of the club.",
     "Strictly speaking."),
    ("Generally speaking. Rents in the east of the country are lower than in the west.", "Generally speaking."),
    ("The reform will cost billions. Broadly speaking. Every household will pay about 300 euros more.",
     "Broadly speaking."),
    ("Legally speaking. The city is not responsible for the damage.", "Legally speaking."),
    ("The vote was close. Relatively speaking. The Greens gained the most.", "Relatively speaking."),
    ("The company cut many jobs last year. Notably. It closed its plant in Bochum.", "Notably."),
    ("The council wants to save money. Specifically. It will close two swimming pools.", "Specifically."),
    ("The ministry named the problem. Namely. The lack of teachers in rural schools.", "Namely."),
    ("Essentially. The new law extends the old rules by five years.", "Essentially."),
    ("The plan has one aim. Fundamentally. The state wants to reduce its debts.", "Fundamentally."),
    ("The Greens rejected the proposal. Similarly. The Left Party voted against it.", "Similarly."),
    ("Bavaria tightened its rules. Likewise. Baden-Württemberg banned large events.", "Likewise."),
    ("The museum was closed for renovation. Interestingly enough. Visitor numbers rose in that year.",
     "Interestingly enough."),
    ("The mayor opposed the project. Oddly enough. His own party supported it.", "Oddly enough."),
    ("The striker missed the penalty. Funnily enough. He had scored from the spot twice that season.",
     "Funnily enough."),
    ("The report is long. In essence. It says the money was wasted.", "In essence."),
    ("The trial lasted three years. In short. The court found no evidence.", "In short."),
    ("The council discussed the budget. Concretely. Schools will get more money for computers.",
     "Concretely."),
    ("The company grew fast. Chiefly. It sold its machines in Asia.", "Chiefly."),
    ("The talks failed. Taken together. The week was a setback for the government.", "Taken together."),
    ("All things considered. The season was a success for the club from Freiburg.", "All things considered."),
    ("The bridge is old. Put simply. It has to be replaced.", "Put simply."),
    ("The new rules are complicated. Strictly speaking, however. Nothing changes for tenants.",
     "Strictly speaking, however."),
    # round 11: a lone manner, degree or hedge adverb after a statement is a German one-word sentence
    # ("Heimlich." → "Secretly.", "Messbar." → "Measurably.", "Nominell." → "Nominally."), once afterthoughts
    ("Prices rose. Significantly. Heating oil costs twice as much.", "Significantly."),
    ("The shop sells organic food. Exclusively. Nothing comes from abroad.", "Exclusively."),
    ("The water rose. Slowly. By evening the old town was flooded.", "Slowly."),
]

ADVERB_NEGATIVES = [
    # replies after a question, quotations, dialogue, lists
    "Is the coach still an employee? Strictly speaking. The contract ended in March.",
    "Did the company close plants? Notably. The one in Bochum.",
    "“Generally speaking,” the minister said, “the rents are lower in the east.”",
    "The minister was asked about the plan. “Essentially.” Then he left.",
    "– Did you like it?\n– Likewise.",
    "“Nice to meet you.” “Likewise.”",
    "The key points:\n- Namely.\n- Similarly.",
    # domain and perspective adverbs, focus and degree replies, agreement, manner
    "He is still the chairman. Technically. The board has chosen his successor.",
    "Does the plan make sense? Economically. Politically it is a disaster.",  # round 6: a reply
    "Is the result final? Officially. The appeal is still pending.",  # round 6: a reply
    "The decision was right. In hindsight. Nobody saw it at the time.",
    "The crowd was peaceful. Mostly. A few fans threw bottles.",
    "The forecast was right. Partly. It rained only in the north.",
    "The plan failed. Largely. Only the new school was built.",
    "The minister was right. Precisely. The figures prove it.",
    "The result was clear. Exactly. Nobody doubted it.",
    "He paused. Briefly. Then he went on with his speech.",
    "The debate was heated. Frankly speaking, nobody expected anything else.",
    # the same adverbs in full sentences
    "Strictly speaking, the coach is no longer an employee.",
    "Generally speaking the rents in the east are lower.",
    "Notably, the plant in Bochum was closed.",
    "The company closed several plants, notably the one in Bochum.",
    "Namely the lack of teachers in rural schools.",
    "Similarly, the Left Party voted against it.",
    "Likewise the Greens rejected the proposal.",
    "Interestingly enough, visitor numbers rose.",
    "Oddly enough, his own party supported it.",
    "In essence, the report says the money was wasted.",
    "In short, the court found no evidence.",
    "Essentially nothing has changed.",
    "The vote was essentially a formality.",
    "Speaking of the budget.",
    "Speaking frankly.",
    # other "-ly" words and "enough"
    "Fair enough. The coach accepted the decision.",
    "Sure enough. The rain came in the afternoon.",
    "Only speaking.",
    "Enough. The debate is over.",
    "Early enough. The trains were on time.",
    "The family lived modestly. Happily ever after.",
    # round 11: what stays quiet beside the lone adverbs now reported after a statement
    "The firm is growing. Slowly but surely. It now has a branch in Leipzig.",
    "The crowd was calm. Mostly. Only a few fans lit flares.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", ADVERB_POSITIVES)
def test_viewpoint_focus_and_discourse_adverb_fires(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", ADVERB_NEGATIVES)
def test_replies_afterthoughts_and_full_sentences_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_messages_name_the_kind():
    (scene,) = run_rule(SentenceFragment, SCENE_POSITIVES[0][0])
    assert "verbless" in scene.message and '"in"' in scene.message
    (clause,) = run_rule(SentenceFragment, CLAUSE_POSITIVES[0][0])
    assert '"Even before" clause stands alone' in clause.message
    (adverb,) = run_rule(SentenceFragment, ADVERB_POSITIVES[0][0])
    assert "sentence adverb" in adverb.message


def test_dev_sets_are_large_enough():
    for positives, negatives in ((SCENE_POSITIVES, SCENE_NEGATIVES), (CLAUSE_POSITIVES, CLAUSE_NEGATIVES),
                                 (ADVERB_POSITIVES, ADVERB_NEGATIVES)):
        assert len(positives) >= 20 and len(negatives) >= 40
