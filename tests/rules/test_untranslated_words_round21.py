"""MT502 untranslated-word, round 21: Austrian and Swiss everyday words, and their compounds.

A blind run missed eleven everyday words of Austrian and Swiss German (a cash card, a parking permit, a
microcar, fully comprehensive cover, goodwill, surgery hours, redcurrants, mince, aubergines, a croissant,
horseradish). Most are too rare in German at large for the frequency tests and some stand where a name
could ("Without Vollkasko", "out of Kulanz", "freshly grated Kren"). They are knowledge, so they go into
the pack's ``[regional]`` table, with their families; three kinds of shape are fixed in code:

* a compound of a regional word and a common German word ("Velo|fahrer", "Marillen|knödel",
  "Bankomat|gebühr", "Park|pickerl") is a regional word too (``mtcheck.lang.compounds.regional_compound``);
* a regional word after a participle used as an adjective ("with freshly grated Kren", "of chopped
  Melanzani") is in no person's slot: a verb in the past after a preposition is no verb (after a
  determiner it may be: "the injured Kren missed the race");
* (left alone) "Talbrücke", "Müllheizkraftwerk", "Sparerpauschbetrag", "Quotenhit": not regional, and
  their shapes (a place stem, three parts, an English head) are shared by names.

Written by hand for development; the blind set's sentences are not copied beyond the missed words.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    # the eleven words the blind run missed, in sentences of my own
    ("She lost her Bankomatkarte on the tram.", "Bankomatkarte"),
    ("Teenagers without a licence may drive a Mopedauto.", "Mopedauto"),
    ("The policy does not include Vollkasko for older cars.", "Vollkasko"),
    ("Residents must renew the Parkpickerl every year.", "Parkpickerl"),
    ("The shop refunded the ticket out of Kulanz.", "Kulanz"),
    ("Her Ordinationszeiten are posted on the door.", "Ordinationszeiten"),
    ("The jam is made of Ribisel from the garden.", "Ribisel"),
    ("Add the Faschiertes and stir for five minutes.", "Faschiertes"),
    ("Grill the Melanzani until soft.", "Melanzani"),
    ("He ate a Gipfeli with his coffee.", "Gipfeli"),
    ("The sausages come with mustard and Kren.", "Kren"),
    # Austrian everyday words, two more of each family
    ("The Bankomat at the station was out of order.", "Bankomat"),
    ("Thieves blew up two Bankomaten overnight.", "Bankomaten"),
    ("A new Pickerl costs 90 euros.", "Pickerl"),
    ("The Pensionisten protested against the cuts.", "Pensionisten"),
    ("The children took a Jause to school.", "Jause"),
    ("The Rauchfangkehrer checks the chimney once a year.", "Rauchfangkehrer"),
    ("Ice made the Gehsteig dangerous.", "Gehsteig"),
    # Austrian and Swiss food
    ("Fry the Eierschwammerl in butter.", "Eierschwammerl"),
    ("The café sells Palatschinken with jam.", "Palatschinken"),
    ("Sprinkle the Kipferl with sugar.", "Kipferl"),
    ("Serve with Vogerlsalat and bread.", "Vogerlsalat"),
    ("The Zwetschken are ripe in September.", "Zwetschken"),
    ("Buy two Weggli and a loaf.", "Weggli"),
    ("They had Zmorge on the terrace.", "Zmorge"),
    # insurance and goodwill
    ("The car has only Teilkasko.", "Teilkasko"),
    ("Many owners drop the Vollkasko after five years.", "Vollkasko"),
    # the participle slot
    ("Top the soup with freshly grated Kren.", "Kren"),
    ("Layer the pasta with roasted Melanzani.", "Melanzani"),
    ("Fill the pastry with a sauce of chopped Kukuruz.", "Kukuruz"),
    # compounds of a regional word and a common German word
    ("The Velofahrer was taken to hospital.", "Velofahrer"),
    ("The city built a new Veloweg along the lake.", "Veloweg"),
    ("The Marillenknödel were sold out by noon.", "Marillenknödel"),
    ("The bank raised its Bankomatgebühr.", "Bankomatgebühr"),
    ("The Spitalsbett was too short for him.", "Spitalsbett"),
    ("The Maturaklasse went to Rome.", "Maturaklasse"),
]

PASSES = [
    # names that share these letters
    "Hans Kren scored twice for Rapid.",
    "Kren said the team had played well.",
    "The ski jumper Kren finished fourth.",
    "The injured Kren missed the race.",
    "Coach Weber praised and thanked Kren after the game.",
    "The festival in Oberstaufen drew 5,000 visitors.",
    "The Badische Zeitung reported the fire.",
    "The Velotech bikes sold out in May.",
    "The Semmelweis University is in Budapest.",
    "Ignaz Semmelweis fought for clean hands.",
    "The Velodrome in Berlin hosts six-day races.",
    "The Unilever plant will close.",
    "Oberstdorf hosts the ski jumping.",
    "The Stiegl brewery is in Salzburg.",
    "Uniqa raised its premiums.",
    "The team trained in Velden.",
    "The Spitaler family owns the hotel.",
    # English words and loans of these shapes
    "The ordination of women priests was debated.",
    "She rode a moped to work.",
    "He bought a kulan for the zoo.",
    "The cafe serves muesli and croissants.",
    "Grated cheese, chopped parsley and horseradish were on the table.",
    "The accused denied the charges.",
    "The tickets were refunded as a goodwill gesture.",
    "Fully comprehensive insurance costs more.",
    "She withdrew cash with her bank card.",
    # German words already translated around them
    "The surgery hours will be extended in summer.",
    "Fry the mince with the onions.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_regional_words_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
