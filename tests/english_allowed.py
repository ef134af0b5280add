"""What may stay typed in English in a template or a writer, each with its reason.

Keep these short: a word the paper prints belongs in the catalogue (``_()``, ``ngettext()``,
``N_()``, ``{% trans %}``), where a translation or a council's own wording can replace it.
"""

from __future__ import annotations

# Text of the templates' HTML, after Jinja's tags are taken out.
ALLOWED_TEXT: dict[str, str] = {
    "reportgen": "the tool's name, printed on the colophon",
    "SHA-256": "the name of the digest algorithm the colophon's fingerprint uses",
}

# String constants of the writers (formats/, paper/parts/, paper/charts.py).
ALLOWED_WRITER: dict[str, str] = {
    # Word's built-in style names: Word looks them up by their English names in any language.
    "Normal": "Word's built-in style",
    "Title": "Word's built-in style",
    "Subtitle": "Word's built-in style",
    "Caption": "Word's built-in style",
    "Heading": "Word's built-in heading styles (Heading 1, Heading 2, ...)",
    "List Paragraph": "Word's built-in style",
    "List Bullet": "Word's built-in style",
    "List Number": "Word's built-in style",
    "Table Grid": "Word's built-in table style",
    "Table Text": "reportgen's own Word style, named in the document's styles only",
    "Table List": "reportgen's own Word style, named in the document's styles only",
    "TOC": "Word's contents field and styles",
    "Hyperlink": "Word's built-in character style",
    # Fonts, by their family names.
    "Liberation Sans": "a font family",
    "Liberation Serif": "a font family",
    "DejaVu Sans": "a font family",
    "Arial": "a font family",
    "Calibri": "a font family",
    "Noto Sans": "a font family",
    "Open Sans": "a font family",
    "Segoe UI Symbol": "a font family",
    "sans-serif": "a generic font family",
    # Messages to the officer built before they are raised.
    "Word template": "the kind of file an error message names (read_regular_file)",
    "Move or rename it to": "part of the message about a --templates file nothing uses",
    "reportgen": "the tool's name, in the document's properties and colophon",
}
