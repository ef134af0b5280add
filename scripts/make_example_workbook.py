"""Regenerate data/medway-improvement-plan.xlsx from reportgen/example_plan.py.

It is written by `reportgen new --example`, the same writer as a blank plan, with fixed
timestamps so that regenerating it gives the same bytes.

Usage: python scripts/make_example_workbook.py [PATH]
"""

from __future__ import annotations

import sys

from reportgen.cli import main

if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "data/medway-improvement-plan.xlsx"
    main(["new", "--example", "--force", target])
