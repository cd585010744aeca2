"""MT601 false-friend and MT602 calque: pack-driven lexicon rules (the data has its own tests in tests/data)."""
from __future__ import annotations

import bisect
import json
import tomllib
from pathlib import Path

import pytest

from mtcheck.model import Category, Severity
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import DOC_SECTIONS, Context, make_options
from mtcheck.rules.lexicon import Calque, FalseFriend
from mtcheck.rules.lexicon_pack import candidates, compiled_pack
from mtcheck.text.keywords import KeywordScanner, required_literals
from mtcheck.text.segment import segment
from tests.conftest import SEED, hit_texts, run_rule

BOTH = (FalseFriend, Calque)


def all_hits(text: str, source: str = "de") -> list[str]:
    return [t for rule in BOTH for t in hit_texts(rule, text, source=source)]


def test_rule_metadata_and_documentation():
    assert (FalseFriend.id, FalseFriend.name, Calque.id, Calque.name) == ("MT601", "false-friend", "MT602", "calque")
    for rule in BOTH:
        assert rule.category is Category.ACCURACY and rule.severity is Severity.WARNING
        doc = rule.documentation()
        assert all(f"## {section}" in doc for section in DOC_SECTIONS)


# --- false friends (MT601): sentences written for these tests, not taken from the data file --------------
@pytest.mark.positive
@pytest.mark.parametrize("text,flagged", [
    ("The report describes the actual situation in the refugee camps as dramatic.", "actual situation"),
    ("Customers who notice eventual damages should contact the shop.", "eventual damages"),
    ("Every employee will become a bonus of 500 euros.", "become a bonus"),
    ("The hackers published sensible information about 3,000 patients.", "sensible information"),
    ("Fresh approximations between Berlin and Warsaw are not expected.", "approximations"),
    ("The chef of the Chancellery briefed the coalition leaders.", "chef of the Chancellery"),
    ("Shares of the carmaker fell after the party chef resigned.", "party chef"),
    ("The nerve gift was developed in a secret laboratory.", "nerve gift"),
    ("She left her handy on the train.", "handy"),
    ("Critics call the plan a genial move that nobody saw coming.", "genial move"),
    ("The state parliament's CDU fraction has elected a new leader.", "CDU fraction"),
    ("The unemployment quote fell to 5.3 percent in March.", "unemployment quote"),
    ("The two sides' positions remain indissoluble, the mediator said of the dispute.", "indissoluble"),
    ("The Greens want to see the consequent implementation of the climate law.", "consequent implementation"),
    ("An undertaker from Bavaria bought the company and its 300 employees.", "undertaker"),
])
def test_false_friend_fires(text, flagged):
    assert hit_texts(FalseFriend, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "The actual number of victims is probably much higher than the official figure.",
    "The talks eventually collapsed after three days.",
    "The city became a symbol of resistance.",
    "It would be sensible to postpone the vote.",
    "The figure is only an approximation of the real value.",
    "The star chef opened a second restaurant in Hamburg.",
    "The children received gifts from the mayor.",
    "A small torch is handy in an emergency.",
    "The genial host welcomed every guest personally.",
    "Only a fraction of the money has arrived.",
    "The article ends with a quote from the chancellor.",
    "The couple's bond seemed indissoluble.",
    "The undertaker arranged the funeral within three days.",
    "Prices rose and consequently demand fell.",
])
def test_false_friend_passes_correct_english(text):
    assert hit_texts(FalseFriend, text) == []


