"""MT801 sentence-fragment, round 11: lone "-ly" adverbs and literal German idiom phrases after a statement.

Unseen material showed two kinds that the "afterthought" exemption kept quiet mid-paragraph:

* a lone adverb in "-ly" made from an adjective, after a complete statement ("Heimlich." → "Secretly.",
  "Messbar." → "Measurably.", "Nominell." → "Nominally."): reported now in narrative prose, also when it
  is a manner, degree or hedge adverb. Still quiet: replies of agreement ("Absolutely.", "Exactly."),
  the negative replies "Hardly.", "Barely.", "Scarcely.", frequency and duration afterthoughts
  ("Repeatedly.", "Temporarily."), the ironic "Technically." and "Literally.", a run of lone adverbs
  ("She smiled slightly. Softly. Warmly."), a paragraph of its own, and anything after a question, in
  dialogue, in quotation marks, in a list or a heading;
* a short verbless phrase that is a German sentence adverbial rendered word for word ("Im Endeffekt.",
  "Spätestens jetzt.", "Umso mehr.", "Insgesamt gesehen.", "Schwarz auf weiß.", "Mit Sicherheit.",
  "Ohne Frage.", "In erster Linie.", "Von Grund auf."): by kind, a viewpoint participle with an adverb
  ("Seen overall.", "Economically seen."), a degree phrase with "the more"/"the less" ("All the more.",
  "So much the more."), a preposition before a noun of certainty, result or extent ("With certainty.",
  "Without any question.", "In the end effect.", "Under all circumstances.") and a list of the other
  idioms. English fragments stay quiet: "Far from it.", "Not yet.", "Without a doubt.", "All the
  better.", "In a way.", "For now.", "In theory.", scene phrases ("In the middle of the night.").

Written by hand for development (no evaluation material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

ADVERBS = [
    ("The board met on Tuesday evening. Secretly. Not even the works council had been informed.", "Secretly."),
    ("Air quality in the city centre has improved. Measurably. Nitrogen dioxide fell by a fifth.", "Measurably."),
    ("The former minister is still a party member. Nominally. He has not attended a meeting for years.", "Nominally."),
    ("The new rules apply from Monday. Provisionally. The court will decide on them in autumn.", "Provisionally."),
    ("The mood in the team has changed. Noticeably. The players laugh again during training.", "Noticeably."),
    ("The chancellor was irritated. Visibly. She cut the press conference short.", "Visibly."),
    ("The factory will close at the end of the year. Definitively. The owners rejected every offer.", "Definitively."),
    ("The museum opens on Mondays this month. Exceptionally. Normally it is closed on Mondays.", "Exceptionally."),
    ("The club broke the rules. Deliberately. It wanted to test the league.", "Deliberately."),
    ("The claims in the brochure are false. Demonstrably. The institute has published the data.", "Demonstrably."),
    ("The council voted for the new bypass. Unanimously. Even the Greens supported the plan.", "Unanimously."),
    ("The residents left their houses. Voluntarily. The police did not have to intervene.", "Voluntarily."),
    ("The two towns will run the swimming pool. Jointly. The costs will be shared.", "Jointly."),
    ("The ministry has warned against the app. Expressly. It collects too much data.", "Expressly."),
    ("Rents in Leipzig have risen. Considerably. A two-room flat now costs 900 euros.", "Considerably."),
    ("The company invested in the region. Massively. More than 200 jobs were created.", "Massively."),
    ("The trains left the station. Punctually. For once the passengers had no reason to complain.", "Punctually."),
    ("The school is switching to solar power. Gradually. The first panels went up in March.", "Gradually."),
    ("The federation wants to fight doping. Consistently. Every athlete will be tested twice a year.", "Consistently."),
    ("The archive was searched. Systematically. The investigators found nothing.", "Systematically."),
    ("The winter in the Alps was warm. Unusually. Many ski lifts stayed closed.", "Unusually."),
    ("The region wants to grow. Sustainably. No new building land will be designated.", "Sustainably."),
    ("The mayor apologised to the families. Personally. He visited each of them at home.", "Personally."),
    ("The minister criticised the decision. Publicly. His own party was surprised.", "Publicly."),
    ("The donor gave two million euros. Anonymously. The hospital will build a new ward.", "Anonymously."),
    ("Applications are only accepted online. Digitally. Paper forms are no longer processed.", "Digitally."),
    ("The nurses are vaccinated first. Preventively. The hospitals fear a winter wave.", "Preventively."),
    ("Speed cameras will be installed in the district. Comprehensively. Every village road will be covered.",
     "Comprehensively."),
    ("The pension increase will be paid. Retroactively. Pensioners will also get the money for January.",
     "Retroactively."),
    ("The party rejected the proposal. Decisively. Only four delegates voted for it.", "Decisively."),
    ("The police reacted. Calmly. Nobody was injured.", "Calmly."),
    ("The repairs must be carried out. Swiftly. The bridge is closed to lorries until then.", "Swiftly."),
    ("The plan was rejected by the committee. Narrowly. Two votes were missing.", "Narrowly."),
    ("The stadium was renovated. Thoroughly. Only the old main stand was kept.", "Thoroughly."),
    ("The region suffered from the drought. Severely. Farmers lost half of their harvest.", "Severely."),
    ("The workers were paid. Belatedly. Some had waited four months for their wages.", "Belatedly."),
    ("The company reported its losses. Transparently. Every figure was published online.", "Transparently."),
    ("The central bank raised interest rates. Cautiously. Analysts had expected a bigger step.", "Cautiously."),
    ("The votes were counted again. Manually. The machines had failed.", "Manually."),
    ("The plan can be financed. Theoretically. The money has not yet been approved.", "Theoretically."),
    ("The deal was signed. Secretly.", "Secretly."),
]

PHRASES = [
    ("The new tax brings in less than expected. In the end effect. The state loses money on it.",
     "In the end effect."),
    ("The coalition has spent a lot of money. In the final effect. Little has changed for poor families.",
     "In the final effect."),
    ("The reform has been debated for years. At the latest now. The government must present a plan.",
     "At the latest now."),
    ("The risks of the project are well known. Now at the latest. Everyone in the council knows them.",
     "Now at the latest."),
    ("The players were tired after the cup match. All the more. The coach rested some of them on Saturday.",
     "All the more."),
    ("The club needs the money. All the more so. The new stadium will cost 80 million euros.", "All the more so."),
    ("Tenants will have to pay more. So much the more. Heating costs are rising too.", "So much the more."),
    ("The budget was hard to balance. Seen overall. The city ended the year with a small surplus.",
     "Seen overall."),
    ("Exports fell in the spring. Overall seen. The year was still a good one for the firms.", "Overall seen."),
    ("The season had its low points. Seen as a whole. The team can be satisfied.", "Seen as a whole."),
    ("The old factory made a loss every year. Economically seen. The closure was unavoidable.",
     "Economically seen."),
    ("The border was an obstacle. Historically seen. The region was always one economic area.",
     "Historically seen."),
    ("The contract is valid. Legally seen. The company must pay the full price.", "Legally seen."),
    ("The promise was made by the minister. Black on white. It is in the coalition agreement.", "Black on white."),
    ("The team will reach the final. With certainty. The opponents have lost their best players.",
     "With certainty."),
    ("Construction costs will rise again. With security. The prices for steel are climbing.", "With security."),
    ("The decision was a mistake. Without question. The company lost its biggest customer.", "Without question."),
    ("The project is the most important in the region. Without any question. It creates 3,000 jobs.",
     "Without any question."),
    ("The verdict was fair. Beyond any doubt. The judges examined every piece of evidence.", "Beyond any doubt."),
    ("The money is meant for the schools. In the first line. Kindergartens will follow later.",
     "In the first line."),
    ("The new law protects tenants. In first line. Landlords will have to wait.", "In first line."),
    ("The old station will be renovated. From the ground up. Only the facade will remain.", "From the ground up."),
    ("The party wants to change its programme. From the ground on. The members will vote in May.",
     "From the ground on."),
    ("The investigation took two years. In the result. The prosecutors found no evidence of fraud.",
     "In the result."),
    ("The mine was closed in 1990. In the consequence. Thousands of miners lost their jobs.", "In the consequence."),
    ("The rules must be respected. Under all circumstances. The organisers will check every team.",
     "Under all circumstances."),
    ("The festival will take place. In every case. The tickets remain valid.", "In every case."),
    ("The minister did not answer the question. With other words. He avoided it.", "With other words."),
    ("The report is critical of the police. In plain text. The officers made serious mistakes.", "In plain text."),
    ("The project looked cheap. At first sight. The follow-up costs were not included.", "At first sight."),
    ("The village was a community. In the truest sense of the word. Everyone helped everyone.",
     "In the truest sense of the word."),
    ("The new stadium was paid for by the city. To a large part. The club paid only ten million.",
     "To a large part."),
    ("The commission examined the budget. In the individual. It found errors in twelve items.",
     "In the individual."),
    ("The coach demanded loyalty. Without ifs and buts. Players who complained were dropped.",
     "Without ifs and buts."),
    ("The decision has to be accepted. At the end of the day. The voters have spoken.", "At the end of the day."),
    ("The unions got most of their demands. In the last consequence. The strike paid off.",
     "In the last consequence."),
    ("The company sold 2,000 cars in May. In total. That is a third more than a year ago.", "In total."),
    ("The minister resigned. With immediate effect. His deputy will take over.", "With immediate effect."),
    ("The players gave everything. With heart and soul. The fans thanked them.", "With heart and soul."),
    ("The measures will help the climate. In the broadest sense. They also protect the forests.",
     "In the broadest sense."),
    ("The reform was expensive. In the final analysis. It saved the pension system.", "In the final analysis."),
]

NEGATIVES = [
    # replies after a question, dialogue, interviews
    "Was the deal signed in secret? Secretly. Not even the council knew.",
    "– Will you sign the contract?\n– Certainly.",
    "– Did the team deserve to win?\n– Absolutely.",
    "“Are you sure?” “Definitely.”",
    "“Do you regret it?” “Seriously?”",
    "He told them he was leaving. “Really?” his brother asked.",
    "“Can we start?” “Fine.” The meeting began at nine.",
    "“Will you come?” “Sure.”",
    "Did you expect the result?\n\nPartially. We knew the polls were close.",
    "Will the factory close?\n\nDefinitely not. The order books are full.",
    "How did the team react?\n\nCalmly. Nobody panicked.",
    "Was the money well spent?\n\nLargely. Some projects were too expensive.",
    "Q: Will prices keep rising?\nA: Gradually. The central bank expects three per cent.",
    "Was the price fair? Hardly.",
    "Has the bridge been repaired? Not yet.",
    "Is the plan realistic? With certainty not.",
    "Will the club survive? Without question. The new owner has deep pockets.",
    # quotations and quoted one-word answers
    "She asked whether the plan had worked. “Partially,” he said.",
    "His answer was one word: “Gradually.”",
    "He shrugged. “Eventually.”",
    "“Secretly.” That was all the spokesman would say about the talks.",
    "The reporter asked how the deal was made. The answer came in one word. “Secretly.”",
    "“The talks went well. Considerably better than expected,” the minister said.",
    "\"We will rebuild it. From the ground up,\" the mayor promised.",
    "“It will happen. With certainty,” said the coach.",
    "The coach was asked about the title. “All the more reason to stay calm,” he said.",
    # retorts and afterthoughts of good English
    "The minister denied the report. Far from it. He said the talks had gone well.",
    "The bridge has not been repaired. Not yet.",
    "The club says it has learned its lesson. Hardly. It made the same mistake a week later.",
    "The board barely reacted. Barely. It issued a two-line statement.",
    "The mill used to grind flour for the whole valley. Not anymore.",
    "The shop used to open on Sundays. No longer.",
    "The weather was fine. Sure. But the roads were icy.",
    "The contract was signed. Fine. But who will pay for it?",
    "The ceasefire holds. For now.",
    "The ceasefire holds. For the time being.",
    "Nobody had climbed the north face in winter. Until now.",
    "The vote was postponed. Yet again.",
    "The road to the summit is steep. Very steep.",
    "Prices rose again in May. No wonder.",
    "The mayor arrived late. As usual.",
    "The match ended in a draw. As expected.",
    "He tried to stop them. In vain.",
    "The project failed. Without a doubt. The costs were too high.",
    "She left the company. With good reason.",
    "He accepted the award. With a heavy heart.",
    "The plan works. In theory.",
    "The project is on schedule. On paper.",
    "He is still the chairman. Technically. The board has chosen his successor.",
    "The old house was falling apart. Literally. Bricks fell into the street.",
    "He was warned about the risk. Repeatedly. He ignored every warning.",
    "The road is closed. Temporarily. It will reopen in June.",
    "The trains to Cologne are late. Regularly. Commuters have stopped complaining.",
    "She smiled slightly. Softly. Warmly. Then she went back to work.",
    "The rain stopped before the parade. So much the better.",
    "The rain stopped before the parade. All the better.",
    "Prices rose in 2021. Even more so in 2022.",
    "He said the report was true. In a way.",
    "The strategy worked. To some extent.",
    "The plan worked. Up to a point.",
    "The team is the favourite. By far.",
    "The airport is open again. More or less.",
    "They met again. Under different circumstances.",
    "He finished the race. In first place.",
    "The reform is overdue. Long overdue.",
    # scene and circumstance phrases
    "The team trained late. In the middle of the night.",
    "The alarm went off. At four o'clock in the afternoon.",
    "The town hall was finished in 1905. In record time.",
    "They walked home. On foot.",
    "The minister spoke for an hour. In German.",
    "The children were evacuated. By helicopter.",
    "They paid for it. In cash.",
    "The final will be played in Berlin. On Saturday.",
    "The border reopened. For good.",
    "The referendum failed. By a wide margin.",
    "The team won. For the first time in 20 years.",
    "The final was played. In front of 80,000 fans.",
    "The man was released. On bail.",
    "The hall was full. To the last seat.",
    "The museum reopened. After three years.",
    "The old mill is still working. To this day.",
    "The town celebrated. In style.",
    "The film was shot in 1962. In black and white.",
    "The rules are now explained. In plain language.",
    "The jury found him guilty. Beyond reasonable doubt.",
    "Firefighters attacked the blaze from the air. And from the ground.",
    "The fire was fought. From the ground.",
    "The party must be rebuilt. From the bottom up.",
    "The investment will pay off. In the long run.",
    "The storm hit the coast. With full force.",
    "The bird is shy. Occasionally seen.",
    "The slogan is harmless. Taken literally.",
    "He is a populist. In the best sense.",
    "The team lost. In large part.",
    "The plan worked. To a large extent.",
    # full sentences, framing clauses with a comma, imperatives
    "Slow down. Children play here.",
    "Drive carefully. The roads are icy.",
    "Act quickly. The offer ends on Friday.",
    "It rained. Heavily, and for hours.",
    "The club won. Narrowly, but it won.",
    "The crowd cheered loudly.",
    "Slowly, the water rose.",
    "Secretly, the board had already chosen a successor.",
    "The air is measurably cleaner.",
    "Nominally, he is still the chairman.",
    "Seen from the tower, the city looks tiny.",
    "Seen overall, the year was a good one.",
    "In the end, the coalition agreed on a compromise.",
    "With certainty, nobody can say when the bridge will reopen.",
    "Without question, the decision was right.",
    "All the more reason to act now, the mayor said.",
    "All the more so because the costs are rising.",
    "In black and white, the photographs look even older.",
    "From the ground up, the house is made of oak.",
    "The market recovered slowly but steadily.",
    # headings, captions, lists, names
    "Secretly\n\nThe board met on Tuesday.",
    "Photo: Secretly. The board met at night.",
    "Options for the vote:\n- Unanimously.\n- By majority.",
    "- Gradually.\n- Quickly.\n- Never.",
    "The firm was bought by Connolly. Connolly. The name means nothing in Germany.",
    "The new manager is from Sicily. Sicily. The island has produced many coaches.",
    "The Friedly family runs the hotel in Hornberg. Their guests come from all over Europe.",
    # a paragraph of its own
    "The club was warned by the league.\n\nRepeatedly.",
]

EXAMPLES = ADVERBS + PHRASES


def _fires(text: str, fragment: str) -> bool:
    return hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", EXAMPLES)
def test_lone_adverbs_and_idiom_phrases_fire(text, fragment):
    assert _fires(text, fragment)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_replies_quotes_and_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


def test_dev_set_is_large_enough():
    assert len(ADVERBS) >= 40 and len(PHRASES) >= 40 and len(NEGATIVES) >= 100
