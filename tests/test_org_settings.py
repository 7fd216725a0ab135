"""An organisation's settings file (`simplifier.toml`), real files in tmp_path read by the
real command line in a subprocess: found upwards from the document, `--config` wins, rules
switched off, a threshold, the organisation's lexicon, words never flagged, and one-line
errors naming the file and the key. The HTTP API and the review app take it at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import simplifier
from simplifier import settings as org
from simplifier.loader import load_extra_lexicons, load_lexicons
from simplifier.models import Block
from simplifier.rewrite import safety

CLI = Path(sys.executable).with_name("simplifier")
LONG = (
    "Nous avons examiné votre dossier avec attention et nous pouvons vous dire aujourd'hui que "
    "votre demande de remboursement des frais médicaux de votre fille est acceptée."
)
LETTER = f"""Madame, Monsieur,

Votre demande a été reçue par nos services le 3 mars. {LONG}

Votre mutualité vous enverra la carte Partenaire. Nous paierons nonobstant le retard.

Veuillez trouver ci-joint le formulaire de domiciliation.
"""
TERMS = """domain: insurance
entries:
  - term: carte Partenaire
    keep: true
    explanation: "La carte Partenaire donne des réductions chez nos partenaires."
  - term: domiciliation
    alternatives: [paiement automatique]
    explanation: "Votre banque paie pour vous chaque mois."
"""
ORG = """lexicons = ["terms"]
never_flag = ["Nonobstant"]
target_level = "B2"

[fr]
address = "vous"

[rules]
off = ["FR.Passif"]

[rules."FR.PhraseLongue"]
max = 30
upto = 40
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ},
        cwd=cwd,
        timeout=300,
    )


def reports(stdout: str) -> list[dict]:
    """The JSON reports `check --format json` printed one after the other."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while at < len(stdout.rstrip()):
        report, at = decoder.raw_decode(stdout, at)
        found.append(report)
        while at < len(stdout) and stdout[at].isspace():
            at += 1
    return found


@pytest.fixture
def folders(tmp_path: Path) -> Path:
    """tmp_path/.git (the search stops there), plain/ without settings, org/ with its settings,
    lexicon and a letter two folders below."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "lettre.txt").write_text(LETTER, "utf-8")
    letters = tmp_path / "org" / "courrier" / "2026"
    letters.mkdir(parents=True)
    (letters / "lettre.txt").write_text(LETTER, "utf-8")
    (tmp_path / "org" / "terms" / "fr").mkdir(parents=True)
    (tmp_path / "org" / "terms" / "fr" / "maison.yml").write_text(TERMS, "utf-8")
    (tmp_path / "org" / "simplifier.toml").write_text(ORG, "utf-8")
    return tmp_path