# --- calques (MT602) -------------------------------------------------------------------------------------
@pytest.mark.positive
@pytest.mark.parametrize("text,flagged", [
    ("The finance minister appeared in front of the journalists on Friday.", "appeared in front of the journalists"),
    ("The vice government spokesman confirmed the meeting.", "vice government spokesman"),
    ("Both sides remain firm in the matter, the mediator said.", "in the matter"),
    ("The treaty created an attack alliance between the two states.", "attack alliance"),
    ("Critics say the museum is mainly a prestige object of the mayor.", "prestige object"),
    ("The union refuses to give up its maximum position on wages.", "maximum position"),
    ("The trial has been pushed onto the long bench.", "onto the long bench"),
    ("The families have been waiting for an answer since years.", "since years"),
    ("Tourists made photos of the flooded square.", "made photos"),
    ("The chancellor held a speech at the party conference.", "held a speech"),
    ("After the derby, it came to riots in the city centre.", "it came to riots"),
    ("The quick test at the pharmacy was positive for corona.", "quick test"),
    ("He has been in investigation custody since Tuesday.", "investigation custody"),
    ("The energy turnaround is behind schedule.", "energy turnaround"),
    ("The match was shown at a public viewing in the fan zone.", "public viewing"),
])
def test_calque_fires(text, flagged):
    assert hit_texts(Calque, text) == [flagged]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Vice President Joe Biden met Vice Chancellor Robert Habeck and Vice Admiral Kay-Achim Schönbach.",
    "The residents had no say in the matter.",
    "The two countries signed a defence alliance.",
    "The company has been growing since 2015.",
    "She took photos of the flooded square.",
    "The Home Office rejected the asylum claim.",
    "The compulsory vaccination debate divided the traffic light coalition.",
    "The Vice-Chancellor of Oxford University gave a speech.",
    "In the run-up to the election, the Federal Reserve raised rates.",
])
def test_calque_passes_correct_english(text):
    assert hit_texts(Calque, text) == []


# --- broader coverage: idioms, compounds, institutions, grammar calques and false friends ---------------
# (sentences written for these tests, not the data file's own examples)
@pytest.mark.positive
@pytest.mark.parametrize("rule,text,flagged", [
    (FalseFriend, "The federal household will have a gap of 17 billion euros next year.", "federal household"),
    (FalseFriend, "Members of the household committee criticised the spending plans.", "household committee"),
    (FalseFriend, "The cultural etat of the city was cut by ten percent.", "etat"),
    (FalseFriend, "Many communes in Bavaria can no longer house refugees, the association of German cities said.",
     "communes"),
    (FalseFriend, "The CSU remains the strongest force in the communal elections.", "communal elections"),
    (FalseFriend, "Loud the ministry, more than 3,000 people were evacuated.", "Loud the ministry"),
    (FalseFriend, "The Kremlin demented the allegations on Friday.", "demented the allegations"),
    (FalseFriend, "Police stopped him during a routine traffic control on the A3.", "traffic control"),
    (FalseFriend, "The minister warned that cutting the aid would be a fatal signal.", "fatal signal"),
    (FalseFriend, "Investigators have received more than 40 hints from witnesses so far.", "hints"),
    (FalseFriend, "Mobile flashers will be used on the motorway during the holidays.", "flashers"),
    (FalseFriend, "The Leopard panzers will arrive in Ukraine in spring.", "Leopard panzers"),
    (FalseFriend, "Russia lacks artillery grenades, according to Western intelligence.", "artillery grenades"),
    (FalseFriend, "He scored the gate to make it 3-1 after 70 minutes.", "scored the gate"),
    (FalseFriend, "Record masters Bayern Munich won again on Saturday.", "Record masters"),
    (FalseFriend, "The operation can be done ambulantly in most cases.", "ambulantly"),
    (FalseFriend, "The environment minister wants to cut 300 million euros from her resort.", "resort"),
    (FalseFriend, "Stationary retail had a weak Christmas season.", "Stationary retail"),
    (Calque, "The coalition contract foresees a new ministry for digital affairs.", "coalition contract"),
    (Calque, "The leaders could not get the cow off the ice in the budget dispute.", "get the cow off the ice"),
    (Calque, "The chancellor must finally confess colour on the arms deliveries.", "confess colour"),
    (Calque, "Experts expect inflation to rise faster as expected in the coming months.", "faster as expected"),
    (Calque, "The incidence currently lies at 120 per 100,000 inhabitants.", "lies at"),
    (Calque, "The both parties agreed to resume talks.", "The both"),  # a hit group keeps its article
    (Calque, "The fire was reported against 11 p.m. on Saturday.", "against 11 p.m."),
    (Calque, "The unions will meet a decision on the strike next week.", "meet a decision"),
    (Calque, "The 19-year-old was heavily injured and taken to hospital.", "heavily injured"),
    (Calque, "Police are looking for a ghost driver who caused a crash on the A8.", "ghost driver"),
    (Calque, "The government must not throw the gun into the grain now.", "throw the gun into the grain"),
    (Calque, "His proposal was a drop on the hot stone for the hospitals.", "drop on the hot stone"),
    (Calque, "Under the line, the reform costs more than it saves.", "Under the line"),
    (Calque, "The club is after as before in financial difficulties.", "after as before"),
    (Calque, "In the city it gives hardly any affordable flats.", "it gives hardly"),
    (Calque, "The inner minister wants to tighten the gun laws.", "inner minister"),
    (Calque, "The Union lost its majority in the Land Day of Hesse after the election.", "Land Day"),
    (Calque, "Water throwers were used to disperse the crowd.", "Water throwers"),
    (Calque, "Italy won the final 1-0 after extension.", "after extension"),
    (Calque, "Kimmich scored the winner deep in replay time.", "replay time"),
    (Calque, "The climbers from Cologne beat Bayern 2-1 in the Bundesliga.", "climbers from Cologne"),
])
def test_broader_coverage_fires(rule, text, flagged):
    assert hit_texts(rule, text) == [flagged]


