"""MT401 entity-inconsistency and MT402 glossary-term."""
from __future__ import annotations

import pytest

from mtcheck.glossary import GlossaryEntry
from mtcheck.rules.entity_inconsistency import EntityInconsistency
from mtcheck.rules.glossary_term import GlossaryTerm
from tests.conftest import SEED, hit_texts, run_rule

# --- MT401 entity-inconsistency ----------------------------------------------------------------


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, suggestion", [
    ("Nord Stream 2 is finished. Scholz called Nord Steam 2 a private project. Nord Stream 2 is idle. "
     "Russia wants Nord Stream 2 to open.", "Nord Steam 2", "Nord Stream 2"),
    ("Stoltenberg said so. Later Stoltenberg added more. NATO chief Stoltenber warned.", "Stoltenber", "Stoltenberg"),
    ("President Zelensky spoke. Zelensky said no. Selensky later added that Zelensky was right.",
     "Selensky", "Zelensky"),
    ("The Ampel coalition is fragile. The Ampel coalition may fall. The Ampel-Coalition denies it.",
     "Ampel-Coalition", "Ampel coalition"),
    ("Nord Stream is ready. Nord Stream is idle. Nordstream is political.", "Nordstream", "Nord Stream"),
    ("Lukyanov said it. Lukyanov repeated it. The analyst Lukjanov was firm.", "Lukjanov", "Lukyanov"),
    ("Annalena Baerbock travelled. Baerbock met Lavrov. Baerbock said. Then Baerbok left.",
     "Baerbok", "Baerbock"),
    ("Kristalina Georgieva warned. Georgieva said. Georgiewa added that Georgieva would stay.",
     "Georgiewa", "Georgieva"),
    ("The Bundesnetzagentur agreed. The Bundesnetzagentur said. The Bundesnetzagenture disagreed.",
     "Bundesnetzagenture", "Bundesnetzagentur"),
    # transposed letters, in a spelling no word list knows
    ("Annalena Baerbock travelled. Baerbock met Lavrov. Baerbock said. Then Bearbock left.",
     "Bearbock", "Baerbock"),
    ("Jens Stoltenberg spoke. Stoltenberg left. Stoltneberg returned.", "Stoltneberg", "Stoltenberg"),
    # a name that is also frequent in English, misspelt into something unknown
    ("The Premier League is rich. The Premier League pays well. The Premeir League grew.", "Premeir",
     "Premier"),
    ("Deutsche Bundesbank data. The Deutsche Bundesbank said. The Deutsche Bundesbamk added.",
     "Bundesbamk", "Bundesbank"),
])
def test_entity_variant_fires(text, flagged, suggestion):
    hits = run_rule(EntityInconsistency, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [flagged]
    assert hits[0].suggestion == suggestion
    assert hits[0].fix is None  # the majority spelling is only suggested


@pytest.mark.positive
def test_every_rare_occurrence_is_flagged_and_the_others_are_related():
    text = ("Stoltenberg spoke. Stoltenberg met Lavrov. Stoltenberg left. Stoltenbrg said. "
            "Stoltenbrg warned.")
    hits = run_rule(EntityInconsistency, text)
    assert [text[h.span.start:h.span.end] for h in hits] == ["Stoltenbrg", "Stoltenbrg"]
    assert [text[r.start:r.end] for r in hits[0].related] == ["Stoltenberg"] * 3
    assert "3 times" in hits[0].message


@pytest.mark.positive
def test_a_tie_is_settled_by_an_unknown_spelling_beside_a_known_name():
    assert hit_texts(EntityInconsistency, "Stoltenberg spoke in Brussels. Later Stoltenber warned.") == ["Stoltenber"]


@pytest.mark.positive
def test_seed_article_finds_only_the_misspelt_pipeline():
    text = SEED.read_text("utf-8")
    assert hit_texts(EntityInconsistency, text) == ["Nord Steam 2"]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    # different real entities that look alike
    "Austria and Australia signed a deal. Austria will pay. Austria is happy.",
    "Sweden joined NATO. Swedish troops arrived. Sweden is pleased.",
    "Iran and Iraq met. Iran said yes. Iran is pleased.",
    "Merkel met Merz. Merkel said. Merkel again.",
    "John met Joan. John said. John left.",
    "Sergei Ryabkov said. Ryabkov added. Rybakov the chess player won.",  # transposed, but both exist
    "Martin Schulz spoke. Schulz said. Schulz again. Svenja Schulze disagreed.",
    "Olaf Scholz spoke. Scholz said. Scholz again. Martin Schulz replied.",
    "Thomas Meyer spoke. Meyer said. Meyer again. Sabine Meier disagreed.",
    "Deutsche Bank fell. Deutsche Bank rose. Deutsche Bank again. Deutsche Bahn strikes.",
    "East Germany and West Germany. East Germany again. East Germany.",
    "Essen and Essex. Essen again. Essen.",
    "Berlin is big. Berlin is loud. Merlin is a wizard.",
    # inflections and derived forms
    "Russia said. The Russian side said. Russians said. Russia again.",
    "Germany said. German troops. Germany again. The Germans agreed.",
    "Ukraine said. Ukrainian troops. Ukrainians fled. Ukraine again.",
    "Israel said. Israeli troops. Israel again.",
    "Europe said. European leaders. Europe again.",
    "Merkel said. Merkels are rare. Merkel again.",
    "The Kremlin said. The Kremlin’s view. The Kremlin again.",
    # numbered series, case-only differences, ordinary words
    "Nord Stream 1 and Nord Stream 2. Nord Stream 2 again. Nord Stream 2 more.",
    "World War I and World War II. World War II again.",
    "NATO said. Nato said. NATO again. NATO more.",
    "The Steam store. Steam sales. Stream services grew.",
    "In March we met. March was cold. In March again. Marah came too.",
    "The Foreign Minister spoke. The Foreign Ministers met. The Foreign Minister left.",
    "The Labour Party won. The Labour Party said. The Labor Party in Australia lost.",
    "Union leaders met. The Union said. An Onion sold.",
    # sentence-initial and heading capitals of common words
    "However, the talks failed. However, they resumed. Howeve we know.",
    "Moscow Is Demanding Security Guarantees\n\nThe security guarantees were demanded by Moscow.",
    # short names
    "Kyiv said. Kyiv again. Kiev once.",
    # placeholders
    "#PRS_ORG# said. #PRS_ORG# again. #PRS_ORG# more. #PRS_ORGS# once.",
    # names that all appear once
    "Grushko met Fomin. Ryabkov met Sherman. Lukyanov met nobody.",
])
def test_entity_variant_stays_quiet(text):
    assert hit_texts(EntityInconsistency, text) == []


