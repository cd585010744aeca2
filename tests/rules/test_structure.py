"""MT801 sentence-fragment, MT802 run-in-dateline, MT803 drop-cap-residue."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.lang.derived import cached_derivation
from mtcheck.lang.verbs import can_be_verb, has_possible_verb, pos_tags
from mtcheck.model import Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, make_options
from mtcheck.rules.drop_cap_residue import DropCapResidue
from mtcheck.rules.run_in_dateline import RunInDateline
from mtcheck.rules.sentence_fragment import SentenceFragment
from mtcheck.rules.structure_lexicon import lexicon
from mtcheck.text.segment import segment
from tests.conftest import SEED, hit_texts, run_rule

# --- MT801 sentence-fragment ---------------------------------------------------------------------------

FRAGMENTS = [
    ("It cannot be ruled out. Because despite all the conversations this week. No move is foreseeable.",
     "Because despite all the conversations this week."),
    ("Meetings are planned. After all. This is not a breakthrough.", "After all."),
    ("The talks failed. Although the talks in Geneva. Both sides stayed apart.", "Although the talks in Geneva."),
    ("The coalition is split. Whereas the government in Berlin. The states disagree.",
     "Whereas the government in Berlin."),
    ("He lost the vote. Which is why. The party is now looking for a new leader.", "Which is why."),
    ("Both sides met again. Nevertheless. The gap remains wide.", "Nevertheless."),
    ("Prices rose in May. Respectively. Some shops closed early.", "Respectively."),
    ("The club lost again. For the rest. The 50+1 rule stays.", "For the rest."),
    ("Prices rose sharply. At least. Wages rose too.", "At least."),
    ("The minister resigned. Admittedly. Nobody expected it.", "Admittedly."),
    ("The plan was dropped. Even though the pressure from the unions and the employers.",
     "Even though the pressure from the unions and the employers."),
    ("Nobody came. Despite all the promises of the organisers.",
     "Despite all the promises of the organisers."),
    ("It was a long night. While the negotiators in Brussels and their advisers.",
     "While the negotiators in Brussels and their advisers."),
    ("The vote was close. Because of the many abstentions in the parliamentary group.",
     "Because of the many abstentions in the parliamentary group."),
    ("Talks resumed. If the new proposals from Moscow.", "If the new proposals from Moscow."),
    ("The talks failed. Although the arms control talks in Geneva.", "Although the arms control talks in Geneva."),
    ("Nobody was surprised. Although the minister had promised otherwise.",
     "Although the minister had promised otherwise."),
    ("The novel echoes Thomas Mann. Whom Müller has often named as an influence.",
     "Whom Müller has often named as an influence."),
    ("The tickets sold out. Besides. The hall is small.", "Besides."),
    ("Sales fell. Because of the high energy prices. Carmakers cut jobs.", "Because of the high energy prices."),
    ("The vote was close. Because of the many abstentions in the second round.",
     "Because of the many abstentions in the second round."),
    ("Prices rose. Meanwhile. The central bank waited.", "Meanwhile."),
    ("Talks resumed. Due to the tense situation at the border.", "Due to the tense situation at the border."),
    ("The clubs worry. Which nobody had expected at the start of the year.",
     "Which nobody had expected at the start of the year."),
    ("The deal holds. Unless a further escalation on the border with Ukraine.",
     "Unless a further escalation on the border with Ukraine."),
    # a concessive or a focused subordinator needs a main clause even when little follows it
    ("The talks lasted all night. Although without result. Both sides left.", "Although without result."),
    ("Sales rose. Especially since the discounts. Customers bought early.", "Especially since the discounts."),
    # a conjunction with nothing after it, and German "denn" as "For"
    ("Prices will rise. Especially since. Energy is expensive.", "Especially since."),
    ("Fares will rise. Because. The operator pays more for energy.", "Because."),
    ("No progress was made. For despite all the talks this week. The gap remains.",
     "For despite all the talks this week."),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", FRAGMENTS)
def test_fragment_flagged(text: str, fragment: str) -> None:
    assert hit_texts(SentenceFragment, text) == [fragment]


# German sentence adverbs that MT leaves standing alone (Stattdessen, Übrigens, Trotzdem, Schließlich,
# Außerdem, Jedenfalls, Kurzum, Nämlich, Tatsächlich, Ansonsten, Vielmehr, Letztlich, Zunächst ...).
STANDALONE_CONNECTIVES = [
    "Instead.", "By the way.", "Still.", "Finally.", "Besides.", "Despite everything.", "Anyway.",
    "In any event.", "At any rate.", "Namely.", "In short.", "In fact.", "Otherwise.", "Rather.", "Also.",
    "Ultimately.", "In the end.", "What is more.", "On top of that.", "Apart from that.", "As a result.",
    "For this reason.", "In the meantime.", "Afterwards.", "Initially.", "First of all.", "Even so.",
    "All the same.", "Despite this.", "In principle.", "Of all things.", "In return.", "Especially.",
    "Overall.", "All in all.", "In this context.", "In this respect.", "To that end.", "Thereby.",
    "Among other things.", "Against this background.", "After all, however.",
]


@pytest.mark.positive
@pytest.mark.parametrize("connective", STANDALONE_CONNECTIVES)
def test_standalone_connective_flagged(connective: str) -> None:
    text = f"The first talks failed. {connective} The ministers will meet again in Vienna."
    assert hit_texts(SentenceFragment, text) == [connective]


# Verbless phrases split off their sentence: causal and concessive prepositions, long with/without
# phrases, a focusing adverb before a preposition or subordinator, and stranded relative clauses.
VERBLESS_PHRASES = [
    "Despite all the warnings.",
    "Because of the strike.",
    "Due to the weather.",
    "Owing to a lack of staff in the hospitals.",
    "In spite of the protests from the unions.",
    "As a result of the cuts.",
    "Instead of lower taxes for the middle class.",
    "In view of the tense situation.",
    "Without any result so far.",
    "With consequences for the whole region.",
    "Without the support of the Greens in the Bundestag.",
    "Especially in the east of the country.",
    "Above all in the big cities.",
    "Not least because of the war in Ukraine.",
    "Mainly because of the high energy prices.",
    "Partly due to the strike.",
    "Particularly among young people.",
    "Also in Berlin.",
    "Which was common among hunter-gatherers in Europe at the time.",
    "Whom the chancellor had appointed only last year.",
    # complex prepositions of officialese, and participles in the noun phrase read as modifiers
    "In view of the rising costs.",
    "Against the background of the war.",
    "In the course of the investigation.",
    "According to the latest figures from the ministry.",
    "As part of the reform of the health system.",
    "Due to rising energy prices.",
    "Because of growing tensions at the border.",
    "Despite a small number of protests.",
    "With debts of more than two million euros.",
    "Following months of tough negotiations.",
    "Such as the new bridge over the Elbe.",
    "Despite all the promises of the organisers last week.",  # "last week" is a time, not "to last"
]


@pytest.mark.positive
@pytest.mark.parametrize("fragment", VERBLESS_PHRASES)
def test_verbless_phrase_flagged(fragment: str) -> None:
    text = f"Prices rose again in the spring. {fragment} Many families are struggling."
    assert hit_texts(SentenceFragment, text) == [fragment]


# Fragments that good English journalism writes on purpose, and full sentences with the same openers.
STYLISTIC_FRAGMENTS = [
    "For the first time in 20 years.", "In the middle of the night.", "In vain.", "For now.",
    "With good reason.", "Without a doubt.", "With a heavy heart.", "With one exception.", "Even the mayor.",
    "Not so in Berlin.", "Far from it.", "Quite the opposite.", "No wonder.", "Of course not.", "Not anymore.",
    "As usual.", "And yet.", "Maybe.", "Perhaps.", "Indeed.", "Exactly.", "Not at all.",
    "By no means.", "In theory.", "Not without reason.", "Only in Bavaria.", "Even in Bavaria.",
    "Just in time.", "Despite him.", "Thanks to everyone who helped.", "Not for long.", "With mixed results.",
    "Without exception.", "Mostly young people.", "Above all, patience.", "Especially not in winter.",
    "Which is fine.", "Which was a shame.", "Which is the reason for the delay.", "On paper, at least.",
    "Given the circumstances.", "Following orders.", "With no end in sight.", "Except for the mayor.",
    "With the exception of Bavaria.", "For fear of reprisals.", "In the hope of a better life.",
    "At the expense of the taxpayer.", "Compared to last year.", "Mainly as a precaution.",
    "For over a decade.", "Especially families with children.", "According to her.",
]
FULL_SENTENCES = [
    "Despite the rain, the crowd stayed until the end.", "Without a majority, the government cannot pass the budget.",
    "With the new law, tenants are better protected.", "Especially in winter, heating costs rise.",
    "Above all in the big cities, rents are rising.", "Not least because of the war, prices rose.",
    "Due to the strike, trains were cancelled.", "Instead of a tax cut, the government chose subsidies.",
    "Still, the talks went on.", "Finally, the minister spoke.", "Instead, the government cut taxes.",
    "By the way, the museum is open on Sundays.", "The talks went on, though.",
    "With 45 points, Bayern lead the table.", "Also on Monday, the cabinet met.",
]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", STYLISTIC_FRAGMENTS + FULL_SENTENCES)
def test_stylistic_fragments_and_sentences_not_flagged(sentence: str) -> None:
    assert hit_texts(SentenceFragment, f"Prices rose again in the spring. {sentence}") == []


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Why did they stay? Because of the cheap rents in the east.",
    "What now? Without a majority in the Bundestag and without any result so far.",
    "“Despite all the warnings.” That was his answer.",
    "Photo: Without any result so far in the talks of the ministers.",
    "- With consequences for the whole region of the east.\n- Instead.",
])
def test_answers_quotes_captions_and_lists_not_flagged(text: str) -> None:
    assert hit_texts(SentenceFragment, text) == []


CLEAN = [
    "Because the talks failed, both sides left Geneva.",
    "Although the talks in Geneva failed, both sides want to meet again.",
    "While the US is talking about arms control, Russia wants guarantees.",
    "After all, the alliance is not an attack alliance.",
    "After all the talks, nothing has changed.",
    "At least the talks took place.",
    "Nevertheless, both sides confirmed their interest in further dialogue.",
    "No wonder. Not so in Berlin. Far from it. Quite the opposite. Of course not. Too late. Hardly.",
    "Not anymore. No. Yes. Thank you. Thanks.",
    "As usual. As always. If so. If not. If necessary. Though not for long. Until then.",
    "Because of you.",
    "Why did the talks fail? Because of the deep differences between the two sides.",
    "What remains? Despite all the talks, a deep mistrust.",
    "“Never again!” said the chancellor.",
    "“Because despite all the promises nothing.” That was his answer.",
    "He said: “Although the talks in Geneva.” Then he stopped.",
    "The list:\n\n- Because of the weather in the north.\n- Despite the rain in the south.",
    "1. Although the budget for the year.\n2. Whereas the plans for the decade.",
    "Photo: Despite the rain, the crowds in front of the Brandenburg Gate.",
    "Which is why I decided to become vegan.",
    "Whether it is a comforter or simply for cuddling: it has many uses.",
    "The talks plans fail.",
    "Although prices rise, wages stagnate.",
    "Because the plans fail.",
    "Because they're late.",
    "If you can't, don't.",
    "Since 2015 the number has risen.",
    "Since the beginning of the year the price of gas has doubled.",
    "While in Berlin, she met the chancellor.",
    "Whereas the old law banned it, the new one allows it.",
    "Although the talks failed both sides want to meet again next week in Vienna.",
    "Whom did the minister meet?",
    "Despite the rain the crowd stayed.",
    "Unless otherwise stated.",
    "What a spectacular reaction from Eintracht Frankfurt.",
    "A good and important investment in safety.",
    "Only until the weekend.",
    "The net lists plenty of low budget movies such as those on Letterboxd.com.",
    "Even so, the chancellor stayed.",
    "Storage: Store the pillow in a dry place, out of direct sunlight, at a temperature between 15 and 25 degrees.",
    "After that, use a circular miller to round off all edges of the actual box.",
    "Moscow is demanding security guarantees from NATO",
    "Which countries joined the alliance after 1997?",
    "Although the talks in Geneva...",
    "Because despite all the talks this week!",
    "Why did you leave the party?\n\nBecause of the constant pressure from the leadership.",
    "The flood caused damage worth millions.\n\nWith material from dpa and AFP.",
    "The mayor resigned.\n\nWith additional reporting by Anna Weber in Berlin.",
    "The parliament voted. In favour of the motion: 312 members.",
    "According to the police the suspect fled.",
    "Despite falling sales the company hired staff.",
    "Because of the rising prices people buy less.",
]


# The verb test is conservative: a word that can be a verb outside a noun phrase ("round", "surrounding")
# counts as one, so these real fragments are missed rather than risking false alarms.
CONSERVATIVE_MISSES = [
    "Despite all the promises of the organisers and the city council round the clock.",
    "In the wake of the scandal surrounding the former minister.",
    # a gerund with an object is verbal: "giving reasons" may be a clause, "rising costs" is a noun phrase
    "Without giving any reasons for the decision.",
    "Also for declaring the members.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", CLEAN + CONSERVATIVE_MISSES)
def test_clean_text_not_flagged(text: str) -> None:
    assert hit_texts(SentenceFragment, text) == []


LONG_VERBLESS = "The alliance met. A further meeting of the ministers with their Russian counterparts in Vienna."


@pytest.mark.positive
def test_long_verbless_sentence_flagged_when_asked() -> None:
    assert hit_texts(SentenceFragment, LONG_VERBLESS, check_long_verbless=True) == [LONG_VERBLESS[18:]]


@pytest.mark.negative
def test_long_verbless_off_by_default() -> None:
    assert hit_texts(SentenceFragment, LONG_VERBLESS) == []
    assert hit_texts(SentenceFragment, "No verbs here at all in this short one.", check_long_verbless=True) == []


def test_connective_hit_carries_advice_and_no_fix() -> None:
    [hit] = run_rule(SentenceFragment, "Nobody objected. After all. The deal was signed.")
    assert hit.fix is None and hit.suggestion is None and "next sentence" in hit.message


# --- the verb lexicon helper and the derived-data cache ------------------------------------------------------

OPENERS = lexicon(Context(None, Pack("de", "en"))).phrase_openers


@pytest.mark.parametrize("word, expected", [
    ("said", True), ("talks", True), ("it's", True), ("they’re", True), ("cannot", True), ("don't", True),
    ("Germany's", False), ("week", False), ("conversations", False), ("serious", False),
    ("outpaces", True), ("re-elected", True),
])
def test_can_be_verb(word: str, expected: bool) -> None:
    assert can_be_verb(word) is expected


def test_pos_tags_match_lemminflect() -> None:
    """The cached word → tags table answers exactly as lemminflect's getAllLemmas does."""
    from lemminflect import getAllLemmas

    for word in ("talks", "Talks", "BERLIN", "said", "police", "the", "xyzzy", "re-elected", "it's", "Heat",
                 "forward", "researchers", "business", "outpaces", "all", "another"):
        assert pos_tags(word) == frozenset(getAllLemmas(word.lower())), word


