"""MT101 duplicated-word, MT102 duplicated-phrase, MT103 repeated-sentence."""
from __future__ import annotations

import tomllib

import pytest

from mtcheck.config import Config
from mtcheck.engine import lint_text
from mtcheck.fix import apply_edits
from mtcheck.packs import DATA_DIR
from mtcheck.rules.duplicated_phrase import DuplicatedPhrase
from mtcheck.rules.duplicated_word import DuplicatedWord
from mtcheck.rules.repeated_sentence import RepeatedSentence
from tests.conftest import hit_texts, run_rule


def fixed(rule, text: str, **kw) -> str:
    """``text`` after applying every safe fix of ``rule``."""
    edits = sorted((e for h in run_rule(rule, text, **kw) if h.fix and h.fix.safe for e in h.fix.edits),
                   key=lambda e: e.span.start)
    return apply_edits(text, edits)


# --- MT101 duplicated-word ---------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("“You have to give us guarantees. Right now, now,” he said.", "now, now"),
    ("The the talks ended on Wednesday.", "The the"),
    ("NATO rejected the the demand.", "the the"),
    ("He said that the alliance is is not an attack alliance.", "is is"),
    ("The ministers met in in Brussels.", "in in"),
    ("Stoltenberg warned of of the risks.", "of of"),
    ("Russia has gathered troops troops on the border.", "troops troops"),
    ("The West fears an an invasion.", "an an"),
    ("It will not be easy to to bridge these differences.", "to to"),
    ("The pipeline, pipeline is a political project.", "pipeline, pipeline"),
    ("Sanctions are are on the table.", "are are"),
    ("The talks were difficult, difficult, he said.", "difficult, difficult"),
    ("Moscow Moscow rejects the accusation.", "Moscow Moscow"),
    ("The alliance\nalliance will meet again.", "alliance\nalliance"),
])
def test_duplicated_word_fires(text, flagged):
    assert hit_texts(DuplicatedWord, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "He had had enough of the talks.",
    "She said that that was the end of it.",
    "It was a very, very difficult discussion.",
    "“No, no,” he said, “we will not compromise.”",
    "Many, many people fled the region.",
    "The troops went far, far away.",
    "They said bye bye to the old order.",
    "Ha ha, he laughed.",
    "The result was so-so at best.",
    "Again and again the talks failed.",
    "The 10 10-tonne trucks crossed the border.",
    "In 2021 2,000 soldiers arrived.",
    "It is fear, fear of retribution, that drives them.",
    "It was sexual abuse, abuse of power and fraud.",
    "“Go, go, go!” the crowd shouted.",
    "To keep it as is, is no option for me.",
    "Since the EU does not oppose this, this is at the expense of rights.",
    "As the EU does not turn against it, it is at the expense of rights.",
    "They celebrate Christmas, Christmas Eve and New Year.",
    "The resort of Bora Bora is expensive.",
    "What they do do is talk.",
    "Stoltenberg spoke; Stoltenberg also listened.",
    "The alliance is not an attack alliance.",
    "Now, the alliance has to decide. Now it is up to Moscow.",
    "“Now, now, calm down,” the minister said.",
    "Well, well, the talks did happen after all.",
])
def test_duplicated_word_quiet(text):
    assert hit_texts(DuplicatedWord, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    # words that cannot end a clause: determiners, "of", conjunctions, subject pronouns, prepositions
    ("Europe must take responsibility for its, its own security.", "its, its"),
    ("The heads of government of the, the states met in Berlin.", "the, the"),
    ("“I am proud of, of the team,” the coach said.", "of, of"),
    ("Most states said that they, they would accept the compromise.", "they, they"),
    ("The agency hopes to approve the drug in, in 2019.", "in, in"),
    ("The pipeline was meant to, to increase that share.", "to, to"),
    ("The council will next meet on, on May 15.", "on, on"),
    ("The team had played with, with courage.", "with, with"),
    ("The rule, which, which it has failed to change, stays.", "which, which"),
    ("The minister will also, also visit Kyiv.", "also, also"),
    ("The coach did not, not want to speculate.", "not, not"),
    # an object pronoun cannot start the next clause; "it" before a non-verb is no new clause
    ("“My colleagues sometimes ask me, me why,” she said.", "me, me"),
    ("Sanctions make it, it more expensive for the Kremlin.", "it, it"),
    # an auxiliary after a noun or a relative pronoun is no ellipsis
    ("Sanctions alone will, will not stop the war.", "will, will"),
    ("The pipeline, which was, was built to carry gas, never operated.", "was, was"),
    ("People who have, have lived here for five years may apply.", "have, have"),
    ("The film will be, be released in January.", "be, be"),
    ("The company had, had to close two plants.", "had, had"),
    # a verb's object or a repeated verb is no restatement
    ("The law passed, ending months, months of bitter debate.", "months, months"),
    ("The opera house was closed, closed for renovation.", "closed, closed"),
    ("The return, return of these objects is overdue.", "return, return"),
    ("The novel tells the story, story of a woman.", "story, story"),
    ("He met EU foreign ministers, ministers in Madrid.", "ministers, ministers"),
    ("Online shops sold fresh bruises, bruises and open wounds.", "bruises, bruises"),
    # a capitalised copy that runs on into the sentence, not into a list
    ("Labour Minister Hubertus, Hubertus Heil said so.", "Hubertus, Hubertus"),
    ("The title ended Bayern, Bayern Munich’s run.", "Bayern, Bayern"),
    ("He was dismissed by the Munich, Munich Philharmonic in 2022.", "Munich, Munich"),
    ("He won the Premier League and the Champions League, League.", "League, League"),
    # emphatic words are doubled with a comma, never back to back
    ("Hungary has maintained close close ties with Moscow.", "close close"),
    ("“This is good good news,” he said.", "good good"),
    ("Lagarde said it was too too early to declare victory.", "too too"),
])
def test_duplicated_word_across_a_comma_fires(text, flagged):
    assert hit_texts(DuplicatedWord, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "It was a long, long way to the summit.",
    "“Yes, yes, we know,” she said.",
    "They drove fast, fast enough to escape.",
    "It will be a big, big day for the club.",
    "She lost a close, close friend in the war.",
    "“There, there,” she said to the child.",
    "Many, many thanks for your help.",
    "What it is, is a question of trust.",
    "To keep it as is, is no option for me.",
    "The problem is, is that nobody listens.",
    "Those who can, can.",
    "Maybe it is fear, fear of retribution, fear of leaving.",
    "CW: psychological violence, sexual abuse, abuse of power",
    "They spoke of fear, fear of what might come next.",
    "Families celebrate Christmas, Christmas Eve and New Year.",
    "Since the EU does not oppose this, this is at the expense of rights.",
    "He will vote against it, it’s that simple.",
    "The minister had had enough.",
    "What they do do is talk.",
    "She said that that was the end of it.",
])
def test_deliberate_doublings_across_a_comma_are_quiet(text):
    assert hit_texts(DuplicatedWord, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("text, expected", [
    ("“Right now, now,” he said.", "“Right now,” he said."),
    ("The the talks ended.", "The talks ended."),
    ("NATO rejected the the demand.", "NATO rejected the demand."),
])
def test_duplicated_word_safe_fix_deletes_second_copy(text, expected):
    assert fixed(DuplicatedWord, text) == expected


@pytest.mark.negative
def test_duplicated_word_can_stay_within_white_space():
    assert hit_texts(DuplicatedWord, "Right now, now, he said.", across_commas=False) == []


@pytest.mark.negative
def test_duplicated_word_uses_target_language_allow_list():
    text = "Die Frau, die die Zeitung liest, lacht."
    assert hit_texts(DuplicatedWord, text, target="de") == []
    assert hit_texts(DuplicatedWord, "Das ist ist der Mann.", target="de") == ["ist ist"]


# --- MT102 duplicated-phrase -------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("In the event that Putin lets his troops move into Ukraine in Ukraine, sanctions follow.",
     "into Ukraine in Ukraine"),
    ("The European Union the European Union wants talks.", "European Union the European Union"),
    ("Roth said on Monday said on Monday that the pipeline was political.", "said on Monday said on Monday"),
    ("The troops stayed in Ukraine in Ukraine for weeks.", "in Ukraine in Ukraine"),
    ("They went into the city in the city at night.", "into the city in the city"),
    ("The talks took place in Geneva in Geneva on Monday.", "in Geneva in Geneva"),
    ("Troops arrived at the border at the border on Friday.", "at the border at the border"),
    ("He flew to New York to New York on Friday.", "to New York to New York"),
    ("The meeting of the NATO Russia Council of the NATO Russia Council was short.",
     "NATO Russia Council of the NATO Russia Council"),
    ("A return of the of the troops is not planned.", "of the of the"),
    ("The air pump is connected is connected to an outlet.", "is connected is connected"),
    ("They met at home at home in Moscow.", "at home at home"),
])
def test_duplicated_phrase_fires(text, flagged):
    assert flagged in hit_texts(DuplicatedPhrase, text)[0]
    assert len(hit_texts(DuplicatedPhrase, text)) == 1


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "The alliance will proceed step by step.",
    "Day after day the troops moved closer.",
    "From time to time the talks stalled.",
    "More and more people fled the region.",
    "More and more and more troops arrived.",
    "They fought side by side and face to face.",
    "Year after year the budget grew.",
    "Little by little, one by one, the soldiers left.",
    "Delegations met in Berlin and in Paris.",
    "He spoke in Ukraine about Ukraine's future.",
    "The two sides held talks in face to face meetings.",
    "Prices rose in year after year of drought.",
    "Trains ran from Berlin to Berlin-Spandau and from door to door.",
    "A deal is a deal, the minister said.",
    "Boys will be boys.",
    "My day off was my day off, he said.",
    "Russia wants guarantees, and Russia will not wait for long, said Russia's envoy.",
    "NATO said that NATO would not accept new demands.",
    "The the talks ended.",  # a single word is MT101's business
    "The walk went on and on and on.",
    "Scores were 10 10 and 20 20 in the final rounds.",
    "The best of the best met in Brussels.",
    "Sherman met Ryabkov in Geneva; Ryabkov met Sherman again in Vienna.",
])
def test_duplicated_phrase_quiet(text):
    assert hit_texts(DuplicatedPhrase, text) == []


