"""The board's side: what is printed from the plan, and every format it is printed in.

summary (the figures, as at the meeting) and charts (SVG) -> render (one context for every
format; HTML through jinja_env and markup) -> pdf (WeasyPrint). fonts says what can be drawn.
"""
