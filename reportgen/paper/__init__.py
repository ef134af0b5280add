"""The board's side: what is printed from the plan, decided once for every format.

figures (as at the meeting) and charts (SVG) -> context (one context for every format), which
formats/ lays out as HTML, PDF and Word.
"""
