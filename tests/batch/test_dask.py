"""The same batch on a Dask cluster (two local worker processes): same results, same resume,
same report; the documents travel with the tasks, the workers need no access to the folder."""

from __future__ import annotations

import json
import logging
import shutil

import pytest

from simplifier.batch.run import BatchOptions, run_batch
from tests.batch.corpus import SAMPLES


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as local:
        yield local


def test_batch_on_a_dask_cluster(cluster, runner, tmp_path):
    letters = tmp_path / "letters"
    letters.mkdir()
    for path in ("fr/lettre_pension.docx", "nl/brief_pensioen.docx", "fr/lettre_pension.txt"):
        shutil.copy(SAMPLES / path, letters)
    (letters / "vide.docx").write_bytes(b"")
    options = BatchOptions(
        inputs=[letters],
        out=tmp_path / "dask",
        scheduler=cluster.scheduler_address,
        ui_lang="nl",
        progress=False,
    )
    summary = run_batch(options)  # makes its own client, and closes it
    assert (summary.files, summary.checked, summary.failed) == (4, 3, 1)
    assert summary.analysed == 4
    assert "vide.docx: het bestand is leeg" in summary.failures[0]
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    assert (tmp_path / "dask" / "index.html").is_file()
    for document in report["documents"]:
        if document["page"]:
            assert (tmp_path / "dask" / document["page"]).is_file()

    # the same letters on local processes give the same results
    local = BatchOptions(inputs=[letters], out=tmp_path / "local", ui_lang="nl", progress=False)
    run_batch(local, runner=runner)
    same = json.loads((tmp_path / "local" / "report.json").read_text(encoding="utf-8"))
    scores = {d["document"]: (d["score"], len(d["findings"])) for d in report["documents"]}
    assert scores == {d["document"]: (d["score"], len(d["findings"])) for d in same["documents"]}

    # and a rerun through the cluster resumes from the cache
    again = run_batch(options)
    assert again.analysed == 0 and again.reused == 3
