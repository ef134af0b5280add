"""The charts' SVG as PNG pictures, for the Word paper: the only module that imports resvg.

resvg (through resvg-py) rather than cairosvg: cairosvg misplaces centred text that holds a
<tspan>, as every label inside a chart's segment does (its shape glyph is one); resvg draws
to the SVG specification, ships inside its wheel with no system library, loads nothing from
outside the SVG, and gives the same PNG bytes every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import resvg_py

from .. import fonts
from ..paper import charts

ZOOM = 2  # twice the viewBox: a full-width chart, 1,280 pixels across 17.8 cm, is 180 dpi
_ROOT_WIDTH = re.compile(r'(<svg\b[^>]*?)\s+width="100%"')
_VIEW_BOX = re.compile(r'<svg\b[^>]*?\sviewBox="0 0 ([\d.]+) ([\d.]+)"')


@dataclass(frozen=True)
class ChartPicture:
    """A chart as a PNG, how wide it is drawn against a chart as wide as the text, and its
    height over its width."""

    png: bytes
    share: float
    aspect: float


def chart_picture(chart: str) -> ChartPicture:
    """The page's drawing of ``chart`` as a PNG on white, sized by its viewBox."""
    drawing = charts.page_drawing(str(chart))
    # In the HTML paper a chart takes its column's width; a picture is sized by its viewBox.
    svg = _ROOT_WIDTH.sub(r"\1", drawing, count=1)
    # Only the charts' own typefaces: with every system font, a label might be set in
    # whatever font has a symbol, and the picture would change with what else is installed.
    faces = fonts.face_files(tuple(re.findall(r"'([^']+)'", f"{charts.FONT},{charts.SHAPE_FONT}")))
    png = resvg_py.svg_to_bytes(svg_string=svg, zoom=ZOOM, background="#ffffff",
                                skip_system_fonts=bool(faces), font_files=list(faces) or None)
    width, height = map(float, _VIEW_BOX.search(drawing).groups())
    return ChartPicture(bytes(png), min(width / charts.WIDTH, 1.0), height / width)