@pytest.mark.positive
def test_duplicated_phrase_exact_copy_has_safe_fix():
    text = "The European Union the European Union wants talks."
    assert fixed(DuplicatedPhrase, text) == "The European Union wants talks."


@pytest.mark.positive
def test_duplicated_phrase_with_other_preposition_fix_is_unsafe():
    text = "Putin lets his troops move into Ukraine in Ukraine."
    (hit,) = run_rule(DuplicatedPhrase, text)
    assert not hit.fix.safe
    assert apply_edits(text, list(hit.fix.edits)) == "Putin lets his troops move into Ukraine."


# --- MT103 repeated-sentence -------------------------------------------------------------------

ARTICLE = """NATO and Russia meet in Brussels

The West fears an invasion, which Moscow denies. Talks will continue on Thursday.

Stoltenberg said the differences were significant.

The West fears an invasion, which Moscow denies.
"""


@pytest.mark.positive
def test_repeated_sentence_reports_later_copy_with_related_earlier():
    hits = run_rule(RepeatedSentence, ARTICLE)
    assert len(hits) == 1
    (hit,) = hits
    assert ARTICLE[hit.span.start:hit.span.end] == "The West fears an invasion, which Moscow denies."
    assert hit.span.start > ARTICLE.index("Stoltenberg")
    (earlier,) = hit.related
    assert earlier.start == ARTICLE.index("The West")
    assert hit.fix.safe  # the copy is a whole paragraph
    assert apply_edits(ARTICLE, list(hit.fix.edits)).rstrip().endswith("significant.")


