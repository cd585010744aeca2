"""Round 21 (speed): the cheap pre-tests that MT503's class shapes run before their scans must never skip a text
the scan would find something in. Each pre-test is checked against its scan on the examples the scan is for
and on random texts built from the pieces both look at (seeded: the same texts each run)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from mtcheck.packs import Pack
from mtcheck.rules import abbreviation_bodies as bodies
from mtcheck.rules import abbreviation_places as places
from mtcheck.rules import abbreviation_services as services
from mtcheck.rules import abbreviation_trades as trades
from mtcheck.rules.abbreviation_acronyms import has_mixed_case
from mtcheck.rules.abbreviation_shapes import _any_literal, _shapes

_PIECES = [" ", " ", " ", ".", ". ", "-", ",", "\n", "a", "i", "b", "o", "d", "e", "s", "the ", "The ", "a.", "i.",
           "b. ", "o. ", "d. ", "a.m.", "Main", "Inn", "Rhein", "Donau", "BdB", "VdK", "JuMiKo", "BaFin", "DfE", "NR",
           "LT", "Wahl", "Sitzung", "Mandat", "Abgeordnete", "Präsident", "Wahlen", "WS", "SS", "WiSe", "SoSe", "S",
           "Se", "20", "2025", "/26", "Straf", "min.", "sek", "std.", "Pkt", "pkt.", "stk.", "Fl.", "Kl.", "Lj.",
           "Anz.", "Akt.", "Forts.", "Vf.", "tbl.", "Film", "kps.", "pfl.", "Msl.", "Btl.", "Pck.", "12", "Ü", "Ä",
           "ÖBH", "Mi", "Ko", "Ju", "X", "Y", "in", "on", "Ltr", "Geschf", " NR-", " LT-", "Wahl ", " BdB ", " WS ",
           " 12 Strafmin."]


def _random_texts(n: int = 3000, seed: int = 21) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


TEXTS = _random_texts()


def test_the_random_texts_reach_the_scans():
    """(the random texts are worth something only if the scans find something in some of them)"""
    assert any(places._PARTICLE.search(t) for t in TEXTS)
    assert any(bodies._ELECTION.search(t) for t in TEXTS)
    assert any(bodies._D_ACRONYM.search(t) for t in TEXTS)
    assert any(services._SEMESTER.search(t) for t in TEXTS)
    assert any(services._UNIT_CUT.search(t) for t in TEXTS)
    assert any(bodies._SYLLABLES.search(t) for t in TEXTS)


@pytest.mark.parametrize("text", TEXTS[:1] + [
    "Wasserburg a. Inn", "Frankfurt a.M.", "Neustadt a. d. Donau", "Halle i.Westf.", "open at 9 a.m. Monday",
    "Wasserburg a. inn", "Kirchheim b. München", "Weiden i. d. OPf."])
def test_particle_pre_test_matches_the_scan_on_examples(text):
    assert bool(places._PARTICLE_DOT.search(text)) == bool(places._PARTICLE.search(text))


def test_particle_pre_test_matches_the_scan():
    for text in TEXTS:
        assert bool(places._PARTICLE_DOT.search(text)) == bool(places._PARTICLE.search(text)), text


def test_body_pre_tests_never_skip_a_match():
    for text in TEXTS + ["the NR-Wahl", "the BdB said", "the JuMiKo met", "the VdK and the BdB", "LTW-Wahlkampf"]:
        if bodies._ELECTION.search(text):
            assert bodies._ELECTION_TAIL.search(text), text
        if bodies._D_ACRONYM.search(text):
            assert bodies._D_BEFORE_CAPITAL.search(text) and has_mixed_case(text), text
        if bodies._SYLLABLES.search(text):
            assert has_mixed_case(text), text


def test_service_pre_tests_never_skip_a_match():
    for text in TEXTS + ["in the WS 2025/26", "from SoSe2025", "after 12 Strafmin. in the game", "the WiSe 2024"]:
        if services._SEMESTER.search(text):
            assert services._SEMESTER_YEAR.search(text), text
        if services._UNIT_CUT.search(text):
            assert services._UNIT_CUT_END.search(text), text


@pytest.mark.parametrize("literal", ["S 20", "S20", "Se 20", "Se20"])
def test_semester_pre_test_finds_each_literal(literal):
    assert services._SEMESTER_YEAR.search(f"x {literal}25 y")


@pytest.mark.parametrize("literal", ["min.", "sek.", "std.", "pkt.", "stk."])
def test_unit_cut_pre_test_finds_each_literal(literal):
    assert services._UNIT_CUT_END.search(f"12 Straf{literal} y")


@pytest.mark.parametrize("cut", trades._DOTTED_CUTS)
def test_dotted_cut_pre_test_finds_each_cut(cut):
    assert trades._ANY_DOTTED_CUT.search(f"x {cut} y") and trades._ANY_DOTTED_CUT.search(cut)


def test_dotted_cut_pre_test_guards_only_its_own_cuts():
    """A branch of ``trade_hits`` behind the shared pre-test (``cuts and ...``) tests only literals it knows: a
    new dotted cut must join ``_DOTTED_CUTS``, or its branch must not sit behind ``cuts``."""
    source = Path(trades.__file__).read_text(encoding="utf-8")
    guarded = [line for line in source.splitlines() if "cuts and" in line]
    assert len(guarded) >= 9
    for line in guarded:
        for literal in re.findall(r'"([^"]+)" in text', line):
            assert literal in trades._DOTTED_CUTS, line


def test_other_forms_pre_test_matches_the_literals():
    pack = Pack("de", "en")
    other = _shapes(pack.data_dir, pack.source, pack.target).other
    assert other
    gate = _any_literal(other)
    for text in TEXTS + [f"x {form} y" for form in other] + ["U/mi", "HQ10", "the P-Kont"]:
        assert bool(gate.search(text)) == any(form in text for form in other), text
