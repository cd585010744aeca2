"""Configuration discovery, validation and precedence."""
from __future__ import annotations

import pytest

from mtcheck.config import Config, ConfigError, find_config, load_config, parse_config
from mtcheck.engine import select_rules
from mtcheck.model import Severity


def ids(config: Config, path: str | None = None) -> set[str]:
    return {a.rule.id for a in select_rules(config, path)}


def test_defaults_select_every_rule():
    from mtcheck.rules import ALL_RULES

    assert ids(Config()) == {r.id for r in ALL_RULES}


def test_select_and_ignore_by_id_name_prefix_and_category():
    cfg = parse_config({"select": ["MT1", "calque"], "ignore": ["MT103"]})
    assert ids(cfg) == {"MT101", "MT102", "MT602"}
    cfg = parse_config({"select": ["fluency"], "ignore": ["duplicated-phrase"]})
    assert "MT101" in ids(cfg) and "MT102" not in ids(cfg) and "MT602" not in ids(cfg)


def test_unknown_key_is_named():
    with pytest.raises(ConfigError, match="unknown key 'ignores'"):
        parse_config({"ignores": ["MT101"]})


def test_unknown_rule_is_named():
    with pytest.raises(ConfigError, match="MT999"):
        parse_config({"select": ["MT999"]})
    with pytest.raises(ConfigError, match="no-such-rule"):
        parse_config({"rules": {"no-such-rule": {"severity": "info"}}})


def test_bad_option_and_severity_are_named():
    with pytest.raises(ConfigError, match="has no option"):
        parse_config({"rules": {"MT101": {"bogus": 1}}})
    with pytest.raises(ConfigError, match="unknown severity"):
        parse_config({"rules": {"MT101": {"severity": "fatal"}}})


def test_rule_severity_override_by_name():
    cfg = parse_config({"rules": {"duplicated-word": {"severity": "info"}}})
    active = {a.rule.id: a for a in select_rules(cfg)}
    assert active["MT101"].severity is Severity.INFO


def test_per_file_ignores(tmp_path):
    cfg = parse_config({"per-file-ignores": {"drafts/*.txt": ["MT101"]}}, root=str(tmp_path))
    (tmp_path / "drafts").mkdir()
    assert "MT101" not in ids(cfg, str(tmp_path / "drafts" / "a.txt"))
    assert "MT101" in ids(cfg, str(tmp_path / "final.txt"))


def test_found_by_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.mtcheck]\nignore = ["MT101"]\nsource-lang = "fr"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    cfg = load_config(start=deep)
    assert cfg.source_lang == "fr" and cfg.ignore == ("MT101",)


def test_mtcheck_toml_wins_and_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    assert find_config(tmp_path) is None
    (tmp_path / "mtcheck.toml").write_text('fail-on = "warning"\n')
    assert load_config(start=tmp_path).fail_on == "warning"


def test_invalid_toml_is_reported(tmp_path):
    bad = tmp_path / "mtcheck.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_command_line_overrides_are_checked():
    with pytest.raises(ConfigError, match="MT000"):
        Config().with_overrides(select=("MT000",))
    assert Config().with_overrides(fail_on="info", select=()).fail_on == "info"
