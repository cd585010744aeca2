"""MT301 quote-spacing … MT306 doubled-space."""
from __future__ import annotations

import pytest

from mtcheck.fix import apply_edits
from mtcheck.rules.doubled_space import DoubledSpace
from mtcheck.rules.foreign_quotes import ForeignQuotes
from mtcheck.rules.punctuation_spacing import MissingSpaceAfterPunctuation, SpaceBeforePunctuation
from mtcheck.rules.quote_spacing import QuoteSpacing
from mtcheck.rules.unbalanced_quotes import UnbalancedQuotes
from tests.conftest import hit_texts, run_rule

CLEAN_NEWS = [
    "“For their part, the allies have reaffirmed the open door policy,” emphasized Stoltenberg.",
    "He reported on a “difficult discussion” between the alliance and Russia.",
    "“Nord Stream has always been a political project as well.”",
    "The U.S. delegation, led by Wendy Sherman, met at 10:30 a.m. in Geneva, e.g. in the Palais.",
    "Prices rose 2.5 percent; the index stood at 1,234.5 points (see example.com/data).",
    "Details are at www.nato.int/cps/en and press@nato.int, or in report.pdf.",
    "Lukyanov said: “It is about the principles of European security.”",
    "The Bundestag’s Foreign Affairs Committee met on Wednesday.",
    "“We need ‘guarantees’ now,” Putin said. “Not tomorrow.”",
    "Wait … what did he say? Nobody knows!",
    "The score was 2:1 and the match ended at 21:45.",
    "A 15\" screen and a 6' 2\" player.",
    "He said \"yes\" and she said \"no\".",
    "Russia's envoy, Sergei Ryabkov, said: \"We will not give up.\"",
    "It was, in short, a failure (a “total” failure).",
    "Sales of the iPhone 13 and the Galaxy S22 rose.",
    "The talks – the first in two years – ended.",
]


@pytest.mark.negative
@pytest.mark.parametrize("rule", [QuoteSpacing, UnbalancedQuotes, ForeignQuotes, SpaceBeforePunctuation,
                                  MissingSpaceAfterPunctuation, DoubledSpace])
@pytest.mark.parametrize("text", CLEAN_NEWS)
def test_clean_news_is_quiet(rule, text):
    assert hit_texts(rule, text) == []


def fixed(rule, text: str) -> str:
    edits = sorted((e for h in run_rule(rule, text) if h.fix and h.fix.safe for e in h.fix.edits),
                   key=lambda e: e.span.start)
    return apply_edits(text, edits)


# --- MT301 quote-spacing -----------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, expected", [
    ("“Give us guarantees. Right now, ”he said.", "“Give us guarantees. Right now,” he said."),
    ("“Yes ” he said.", "“Yes” he said."),
    ("“Yes, ” he said.", "“Yes,” he said."),
    ("“ We need to look forward,” she said.", "“We need to look forward,” she said."),
    ("He said, “ we go.”", "He said, “we go.”"),
    ("He said“We go.”", "He said “We go.”"),
    ("He said:“We go.”", "He said: “We go.”"),
    ("He said, “we go.”Then he left.", "He said, “we go.” Then he left."),
    ("\"Let it grow! \", said Johnson.", "\"Let it grow!\", said Johnson."),
    ("He said \" we go\" and left.", "He said \"we go\" and left."),
])
def test_quote_spacing_fires_and_fixes(text, expected):
    assert len(run_rule(QuoteSpacing, text)) == 1
    assert fixed(QuoteSpacing, text) == expected


@pytest.mark.positive
def test_quote_spacing_span_covers_the_space_and_the_mark():
    assert hit_texts(QuoteSpacing, "“Right now, now, ”he said.") == [" ”"]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "He said: “We go.”",
    "“We go,” he said, “and we stay.”",
    "The “Bundestag”s vote.",  # a possessive glued to a quoted name is odd but not a spacing slip
    "okay,\" said Burghardt and added: \"It is not just the push.\"",  # parity unknown: a quote from before
    "He bought a 15\" screen for \" 20 euros.",  # inch marks: straight quotes are ambiguous
    "„Nord Stream ist politisch, “ sagte Roth.",  # German marks: MT303's business
    "“Wir”",
])
def test_quote_spacing_quiet(text):
    assert hit_texts(QuoteSpacing, text) == []


