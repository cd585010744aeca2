"""The glossary loader: CSV and TBX in, frozen GlossaryEntry tuples out, one clear error otherwise."""
from __future__ import annotations

import dataclasses

import pytest

from mtcheck.glossary import GlossaryEntry, GlossaryError, load_glossary

TBX_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Russian deputy foreign minister</descrip>
      <langSet xml:lang="de"><tig><term>Gruschko</term></tig></langSet>
      <langSet xml:lang="en">
        <tig><term>Grushko</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Gruschko</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Grouchko</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>Deputy Secretary of State</term></termGrp></ntig>
        <ntig><termGrp><term>Vice Secretary of State</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
    <termEntry id="c3">
      <langSet xml:lang="de"><tig><term>Bundestag</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

TBX_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="en">
        <termSec><term>Kyiv</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Kiev</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <note>Ukrainian spelling since 2019</note>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_csv_with_variants_and_notes(tmp_path):
    path = write(tmp_path, "terms.csv", "term,variants,note\n"
                 "Nord Stream 2,Nord Steam 2|Nordstream 2,pipeline\n"
                 "Grushko,Gruschko,\n"
                 "SWIFT,Swift,payment network\n"
                 "Stoltenberg,,\n")
    entries = load_glossary(path)
    assert entries == (
        GlossaryEntry("Nord Stream 2", ("Nord Steam 2", "Nordstream 2"), "pipeline"),
        GlossaryEntry("Grushko", ("Gruschko",), ""),
        GlossaryEntry("SWIFT", ("Swift",), "payment network"),
        GlossaryEntry("Stoltenberg", (), ""),
    )


def test_entries_are_frozen_and_hashable(tmp_path):
    entry = load_glossary(write(tmp_path, "t.csv", "term\nGrushko\n"))[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.term = "x"  # type: ignore[misc]
    assert hash(entry) == hash(GlossaryEntry("Grushko"))


def test_csv_columns_may_be_reordered_or_missing_and_header_case_is_free(tmp_path):
    path = write(tmp_path, "t.csv", "Note,Term\n\"Chancellor, since 2021\",Olaf Scholz\n")
    assert load_glossary(path) == (GlossaryEntry("Olaf Scholz", (), "Chancellor, since 2021"),)


def test_csv_tolerates_bom_blank_lines_and_spaces(tmp_path):
    path = write(tmp_path, "t.csv", "\ufeffterm,variants\n\n  Kyiv , Kiev | Kiew \n,\n")
    assert load_glossary(path) == (GlossaryEntry("Kyiv", ("Kiev", "Kiew")),)


def test_csv_drops_a_variant_equal_to_its_term(tmp_path):
    assert load_glossary(write(tmp_path, "t.csv", "term,variants\nKyiv,Kyiv|Kiev\n"))[0].variants == ("Kiev",)


def test_tbx_v2_preferred_deprecated_superseded_and_note(tmp_path):
    entries = load_glossary(write(tmp_path, "t.tbx", TBX_V2))
    assert entries == (
        GlossaryEntry("Grushko", ("Gruschko", "Grouchko"), "Russian deputy foreign minister"),
        GlossaryEntry("Deputy Secretary of State", ("Vice Secretary of State",), ""),
    )


def test_tbx_v3_with_namespace(tmp_path):
    entries = load_glossary(write(tmp_path, "t.tbx", TBX_V3))
    assert entries == (GlossaryEntry("Kyiv", ("Kiev",), "Ukrainian spelling since 2019"),)


def test_tbx_also_read_from_xml_extension(tmp_path):
    assert load_glossary(write(tmp_path, "t.xml", TBX_V3))[0].term == "Kyiv"


@pytest.mark.parametrize("name, content, message", [
    ("t.csv", "variants,note\nx,y\n", "needs a header row with a 'term' column"),
    ("t.csv", "term,variants\nGrushko,Gruschko,extra,fields\n", "too many fields"),
    ("t.csv", "term,variants,note\n,Gruschko,\n", "empty term"),
    ("t.csv", "term,variants,note\n", "has no entries"),
    ("t.csv", b"term\nGr\xfcschko\n", "not UTF-8"),
    ("t.tbx", "<martif><text><body><termEntry>", "not well-formed"),
    ("t.tbx", "<html><body>hello</body></html>", "no <termEntry>"),
    ("t.tbx", TBX_V2.replace('xml:lang="en"', 'xml:lang="fr"').replace('xml:lang="en-US"', 'xml:lang="fr"'),
     "has no entries"),
    ("t.json", "{}", "unknown glossary format '.json'"),
    ("terms", "term\nx\n", "unknown glossary format '(no extension)'"),
])
def test_bad_files_raise_one_clear_error(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(GlossaryError, match="cannot read glossary"):
        load_glossary(tmp_path / "absent.csv")


def test_glossary_and_transliteration_report_a_name_once(tmp_path):
    """MT402 (glossary) and MT403 (transliteration) both know "Gruschko" → "Grushko": one finding."""
    import dataclasses

    from mtcheck.config import Config
    from mtcheck.engine import lint_text

    glossary = tmp_path / "g.csv"
    glossary.write_text("term,variants\nGrushko,Gruschko\n", encoding="utf-8")
    text = "Deputy Foreign Minister Alexander Gruschko met the ambassadors. Ryabkov and Lukyanov joined them.\n"
    config = dataclasses.replace(Config(), glossary=str(glossary), target_lang="en")
    alone = lint_text(text, "a.txt", dataclasses.replace(Config(), target_lang="en")).findings
    assert [f.rule for f in alone if f.text == "Gruschko"] == ["MT403"]
    both = [f for f in lint_text(text, "a.txt", config).findings if f.text == "Gruschko"]
    assert [(f.rule, f.suggestion) for f in both] == [("MT402", "Grushko")]


def test_findings_of_other_categories_on_the_same_words_stay():
    """A drop cap ("GGerman") is also a name spelt two ways: two diagnoses, both reported."""
    from mtcheck.config import Config
    from mtcheck.engine import lint_text

    text = ("Museum news\n\nGGerman museums are under pressure, the minister said.\n\n"
            "German museums must now return looted art, the German minister said.\n")
    rules = {f.rule for f in lint_text(text, "a.txt", Config(target_lang="en")).findings if f.text == "GGerman"}
    assert rules == {"MT401", "MT803"}
