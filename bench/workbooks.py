"""Synthetic plans of any size, with realistic text lengths, for the benchmark."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from reportgen.plan.blank_workbook import write_plan as write_workbook_rows
from reportgen.plan.example import FIELDS, ROWS
from reportgen.plan.schema import RAG_WORDS

MEETINGS = [date(2020, 6, 16), date(2020, 9, 15), date(2020, 12, 8), date(2021, 3, 9)]
WORDS = ("partnership planning safeguarding custody resettlement exploitation education "
         "training review supervision assessment children young people board evidence "
         "intervention health services quality assurance audit case managers practice "
         "risk safety well-being timely plans multi-agency escalation process").split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def write_plan(path: Path, actions: int, *, seed: int = 1) -> Path:
    """A plan like the example's, with ``actions`` actions and four updates each."""
    rng = random.Random(seed)
    per_recommendation = 8
    recommendations = max(1, -(-actions // per_recommendation))
    rows = {name: list(value) for name, value in ROWS.items()}
    rows["Recommendations"] = [
        {"Number": n, "Addressed to": "Youth Offending Team" if n % 5 else "Board",
         "Recommendation": sentence(rng, 28)}
        for n in range(1, recommendations + 1)
    ]
    rows["Actions"], rows["Progress"] = [], []
    for index in range(actions):
        number, letter = index // per_recommendation + 1, "ABCDEFGH"[index % per_recommendation]
        due = date(2020, 9, 30) + timedelta(days=30 * rng.randrange(0, 10))
        rows["Actions"].append({
            "Recommendation": number, "Letter": letter, "Action": sentence(rng, 30),
            "Lead": rng.choice(["Head Of Service", "Operations and Practice Manager",
                                "YJPB and Head Of Service"]),
            "Timescale": f"{due:%B %Y}", "Success measures": sentence(rng, 22),
        })
        rag = rng.randrange(0, 3)
        for meeting in MEETINGS:
            rag = min(3, max(0, rag + rng.choice([-1, 0, 1, 1])))
            rows["Progress"].append({
                "Date": meeting - timedelta(days=10), "Action": f"{number}{letter}",
                "RAG": RAG_WORDS[rag], "Commentary": sentence(rng, 32),
                "Evidence": f"Audit record {index}-{meeting:%m%y}",
                "Updated by": "Practice Manager",
            })
    write_workbook_rows(path, FIELDS, rows)
    return path
