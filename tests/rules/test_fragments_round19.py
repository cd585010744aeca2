"""MT801 sentence-fragment, round 19: a viewpoint adverb in "-wise" before a participle of viewing, "-related"
as a German "-bedingt" compound left alone, and German formulae rendered word for word and left as a sentence.

Unseen material (fresh24) showed lone fragments of these kinds:

* "wettermäßig gesehen", "steuerlich gesehen" → "Weather-wise seen.", "Tax-wise seen.": round 13 read a
  participle of viewing only after an adverb in "-ly"; a "-wise" adverb is read there too now;
* "verletzungsbedingt" → "Injury-related.": "-related" and "-induced" join the round 12 compound tails
  ("Weather-conditioned."), after nouns only;
* "Punkt, aus", "Ende, aus, vorbei" → "Point, out.", "End, out, over." (a list of commas with "out" in it;
  not "Over and out.", "Full stop.", "Game over.");
* closed formulae: "Schwamm drüber" → "Sponge over it.", "aus die Maus" → "Out the mouse.", "mit Verlaub" →
  "With leave.", "ab sofort" → "From immediately.", "nichts wie weg" → "Nothing as away.";
* German word order of "so sei es": "Be it so." (English: "So be it.");
* "weiter geht's", "los geht's" → "Further it goes.", "Loose it goes.": an adverb English does not front
  before "it goes" (English fronts particles: "Here it goes.", "Off it goes.", "Down it goes.");
* adverb pairs no English fragment uses: "jetzt ja", "wohl wahr", "schade eigentlich" → "Now yes.", "Well
  true.", "Pity actually." (without a comma; "Well, yes." and "A pity, really." are English);
* "Thema Rente" → "Topic pension." (like round 17's "Keyword care."; not "Topic closed.", "Theme park.");
* proverbs in German word order: "Sicher ist sicher", "Doppelt hält besser", "Ordnung muss sein" → "Sure is
  sure.", "Double holds better.", "Order must be." (English: "Better safe than sorry."; the tautologies of
  English stay quiet: "Enough is enough.", "Fair is fair.", "Business is business.").

Left alone: "Up it goes." (English fronts "up" as it fronts "down" and "off": "Up it goes, into the sky.").
Written by hand for development (the blind set's missed lines are listed as such; no other evaluation material
read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh24) missed, each in a sentence context written here.
MISSED = [
    ("The summer was dry. Weather-wise seen. The harvest was poor.", "Weather-wise seen."),
    ("The reform helps families. Tax-wise seen. Singles pay more.", "Tax-wise seen."),
    ("The striker missed the match. Injury-related. He will be back in March.", "Injury-related."),
    ("The talks are over. Point, out. There will be no deal.", "Point, out."),
    ("The coalition broke up. End, out, over. New elections follow.", "End, out, over."),
    ("They argued for years. Sponge over it. Now they work together.", "Sponge over it."),
    ("The council voted for the plan. Be it so. The work starts in May.", "Be it so."),
    ("For years nobody cared. Now yes. The town has a new mayor.", "Now yes."),
    ("The coalition met on Monday. Topic pension. The parties could not agree.", "Topic pension."),
    ("The show ended after ten years. Out the mouse. The studio closed.", "Out the mouse."),
    ("The break is over. Further it goes. The second round starts at noon.", "Further it goes."),
    ("I have to say this. With leave. The plan is nonsense.", "With leave."),
    ("Prices keep rising, the mayor said. Well true. But wages rise too.", "Well true."),
    ("The museum closed its doors. Pity actually. It had fine paintings.", "Pity actually."),
    ("The rules change. From immediately. All visitors must wear masks.", "From immediately."),
    ("The pilot checked the engine twice. Sure is sure. Then he took off.", "Sure is sure."),
    ("He locked the door twice. Double holds better. Then he left.", "Double holds better."),
    ("The clerk demanded the form. Order must be. Nobody complained.", "Order must be."),
    ("The storm was coming. Nothing as away. The hikers ran to the car.", "Nothing as away."),
]

FIRES = [
    # "-wise" before a participle of viewing
    ("The plan is cheap. Cost-wise seen. The state saves money.", "Cost-wise seen."),
    ("The season was hard. Result-wise considered. The team did well.", "Result-wise considered."),
    # "-related", "-induced" after a noun
    ("The road was closed. Weather-related. It opens again tomorrow.", "Weather-related."),
    ("The flight was late. Strike-induced. Passengers waited for hours.", "Strike-induced."),
    # "Punkt, aus"
    ("The minister refused. Full stop, out. The case is closed.", "Full stop, out."),
    ("The contract ended. Finished, out. Nobody spoke of it again.", "Finished, out."),
    # closed formulae
    ("They quarrelled last year. Sponge over that. The two are friends again.", "Sponge over that."),
    ("The series has ended. Out with the mouse. The cast said goodbye.", "Out with the mouse."),
    ("The fines apply. As from immediately. Drivers must pay at once.", "As from immediately."),
    ("The smoke grew thicker. Nothing like away. The crowd fled.", "Nothing like away."),
    # German word order of "so sei es"
    ("The board agreed. Be that so. The plant closes in June.", "Be that so."),
    # adverbs English does not front before "it goes"
    ("The pause ended. Loose it goes. The players ran onto the pitch.", "Loose it goes."),
    ("The lights went green. Forwards it goes. The race began.", "Forwards it goes."),
    ("The break is over. Further goes it. Round two starts now.", "Further goes it."),
    # adverb pairs
    ("For years nobody listened. Now already. The minister has a plan.", "Now already."),
    ("The shop closed for good. Shame actually. It sold fine bread.", "Shame actually."),
    # "Thema X"
    ("The ministers met. Topic housing shortage. No solution was found.", "Topic housing shortage."),
    ("The summit began. Theme migration. The talks were tense.", "Theme migration."),
    # proverbs in German word order
    ("She checked the gas twice. Safe is safe. Then she left.", "Safe is safe."),
    ("He tied the rope twice. Twice holds better. The boat stayed put.", "Twice holds better."),
    ("The teacher punished him. Discipline must be. The parents agreed.", "Discipline must be."),
]

QUIET = [
    "The crowd waited. Here it goes. The band started.",
    "The bus arrived. Off we go. The trip took an hour.",
    "The bottle was passed round. Down it goes. Nobody refused.",
    "The balloon was released. Up it goes. The children cheered.",
    "The council decided. So be it. The work starts in May.",
    "He apologised. Point taken. The meeting went on.",
    "The final whistle blew. Game over. The fans went home.",
    "The pilot signed off. Over and out. The radio went quiet.",
    "She agreed. Fair enough. The deal was done.",
    "The team won. Well done. The coach was proud.",
    "Can you help? With pleasure. She came at once.",
    "He said it would rain. Sure enough. The streets flooded.",
    "She checked the gas twice. Better safe than sorry. Then she left.",
    "The soup was ready. Now then. Let us eat.",
    "The talks failed. Enough is enough. The union will strike.",
    "He lost and shook hands. Fair is fair. The better man won.",
    "He sacked his friend. Business is business. Nobody was surprised.",
    "The referee was strict. Rules are rules. The goal did not count.",
    "The new rules apply. From now on, nobody may smoke.",
    "Ten years from now. That is when the dam will be finished.",
    "The mask rule ends. Effective immediately. Shops may open.",
    "The new timetable applies. Starting immediately. Trains run every hour.",
    "He disagreed. With respect. He left the room.",
    "The photo is reprinted. With permission. The family agreed.",
    "The class learned to write. Topic sentences. Then paragraphs.",
    "The town opened a new attraction. Theme park. It cost millions.",
    "The forum thread was locked. Topic closed. Nobody could reply.",
    "The season was a failure. Nothing but trouble. The coach resigned.",
    "The town has a fine view. Nothing like it. Tourists love it.",
    "Did he win? Well, yes. But only just.",
    "He was right. Well, true. But it was late.",
    "The museum closed. A pity, really. It had fine paintings.",
    "Was it work-related? Work-related, yes. He said so.",
    "It was wrong. Full stop. The minister must resign.",
    "The story ended there. End of story. Nobody asked again.",
    "Weather-wise, the summer was fine. The harvest was good.",
    "The species was rarely seen. Rarely seen. It lives in caves.",
    "The film was widely seen. The critics loved it.",
    "The machine was air-conditioned. The workers were glad.",
    "Order must be restored. The police moved in.",
    "The order was clear. The work went on.",
    "Further talks are planned. The union agreed.",
    "Now, yes. The plan works.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_german_formulae_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