# Correct English built on the same words as the new entries: none may be flagged.
@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Household incomes fell by two percent, while federal household debt stayed flat.",
    "Police were called to a household dispute in the suburb on Sunday.",
    "The Communist Party promoted a cadre of young officials in Shanghai.",
    "She dropped several hints that she might run for president, police sources said.",
    "The drivers switched on their flashers after the crash on the motorway.",
    "The company has great expertise in building bridges, the mayor said.",
    "The defender was booked in the 30th minute, the club said.",
    "The moderator of the debate cut off both candidates.",
    "The death toll rose to 45, officials said.",
    "Loud music could be heard from the police station party.",
    "The car drove in the direction of the police station.",
    "From a historical perspective, the decision makes sense.",
    "A thick mist hung over the valley in the morning.",
    "The presidium of the Bundestag met on Tuesday.",
    "She realised that the project would be late.",
    "Donors made a pledge of 5 billion euros to Ukraine.",
    "The painting is by one of the Dutch masters of the 17th century.",
    "Fans waited at the gate for hours.",
    "The panzer divisions of the Wehrmacht advanced in 1940.",
    "The soldier threw a hand grenade into the trench.",
    "The balance of power shifted after the election.",
    "The car remained stationary for several minutes.",
    "Tourists flocked to the beach resort in the summer.",
    "The bank took credit for the successful deal.",
    "The game went into extra time after a late equaliser.",
    "The extension of the deadline was approved on Monday.",
    "Officers took him firmly by the arm.",
    "Blue light from screens disturbs sleep.",
    "Skaters enjoyed the smooth ice on the lake.",
    "US special operations command confirmed the raid.",
    "Climbers from Nepal reached the summit of Everest.",
    "The Olympia stadium in Munich hosted the final.",
    "Both countries signed the deal, and the both-sides argument failed.",
    "The company made the most profit in its history.",
    "Also on Monday, the court ruled on the appeal.",
    "In an age of uncertainty, voters want stability.",
    "With 20 years of experience, she is the best candidate.",
    "The race against time to find survivors continues.",
    "They reported over the weekend that the talks had failed.",
    "Two people were injured at the accident site.",
    "The village lies at the foot of the mountain.",
    "The fans met the decision of the referee with loud boos.",
    "The minister visited a primary school in Kenya.",
    "His honesty has never come into question.",
    "He has been in the firing line since the scandal.",
    "The cyclist came under the wheels of a lorry and died.",
    "Fans were left standing in the rain outside the stadium.",
    "He drew up plans to account for rising costs.",
    "Before all the votes were counted, the party declared victory.",
    "The glacier forefield is a habitat for rare plants.",
    "Under other circumstances, he would have resigned.",
    "It gave rise to new doubts about the plan.",
    "There it gives way to a broad valley.",
    "What gives it its unique flavour is the soil.",
    "The wine stain stayed on the carpet for years.",
    "Rescuers could not pass the water to the trapped miners.",
    "The victim had hand and foot tied with cable.",
    "She got a basket in the final second to win the game.",
    "Rescuers grabbed him under the arms and pulled him out.",
    "It is the highest railway in Europe.",
    "The snow from yesterday is still on the roads.",
    "The diner found a hair in the soup and complained to the waiter.",
    "The tail lights of the car were broken.",
    "The gunman fired zero rounds before he was arrested.",
    "The state day of mourning was declared after the attack.",
    "Palestinians marked Land Day with protests.",
    "The 73-year-old chancellor announced his retirement.",
    "Highly skilled forces stormed the building.",
    "Insurers face high catastrophe losses this year.",
    "Chile declared a state of catastrophe after the fires.",
    "The emergency reception centre for refugees opened.",
    "The degree of care required by law was not met.",
    "The yacht is eleven metres long.",
    "Ambulant patients walked to the canteen.",
    "She wore a silver pendant around her neck.",
    "He works on an honorary basis.",
])
def test_broader_coverage_near_misses_are_not_flagged(text):
    assert all_hits(text) == []


