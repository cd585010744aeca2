"""MT501 untranslated-sentence, MT502 untranslated-word, MT503 untranslated-abbreviation."""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import SEED, hit_texts, run_rule

ENGLISH_WITH_GERMAN_NAMES = (
    "Chancellor Olaf Scholz met Bavarian premier Markus Söder and Thomas Müller in Düsseldorf on Monday. "
    "The Süddeutsche Zeitung and Handelsblatt reported that the Bundestag’s budget committee, chaired by "
    "an SPD member, had approved the plan. Die Linke and Bündnis 90/Die Grünen criticised it, while the "
    "Frankfurter Allgemeine Zeitung called it realpolitik. Deutsche Bank and Deutsche Bahn welcomed the "
    "decision; Volkswagen and Mercedes-Benz did not comment. In Kassel, Rostock and Göttingen, local "
    "Kita staff went on strike. The Energiewende and the Mittelstand were discussed, as was the Zeitgeist "
    "of the Länder. Jürgen Klopp, Joachim Löw and Jens Spahn attended a Kindergarten party in Schwerin."
)


# --- MT501 untranslated-sentence -----------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("The talks ended on Wednesday. Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
     "Die Gespräche sollen in der kommenden Woche fortgesetzt werden."),
    ("NATO met Russia. Es ist nicht leicht, diese Differenzen zu überbrücken, warnte Stoltenberg.",
     "Es ist nicht leicht, diese Differenzen zu überbrücken, warnte Stoltenberg."),
    ("Russland hat rund 100.000 Soldaten an der Grenze zur Ukraine zusammengezogen.\n\nThe West is worried.",
     "Russland hat rund 100.000 Soldaten an der Grenze zur Ukraine zusammengezogen."),
    ("Moskau fordert Sicherheitsgarantien von der Nato\n\nRussia has gathered troops.",
     "Moskau fordert Sicherheitsgarantien von der Nato"),
    # too short for language identification, but overwhelmingly German
    ("The price fell. Das ist nicht gut.", "Das ist nicht gut."),
    ("The price fell. Die Ware hat unter 20 Euro gekostet.", "Die Ware hat unter 20 Euro gekostet."),
    ("Any ideas? Wie stehst du dazu?", "Wie stehst du dazu?"),
    ("I need help. Und dann haben wir noch ein Problem.", "Und dann haben wir noch ein Problem."),
    # short, few function words, but two lower-case German words: langdetect on the short text decides
    ("Snow is expected.\n\nIn höheren Lagen kann es schneien.\n\nRoads are open.",
     "In höheren Lagen kann es schneien."),
    ("It was their first medal. Die Biathletin holte Gold im Sprint.", "Die Biathletin holte Gold im Sprint."),
])
def test_untranslated_sentence_fires(text, flagged):
    hits = run_rule(UntranslatedSentence, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [flagged]
    assert "German" in hits[0].message and hits[0].fix is None


@pytest.mark.positive
def test_german_quotation_inside_an_english_sentence_is_reported_as_a_quotation():
    text = "Merkel once said: „Wir schaffen das, und wir werden es auch schaffen.“ Many disagreed."
    hits = run_rule(UntranslatedSentence, text)
    assert [text[h.span.start:h.span.end] for h in hits] == ["Wir schaffen das, und wir werden es auch schaffen."]
    assert "quotation" in hits[0].message


@pytest.mark.positive
def test_german_sentence_with_a_quotation_is_reported_whole():
    text = "„Wir schaffen das, und wir werden es schaffen“, sagte die Kanzlerin damals in Berlin."
    assert hit_texts(UntranslatedSentence, text) == [text]


@pytest.mark.positive
@pytest.mark.parametrize("source, text, flagged", [
    ("fr", "The project was approved. Le projet a été approuvé par le conseil municipal hier soir.",
     "Le projet a été approuvé par le conseil municipal hier soir."),
    ("es", "The plan was approved. El proyecto fue aprobado por el consejo municipal ayer por la tarde.",
     "El proyecto fue aprobado por el consejo municipal ayer por la tarde."),
])
def test_other_pairs_are_data_only(source, text, flagged):
    assert hit_texts(UntranslatedSentence, text, source=source) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "NATO.",
    "source site-16",
    "Scholz met Söder in München.",
    ENGLISH_WITH_GERMAN_NAMES,
    "The die is cast, he said, and the man left the hall.",
    "His album “Vorsprung” reached number two.",
    "The Bundesverfassungsgericht in Karlsruhe ruled on Tuesday that the law was unconstitutional.",
    "Frankfurter Allgemeine Zeitung, Süddeutsche Zeitung, Die Welt and Der Spiegel all reported it.",
    "The Kindergarten in Schöneberg reopened; Angst and Schadenfreude are German loanwords.",
    "The talks were difficult, said Stoltenberg. It will not be easy to bridge these differences.",
    "“How many more cities must be destroyed before the world acts?” said von der Leyen.",
    "Mahler cycle at the Staatsoper Unter den Linden",
    "The deutsche Bank and the Staatsoper Unter den Linden were mentioned by von der Leyen.",
    # short English sentences full of German names: langdetect alone would call them German
    "Olaf Scholz met Annalena Baerbock.",
    "Frank-Walter Steinmeier spoke in Schloss Bellevue.",
    "Die Linke won seats in Thüringen.",
])
def test_untranslated_sentence_stays_quiet(text):
    assert hit_texts(UntranslatedSentence, text) == []


