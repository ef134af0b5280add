"""Regenerate data/medway-improvement-plan.xlsx from reportgen/example_plan.py.

Usage: python scripts/make_example_workbook.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportgen.example import write_example

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/medway-improvement-plan.xlsx")
    write_example(target)
    print(f"wrote {target}")