# --- MT302 unbalanced-quotes -------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("“We need guarantees, Putin said at the end of December.", "“"),
    ("We need guarantees,” Putin said.", "”"),
    ("“The best player I have ever trained,“ said Gleim.", "“"),
    ("He said “yes” and then “no.\n\nThe talks ended.", "“"),
])
def test_unbalanced_quotes_fire(text, flagged):
    hits = hit_texts(UnbalancedQuotes, text)
    assert hits and set(hits) == {flagged}


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "“We need guarantees,” Putin said.",
    "“It is about the principles of European security.\n\n“And about the revision of what was accepted,” "
    "Lukyanov said.",
    "He said “yes”, then “no”, then “maybe”.",
    "“Nested ‘quotes’ are fine,” he said.",
    "No quotes at all.",
    "„Deutsche Anführungszeichen“ sind Sache von MT303.",
])
def test_unbalanced_quotes_quiet(text):
    assert hit_texts(UnbalancedQuotes, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    # an odd number of straight quotes, read by their shape
    ('"The data are clear, even if the public debate is not, Maurer said. Hospitals have long complained.',
     ['"']),
    ("Nagelsmann said the team had played with courage\" in the second half.", ['"']),
    ('"We need young people," Zeh told the paper. We have to bring them back into the halls." The '
     'programme included Shostakovich.', ['"']),
    # the next paragraph opens a quote, but this one cannot run on: an attribution follows the opening
    # mark, another double quote follows it, or it quotes a few words inside a sentence
    ('"The situation is serious, said Reznikov. He left.\n\n"Sanctions will not stop the war," he said.', ['"']),
    ("Podolyak said: “The situation is serious. The UN chief, António Guterres, said the world could not "
     "wait.\n\n“Every system saves lives,” said the minister.", ["“"]),
    ("“We will not move, Labour Minister Hubertus Heil said on Wednesday.\n\n“Never,” he added.", ["“"]),
    ("“I said it: ‘No tax increases.’ Justice Minister Marco Buschmann told reporters.\n\n“Yes,” he said.",
     ["“"]),
    ("He said: “We go. They told us “no” at once.\n\n“We will return,” he said.", ["“"]),
    ('Alonso said the team had "played with courage in the second half.\n\n"The boys showed character," '
     'Zverev said.', ['"']),
    ('Hüller was nominated for her role in "Anatomy of a Fall. Kasparov left.\n\n"Yes," he said.', ['"']),
])
def test_unbalanced_quotes_fire_beyond_curly_pairs(text, flagged):
    assert hit_texts(UnbalancedQuotes, text) == flagged


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    '"We will fight on. We have no choice.\n\n"The enemy is at the gates," he said.',
    "Asked about it, she said: “We will fight on.\n\n“We have no choice,” she said.",
    "Asked about it, she said “We will fight on.\n\n“We have no choice,” she said.",
    'The 15" screen costs more than the old one.',
    "He measures 6' 2\" and weighs 90 kilograms.",
    '"Yes," he said, "and no."',
    'The "Zeitenwende" speech, he said, changed "everything."',
    'He wrote "yes"and then "left.',  # an odd count with a mark of no clear shape: not judged
    'Misspelt names ("Nord Steam 2" next to "Nord Stream 2") and a 15" screen.',  # quotes that end on a number
])
def test_unbalanced_quotes_quiet_beyond_curly_pairs(text):
    assert hit_texts(UnbalancedQuotes, text) == []


def test_attribution_verbs_are_unique_lower_case_words():
    import tomllib

    from mtcheck.packs import DATA_DIR

    verbs = tomllib.loads((DATA_DIR / "common" / "typography.en.toml").read_text("utf-8"))["quotes"]["attribution_verbs"]
    assert {"said", "told", "according"} <= set(verbs)
    assert len(verbs) == len(set(verbs)) and all(v == v.lower() and v.isalpha() for v in verbs)


# --- MT303 foreign-quotes ----------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, expected", [
    ("„Nord Stream is a political project,“ said Roth.", "„Nord Stream is a political project,“",
     "“Nord Stream is a political project,” said Roth."),
    ("It is a „private-sector project”.", "„private-sector project”", "It is a “private-sector project”."),
    ("The so-called »Smart Stone« is new.", "»Smart Stone«", "The so-called “Smart Stone” is new."),
    ("The so-called «Smart Stone» is new.", "«Smart Stone»", "The so-called “Smart Stone” is new."),
    ("He said ‚maybe‘ twice.", "‚maybe‘", "He said ‘maybe’ twice."),
])
def test_foreign_quotes_fire_and_fix_pairs(text, flagged, expected):
    assert hit_texts(ForeignQuotes, text) == [flagged]
    assert fixed(ForeignQuotes, text) == expected


