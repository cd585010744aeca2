"""MT403 transliteration, round 4: Belarusian Łacinka and Polish spellings of East Slavic names in
English text (Śviatłana Cichanoŭskaja, Łukašenka, Łukaszenka), háček names beside them (Mikałaj
Statkievič) and the háček spelling of a surname English writes the German way (Wladimir Kličko: the
given name keeps its German spelling, as before Klitschko).

Polish, Czech, Slovak, Croatian, Slovene and Lithuanian names are right as written and stay quiet,
whatever the sentence is about (Radosław Sikorski on Russia, Białystok near Belarus): a Polish letter
(ł, ś, ź, ń) counts only with a letter Polish lacks (v, č, š, ž, ŭ), an East Slavic ending in an East
Slavic sentence, an East Slavic given name before it, or a Łacinka name beside it.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.transliteration import Transliteration
from tests.conftest import hits_with_suggestions

RULE = Transliteration

FIRES = [
    ("Sergej Gorbunow was arrested in Moscow.", "Sergej", "Sergei"),  # an East Slavic surname after it
    ("Opposition leader Śviatłana Cichanoŭskaja spoke in Vilnius.", "Śviatłana", "Sviatlana"),
    ("Opposition leader Śviatłana Cichanoŭskaja spoke in Vilnius.", "Cichanoŭskaja", "Tsikhanouskaya"),
    ("Opposition leader Cichanou\u0306skaja spoke in Vilnius.", "Cichanou\u0306skaja", "Tsikhanouskaya"),
    ("Alaksandr Łukašenka has ruled Belarus since 1994.", "Łukašenka", "Lukashenka"),
    ("Siarhiej Cichanoŭski was sentenced to 18 years.", "Cichanoŭski", "Tsikhanouski"),
    ("Pavał Łatuška leads a group in exile.", "Łatuška", "Latushka"),
    ("Pavał Łatuška leads a group in exile.", "Pavał", "Paval"),
    ("Stanisłaŭ Šuškievič signed the Belavezha Accords.", "Stanisłaŭ", "Stanislau"),
    ("Stanisłaŭ Šuškievič signed the Belavezha Accords.", "Šuškievič", "Shushkevich"),
    ("Źmicier Daškievič was detained again.", "Źmicier", "Zmitser"),
    ("Źmicier Daškievič was detained again.", "Daškievič", "Dashkevich"),
    ("Mikałaj Statkievič was detained at the border.", "Mikałaj", "Mikalai"),
    ("Mikałaj Statkievič was detained at the border.", "Statkievič", "Statkevich"),
    ("The journalist Ihar Łosik was pardoned.", "Łosik", "Losik"),
    ("Raman Pratasievič was forced off a plane.", "Pratasievič", "Pratasevich"),
    ("Kastuś Kalinoŭski led the uprising of 1863.", "Kalinoŭski", "Kalinouski"),
    ("Uładzimir Niaklajeŭ ran for president.", "Uładzimir", "Uladzimir"),
    ("Alaksandr Łukaszenka met Vladimir Putin in Sochi.", "Łukaszenka", "Lukashenka"),
    ("In Minsk, Vital Kłymovič said the vote was rigged.", "Kłymovič", "Klymovich"),
    ("The writer Śviatłana Aleksijevič won the Nobel Prize.", "Aleksijevič", "Aleksievich"),
    ("Vitali Klyčko is the mayor of Kyiv.", "Klyčko", "Klitschko"),  # English writes the German spelling
]

PASSES = [
    # Polish names, in any sentence
    "Łukasz Piszczek played for Borussia Dortmund.",
    "Lech Wałęsa led the Solidarity movement.",
    "Iga Świątek won the French Open.",
    "Czesław Miłosz won the Nobel Prize in 1980.",
    "Radosław Sikorski said Russia must pay for the war in Ukraine.",
    "Prime Minister Mateusz Morawiecki visited Kyiv; Jarosław Kaczyński stayed in Warsaw.",
    "Robert Lewandowski and Wojciech Szczęsny played against Russia.",
    "The Białowieża forest lies on the border with Belarus.",
    "Refugees crossed from Belarus near Białystok and Kuźnica.",
    "Władysław Kosiniak-Kamysz visited Ukraine.",
    "Stanisław Lem wrote Solaris.",
    "Małgorzata Gersdorf led Poland's Supreme Court.",
    "Paweł Pawlikowski directed Ida; Michał Kwiatkowski won a stage.",
    "Ryszard Kapuściński reported from Moscow.",
    "Wisława Szymborska's poems were read in Minsk.",
    "Mirosław Hermaszewski flew with Soviet cosmonauts.",
    "Kraków, Gdańsk and Łódź welcomed Ukrainian refugees.",
    "Zbigniew Brzeziński warned about Russia.",
    "Jakub Błaszczykowski and Kamil Glik faced Ukraine.",
    "Andrzej Wajda filmed Katyń about Soviet crimes.",
    "Refugees from Ukraine arrived in Chełm and Poznań.",
    "The actor Bohdan Łazuka sang in Moscow.",
    # Czech, Croatian, Serbian, Slovene, Lithuanian
    "Antonín Dvořák composed the New World Symphony.",
    "Andrej Plenković met Ursula von der Leyen.",
    "Ivana Brlić-Mažuranić wrote fairy tales.",
    "Aleksandar Vučić spoke about Russia.",
    "Slavoj Žižek, Luka Dončić and Tadej Pogačar.",
    "Ingrida Šimonytė and Gitanas Nausėda met in Vilnius.",
    # Esperanto, English spellings, the exempt surname
    "The Esperanto word Eŭropo means Europe.",
    "Sviatlana Tsikhanouskaya met the chancellor.",
    "Alexander Lukashenko met Vladimir Putin.",
    "Wladimir Klitschko and Vitali Klitschko visited Berlin.",
    # "Sergej" is a Serbian and Slovene given name too: only an East Slavic surname makes it German
    "Sergej Milinkovic-Savic scored twice for Lazio.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "flagged", "suggestion"), FIRES)
def test_fires(text, flagged, suggestion):
    assert (flagged, suggestion) in hits_with_suggestions(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hits_with_suggestions(RULE, text) == []


@pytest.mark.negative
def test_given_name_before_hacek_spelling_of_exempt_surname_keeps_german_spelling():
    """Wladimir before Kličko, Klyčko or Kliczko (Klitschko in other spellings) is not reported."""
    for surname in ("Kličko", "Klyčko", "Kliczko"):
        text = f"The boxer Wladimir {surname} trained in Hamburg."
        assert "Wladimir" not in [flagged for flagged, _ in hits_with_suggestions(RULE, text)]
