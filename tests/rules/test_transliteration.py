"""MT403 transliteration: German romanisation of Slavic and other names in English text."""
from __future__ import annotations

import pytest

from mtcheck.packs import Pack
from mtcheck.rules.transliteration import Transliteration
from mtcheck.rules.transliteration_table import english_forms, table_of
from tests.conftest import SEED, hit_texts, run_rule

# Documents that romanise some other Slavic names the English way (evidence for pattern guesses).
EVIDENCE = " Sergei Ryabkov and Fyodor Lukyanov also spoke."


@pytest.mark.positive
@pytest.mark.parametrize("text, flagged, suggestion", [
    # the table of frequent names
    ("Boris Jelzin resigned in 1999.", "Jelzin", "Yeltsin"),
    ("President Selenskyj addressed parliament.", "Selenskyj", "Zelensky"),
    ("Mikhail Gorbatschow died in Moscow.", "Gorbatschow", "Gorbachev"),
    ("Foreign Minister Sergei Lawrow arrived.", "Lawrow", "Lavrov"),
    ("Wladimir Putin spoke.", "Wladimir", "Vladimir"),
    ("Alexei Nawalny was jailed.", "Nawalny", "Navalny"),
    ("Defence Minister Schoigu inspected the troops.", "Schoigu", "Shoigu"),
    ("Dmitry Medwedew wrote on Telegram.", "Medwedew", "Medvedev"),
    ("The reactor at Tschernobyl exploded.", "Tschernobyl", "Chernobyl"),
    ("Missiles hit Charkiw overnight.", "Charkiw", "Kharkiv"),
    ("The steel works in Dnipropetrowsk closed.", "Dnipropetrowsk", "Dnipropetrovsk"),
    ("Mikhail Chodorkowski lives in London.", "Chodorkowski", "Khodorkovsky"),
    ("Juri Gagarin flew in 1961.", "Juri", "Yuri"),
    ("The embassy in Peking protested.", "Peking", "Beijing"),
    ("Gas from Kasachstan reached Europe.", "Kasachstan", "Kazakhstan"),
    ("Alexander Lukaschenko's regime", "Lukaschenko", "Lukashenko"),
    # patterns: two German features in one name
    ("Deputy Foreign Minister Alexander Gruschko attended.", "Gruschko", "Grushko"),
    ("General Valery Gerassimow attended.", "Gerassimow", "Gerasimov"),
    ("Olga Rjabkowa was there.", "Rjabkowa", "Ryabkova"),
    ("Oleksiy Gontscharenko, a Ukrainian MP, spoke.", "Gontscharenko", "Goncharenko"),
    ("Anatoli Tkatschuk was there.", "Tkatschuk", "Tkachuk"),
])
def test_transliteration_fires(text, flagged, suggestion):
    hits = run_rule(Transliteration, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [flagged]
    assert hits[0].suggestion == suggestion
    assert hits[0].fix is None


@pytest.mark.positive
@pytest.mark.parametrize("name, suggestion", [
    ("Popow", "Popov"), ("Lebedew", "Lebedev"), ("Smirnow", "Smirnov"),
])
def test_one_feature_fires_only_with_english_romanisation_elsewhere(name, suggestion):
    text = f"The analyst {name} disagreed."
    assert hit_texts(Transliteration, text) == []
    hits = run_rule(Transliteration, text + EVIDENCE)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [(name, suggestion)]


@pytest.mark.positive
def test_given_name_and_surname_both_reported():
    assert hit_texts(Transliteration, "Michail Gorbatschow and Sergej Lawrow met.") == [
        "Michail", "Gorbatschow", "Sergej", "Lawrow"]


@pytest.mark.positive
def test_seed_article_finds_gruschko_only():
    text = SEED.read_text("utf-8")
    hits = run_rule(Transliteration, text)
    assert [(text[h.span.start:h.span.end], h.suggestion) for h in hits] == [("Gruschko", "Grushko")]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    # German, Austrian and Swiss names and places
    "Chancellor Scholz met Schröder in Schwerin.",
    "Helmut Schmidt and Martin Schulz praised Wolfgang Schäuble.",
    "Arnold Schwarzenegger met Richard Wagner fans in Weimar.",
    "Jürgen Klopp, Jens Spahn, Joachim Löw and Johannes Rau.",
    "Armin Laschet met Dietmar Bartsch and Peter Tschentscher." + EVIDENCE,
    "Michael Kretschmer and Winfried Kretschmann met Klaus Holetschek." + EVIDENCE,
    "Joschka Fischer and Gerhard Schröder met Manuela Schwesig." + EVIDENCE,
    "The Frankfurter Allgemeine Zeitung and the Wirtschaftswoche reported.",
    "Rauschenbach and Traditionsgemeinschaft are German words." + EVIDENCE,
    "Siemens-Schuckert built the locomotive." + EVIDENCE,
    # English, Polish, Czech and Serbian names that are correct as written
    "Robert Lewandowski scored for Bayern against Warsaw.",
    "Jarosław Kaczyński and Lech Wałęsa met in Gdansk.",
    "Clarence Darrow argued in Washington; Andrew Barlow and Matthew Bristow listened.",
    "Vitali Klitschko is mayor of Kyiv.",
    "Novak Djokovic beat Jannik Sinner in Jerusalem.",
    "The Jordan valley and Japan's envoy.",
    # correct English romanisations
    "Sergei Lavrov met Dmitry Peskov and Vladimir Putin in Moscow.",
    "Yulia Navalnaya and Mikhail Khodorkovsky spoke in Kyiv and Kharkiv.",
    # names that keep the German-looking form in English
    "Peking University and Peking duck are famous.",
    "Sergei Ryabkov met Wendy Sherman in Geneva.",
])
def test_transliteration_stays_quiet(text):
    assert hit_texts(Transliteration, text) == []