@pytest.mark.positive
def test_lone_low_quote_gets_suggestion_without_fix():
    (hit,) = run_rule(ForeignQuotes, "He said „maybe and left.")
    assert hit.fix is None and hit.suggestion == "“"


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "He reported on a “difficult discussion” with Russia.",
    "Read more »",
    "Next page » and « previous page",  # arrows, not a pair
    "The Bundestag’s committee met.",
])
def test_foreign_quotes_quiet(text):
    assert hit_texts(ForeignQuotes, text) == []


@pytest.mark.negative
def test_foreign_quotes_only_for_english_targets():
    assert ForeignQuotes.target_languages == frozenset({"en"})


# --- MT304 space-before-punctuation ------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("The talks ended without agreement .", " ."),
    ("Russia , the West and NATO met.", " ,"),
    ("Who will give in ?", " ?"),
    ("I must cancel the order !", " !"),
    ("Scientist : Moscow and Washington are at odds.", " :"),
    ("The talks ended ; nobody moved.", " ;"),
    ("“We will not give up” , he said.", " ,"),
    ("The rate is 5 % .", " ."),
])
def test_space_before_punctuation_fires(text, flagged):
    assert hit_texts(SpaceBeforePunctuation, text) == [flagged]
    assert " " + flagged.strip() not in fixed(SpaceBeforePunctuation, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "And then ... nothing happened.",
    "The value fell to .5 percent.",
    "The match ended 2 : 1 for Kyiv.",
    "Great news :) he wrote.",
    "Oh ;) he wrote.",
    "The talks ended.\n.\nsource site-16",
    "Wait … what?",
    "x = 1 + 2",
])
def test_space_before_punctuation_quiet(text):
    assert hit_texts(SpaceBeforePunctuation, text) == []


# --- MT305 missing-space-after-punctuation -----------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("The talks ended.Both sides will meet again.", "d.B"),
    ("Russia,the West and NATO met.", "a,t"),
    ("He already wrote,didn't you get it?", "e,d"),
    ("The talks ended;nobody moved.", "d;n"),
    ("Who will give in?Nobody.", "n?N"),
    ("It ended in St.Petersburg.", "t.P"),
])
def test_missing_space_after_punctuation_fires(text, flagged):
    assert hit_texts(MissingSpaceAfterPunctuation, text) == [flagged]
    assert fixed(MissingSpaceAfterPunctuation, text) == text.replace(flagged, flagged[:2] + " " + flagged[2])


@pytest.mark.positive
def test_missing_space_after_colon_fix_is_unsafe():
    (hit,) = run_rule(MissingSpaceAfterPunctuation, "Scientist:Moscow and Washington are at odds.")
    assert not hit.fix.safe


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "The U.S.Army denied it.",
    "See e.g.The report.",
    "Visit example.com or Booking.com today.",
    "Open report.PDF now.",
    "Details at https://www.nato.int/News,Items and mail@nato.int.",
    "The vote was 52.3 percent at 10:30.",
    "Use the path C:/Users/Nato.Docs.",
    "He used ASP.NET and Node.js.",
    "The firm is called Yahoo!.",
    "The chemical 1,2-dichloroethane leaked.",
])
def test_missing_space_after_punctuation_quiet(text):
    assert hit_texts(MissingSpaceAfterPunctuation, text) == []


# --- MT306 doubled-space -----------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("the delivery of the  goods", "  "),
    ("NATO and   Russia met.", "   "),
    ("One space. Then  two inside a sentence. Then one.", "  "),
])
def test_doubled_space_fires_and_fixes(text, flagged):
    assert hit_texts(DoubledSpace, text) == [flagged]
    assert "  " not in fixed(DoubledSpace, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "    Indented line of code.",
    "Trailing spaces  \nNext line.",
    "Name    Age    City    Country",  # column-aligned
    "Two spaces after stops.  A convention.  Used throughout.  Consistently.",
    "Space before punctuation  , is MT304's business.",
    "“  Quote spacing” is MT301's business.",
])
def test_doubled_space_quiet(text):
    assert hit_texts(DoubledSpace, text) == []


@pytest.mark.positive
def test_doubled_space_inside_sentence_fires_even_with_two_space_convention():
    text = "Two spaces after stops.  A convention.  Used  throughout."
    assert hit_texts(DoubledSpace, text) == ["  "]
    assert run_rule(DoubledSpace, text)[0].span.start == text.index("Used") + 4