# Correct English that looks like a lexicon entry at first glance: each case once fooled a draft pattern.
@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "He was questioned by police but had the last word in the matter.",
    "Since years of austerity ended, the city has recovered.",
    "The man died under circumstances that remain unclear.",
    "The university held lectures online during the pandemic.",
    "If the answer is yes the government will act.",
    "The protest became a call for change and a message of hope.",
    "It is particularly sensible to invest now, analysts said.",
    "Grab your handy to-do list before you leave.",
    "The fabric in Navy costs 20 euros a metre.",
    "The prognosis for the economy is grim, the IMF said.",
    "Energy concerns are growing across Europe.",
    "The company goes about its business as usual.",
    "Her wedding dress was a confection of lace and silk.",
    "Once players get used to the pitch, the game improves.",
    "Volunteers assisted at the concert in the park.",
    "She wore a rock on her finger after the engagement.",
    "Stocks tanked in Poland after the announcement.",
    "Holiday money for the trip was stolen from the car.",
    "The stop sign was set in concrete.",
    "On the one side of the river lies the old town, on the other side the port.",
    "Many Americans distrust climate politics and identity politics alike.",
    "In the last time slot of the day, the minister spoke.",
    "What death causes in families is often lasting grief.",
    "A bad deal is as good as no deal, the negotiator said.",
])
@pytest.mark.parametrize("source", ["de", "fr", "es"])
def test_near_misses_are_not_flagged(text, source):
    assert all_hits(text, source=source) == []


