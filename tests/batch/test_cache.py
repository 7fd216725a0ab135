from pathlib import Path

from simplifier.batch.cache import PACKAGE, ResultCache, analysis_modules, engine_version
from simplifier.batch.results import DocResult, FindingRow, TermRow, failure


def test_version_key_covers_the_code_the_analysis_runs():
    modules = {p.relative_to(PACKAGE).as_posix() for p in analysis_modules()}
    assert {"engine.py", "nlp.py", "checks/substitution.py", "render/html.py"} <= modules
    assert {"batch/worker.py", "batch/terms.py", "io/docx_writer.py"} <= modules
    assert not modules & {"cli.py", "batch/run.py", "batch/report_html.py", "bench.py"}
    assert engine_version({"lang": None}) == engine_version({"lang": None})
    assert engine_version({"lang": "fr"}) != engine_version({"lang": None})


def test_results_round_trip_and_other_versions_are_dropped(tmp_path: Path):
    result = DocResult(
        digest="a" * 64,
        lang="fr",
        langs=["fr"],
        words=12,
        score=41.5,
        level="B2",
        reasons=[("reason.long_sentences", 28.0)],
        findings=[
            FindingRow(
                "FR.Jargon",
                "jargon",
                "warning",
                3,
                5,
                "octroyer",
                "m",
                "accorder",
                "replace",
                "why",
            )
        ],
        terms=[TermRow("octroyer", "octroyer", "jargon", "fr", 1, False, "accorder")],
        page="aaaa-fr.html",
    )
    path = tmp_path / "cache.sqlite"
    cache = ResultCache(path, "v1")
    cache.put(result)
    cache.put(failure("b" * 64, "err.encrypted"))
    cache.set_annotated("x/lettre.docx", "a" * 64)
    cache.close()

    again = ResultCache(path, "v1")
    assert again.get("a" * 64) == result
    assert again.get("b" * 64).error("x.docx", "nl").startswith("het document is beveiligd")
    assert again.annotated_from("x/lettre.docx") == "a" * 64
    assert again.annotated_with("a" * 64) == ["x/lettre.docx"]
    again.close()

    newer = ResultCache(path, "v2")
    assert newer.get("a" * 64) is None
    assert newer.db.execute("SELECT count(*) FROM results").fetchone()[0] == 0
    newer.close()
