"""One pool of workers shared by the batch tests (starting workers loads the pipelines: a few
seconds, paid once) and the mixed folder they check."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplifier.batch.parallel import LocalRunner
from tests.batch.corpus import make_corpus


@pytest.fixture(scope="session")
def runner():
    pool = LocalRunner(jobs=2)
    pool.start()
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("batch") / "letters")