# --- clean English news: zero findings from either rule ------------------------------------------------
CLEAN_NEWS = [
    """Berlin Chancellor Olaf Scholz and Vice Chancellor Robert Habeck met Vice President Kamala Harris on
Thursday. The talks lasted approximately three hours, a government spokesman said. "We have made real
progress," Habeck told reporters after the meeting in the Chancellery.""",
    """Unemployment in Germany fell to 5.3 percent in May, the Federal Employment Agency in Nuremberg said.
Around 2.6 million people were out of work, roughly 40,000 fewer than a year earlier. Economists had
expected a smaller decline; the actual figure surprised many analysts.""",
    """Friedrich Merz, the leader of the CDU, said his party would eventually back the bill if the
government made changes. The Greens called the proposal sensible. Markus Söder, Bavaria's premier,
became the first state leader to endorse it.""",
    """The European Union and the United States agreed on a new framework for data transfers. Ursula von
der Leyen, the president of the European Commission, said the deal was an important step. Critics said
the estimate of its economic value was only a rough approximation.""",
    """Police in Cologne arrested two men suspected of planning an attack on a synagogue. The suspects, aged
19 and 23, were detained in a raid early on Sunday. Investigators found weapons and chemicals in their
flat, a spokeswoman for the public prosecutor's office said.""",
    """Bayern Munich beat Borussia Dortmund 3-1 on Saturday. Thomas Müller scored twice and Joshua Kimmich
added a third from a free kick. The coach, Julian Nagelsmann, praised the team's discipline in front of
75,000 fans in the Allianz Arena.""",
    """The Bundestag approved a special fund of 100 billion euros for the armed forces. Defence Minister
Christine Lambrecht said the money would be spent over several years. The opposition demanded that the
government publish a detailed plan by the end of the month.""",
    """Inflation in the euro area rose to 8.1 percent in May, Eurostat said. Energy prices climbed by
almost 40 percent year on year. The European Central Bank is expected to raise interest rates in July
for the first time in more than a decade.""",
    """The Chancellor of the Exchequer, Rishi Sunak, announced a windfall tax on energy companies. The
measure is expected to raise about 5 billion pounds. Labour had called for the tax for months, and the
party's leader welcomed the U-turn.""",
    """Heavy rain caused flooding in parts of Bavaria and Baden-Württemberg on Monday. The fire brigade
was called out more than 300 times. In Passau, the Danube rose to 8.5 metres, and the old town was
closed to traffic. Residents were asked to stay at home.""",
    """The star chef Tim Raue opened a new restaurant in Berlin-Kreuzberg. The menu, which changes every
week, includes dishes from Thailand and China. A meal costs around 90 euros, and reservations are
handy to have at the weekend.""",
    """Dr. Anna Schmidt, a professor at the Technical University of Munich, has won the Leibniz Prize. Her
research on quantum computing was praised by the jury. She plans to use the prize money, 2.5 million
euros, to hire four doctoral students.""",
]


@pytest.mark.negative
@pytest.mark.parametrize("paragraph", CLEAN_NEWS, ids=[f"news-{i}" for i in range(len(CLEAN_NEWS))])
@pytest.mark.parametrize("source", ["de", "fr", "es"])
def test_clean_news_paragraphs_have_no_findings(paragraph, source):
    assert all_hits(paragraph, source=source) == []


# --- French and Spanish packs --------------------------------------------------------------------------
@pytest.mark.positive
@pytest.mark.parametrize("source,text,flagged", [
    ("fr", "The ancient president of the club was questioned by police.", "ancient president"),
    ("fr", "Hundreds of fans assisted at the match despite the rain.", "assisted at the match"),
    ("fr", "The minister will make the point on the reform tomorrow.", "make the point on"),
    ("es", "The singer is four months embarrassed with her first baby.", "four months embarrassed"),
    ("es", "The film was a great exit at the box office.", "great exit"),
    ("es", "Each time more families struggle to pay rent.", "Each time more"),
])
def test_french_and_spanish_packs_fire(source, text, flagged):
    assert all_hits(text, source=source) == [flagged]


def test_the_pack_follows_the_source_language():
    text = "The ancient president of the club was questioned by police."
    assert all_hits(text, source="fr") == ["ancient president"]
    assert all_hits(text, source="de") == []


def test_no_source_language_means_no_lexicon():
    text = "The party chef appeared in front of the press."
    for rule in BOTH:
        doc = segment(text)
        ctx = Context(make_options(rule, {}), Pack(None, "en"))
        assert list(rule().check(doc, ctx)) == []


# --- hits, messages, options --------------------------------------------------------------------------
def test_hit_names_the_source_word_gives_a_suggestion_and_no_fix():
    text = "Talks brought no approximations between the unions and the employers."
    [hit] = run_rule(FalseFriend, text)
    assert text[hit.span.start:hit.span.end] == "approximations"
    assert '"approximations"' in hit.message and '"Annäherung"' in hit.message and "German" in hit.message
    assert "rapprochement" in hit.suggestion
    assert hit.fix is None