@pytest.mark.negative
def test_clean_news_paragraph_with_many_german_names():
    text = (
        "Chancellor Olaf Scholz met Finance Minister Christian Lindner and Economy Minister Robert Habeck "
        "in Berlin on Monday. Scholz, Lindner and Habeck discussed the budget with Bundestag members from "
        "the SPD, FDP and Greens. Bavarian premier Markus Söder of the CSU criticised the plan, as did "
        "CDU leader Friedrich Merz. Merz said the Ampel coalition had failed. Söder agreed with Merz. "
        "Health Minister Karl Lauterbach stayed in Cologne. Lauterbach later joined Scholz in Brussels, "
        "where Ursula von der Leyen hosted the European Commission's meeting. Von der Leyen praised Scholz."
    )
    assert hit_texts(EntityInconsistency, text) == []


@pytest.mark.negative
def test_minimum_length_option():
    text = "Baku said. Baku again. Baku more. Bakou once."
    assert hit_texts(EntityInconsistency, text) == []
    assert hit_texts(EntityInconsistency, text, min_length=4) == ["Bakou"]


# --- MT402 glossary-term -----------------------------------------------------------------------

GLOSSARY = (
    GlossaryEntry("Nord Stream 2"),
    GlossaryEntry("Grushko"),
    GlossaryEntry("Deputy Secretary of State", ("Vice Secretary of State",), "Wendy Sherman's title"),
    GlossaryEntry("SWIFT", ("Swift",)),
    GlossaryEntry("Zelensky", ("Selenskyj", "Zelenskyy")),
    GlossaryEntry("Olaf Scholz"),
    GlossaryEntry("Kyiv", ("Kiev",)),
    GlossaryEntry("Deutsche Bahn"),
    GlossaryEntry("equaliser"),
    GlossaryEntry("Berlin Philharmonic"),
    GlossaryEntry("Spain"),
    GlossaryEntry("Konzerthaus Berlin"),
    GlossaryEntry("Elbphilharmonie Hamburg"),
)


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, suggestion", [
    ("Vice Secretary of State Wendy Sherman led the delegation.", "Vice Secretary of State",
     "Deputy Secretary of State"),
    ("Russia could be cut off from Swift.", "Swift", "SWIFT"),
    ("President Selenskyj spoke.", "Selenskyj", "Zelensky"),
    ("Zelenskyy spoke.", "Zelenskyy", "Zelensky"),
    ("The mayor of Kiev spoke.", "Kiev", "Kyiv"),
    ("the mayor of KIEV spoke.", "KIEV", "Kyiv"),  # listed variants that differ by more than case: any case
    ("Chancellor Scholz described Nord Steam 2 as private.", "Nord Steam 2", "Nord Stream 2"),
    ("Alexander Gruschko attended.", "Gruschko", "Grushko"),
    ("Olaf Schulz spoke.", "Olaf Schulz", "Olaf Scholz"),
    ("Deutsche Bahm trains were late.", "Deutsche Bahm", "Deutsche Bahn"),
    ("He scored the equalisr.", "equalisr", "equaliser"),
    ("The Berlin Philharmonc played.", "Berlin Philharmonc", "Berlin Philharmonic"),
    ("Tourists flocked to Spein.", "Spein", "Spain"),
])
def test_glossary_fires(text, flagged, suggestion):
    hits = run_rule(GlossaryTerm, text, glossary=GLOSSARY)
    assert [text[h.span.start:h.span.end] for h in hits] == [flagged]
    assert hits[0].suggestion == suggestion


