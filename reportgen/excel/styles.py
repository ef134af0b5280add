"""What reading needs of a cell format: date or duration, solid fill, strike-through."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CellStyle:
    """What reading needs to know of one cell format (an entry of the styles part's cellXfs)."""

    date: bool = False
    duration: bool = False
    fill: str | None = None
    struck: bool = False


@dataclass(frozen=True)
class CellStyles:
    formats: tuple[CellStyle, ...]

    def __getitem__(self, index: int) -> CellStyle:
        return self.formats[index] if 0 <= index < len(self.formats) else PLAIN

    @classmethod
    def read(cls, archive: zipfile.ZipFile, part: str | None, theme_part: str | None,
             names: set[str]) -> CellStyles:
        from openpyxl.styles.colors import COLOR_INDEX
        from openpyxl.styles.stylesheet import Stylesheet
        from openpyxl.xml.functions import fromstring

        if part not in names:
            return cls(())
        sheet = Stylesheet.from_tree(fromstring(archive.read(part)))
        indexed = list(COLOR_INDEX)
        if sheet.colors and sheet.colors.index:
            indexed[:len(sheet.colors.index)] = sheet.colors.index
        theme = (theme_colours(archive.read(theme_part)) if theme_part in names else ())
        fonts, fills = list(sheet.fonts), list(sheet.fills)
        formats = []
        for index, style in enumerate(sheet.cell_styles):
            font = fonts[style.fontId] if style.fontId < len(fonts) else None
            fill = fills[style.fillId] if style.fillId < len(fills) else None
            colour = None
            if getattr(fill, "patternType", None) == "solid":
                colour = rgb(fill.fgColor, indexed, theme)
            formats.append(CellStyle(index in sheet.date_formats, index in sheet.timedelta_formats,
                                  colour, bool(font is not None and font.strike)))
        return cls(tuple(formats))


PLAIN = CellStyle()


def theme_colours(xml: bytes) -> tuple[str, ...]:
    """The theme's colours in the order cells number them (light 1, dark 1, light 2, ...)."""
    from openpyxl.xml.functions import fromstring

    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    scheme = fromstring(xml).find(f"{drawing}themeElements/{drawing}clrScheme")
    if scheme is None:
        return ()
    colours = {}
    for slot in scheme:
        name = slot.tag.removeprefix(drawing)
        value = next(iter(slot), None)
        if value is not None:
            colours[name] = (value.get("lastClr") if value.tag == f"{drawing}sysClr"
                             else value.get("val"))
    # Cells number the first four the other way round from the theme part.
    order = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
             "accent6", "hlink", "folHlink")
    return tuple((colours.get(name) or "").upper() for name in order)


def rgb(colour: object, indexed: Sequence[str], theme: Sequence[str]) -> str | None:
    """A fill's colour as RRGGBB, or None where it names no colour of its own."""
    if colour is None:
        return None
    kind = colour.type
    if kind == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) in (6, 8):
        return colour.rgb[-6:].upper()
    if kind == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(indexed):
        return indexed[colour.indexed][-6:].upper()
    if kind == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        base = theme[colour.theme]
        if re.fullmatch(r"[0-9A-F]{6}", base or ""):
            return tinted(base, colour.tint or 0.0)
    return None  # 'auto', system colours 64 and 65, or a colour the file does not define


def tinted(rgb: str, tint: float) -> str:
    """Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's luminance."""
    import colorsys

    if not tint:
        return rgb
    red, green, blue = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, saturation = colorsys.rgb_to_hls(red, green, blue)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    red, green, blue = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), saturation)
    return "".join(f"{round(part * 255):02X}" for part in (red, green, blue))