def test_named_group_narrows_the_span():
    text = "The pandemic is not over, for a long time, the virologist warned."
    [hit] = run_rule(Calque, text)
    assert text[hit.span.start:hit.span.end] == "for a long time"


def test_medium_confidence_entries_say_so_and_can_be_switched_off():
    text = "The Federal Government wants to cut taxes on diesel."
    [hit] = run_rule(Calque, text)
    assert "check the context" in hit.message
    assert run_rule(Calque, text, min_confidence="high") == []


def test_entries_can_be_ignored_by_id():
    text = "The party chef resigned."
    assert hit_texts(FalseFriend, text) == ["party chef"]
    assert hit_texts(FalseFriend, text, ignore_entries=["chef-boss"]) == []


def test_headings_are_checked_and_offsets_are_absolute():
    text = "Energy policy\n\nThe energy turnaround stalls\n\nMinisters met on Monday."
    assert hit_texts(Calque, text) == ["energy turnaround"]


def test_one_scan_is_shared_by_both_rules():
    text = "The party chef appeared in front of the press."
    doc = segment(text, source_lang="de", target_lang="en")
    cache: dict = {}
    found = []
    for rule in BOTH:
        ctx = Context(make_options(rule, {}), Pack("de", "en"), cache=cache)
        found += [text[h.span.start:h.span.end] for h in rule().check(doc, ctx)]
    assert found == ["party chef", "appeared in front of the press"]
    assert sorted(cache) == ["lexicon-candidates:de-en", "lexicon-taken:de-en"]


# --- the keyword scan (the extraction itself is tested in tests/core/test_keywords.py) -------------------
@pytest.mark.parametrize("pair", ["de-en", "fr-en", "es-en"])
def test_every_match_of_a_fires_example_contains_a_keyword_of_its_entry(pair):
    """The scan only looks for keywords; a match without one would be missed in real text.

    The keywords come from the compiled pack (which caches them between runs), so this also checks the cache.
    """
    lexicon = compiled_pack(pair[:2], "en")
    keywords_of: dict[tuple[str, int], set[str]] = {}
    for keyword, unlocked in lexicon.by_keyword.items():
        for key in unlocked:
            keywords_of.setdefault(key, set()).add(keyword)
    for table in ("false_friends", "calques"):
        raw = tomllib.loads((DATA_DIR / pair / f"{table}.toml").read_text("utf-8"))["entry"]
        for index, (entry, data) in enumerate(zip(lexicon.entries[table], raw)):
            assert entry.pattern == data["match"]
            assert required_literals(entry.pattern) <= keywords_of[(table, index)], entry.id
            for m in entry.match.finditer(data["fires"]):
                assert any(k in m.group().lower() for k in keywords_of[(table, index)]), (entry.id, m.group())


TESTS = Path(__file__).resolve().parents[1]
DEV_SETS = sorted(TESTS.glob("data/*_dev.toml")) + sorted(TESTS.glob("rules/*_dev.toml"))


def _dev_sentences() -> list[str]:
    texts = []
    for path in DEV_SETS:
        for items in tomllib.loads(path.read_text("utf-8")).values():
            if isinstance(items, list):
                texts += [i["text"] for i in items if isinstance(i, dict) and isinstance(i.get("text"), str)]
    return texts