@pytest.mark.negative
def test_known_names_only_option_disables_pattern_guesses():
    text = "Alexander Gruschko met Boris Jelzin."
    assert hit_texts(Transliteration, text) == ["Gruschko", "Jelzin"]
    assert hit_texts(Transliteration, text, known_names_only=True) == ["Jelzin"]


@pytest.mark.negative
def test_no_table_for_other_pairs():
    assert hit_texts(Transliteration, "Boris Jelzin resigned.", source="fr") == []


@pytest.mark.parametrize("german, english", [
    ("Gruschko", "Grushko"), ("Lawrow", "Lavrov"), ("Wladimir", "Vladimir"), ("Nawalny", "Navalny"),
    ("Schoigu", "Shoigu"), ("Medwedew", "Medvedev"), ("Charkiw", "Kharkiv"), ("Tschernobyl", "Chernobyl"),
    ("Jelzin", "Yeltsin"), ("Tatjana", "Tatyana"), ("Fjodor", "Fyodor"), ("Michail", "Mikhail"),
    ("Nasarbajew", "Nazarbayev"), ("Trotzki", "Trotsky"), ("Aserbaidschan", "Azerbaijan"),
    ("Tadschikistan", "Tajikistan"), ("Selenskyj", "Zelensky"), ("Chodorkowski", "Khodorkovsky"),
    ("Dmitrij", "Dmitry"), ("Sergej", "Sergei"),
])
def test_rewrite_rules_produce_the_english_form(german, english):
    assert english_forms(german, table_of(Pack("de", "en")))[0] == english


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "The Forscherin presented her results to Ryabkov and Lukyanov.",
    "The Wirtschaftsministerium disagreed, Ryabkov said.",
])
def test_german_words_are_not_romanised_names(text):
    """A word that comes apart into German pieces is an untranslated word (MT502), not a name."""
    assert hit_texts(Transliteration, text) == []