def test_cached_derivation_builds_once_and_rebuilds_when_a_source_changes(tmp_path, monkeypatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    calls = []

    def build() -> list[str]:
        calls.append(1)
        return [source.read_text()]

    assert cached_derivation("probe", [source], build) == ["one"]
    assert cached_derivation("probe", [source], build) == ["one"] and len(calls) == 1  # from the pickle
    source.write_text("three")  # size (and mtime) change: the key changes
    assert cached_derivation("probe", [source], build) == ["three"] and len(calls) == 2
    for text in ("four!", "five!!", "six!!!"):  # older versions go, the newest few stay
        source.write_text(text)
        cached_derivation("probe", [source], build)
    from mtcheck.lang.derived import KEEP_VERSIONS

    assert len(list((tmp_path / "cache").glob("probe-*.pickle"))) == KEEP_VERSIONS
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(blocker / "cache"))
    for expected_calls in (6, 7):  # no cache directory can be made: still the right answer, built each time
        assert cached_derivation("probe", [source], build) == ["six!!!"] and len(calls) == expected_calls


def test_two_installs_sharing_a_cache_do_not_evict_each_other(tmp_path, monkeypatch) -> None:
    """A development virtualenv and a CI one derive the same table from different package files."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    first, second = tmp_path / "venv1.txt", tmp_path / "venv2.txt"
    first.write_text("a")
    second.write_text("b")
    calls = []
    for source in (first, second, first, second):
        cached_derivation("probe", [source], lambda: calls.append(1) or len(calls))
    assert len(calls) == 2  # each install built its table once


def test_frequency_lists_are_not_kept_after_a_table_is_built() -> None:
    """wordfreq keeps every list it loads; building mtcheck's tables must not leave nine of them behind."""
    import wordfreq

    from mtcheck.lang.wordstats import frequency_dict

    assert frequency_dict("de")["und"] > 0.01
    assert wordfreq.get_frequency_dict.cache_info().currsize == 0
    assert wordfreq.get_frequency_list.cache_info().currsize == 0