@pytest.mark.positive
@pytest.mark.parametrize("text", [
    "Moscow demands guarantees from NATO.\n\nMOSCOW DEMANDS GUARANTEES FROM NATO!",
    "Photo: NATO Secretary General Jens Stoltenberg\n\nText.\n\nPhoto: NATO Secretary General Jens Stoltenberg",
    "The signs point to confrontation\n\nThe signs point to confrontation.",
    "First paragraph here. It has two sentences.\n\nOther text.\n\nFirst paragraph here. It has two sentences.",
    "Talks will continue on Thursday. Roth spoke. Talks   will continue, on Thursday.",
])
def test_repeated_sentence_fires(text):
    assert len(run_rule(RepeatedSentence, text)) == 1


@pytest.mark.positive
def test_repeated_sentence_inside_paragraph_fix_is_unsafe():
    text = "Talks will continue on Thursday. Roth spoke. Talks will continue on Thursday. He left."
    (hit,) = run_rule(RepeatedSentence, text)
    assert not hit.fix.safe
    assert apply_edits(text, list(hit.fix.edits)) == "Talks will continue on Thursday. Roth spoke. He left."


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "“Yes.” He nodded. “Yes.”",
    "No comment. No comment.",
    "Thank you very much. Thank you.",
    "NATO wants talks. Russia wants talks. The EU wants talks.",
    "The talks will continue on Thursday. The talks will continue on Friday.",
    "Moscow is demanding security guarantees from NATO\n\nMoscow continues to demand security guarantees from NATO.",
])
def test_repeated_sentence_quiet(text):
    assert run_rule(RepeatedSentence, text) == []