@pytest.mark.negative
def test_seed_article_has_no_untranslated_text():
    text = SEED.read_text("utf-8")
    for rule in (UntranslatedSentence, UntranslatedWord, UntranslatedAbbreviation):
        assert hit_texts(rule, text) == []


@pytest.mark.negative
def test_no_pack_no_findings():
    text = "Die Gespräche sollen in der kommenden Woche fortgesetzt werden, sagte der Sprecher."
    assert hit_texts(UntranslatedSentence, text, source="xx") == []
    assert hit_texts(UntranslatedWord, "The Regierung met in München.", source="xx") == []


# --- MT502 untranslated-word -------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("The Regierung wants to meet next week.", ["Regierung"]),
    ("The Bundesregierung announced new measures.", ["Bundesregierung"]),
    ("The government announced the Maßnahmen yesterday.", ["Maßnahmen"]),
    ("The Koalition is fragile, analysts say.", ["Koalition"]),
    ("The Wirtschaftsministerium declined to comment.", ["Wirtschaftsministerium"]),
    ("The ministry said it was nicht possible.", ["nicht"]),
    ("It is good für us, he said.", ["für"]),
    ("We können not do it.", ["können"]),
    ("Their Zusammenarbeit has improved.", ["Zusammenarbeit"]),
    ("I forgot the password for the Wlan again.", ["Wlan"]),
    # compounds of two German words, too rare for word lists as a whole
    ("The Bundeshaushalt was passed on Friday.", ["Bundeshaushalt"]),
    ("The Wohnungsmarkt in Munich is tight.", ["Wohnungsmarkt"]),
    ("The old Kernkraftwerk was switched off.", ["Kernkraftwerk"]),
    ("Unions will resume the Lohnverhandlungen on Monday.", ["Lohnverhandlungen"]),
    ("The Steuererhöhung hit small firms.", ["Steuererhöhung"]),
    # function words and a name particle that is not before a name
    ("Residents were told to stay inside bis further notice.", ["bis"]),
    # nouns German uses often and English not at all, though no ending says German
    ("The council rejected the Zuschuss for the theatre.", ["Zuschuss"]),
    ("Several Anwohner complained about the noise.", ["Anwohner"]),
    ("The Pflegeheim was evacuated on Sunday.", ["Pflegeheim"]),
    # rare compounds of common German words, with or without a linking element, and inflected
    ("The Pendlerpauschale will rise next year.", ["Pendlerpauschale"]),
    ("A Warnstreik hit Lufthansa on Monday.", ["Warnstreik"]),
    ("The Entlastungspaket was agreed overnight.", ["Entlastungspaket"]),
    ("The Impfarzt arrived late.", ["Impfarzt"]),
    ("The cost of the Hochspannungskabels doubled.", ["Hochspannungskabels"]),
    # quotation marks and Markdown emphasis do not hide an untranslated term
    ("The so-called “Mietpreisbremse” has had little effect.", ["Mietpreisbremse"]),
    ("The new “Heizungsgesetz” failed in parliament.", ["Heizungsgesetz"]),
    ("The _Bürgergeld_ replaced the old benefit.", ["Bürgergeld"]),
    ("Companies can apply for Kurzarbeit if orders collapse.", ["Kurzarbeit"]),
])
def test_untranslated_word_fires(text, flagged):
    hits = run_rule(UntranslatedWord, text)
    assert [text[h.span.start:h.span.end] for h in hits] == flagged
    assert all("German word" in h.message for h in hits)


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, suggestion", [
    ("The summit will take place in München next week.", "München", "Munich"),
    ("Prices in Köln rose.", "Köln", "Cologne"),
    ("She flew from Brüssel to London.", "Brüssel", "Brussels"),
    ("She flew from London to Wien.", "Wien", "Vienna"),
    ("Snow fell across Thüringen on Sunday.", "Thüringen", "Thuringia"),
    ("Talks continued in Moskau.", "Moskau", "Moscow"),
    ("The ICJ sits in Den Haag.", "Den Haag", "The Hague"),
])
def test_exonym_fires_with_the_english_name(text, flagged, suggestion):
    hits = run_rule(UntranslatedWord, text)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(flagged, suggestion)]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    ENGLISH_WITH_GERMAN_NAMES,
    # German words that are also English words
    "The Rat ate a Gift; the Kind Hand of Art met Rock in the Bad Land. Fast Will Die, Man. Also true.",
    "The rat, the gift, the kind hand, the art, the hut, the rock band, the bad land, will die fast.",
    # established loans and institutions
    "Realpolitik, Ostpolitik and Blitzkrieg shaped the Wirtschaftswunder on the Autobahn.",
    "The Bundeswehr, Bundesrat and Bundesbank agreed; the Tagesschau and ZDF reported.",
    # names of people and places, organisations before their acronym
    "Klaus Holetschek, Wolfgang Schäuble and Christian Lindner met in Wiesbaden.",
    "Chancellor Scholz spoke. Minister Habeck listened.",
    "Patrick Schick scored twice for Leverkusen.",
    "The foundation Wissenschaft und Politik (SWP) published a study.",
    "Mariama Jamanka from BRC Thüringen came second; FC Bayern won; Bayern Munich lost.",
    # surnames, brands and places built like compounds
    "Nagelsmann names squad for the autumn internationals",
    "The ProControl unit failed; the LokSound decoder worked.",
    "Snow fell in Oberbayern.",
    "Ursula von der Leyen said so; Lothar de Maizière agreed.",
    "Gerhard Schröder met Putin. Schröder later said he had no regrets.",
    "Minister-President Boris Rhein spoke. Rhein said the state would pay.",
    # glosses and quoted titles
    "The traffic-light coalition (Ampel) held.",
    "Members of the Traditionsgemeinschaft (tradition community) restored it.",
    "The so-called “Zeitenwende” began in 2022.",
    "The BR programme “Wir in Bayern” aired.",
    "His album “Für Frauen ist das kein Problem” sold well.",
    # abbreviations are MT503's, untranslated sentences MT501's
    "The bill costs 3 Mrd. euros, bzw. more.",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden, sagte der Sprecher.",
    # placeholders and numbers
    "I am #PRS_ORG# a serious customer and paid 20 euros.",
    # names that only a moderate German frequency or a compound's shape would call German:
    # known to other languages' word lists, regions, places and their adjectives, place slots
    "Hikers love the Allgäu, and Streich praised his team.",
    "The novel is set in the Uckermark; the Vogtland is nearby.",
    "The flood destroyed large parts of Ahrweiler.",
    "The Lahnsteiner weir and the Leipziger Volkszeitung were mentioned.",
    "The Tesla plant in Grünheide resumed work; protests near Altötting continued.",
    "Residents of Fehmarn were evacuated from the Ebersberg district.",
    "The utility company Westnetz said repairs would take days. Westnetz technicians are on site.",
    "The grid operator Westnetz and the sugar maker Südzucker reported results.",
    # surnames standing where a person stands
    "Wüst warns of a split between east and west.",
    "Kollegah is always provoking; you cannot take him seriously, just like Kollegah.",
    "According to Laschet, the plan is dead; critics accused Höcke of lying.",
    "Baerbock travelled to Kyiv on Saturday.",
    # a place-named theatre, a misspelt loan, quoted titles and papers
    "The play premiered at the Theater am Schiffbauerdamm.",
    "VfL Wolfsburg moved to the top of the Bundeliga table.",
    "She told the “Öffentliche” about it; her novel “Daheim” sold well.",
    "Viewers watched the “Tatort” series on Sunday.",
    "Crowds gathered along Unter den Linden.",
])
def test_untranslated_word_stays_quiet(text):
    assert hit_texts(UntranslatedWord, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("source, text, flagged", [
    ("fr", "The Gouvernement announced the Allemagne deal and it was très good.",
     ["Gouvernement", "Allemagne", "très"]),
    ("es", "He moved to Alemania and said the gobierno was muy good, in Nueva York.",
     ["Alemania", "gobierno", "muy", "Nueva York"]),
])
def test_untranslated_word_other_pairs(source, text, flagged):
    assert hit_texts(UntranslatedWord, text, source=source) == flagged


@pytest.mark.negative
@pytest.mark.parametrize("source, text", [
    ("fr", "Le Monde and Le Figaro reported from the Élysée; the café served a croissant."),
    ("es", "El País reported that Real Madrid won; the fiesta and siesta continued in the plaza."),
])
def test_untranslated_word_other_pairs_allow_lists(source, text):
    assert hit_texts(UntranslatedWord, text, source=source) == []


# --- MT503 untranslated-abbreviation ------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, suggestion, safe", [
    ("Some states, z. B. Bavaria, objected.", "z. B.", "e.g.", True),
    ("Some states, z.B. Bavaria, objected.", "z.B.", "e.g.", True),
    ("Z. B. Bavaria objected.", "Z. B.", "E.g.", True),
    ("The states, d. h. the Länder, objected.", "d. h.", "i.e.", True),
    ("Bavaria, Saxony usw. objected.", "usw.", "etc.", True),
    ("Many parties, u. a. the SPD, objected.", "u. a.", "among others / including", False),
    ("Many parties, u.a. the SPD, objected.", "u.a.", "among others / including", False),
    ("Prices rose bzw. fell.", "bzw.", "or / respectively", False),
    ("The project costs 2.5 Mrd. euros.", "Mrd.", "billion", False),
    ("The project costs 300 Mio. euros.", "Mio.", "million", False),
    ("The project costs 3 Tsd. euros.", "Tsd.", "thousand", False),
    ("The strike lasted 24 Std. in total.", "Std.", "hours", False),
    ("The crowd numbered ca. 200 people.", "ca.", "about / approx.", False),
    ("See page Nr. 5 of the report.", "Nr.", "No.", True),
    ("The price, inkl. VAT, rose.", "inkl.", "incl.", True),
    ("Costs rise, evtl. sharply.", "evtl.", "possibly", False),
    ("Costs must ggf. be reviewed.", "ggf.", "if necessary / where applicable", False),
    ("The report by Dr.-Ing. Weber was published.", "Dr.-Ing.", "Dr (engineering)", False),
    ("The so-called reform, vgl. the annex, failed.", "vgl.", "cf.", True),
])
def test_untranslated_abbreviation_fires(text, flagged, suggestion, safe):
    hits = run_rule(UntranslatedAbbreviation, text)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(flagged, suggestion)]
    assert bool(hits[0].fix and hits[0].fix.safe) is safe
    if safe:
        assert hits[0].fix.edits[0].replacement == suggestion


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged", [
    ("Visitors may not bring bottles, cans o.Ä. into the stadium.", "o.Ä."),
    ("Some states, z.b. Bavaria, objected.", "z.b."),
    ("The organisers expect ca. 1500 visitors.", "ca."),
    ("Applications must be sent mind. two weeks ahead.", "mind."),
    ("Call the hotline at Tel. 0800 123456.", "Tel."),
])
def test_untranslated_abbreviation_variants_fire(text, flagged):
    assert hit_texts(UntranslatedAbbreviation, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "After the long debate, she changed her mind. Then she left.",
    "The restaurant turned out to be a hidden gem.",
    "D. H. Lawrence and T. S. Eliot were discussed.",
    "The church was built ca. 1850 in the old town.",
])
def test_untranslated_abbreviation_spares_english(text):
    assert hit_texts(UntranslatedAbbreviation, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "The church was built ca. 1850 by monks.",
    "Some states, e.g. Bavaria, objected, i.e. most of them.",
    "See No. 5 and Dr. Smith's report, approx. 20 pages, etc.",
    "St. Petersburg and Mt. Everest are far apart.",
    "Mio and Nr are not abbreviations without their dots.",
    "The U.S. and the U.K. agreed on Jan. 5.",
    "Die Kosten, z. B. für Strom, steigen weiter, sagte der Sprecher am Montag in Berlin.",
])
def test_untranslated_abbreviation_stays_quiet(text):
    assert hit_texts(UntranslatedAbbreviation, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("source, text, flagged", [
    ("fr", "The project, p. ex. the road, c.-à-d. the bridge, n° 5, with Mme Dupont, costs 3 Mds euros.",
     ["p. ex.", "c.-à-d.", "n°", "Mme", "Mds"]),
    ("es", "The plan, p. ej. the road in EE. UU. and EE.UU., núm. 5, costs aprox. 3 mill. euros.",
     ["p. ej.", "EE. UU.", "EE.UU.", "núm.", "aprox.", "mill."]),
])
def test_untranslated_abbreviation_other_pairs(source, text, flagged):
    assert hit_texts(UntranslatedAbbreviation, text, source=source) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("The state of Bayern will hold elections in October.", ["Bayern"]),
    ("Bayern's coach was sent to the stands after the second goal.", []),
    ("Kane scored twice as Bayern won 3-1 against Leipzig.", []),
])
def test_exonym_in_another_sense_nearby(text, flagged):
    """``unless_near``: football words in the sentence make "Bayern" the club, not Bavaria."""
    from mtcheck.config import Config
    from mtcheck.engine import lint_text

    found = lint_text(text, "a.txt", Config(select=("MT502",), target_lang="en")).findings
    assert [f.text for f in found] == flagged


@pytest.mark.parametrize("text,flagged", [
    ("The office is zust. for building permits.", ["zust."]),
    ("The firm works ausschl. for the state.", ["ausschl."]),
    ("He trained berufl. as a baker in Leipzig.", ["berufl."]),
])
def test_unlisted_abbreviation_by_its_shape(text, flagged):
    """A cut-off German word ("zust." of "zuständig") the pack does not list: reported, no suggestion."""
    from mtcheck.config import Config
    from mtcheck.engine import lint_text

    found = lint_text(text, "a.txt", Config(select=("MT503",), target_lang="en")).findings
    assert [f.text for f in found] == flagged and all(f.suggestion is None for f in found)


@pytest.mark.parametrize("text", [
    "It costs approx. 5 euros, incl. VAT, according to the dept. of finance.",
    "See Smith et al. for details; the int. airport opened in 2020.",
    "The vote ended. then the delegates left.",  # a typo, not an abbreviation
])
def test_english_abbreviations_are_not_cut_off_german_words(text):
    from mtcheck.config import Config
    from mtcheck.engine import lint_text

    assert lint_text(text, "a.txt", Config(select=("MT503",), target_lang="en")).findings == ()