@pytest.mark.parametrize("pair", ["de-en", "fr-en", "es-en"])
def test_the_bounded_scan_finds_every_match_in_the_examples_and_dev_sets(pair):
    """The scan passes over a keyword that lacks the word boundaries its pattern guarantees ("critic" in
    "criticism"); it must never pass over one of a real match. Checked on every ``fires`` example of the
    pack and every sentence of the dev sets: each sentence an entry's regex matches is a candidate."""
    lexicon = compiled_pack(pair[:2], "en")
    fires = [e["fires"] for table in ("false_friends", "calques")
             for e in tomllib.loads((DATA_DIR / pair / f"{table}.toml").read_text("utf-8"))["entry"]]
    doc = segment("\n\n".join(fires + _dev_sentences()), source_lang=pair[:2], target_lang="en")
    found = candidates(doc, lexicon)
    # Where an entry can match at all: one of its keywords anywhere in the sentence, bounds ignored
    # (that every match holds a keyword is tested above and in tests/core/test_keywords.py).
    text = doc.text.lower()
    assert len(text) == len(doc.text)
    starts = [s.span.start for s in doc.sentences]
    possible = set()
    for last, (length, unlocks) in KeywordScanner(lexicon.by_keyword, lexicon.by_keyword.__getitem__).scan(text):
        i = bisect.bisect_right(starts, last - length + 1) - 1
        if last < doc.sentences[i].span.end:
            possible.update((i, t, e) for t, e in unlocks)
    matched = {(i, t, e) for i, t, e in possible if lexicon.entries[t][e].match.search(doc.sentences[i].text)}
    missed = [(lexicon.entries[t][e].id, doc.sentences[i].text) for i, t, e in sorted(matched - found)]
    assert missed == []
    assert len(matched) >= len(fires)
    assert len(found) < len(possible)  # and the bounds do pass over something


def test_entry_patterns_are_compiled_only_when_a_keyword_is_found():
    from mtcheck.rules import lexicon_pack as lexicon_module

    lexicon_module._regex.cache_clear()
    list(Calque().check(segment("The weather was fine on Sunday.", source_lang="de", target_lang="en"),
                        Context(make_options(Calque, {}), Pack("de", "en"))))
    compiled_before = lexicon_module._regex.cache_info().currsize
    list(Calque().check(segment("The energy turnaround stalls.", source_lang="de", target_lang="en"),
                        Context(make_options(Calque, {}), Pack("de", "en"))))
    assert compiled_before < 5  # a sentence without keywords compiles (almost) nothing
    assert lexicon_module._regex.cache_info().currsize > compiled_before


# --- the seed article and human reference translations (evaluation data in ../shared) -------------------
def test_seed_lexical_gold_items_are_found_without_false_alarms(shared_dir):
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    lines, starts = text.split("\n"), [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for item in gold:
        start = starts[item["line"] - 1] + lines[item["line"] - 1].index(item["text"])
        spans.append((start, start + len(item["text"]), item))
    doc = segment(text, source_lang="de", target_lang="en")
    found, stray = set(), []
    for rule in BOTH:
        for hit in rule().check(doc, Context(make_options(rule, {}), Pack("de", "en"))):
            overlapped = {i for i, (s, e, _) in enumerate(spans) if s < hit.span.end and hit.span.start < e}
            found |= overlapped
            stray += [] if overlapped else [text[hit.span.start:hit.span.end]]
    lexical = [i for i, (_, _, g) in enumerate(spans)
               if g["category"] == "false_friend_or_calque" and not g["note"].startswith("(minor)")]
    assert stray == []
    assert len(found & set(lexical)) >= 7


def test_few_findings_on_human_reference_translations(shared_dir):
    """WMT22 de-en reference A: 1984 human translations of German; target well under 1 finding per 100 lines."""
    path = shared_dir / "wmt" / "generaltest2022.de-en.ref.A.en"
    lines = path.read_text(encoding="utf-8").splitlines()
    doc = segment("\n\n".join(lines), source_lang="de", target_lang="en")
    findings = [h for rule in BOTH for h in rule().check(doc, Context(make_options(rule, {}), Pack("de", "en")))]
    assert len(findings) < len(lines) / 100


def test_words_in_both_tables_are_reported_once():
    """Spans one lexicon rule reported are claimed in the per-document cache: the other rule skips them."""
    doc = segment("The prestige object was costly.", source_lang="de", target_lang="en")
    alone = list(Calque().check(doc, Context(make_options(Calque, {}), Pack("de", "en"))))
    assert len(alone) == 1
    cache: dict = {"lexicon-taken:de-en": [alone[0].span]}  # as if MT601 had reported these words
    assert list(Calque().check(doc, Context(make_options(Calque, {}), Pack("de", "en"), cache=cache))) == []
