"""Shared fixtures, and a private home for the whole test session.

No test may read or write the user's home (their real review database lives under
~/.local/share/simplifier) nor depend on their settings. The environment is set here, when
pytest loads this file and before any test module imports the package, so that subprocesses
(the CLI, batch workers, the Streamlit server) inherit it too. At the end of the session the
user's real home is checked for anything of ours that appeared."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(Path(__file__).parent))

REAL_HOME = Path(os.path.expanduser("~"))
# What the package, Streamlit and Dask would create in a home directory.
OURS_IN_HOME = (".local/share/simplifier", ".streamlit", ".config/dask", ".cache/simplifier")
PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="simplifier-test-home-"))
USER_SETTINGS = (
    "SIMPLIFIER_DB",
    "SIMPLIFIER_ACCOUNTS",
    "SIMPLIFIER_LANG",
    "SIMPLIFIER_CONFIG",
    "SIMPLIFIER_RETENTION_DAYS",
    "STREAMLIT_SERVER_MAX_UPLOAD_SIZE",
)


def _footprint(home: Path) -> set[str]:
    """Which of our places exist under `home`. Only their appearance is checked: the user's
    own app may write its database while the tests run."""
    return {name for name in OURS_IN_HOME if (home / name).exists()}


BEFORE = _footprint(REAL_HOME)
os.environ["HOME"] = str(PRIVATE_HOME)
for variable, folder in (
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    os.environ[variable] = str(PRIVATE_HOME / folder)
for variable in USER_SETTINGS:
    os.environ.pop(variable, None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    touched = sorted(_footprint(REAL_HOME) - BEFORE)
    shutil.rmtree(PRIVATE_HOME, ignore_errors=True)
    if touched:
        print(f"\nThe tests wrote in the user's home ({REAL_HOME}): {', '.join(touched)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def private_home() -> Path:
    """The home directory every test and subprocess of this session sees."""
    return PRIVATE_HOME


@pytest.fixture(scope="session")
def postgres():
    """A private PostgreSQL server for the session, started when a test first asks for it."""
    from pg_server import WHY_MISSING, PostgresServer, binaries

    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip(WHY_MISSING)
    server = PostgresServer(bin_dir)
    yield server
    server.close()