def test_cached_derivation_survives_a_corrupt_cache_file(tmp_path, monkeypatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("x")
    cached_derivation("probe", [source], lambda: 1)
    [cache_file] = tmp_path.glob("probe-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    assert cached_derivation("probe", [source], lambda: 2) == 2


def test_cached_gazetteer_equals_a_fresh_build() -> None:
    from mtcheck.lang.places import _build_geonames, _geonames

    assert _geonames() == _build_geonames()
    assert {"Berlin", "Brussels", "Germany", "Ukraine", "Texas"} <= _geonames()


@pytest.mark.parametrize("tokens, expected", [
    ("Because despite all the conversations this week .", False),
    ("Although the talks in Geneva .", False),
    ("the prices rise .", True),
    ("the new rules apply .", True),
    ("Russia has gathered 100,000 soldiers .", True),
    ("despite the 100,000 soldiers .", False),
    ("because of the high energy prices .", False),
    ("because the plans fail .", True),
    ("After that , use a miller .", True),
])
def test_has_possible_verb(tokens: str, expected: bool) -> None:
    assert has_possible_verb(tokens.split(), OPENERS) is expected


# --- MT802 run-in-dateline --------------------------------------------------------------------------------

DATELINES = [
    ("Brussels With a serious, almost gloomy face, Stoltenberg appeared.", "Brussels With"),
    ("Berlin The new federal government wants to act quickly.", "Berlin The"),
    ("Düsseldorf Sebastian Vettel is back in the cockpit.", "Düsseldorf Sebastian"),
    ("Frankfurt/Main Die Börse schloss fester.", "Frankfurt/Main Die"),
    ("New York The stock market closed higher.", "New York The"),
    ("Kyiv/Kiev In the east of the country, fighting continued.", "Kyiv/Kiev In"),
    ("München After the election, the CSU is looking for a new course.", "München After"),
    ("Washington He did not want to comment.", "Washington He"),
    ("BRUSSELS The Commission presented its plan.", "BRUSSELS The"),
    ("Paris On Monday, the president spoke.", "Paris On"),
    ("Title of the story\n\nHamburg When the port reopened, ships queued.", "Hamburg When"),
    ("Potsdam Former Russian President Dmitry Medvedev has warned the West.", "Potsdam Former"),
    ("Leipzig European Union governments agreed on new sanctions.", "Leipzig European"),
    ("Vienna Meanwhile the talks continued.", "Vienna Meanwhile"),
    ("Geneva Kharkiv’s mayor Ihor Terekhov has called for help.", "Geneva Kharkiv’s"),
    ("Hanover Germany's economy shrank by 1.2 percent.", "Hanover Germany's"),
    ("Hamburg Astronaut Matthias Maurer has presented his plans.", "Hamburg Astronaut"),
    ("Cologne Actress Nina Hoss has won the top prize.", "Cologne Actress"),
    ("Dresden Singer Helene Fischer has cancelled her tour.", "Dresden Singer"),
    ("Washington Pianist Igor Levit has won the prize.", "Washington Pianist"),
    ("Dresden Violinist Anne-Sophie Mutter has won the prize.", "Dresden Violinist"),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, dateline", DATELINES)
def test_dateline_flagged(text: str, dateline: str) -> None:
    assert hit_texts(RunInDateline, text) == [dateline]


NOT_DATELINES = [
    "Berlin is the capital.",
    "Brussels has decided to act.",
    "New York City officials said the subway would reopen.",
    "Berlin (dpa) The government met on Monday.",
    "Brussels – With a serious face, Stoltenberg appeared.",
    "Brussels — With a serious face, Stoltenberg appeared.",
    "BERLIN, Jan 5 (Reuters) - The government met.",
    "Berlin: The government met on Monday.",
    "Berlin Mayor Franziska Giffey spoke on Monday.",
    "Berlin Police said the man was arrested.",
    "Berlin Brandenburg Airport opened in 2020.",
    "Washington Irving wrote the story.",
    "Jordan Henderson scored the goal.",
    "Florence Pugh won the award.",
    "Paris Hilton arrived late.",
    "Nancy Elizabeth Pelosi spoke.",
    "George Michael Clooney spoke.",
    "Reading The Guardian every day is a habit.",
    "Most The time nobody noticed.",
    "The Hague is the seat of the court.",
    "Moscow is demanding security guarantees from NATO",
    "Berlin The",
    "In Berlin The new government met.",
    "The meeting in Brussels With the ministers was long.",
    "Germany The Musical",
    "Kyiv Mayor Vitali Klitschko called for more air defence.",
    "Ukraine Foreign Minister Dmytro Kuleba met his counterpart.",
    "New York Governor Kathy Hochul signed the bill.",
    "Berlin Police Chief Barbara Slowik resigned.",
    "Munich Security Conference Chairman Christoph Heusgen spoke.",
    "Frankfurt Airport CEO Stefan Schulte expects more passengers.",
    "Washington Post reporters said.",
    "Chicago Bulls forward DeMar DeRozan scored.",
]

# Real datelines left alone on purpose, even in the lead: a place before an acronym or a name is also
# how English names local things ("Berlin CDU", "Hamburg Süd"), and a place before a formal title is
# English ("Kyiv Mayor", "Luxembourg Justice Minister") whoever holds the office.
DATELINE_MISSES = [
    "Geneva SAP has lowered its profit forecast.",
    "Frankfurt CDU general secretary Carsten Linnemann has attacked the plan.",
    "Luxembourg Justice Minister Marco Buschmann has come under pressure.",
    "Berlin Interior Minister Nancy Faeser has come under pressure.",
    "London Merck plans to cut jobs.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", NOT_DATELINES + DATELINE_MISSES)
def test_not_a_dateline(text: str) -> None:
    assert hit_texts(RunInDateline, text) == []


# In the lead (the first body paragraphs, or the first after a heading), where German papers set the
# dateline, a place before a capitalised common word, a country or a club named after a place is one.
LEAD_DATELINES = [
    ("Karlsruhe Business sentiment in Germany improved unexpectedly in May.", "Karlsruhe Business"),
    ("Mainz Researchers in Leipzig have decoded the genome of a Stone Age man.", "Mainz Researchers"),
    ("Strasbourg Talks between NATO and Russia ended without result.", "Strasbourg Talks"),
    ("Paris VfB Stuttgart are out of the Champions League.", "Paris VfB"),
    ("Davos FC Augsburg are out of the cup.", "Davos FC"),
    ("Dresden Werder Bremen have sacked their coach.", "Dresden Werder"),
    ("Potsdam US Deputy Secretary of State Wendy Sherman has arrived.", "Potsdam US"),
    ("Brussels EU leaders have agreed on new sanctions.", "Brussels EU"),
    ("Kyiv Ukraine has asked for more air defence.", "Kyiv Ukraine"),
    ("Leipzig Germany coach Julian Nagelsmann has named his squad.", "Leipzig Germany"),
    ("Hamburg Inflation in Germany fell to 3.1 percent.", "Hamburg Inflation"),
    ("Hanover Heavy rain has flooded parts of the city.", "Hanover Heavy"),
    ("Washington Talks on the debt ceiling resumed on Monday.", "Washington Talks"),
    ("Cologne Climate researcher Stefan Rahmstorf has warned of more heatwaves.", "Cologne Climate"),
    ("Düsseldorf Tennis player Alexander Zverev has won gold.", "Düsseldorf Tennis"),
    ("Geneva Kremlin spokesman Dmitry Peskov has warned the West.", "Geneva Kremlin"),
    ("Vienna Representatives of both sides met on Monday.", "Vienna Representatives"),
    ("Wolfsburg Volkswagen boss Oliver Blume has defended the plan.", "Wolfsburg Volkswagen"),
    ("Kyiv Interior Minister Nancy Faeser has come under pressure.", "Kyiv Interior"),
    ("Cologne Vice Chancellor Robert Habeck has defended the plan.", "Cologne Vice"),
    ("Mainz Chancellor Olaf Scholz has come under pressure.", "Mainz Chancellor"),
    ("Rome Estonian Prime Minister Kaja Kallas has promised more aid.", "Rome Estonian"),
    ("Brussels Hamburg SV are out of the cup.", "Brussels Hamburg"),
    ("Munich Heatwaves in Germany have become more frequent.", "Munich Heatwaves"),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, dateline", LEAD_DATELINES)
def test_dateline_in_the_lead_flagged(text: str, dateline: str) -> None:
    assert hit_texts(RunInDateline, f"Headline of the story\n\n{text}") == [dateline]
    assert hit_texts(RunInDateline, f"Headline\n\nA teaser sentence.\n\n{text}") == [dateline]
    assert hit_texts(RunInDateline, f"Headline\n\nFirst.\n\nSecond.\n\nSubhead\n\n{text}") == [dateline]


@pytest.mark.negative
@pytest.mark.parametrize("text, dateline", LEAD_DATELINES[:6])
def test_weak_evidence_only_counts_in_the_lead(text: str, dateline: str) -> None:
    body = "Headline\n\nThe first paragraph.\n\nThe second paragraph.\n\n"
    assert hit_texts(RunInDateline, body + text) == []


# English names built on a place, at the start of an article's first paragraph.
LEAD_NAMES = [
    "Berlin Police on Monday arrested two men.",
    "Brussels Airlines cancelled dozens of flights on Friday.",
    "Munich Re reported a record profit.",
    "Hamburg Süd said it would cut jobs.",
    "Cologne Cathedral reopened after the storm.",
    "Berlin Wall anniversary celebrations began on Saturday.",
    "Manchester United manager Erik ten Hag was sacked.",
    "Leipzig Zoo welcomed a baby elephant.",
    "Frankfurt Book Fair director Juergen Boos said the fair would go ahead.",
    "Berlin Philharmonic conductor Kirill Petrenko will leave in 2027.",
    "London Marathon winner Kelvin Kiptum broke the record.",
    "Munich Security Conference chairman Christoph Heusgen warned of escalation.",
    "Davos Forum participants discussed artificial intelligence.",
    "Kyiv Post reporters were at the scene.",
    "Hamburg Chamber of Commerce president Norbert Aust welcomed the plan.",
    "Berlin House of Representatives voted on the budget.",
    "Frankfurt Institute for Economic Research lowered its forecast.",
    "Paris Agreement on climate change turned eight this year.",
    "Schengen Area members agreed on new rules.",
    "Nuremberg Trials began in November 1945.",
    "Stockholm Syndrome is a disputed diagnosis.",
    "Chicago Bulls beat the Lakers on Monday.",
    "Miami Heat forward Jimmy Butler scored 30 points.",
    "Washington Capitals forward Alex Ovechkin scored.",
    "Berlin Green politician Daniel Wesener said the budget was too tight.",
    "Berlin CDU leader Kai Wegner won the election.",
    "Germany Coach Julian Nagelsmann named his squad.",
    "England Captain Harry Kane scored twice.",
    "Texas Governor Greg Abbott signed the bill.",
    "Florida Officials said the storm was weakening.",
    "Austin Butler won the award for best actor.",
    "Chelsea Clinton aide Huma Abedin spoke.",
    "Paris Hilton friend Nicole Richie arrived.",
    "Moscow Patriarch Kirill backed the war.",
    "Hamburg Port operator HHLA reported lower volumes.",
    "Cologne Bonn Airport reported record freight.",
    "Munich Oktoberfest visitors drank seven million litres of beer.",
    "Oxford University researchers found the gene.",
    "Prague Spring reformers were crushed in 1968.",
    "Frankfurt Main Station was closed.",
    "Paris Climate accord targets were missed.",
    "Berlin Rents rose by ten percent.",
    "Berlin Residents are angry.",
    "Derby Day is the highlight of the racing year.",
    "Nice Weather is expected for the weekend.",
    "Stuttgart Administrative Court judges rejected the appeal.",
    "Warsaw Pact troops invaded Czechoslovakia.",
    "Kansas City Chiefs quarterback Patrick Mahomes threw three touchdowns.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", LEAD_NAMES)
def test_names_built_on_a_place_not_flagged_in_the_lead(text: str) -> None:
    assert hit_texts(RunInDateline, f"Headline of the story\n\n{text}") == []


def test_dateline_fix_inserts_dash_unsafely() -> None:
    text = "Brussels With a serious face, he appeared."
    [hit] = run_rule(RunInDateline, text)
    assert hit.suggestion == "Brussels — With"
    assert not hit.fix.safe
    [edit] = hit.fix.edits
    fixed = text[:edit.span.start] + edit.replacement + text[edit.span.end:]
    assert fixed == "Brussels — With a serious face, he appeared."


# --- MT803 drop-cap-residue -------------------------------------------------------------------------------

DROP_CAPS = [
    ("DThe government has decided.", "DThe", "The"),
    ("TThe talks resumed on Monday.", "TThe", "The"),
    ("IIn the east, fighting continued.", "IIn", "In"),
    ("BBerlin has a new mayor.", "BBerlin", "Berlin"),
    ("WWhen the talks began, nobody expected much.", "WWhen", "When"),
    ("Headline\n\nAAfter the vote, the party split.", "AAfter", "After"),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, residue, repaired", DROP_CAPS)
def test_drop_cap_flagged_with_safe_fix(text: str, residue: str, repaired: str) -> None:
    [hit] = run_rule(DropCapResidue, text)
    assert text[hit.span.start:hit.span.end] == residue
    assert hit.suggestion == repaired and hit.fix.safe
    [edit] = hit.fix.edits
    assert text[:edit.span.start] + edit.replacement + text[edit.span.end:] == text.replace(residue, repaired, 1)


@pytest.mark.positive
@pytest.mark.parametrize("text, repaired", [
    ("T he government has decided.", "The"), ("A fter the vote, the party split.", "After"),
    ("W ith a serious face, he spoke.", "With"),
])
def test_split_drop_cap_flagged_unsafe(text: str, repaired: str) -> None:
    [hit] = run_rule(DropCapResidue, text)
    assert hit.suggestion == repaired and not hit.fix.safe


NOT_DROP_CAPS = [
    "USA and NATO met.", "DFB officials met.", "NATO met in Brussels.", "OSCE talks resume.",
    "McDonald's raised prices.", "DeSantis spoke.", "LaGuardia was closed.", "iPhone sales fell.",
    "EUropean is not a word.", "UMass won the game.", "AfD members protested.", "KGaA is a legal form.",
    "A new government was formed.", "I think so.", "A nother day", "JPMorgan reported profits.",
    "XMen is a film.", "TMobile cut prices.", "S he said", "J Edgar Hoover ran the FBI.",
    "The government in Berlin has decided.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", NOT_DROP_CAPS)
def test_not_a_drop_cap(text: str) -> None:
    assert hit_texts(DropCapResidue, text) == []


# --- the seed article and human English --------------------------------------------------------------------

def _findings(rule_cls, text: str) -> list[Span]:
    doc = segment(text, source_lang="de", target_lang="en")
    ctx = Context(make_options(rule_cls, {}), Pack("de", "en"))
    return [h.span for h in rule_cls().check(doc, ctx)]


def test_seed_gold_items_found_and_nothing_else(shared_dir: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    line_starts = [0]
    for line in text.split("\n"):
        line_starts.append(line_starts[-1] + len(line) + 1)
    gold_spans = []
    for item in gold:
        start = line_starts[item["line"] - 1] + text.split("\n")[item["line"] - 1].index(item["text"])
        gold_spans.append(Span(start, start + len(item["text"])))
    found = [(rule.id, span) for rule in (SentenceFragment, RunInDateline, DropCapResidue)
             for span in _findings(rule, text)]
    strays = [(rid, text[s.start:s.end]) for rid, s in found if not any(s.overlaps(g) for g in gold_spans)]
    assert strays == []
    assert {text[s.start:s.end] for _, s in found} == {
        "Brussels With", "After all.", "Because despite all the conversations this week."}


@pytest.mark.negative
def test_few_findings_on_human_reference_translations(shared_dir: Path) -> None:
    """WMT22 de-en reference A (1984 human translations): at most a handful of defensible findings."""
    lines = (shared_dir / "wmt" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").split("\n")
    text = "\n\n".join(lines)
    counts = {rule.id: len(_findings(rule, text)) for rule in (SentenceFragment, RunInDateline, DropCapResidue)}
    assert counts["MT801"] <= 2 and counts["MT802"] == 0 and counts["MT803"] == 0, counts


# --- subject-less statements (German drops a repeated subject after "und") --------------------------------
@pytest.mark.positive
@pytest.mark.parametrize("text,flagged", [
    ("The mayor took office in 2021. Is leading in national polls.", "Is leading in national polls."),
    ("He was detained on Friday. Was released on bail on Monday.", "Was released on bail on Monday."),
    ("The plan failed. Does not matter to the party.", "Does not matter to the party."),
])
def test_subjectless_statement_fires(text, flagged):
    assert hit_texts(SentenceFragment, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Had the talks failed, the war would have spread.",  # inverted condition: a subject follows
    "Were it not for the rain, they would have won.",
    "Should you need help, call the hotline.",
    "Is this the end of the coalition?",  # a question
    "Will Smith won an Oscar.",  # "Will" is not on the list
    "“Is going well,” he said.",  # quoted speech
    "Was Merkel right? Historians disagree.",  # a name follows
])
def test_subjectless_statement_stays_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