def by_rule(report: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for finding in report["findings"]:
        found.setdefault(finding["rule_id"], []).append(finding)
    return found


def test_settings_found_upwards_change_the_analysis(folders: Path):
    plain, ours = (
        folders / "plain" / "lettre.txt",
        folders / "org" / "courrier" / "2026" / "lettre.txt",
    )
    done = run("check", str(plain), str(ours), "--format", "json")
    assert done.returncode == 0, done.stderr
    before, after = reports(done.stdout)
    assert before["settings"] == {"file": None, "target_level": "B1", "address": None}
    assert after["settings"] == {
        "file": str((folders / "org" / "simplifier.toml").resolve()),
        "target_level": "B2",
        "address": "vous",
    }
    rules_before, rules_after = by_rule(before), by_rule(after)
    # a rule switched off is gone from the report
    assert "FR.Passif" in rules_before and "FR.Passif" not in rules_after
    # the threshold: 26 words is too long at 20, not at 30
    assert [f["match"] for f in rules_before["FR.PhraseLongue"]] == [LONG]
    assert "FR.PhraseLongue" not in rules_after
    # the organisation's lexicon: an official name explained, its alternative preferred
    matched = {f["match"]: f for f in rules_after["FR.Jargon"]}
    assert "carte Partenaire" not in {f["match"] for f in rules_before["FR.Jargon"]}
    assert "réductions chez nos partenaires" in matched["carte Partenaire"]["message"]
    assert matched["domiciliation"]["replacements"] == ["paiement automatique"]
    # a word never flagged (capitals ignored)
    assert "nonobstant" in {f["match"] for fs in rules_before.values() for f in fs}
    assert "nonobstant" not in {f["match"] for fs in rules_after.values() for f in fs}


def test_config_wins_and_gives_the_interface_language_target_and_address(folders: Path):
    other = folders / "autre.toml"
    other.write_text('target_level = "A2"\nui_lang = "nl"\naddress = "tu"\n', "utf-8")
    ours = folders / "org" / "courrier" / "2026" / "lettre.txt"
    done = run("check", str(ours), "--config", str(other))
    assert done.returncode == 0, done.stderr
    assert "Doel: niveau A2 of makkelijker." in done.stdout  # Dutch: the settings' ui_lang
    assert f"Uw organisatie spreekt de lezer aan met ‘tu’ ({other})." in done.stdout
    assert "[FR.PhraseLongue]" in done.stdout  # the settings above the letter are not read


def test_bad_settings_give_one_line_naming_the_file_and_the_key(folders: Path):
    cases = {
        "key": 'colour = "red"\n',
        "type": '[rules."FR.PhraseLongue"]\nmax = "vingt"\n',
        "syntax": "target_level = \n",
    }
    letters = []
    for name, text in cases.items():
        (folders / name).mkdir()
        (folders / name / "simplifier.toml").write_text(text, "utf-8")
        (folders / name / "lettre.txt").write_text(LETTER, "utf-8")
        letters.append(str(folders / name / "lettre.txt"))
    done = run("check", *letters, "--ui-lang", "en")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines == [
        f"simplifier: {(folders / 'key' / 'simplifier.toml').resolve()}: colour: unknown key. "
        "Check its spelling in the README's example.",
        f"simplifier: {(folders / 'type' / 'simplifier.toml').resolve()}: "
        "rules.FR.PhraseLongue.max: must be a whole number",
        f"simplifier: {(folders / 'syntax' / 'simplifier.toml').resolve()}: not valid TOML "
        "(Invalid value (at line 1, column 16)). Correct the file.",
    ]
    assert done.stdout == ""


def test_threshold_checked_by_the_rules_own_model(tmp_path: Path):
    path = tmp_path / "simplifier.toml"
    for text, key, problem in [
        ('[rules."NL.LangeZin"]\nmax = -1\n', "rules.NL.LangeZin.max", "settings.at_least"),
        ("[rules.FR.PhraseLongue]\nmax_words = 20\n", "rules.FR.PhraseLongue.max_words", None),
        ('[rules]\noff = ["FR.Pasif"]\n', "rules.off.0", "settings.unknown_rule"),
        ('[nl]\naddress = "vous"\n', "nl.address", "settings.one_of"),
        ('lexicons = ["nowhere"]\n', "lexicons.0", "settings.no_folder"),
    ]:
        path.write_text(text, "utf-8")
        with pytest.raises(org.SettingsError) as caught:
            org.load(path)
        assert caught.value.key == key
        assert problem is None or caught.value.problem == problem
        for lang in ("fr", "nl", "en"):
            assert "\n" not in caught.value.line(lang) and key in caught.value.line(lang)


def test_a_changed_organisation_lexicon_is_never_served_stale(folders: Path):
    path = folders / "org" / "simplifier.toml"
    lexicon = folders / "org" / "terms" / "fr" / "maison.yml"
    first = org.load(path)
    builtin = load_lexicons("fr")
    terms = lambda lexicons: {  # noqa: E731
        e.term for name, lx in lexicons.items() if name.startswith("org:") for e in lx.entries
    }
    assert terms(load_extra_lexicons("fr", first.lexicon_files["fr"], builtin)) == {
        "carte Partenaire",
        "domiciliation",
    }
    lexicon.write_text(TERMS.replace("carte Partenaire", "carte Avantage"), "utf-8")
    second = org.load(path)
    assert second.key != first.key and second.lang_key("fr") != first.lang_key("fr")
    assert second.lang_key("nl") == first.lang_key("nl")  # no Dutch lexicon: nothing to rebuild
    assert "carte Avantage" in terms(load_extra_lexicons("fr", second.lexicon_files["fr"], builtin))


def test_the_register_check_takes_the_organisations_form_of_address():
    blocks = [Block(index=0, text="Vous recevez votre carte.", start=0, lang="fr")]
    assert safety.facts([], blocks, "fr").formal
    assert not safety.facts([], blocks, "fr", address="tu").formal


@pytest.fixture
def process_settings() -> Iterator[None]:
    yield
    org.use(org.NONE)


def test_the_http_api_honours_config(folders: Path):
    from api.server import running_server

    config = folders / "org" / "simplifier.toml"
    with running_server(folders, "--config", str(config)) as server, server.client() as client:
        answer = client.post("/check", json={"text": LETTER, "lang": "fr"})
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["settings"]["file"] == str(config.resolve())
    assert "FR.Passif" not in by_rule(report)
    assert "carte Partenaire" in {f["match"] for f in report["findings"]}


def test_the_review_app_honours_simplifier_config(
    folders: Path, monkeypatch: pytest.MonkeyPatch, process_settings: None
):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from simplifier.review import session

    config = folders / "org" / "simplifier.toml"
    config.write_text('ui_lang = "nl"\n' + ORG, "utf-8")
    monkeypatch.setenv("SIMPLIFIER_DB", str(folders / "reviews.sqlite"))
    monkeypatch.setenv("SIMPLIFIER_CONFIG", str(config))
    st.cache_resource.clear()
    session.analysed.cache_clear()
    app = AppTest.from_file(str(Path(__file__).parents[1] / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception, app.exception
    assert app.session_state["ui"] == "nl"  # the organisation's interface language
    app.text_input(key="reviewer").input("Marie")
    app.file_uploader(key="upload").set_value(("lettre.txt", LETTER.encode(), "text/plain"))
    app.button(key="check").click().run()
    assert not app.exception, app.exception
    report = app.session_state["session"].report
    assert report.settings_file == str(config.resolve())
    rules = {f.rule_id for f in report.findings}
    assert "FR.Passif" not in rules and "FR.PhraseLongue" not in rules
    assert "carte Partenaire" in {f.match for f in report.findings}


def test_batch_follows_the_settings_and_does_not_reuse_results_made_under_others(folders: Path):
    letters, out = folders / "org" / "courrier", folders / "out"
    other = folders / "autre.toml"
    other.write_text('target_level = "B1"\n', "utf-8")
    categories = []
    for extra in ([], ["--config", str(other)]):
        done = run("batch", str(letters), "--out", str(out), "--jobs", "1", "--format", "json",
                   "--no-progress", *extra)  # fmt: skip
        assert done.returncode == 0, done.stderr
        report = json.loads((out / "report.json").read_text("utf-8"))
        assert report["summary"]["reused"] == 0
        categories.append({c["category"] for c in report["categories"]})
    assert "passive" not in categories[0] and "sentence_length" not in categories[0]
    assert {"passive", "sentence_length"} <= categories[1]


def test_batch_refuses_bad_settings_before_starting(folders: Path):
    (folders / "org" / "simplifier.toml").write_text("[rules]\noff = 3\n", "utf-8")
    done = run("batch", str(folders / "org" / "courrier"), "--out", str(folders / "out"))
    assert done.returncode == 2
    assert done.stderr.strip().endswith("simplifier.toml: rules.off: must be a list of rule "
                                        "names: [\"FR.Passif\"]")  # fmt: skip
    assert len(done.stderr.strip().splitlines()) == 1


def test_suggest_proposes_the_organisations_alternative(folders: Path):
    letter = folders / "org" / "courrier" / "2026" / "lettre.txt"
    out = folders / "decisions.json"
    done = run("suggest", str(letter), "--output", str(out))
    assert done.returncode == 0, done.stderr
    texts = json.dumps(json.loads(out.read_text("utf-8")), ensure_ascii=False)
    assert "paiement automatique" in texts and "inscription à une adresse" not in texts


def test_the_readmes_example_is_valid(tmp_path: Path):
    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    example = readme.split("## Organisation settings", 1)[1].split("```toml\n", 1)[1]
    (tmp_path / "simplifier.toml").write_text(example.split("```", 1)[0], "utf-8")
    (tmp_path / "terms" / "fr").mkdir(parents=True)
    (tmp_path / "terms" / "fr" / "maison.yml").write_text(TERMS, "utf-8")
    (tmp_path / "termes").mkdir()
    settings = org.load(tmp_path / "simplifier.toml")
    assert settings.address == {"fr": "vous", "nl": "u"}
    assert settings.off == {"FR.Passif", "NL.Passief"}
    assert [p.name for p in settings.lexicon_files["fr"]] == ["maison.yml"]


SURE_LETTER = (
    "Vous avez droit à l'intervention majorée depuis le mois de janvier.\n\n"
    "Veuillez trouver ci-joint le formulaire."
)


def test_sure_names_the_kinds_of_change_offered_in_one_click(tmp_path: Path):
    """`sure = ["formula"]`: the formula stays sure, the explanation in brackets (sure without
    the key) is offered to check with a note in the user's language; the decisions file the
    real command line writes says so."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "simplifier.toml").write_text('sure = ["formula"]\n', "utf-8")
    letter = tmp_path / "lettre.txt"
    letter.write_text(SURE_LETTER, "utf-8")

    def changes(settings: org.Settings) -> dict[str, tuple[bool, str]]:
        report = simplifier.analyze(SURE_LETTER, lang="fr", settings=settings)
        return {
            f.category: (f.rewrites[0].confident, f.rewrites[0].note)
            for f in report.findings
            if f.rewrites
        }

    before = changes(org.NONE)
    assert before["jargon"] == (True, "") and before["formula"] == (True, "")
    after = changes(org.load(tmp_path / "simplifier.toml"))
    assert after["formula"] == (True, "")
    assert after["jargon"] == (False, "note.check_kind_not_sure")

    out = tmp_path / "decisions.json"
    done = run("suggest", str(letter), "--output", str(out), "--ui-lang", "fr")
    assert done.returncode == 0, done.stderr
    decisions = {d["rule_id"]: d for d in json.loads(out.read_text("utf-8"))["decisions"]}
    assert decisions["FR.Formules"]["confident"] is True
    assert decisions["FR.Jargon"]["confident"] is False
    assert decisions["FR.Jargon"]["note"].startswith("Votre organisation propose ce genre")


def test_an_unknown_kind_of_change_is_one_line_naming_the_key(tmp_path: Path):
    (tmp_path / "simplifier.toml").write_text('sure = ["formule"]\n', "utf-8")
    with pytest.raises(org.SettingsError) as error:
        org.load(tmp_path / "simplifier.toml")
    line = error.value.describe("en")
    assert "sure.0" in line and "\n" not in line