@pytest.mark.positive
def test_listed_variant_has_an_unsafe_fix_and_the_note():
    text = "Vice Secretary of State Wendy Sherman led the delegation."
    hit, = run_rule(GlossaryTerm, text, glossary=GLOSSARY)
    assert "Wendy Sherman's title" in hit.message
    assert hit.fix is not None and not hit.fix.safe
    assert hit.fix.edits[0].replacement == "Deputy Secretary of State"


@pytest.mark.positive
def test_seed_with_a_glossary():
    text = SEED.read_text("utf-8")
    assert hit_texts(GlossaryTerm, text, glossary=GLOSSARY) == [
        "Vice Secretary of State", "Swift", "Gruschko", "Nord Steam 2"]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Russia could be cut off from SWIFT.",
    "The bird flew swift and low.",  # a case-only variant matches case-sensitively
    "The Swiss franc rose.",  # a common English word is not a misspelt term
    "Nord Stream 2's future is open.",  # possessive
    "Nord Stream 1 was switched off.",  # a different number is a different pipeline
    "Deutsche Bank and Deutsche Bahn are different companies.",  # two letters off in a short word
    "Zelensky's aides and Zelensky spoke.",
    "Olaf Scholz and Martin Schulz met.",  # another person: Martin is not Olaf
    "Kyiv is the capital; the Kyivan government agreed.",
    "The visitors equalised shortly before half-time.",  # an English word, not a misspelt "equaliser"
    "The concert at the Berlin Philharmonie sold out.",  # a German name (the hall), not a typo
    "CDU deputy leader Jens Spahn spoke; Spahn said Spain must act.",  # a name of its own near "Spain"
    "The Konzerthaus Berlin and the Elbphilharmonie Hamburg sold out.",  # the terms as written
])
def test_glossary_stays_quiet(text):
    assert hit_texts(GlossaryTerm, text, glossary=GLOSSARY) == []


@pytest.mark.negative
def test_near_misses_can_be_switched_off():
    text = "Alexander Gruschko attended."
    assert hit_texts(GlossaryTerm, text, glossary=GLOSSARY) == ["Gruschko"]
    assert hit_texts(GlossaryTerm, text, glossary=GLOSSARY, near_misses=False) == []


@pytest.mark.negative
def test_no_glossary_no_findings():
    assert hit_texts(GlossaryTerm, SEED.read_text("utf-8")) == []


@pytest.mark.negative
def test_short_terms_get_no_near_miss_search():
    assert hit_texts(GlossaryTerm, "The OSZE met.", glossary=(GlossaryEntry("OSCE"),)) == []


