from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