@pytest.mark.negative
def test_repeated_sentence_min_words_option():
    text = "We need guarantees. He said it twice. We need guarantees."
    assert run_rule(RepeatedSentence, text) == []
    assert len(run_rule(RepeatedSentence, text, min_words=3)) == 1


# --- the data files ----------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_allow_lists_hold_unique_lower_case_word_pairs(language):
    table = tomllib.loads((DATA_DIR / "common" / f"repetition.{language}.toml").read_text("utf-8"))
    pairs = table["word"]["allow"]
    assert len(pairs) == len(set(pairs))
    assert all(p == p.lower() and len(p.split()) == 2 for p in pairs)
    assert all(w == w.lower() for w in table["word"]["restatement_followers"])


def test_english_comma_lists_are_lower_case_and_disjoint():
    word = tomllib.loads((DATA_DIR / "common" / "repetition.en.toml").read_text("utf-8"))["word"]
    pair_lists = ("allow", "allow_back_to_back", "allow_across_comma")
    for key in pair_lists:
        assert all(p == p.lower() and len(p.split()) == 2 and len(set(p.split())) == 1 for p in word[key]), key
    assert not set(word["allow"]) & (set(word["allow_back_to_back"]) | set(word["allow_across_comma"]))
    for key in ("never_clause_final", "never_clause_initial", "auxiliaries", "ellipsis_subjects"):
        assert word[key] and len(word[key]) == len(set(word[key])) and all(w == w.lower() for w in word[key]), key
    assert not set(word["never_clause_final"]) & set(word["auxiliaries"])
    assert "now" not in word["never_clause_final"]  # "Right now, now" is caught as a content word


def test_english_phrase_lists_are_consistent():
    phrase = tomllib.loads((DATA_DIR / "common" / "repetition.en.toml").read_text("utf-8"))["phrase"]
    function_words = set(phrase["function_words"])
    for key in ("gap_words", "determiners", "coordinators", "locative_prepositions", "range_openers"):
        assert set(phrase[key]) <= function_words | {"versus", "vs", "plus", "then"}, key
    assert "now" not in function_words  # "Right now, now" must stay reportable across the comma


# --- the C-level pre-tests must never hide a hit ---------------------------------------------------------
_RANDOM_WORDS = ("in", "into", "the", "Ukraine", "now", "said", "on", "Monday", ",", "a", "deal", "is", "to",
                 "Berlin", "well-known", "2020", "“", "”", ".", "and", "more")


def test_pre_tests_never_hide_a_hit():
    """MT101 and MT102 skip the sentences their C-level pre-tests rule out; on random word salad
    full of repeats, turning the pre-tests off must not change the findings."""
    import random

    import mtcheck.rules.duplicated_phrase as phrase_module
    import mtcheck.rules.duplicated_word as word_module

    rng = random.Random(7)
    text = "\n\n".join(" ".join(rng.choice(_RANDOM_WORDS) for _ in range(rng.randint(3, 30))) + "."
                       for _ in range(400))
    config = Config(select=("MT101", "MT102"), target_lang="en")
    with_pre_tests = lint_text(text, "salad.txt", config).findings
    assert len(with_pre_tests) > 50
    saved = word_module._may_hold_doubling, phrase_module._may_hold_copy
    try:
        word_module._may_hold_doubling = phrase_module._may_hold_copy = lambda *args: True
        assert lint_text(text, "salad.txt", config).findings == with_pre_tests
    finally:
        word_module._may_hold_doubling, phrase_module._may_hold_copy = saved
