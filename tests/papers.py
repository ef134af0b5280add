"""The papers the browser tests read: the example, and larger plans made like the benchmark's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# name: number of actions (None: the committed example workbook)
PLANS = {"example": None, "120 actions": 120}


def synthetic_plan(path: Path, actions: int) -> Path:
    """A plan of ``actions`` actions with realistic text lengths (bench/workbooks.py)."""
    source = ROOT / "bench" / "workbooks.py"
    spec = importlib.util.spec_from_file_location("bench_workbooks", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_plan(path, actions)
