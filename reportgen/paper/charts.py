"""The paper's progress charts, drawn as inline, accessible SVG by our own code.

Longer than most modules because its four charts share one drawing vocabulary (scales, bars,
legend, the text alternative): split apart, each would repeat it.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from markupsafe import Markup, escape

from ..palette import RAG_COLOURS
from ..plan.model import NOT_YET_RATED, Rag
from ..words import _, ngettext
from ..words.formatting import number, short_date, short_month
from .figures import share_label

# Palette: mirrors the custom properties in templates/paper.css; change both together.
INK = "#0b0c0c"
MUTED = "#505a5f"
RULE = "#b1b4b6"
WHITE = "#ffffff"
# The ratings' fills and the text on them, as everywhere in the paper; not yet rated is white.
RAG_FILL: dict[Rag | None, str] = {
    rag: f"#{fill.lower()}" for rag, (fill, _ink) in RAG_COLOURS.items()} | {None: WHITE}
RAG_TEXT: dict[Rag | None, str] = {
    rag: f"#{text.lower()}" for rag, (_fill, text) in RAG_COLOURS.items()} | {None: INK}
RAG_ORDER: tuple[Rag | None, ...] = (*Rag, None)  # None: not yet rated, drawn last
SHAPES: dict[Rag | None, str] = {rag: rag.shape for rag in Rag} | {None: "○"}
NAMES: dict[Rag | None, str] = {rag: rag.colour for rag in Rag} | {None: "none"}

# Fonts: the paper's stack for words; DejaVu Sans for the shape glyphs, which it has.
FONT = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif"
SHAPE_FONT = "'DejaVu Sans', sans-serif"
TEXT_SIZE = 12
SMALL_SIZE = 11

# Geometry, in viewBox units: 640 wide scales to an A4 text column at about 1 unit a CSS px.
WIDTH = 640
# A phone's drawing: an SVG's text shrinks with its drawing, so a phone gets a narrower drawing
# rather than the page's shrunk to a third. 270 units across a 320 px phone's 296 px column
# sets 11-unit text at 12 px, the paper's smallest on screen (templates/screen.css).
PHONE_WIDTH = 270
MARGIN = 8
PAD = 6  # space either side of a label inside a segment
LEGEND_SWATCH = 16
LEGEND_ROW = 24
MAX_LABEL_WIDTH = 180
BAR_ROW = 30  # a bar and the gap below it; the bar takes two thirds
BAR_ROW_MIN = 22
BARS_HEIGHT = 880  # rows shrink towards BAR_ROW_MIN so 40 bars fit a page: an SVG cannot split
MIX_BAR_HEIGHT = 36
COLUMN_PLOT_HEIGHT = 220
COLUMN_MAX_WIDTH = 64
PILL_HEIGHT = 18
PILL_ROW = 22
MAX_STACK = 12  # markers in one month before the rest collapse into "+N more"

Swatch = Callable[[float, float], str]


def _label(rag: Rag | None) -> str:
    """A rating's name in the paper's language; 'Not yet rated' for none."""
    return _(rag.label if rag else NOT_YET_RATED)


def _num(value: float) -> str:
    """A number to one decimal place at most, so output never depends on float noise."""
    text = f"{value + 0.0:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def _text_width(text: str, size: float) -> float:
    """Roughly how wide ``text`` sets in Liberation Sans at ``size`` px."""
    narrow, wide = set("ijlft.,:;|!' ()[]1"), set("mwMW%@")
    em = sum(0.3 if c in narrow else 0.85 if c in wide else 0.66 if c.isupper() else 0.56
             for c in text)
    return em * size


def _text(x: float, y: float, content: str, *, size: float = TEXT_SIZE, anchor: str = "start",
          fill: str = INK, bold: bool = False, shape: str = "") -> str:
    """A ``<text>`` element, escaped, with an optional shape glyph in DejaVu Sans before it."""
    glyph = f'<tspan font-family="{SHAPE_FONT}">{escape(shape)}</tspan>' if shape else ""
    glyph += " " if shape and content else ""
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(size)}" fill="{fill}"'
            f' text-anchor="{anchor}"{weight}>{glyph}{escape(content)}</text>')


def _line(x1: float, y1: float, x2: float, y2: float, *, colour: str = INK, width: int = 1,
          dashes: str = "") -> str:
    """A straight line, dashed if ``dashes`` is given."""
    dashed = f' stroke-dasharray="{dashes}"' if dashes else ""
    return (f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}"'
            f' stroke="{colour}" stroke-width="{width}"{dashed}/>')


def _box(x: float, y: float, width: float, height: float, rag: Rag | None, *,
         extra: str = "") -> str:
    """A rectangle in a rating's colour; not yet rated is white with a dashed outline."""
    outline = (f' stroke="{MUTED}" stroke-dasharray="3 2"' if rag is None
               else f' stroke="{WHITE}" stroke-width="1"')
    return (f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{_num(height)}"'
            f' fill="{RAG_FILL[rag]}"{outline}{extra}/>')


def _segment(x: float, y: float, width: float, height: float, rag: Rag | None, count: int,
             *, label: str | None = None) -> str:
    """One rating's share of a bar or column, with its shape and count inside if they fit."""
    parts = [_box(x, y, width, height, rag,
                  extra=f' class="segment" data-rag="{NAMES[rag]}" data-count="{count}"')]
    label = number(count) if label is None else label
    for shape in (SHAPES[rag], ""):  # the count alone when shape and count do not both fit
        needed = _text_width(f"{shape} {label}" if shape else label, SMALL_SIZE) + 2 * PAD
        if needed <= width and height >= SMALL_SIZE + 3:
            parts.append(_text(x + width / 2, y + height / 2 + SMALL_SIZE * 0.35, label,
                               size=SMALL_SIZE, anchor="middle", fill=RAG_TEXT[rag],
                               shape=shape))
            break
    return "".join(parts)


def _svg(body: Sequence[str], height: float, *, title: str, description: str, chart_id: str,
         kind: str, width: float = WIDTH) -> Markup:
    """The ``<svg>`` element: named by its description, sized by its viewBox.

    The page shows the title beside the chart as its caption, so a screen reader's name for the
    image is the description alone, which adds the figures rather than repeating the caption.
    """
    ident = escape(chart_id)
    screen = "phone" if width == PHONE_WIDTH else "page"
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind} for-{screen}"'
        f' role="img" aria-labelledby="{ident}-desc" viewBox="0 0 {_num(width)} {_num(height)}"'
        f' width="100%" font-family="{FONT}">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(description)}</desc>'
        + "".join(body) + "</svg>"
    )


def _no_actions(*, title: str, description: str, chart_id: str, kind: str,
                width: float = WIDTH) -> Markup:
    """A short message in place of a chart that would have nothing in it."""
    message = _text(MARGIN, 24, _("No actions to show"), fill=MUTED)
    return _svg([message], 36, title=title, description=description, chart_id=chart_id,
                kind=kind, width=width)


def _for_phone_too(draw: Callable[..., Markup]) -> Callable[..., Markup]:
    """A chart drawn twice: for the page (and wide screens), and narrower for a phone.

    The stylesheets show one of the two, so a reader (and a screen reader) meets one chart;
    the phone's copy takes ids ending in ``-phone``.
    """
    def both(*args, chart_id: str, **options) -> Markup:
        page = draw(*args, chart_id=chart_id, **options)
        options["width"] = PHONE_WIDTH
        return page + draw(*args, chart_id=f"{chart_id}-phone", **options)

    both.__doc__, both.__name__ = draw.__doc__, draw.__name__
    return both


def page_drawing(chart: str) -> str:
    """The page's drawing alone, of a chart drawn for the page and a phone: its first <svg>."""
    end = "</svg>"
    return chart[:chart.index(end) + len(end)]


def _rag_swatch(rag: Rag | None) -> Swatch:
    """A legend swatch: the rating's colour with its shape inside."""
    def draw(x: float, y: float) -> str:
        return (_box(x, y, LEGEND_SWATCH, LEGEND_SWATCH, rag)
                + _text(x + LEGEND_SWATCH / 2, y + LEGEND_SWATCH * 0.75, "", size=SMALL_SIZE,
                        anchor="middle", fill=RAG_TEXT[rag], shape=SHAPES[rag]))
    return draw


def _legend(entries: Sequence[tuple[Swatch, str]], y: float,
            chart_width: float = WIDTH) -> tuple[str, float]:
    """A key of swatches and labels, wrapped to the chart's width, and the height it takes."""
    parts, x, row = ['<g class="legend">'], float(MARGIN), 0
    for swatch, label in entries:
        width = LEGEND_SWATCH + 5 + _text_width(label, SMALL_SIZE) + 16
        if x > MARGIN and x + width > chart_width - MARGIN:
            x, row = float(MARGIN), row + 1
        top = y + row * LEGEND_ROW
        parts += [swatch(x, top), _text(x + LEGEND_SWATCH + 5, top + 12, label, size=SMALL_SIZE)]
        x += width
    parts.append("</g>")
    return "".join(parts), (row + 1) * LEGEND_ROW


def _shown(counts: Sequence[Mapping[Rag | None, int]]) -> tuple[Rag | None, ...]:
    """The four ratings always, and Not yet rated only when some action has no rating."""
    return tuple(rag for rag in RAG_ORDER if rag is not None or any(c.get(None) for c in counts))


def _rag_legend(counts: Sequence[Mapping[Rag | None, int]], y: float,
                chart_width: float = WIDTH) -> tuple[str, float]:
    """The key to the ratings shown: shape, colour and name."""
    return _legend([(_rag_swatch(rag), _label(rag)) for rag in _shown(counts)], y, chart_width)


def _fit(label: str, width: float, size: float) -> str:
    """``label`` cut short with an ellipsis so it sets within ``width``."""
    while len(label) > 1 and _text_width(label, size) > width:
        label = label[:-2] + "…"
    return label


@_for_phone_too
def rag_by_group(groups: Sequence[tuple[str, Mapping[Rag | None, int]]], *, title: str,
                 description: str, chart_id: str, width: float = WIDTH) -> Markup:
    """Horizontal stacked bars of each group's actions by rating, on one shared scale.

    ``width`` is the drawing's width in its own units: a narrower chart for half a page keeps
    its text the same size when scaled to fit.
    """
    chart_width = width  # "width" is also the name of a segment's width below
    totals = [sum(counts.values()) for _group, counts in groups]
    if not any(totals):
        return _no_actions(title=title, description=description, chart_id=chart_id, kind="groups",
                           width=width)
    legend, legend_height = _rag_legend([counts for _group, counts in groups], MARGIN, chart_width)
    label_width = min(max(_text_width(name, TEXT_SIZE) for name, _ in groups), MAX_LABEL_WIDTH,
                      chart_width / 3)
    bar_x = MARGIN + label_width + 10
    bar_width = chart_width - MARGIN - bar_x - _text_width(number(max(totals)), TEXT_SIZE) - 8
    pitch = max(BAR_ROW_MIN, min(BAR_ROW, BARS_HEIGHT / len(groups)))
    parts, top = [legend], MARGIN + legend_height + 6
    for (name, counts), total in zip(groups, totals, strict=True):
        baseline = top + pitch / 3 + TEXT_SIZE * 0.35
        parts += [f'<g class="bar" data-total="{total}">',
                  _text(MARGIN, baseline, _fit(name, label_width, TEXT_SIZE))]
        x = bar_x
        for rag in RAG_ORDER:
            if counts.get(rag, 0):
                width = counts[rag] * bar_width / max(totals)
                parts.append(_segment(x, top, width, pitch * 2 / 3, rag, counts[rag]))
                x += width
        parts += [_text(x + 5, baseline, number(total), bold=True), "</g>"]
        top += pitch
    return _svg(parts, top + MARGIN, title=title, description=description, chart_id=chart_id,
                kind="groups", width=chart_width)


@_for_phone_too
def rag_mix(counts: Mapping[Rag | None, int], *, title: str, description: str,
            chart_id: str, width: float = WIDTH,
            percents: Mapping[Rag | None, str] | None = None) -> Markup:
    """One 100% bar of every action by rating, with counts and percentages in the key.

    ``percents`` are the shares as the rest of the paper prints them; without them each is
    worked out here the same way (summary.share_label).
    """
    chart_width = width  # "width" is also the name of a segment's width below
    total = sum(counts.values())
    shown = dict(percents or {})
    for rag in RAG_ORDER:
        shown.setdefault(rag, share_label(counts.get(rag, 0), total))
    if not total:
        return _no_actions(title=title, description=description, chart_id=chart_id, kind="mix",
                           width=chart_width)
    parts, x = [f'<g class="bar" data-total="{total}">'], float(MARGIN)
    for rag in RAG_ORDER:
        if counts.get(rag, 0):
            width = counts[rag] * (chart_width - 2 * MARGIN) / total
            label = _("%(count)s (%(share)s)") % {"count": number(counts[rag]),
                                                   "share": shown[rag]}
            fits = _text_width(f"{SHAPES[rag]} {label}", SMALL_SIZE) + 2 * PAD <= width
            parts.append(_segment(x, MARGIN, width, MIX_BAR_HEIGHT, rag, counts[rag],
                                  label=label if fits else None))
            x += width
    parts.append("</g>")
    # The key carries every count and share, so a sliver too thin to label still has its figure.
    legend_top = MARGIN + MIX_BAR_HEIGHT + 10
    legend, legend_height = _legend(
        [(_rag_swatch(rag), _("%(rating)s: %(count)s (%(share)s)") % {
            "rating": _label(rag), "count": number(counts.get(rag, 0)), "share": shown[rag]})
         for rag in _shown([counts])], legend_top, chart_width)
    in_all = ngettext("%(count)s action in all", "%(count)s actions in all", total) % {
        "count": number(total)}
    parts += [legend, _text(MARGIN, legend_top + legend_height + 10, in_all,
                            size=SMALL_SIZE, fill=MUTED)]
    return _svg(parts, legend_top + legend_height + 18, title=title, description=description,
                chart_id=chart_id, kind="mix", width=chart_width)


def _axis_step(top: int) -> int:
    """A round gridline step (1, 2 or 5 times a power of ten) giving about five gridlines."""
    raw = max(top / 5, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _column_labels(labels: Sequence[str], slot: float) -> list[list[str]]:
    """Each column's label on one line, or a word a line for all if any is wider than its slot."""
    one_line = all(_text_width(label, SMALL_SIZE) <= slot - 4 for label in labels)
    return [[label] if one_line else label.split() for label in labels]


@_for_phone_too
def rag_over_time(meetings: Sequence[tuple[str, Mapping[Rag | None, int]]], *, title: str,
                  description: str, chart_id: str, width: float = WIDTH) -> Markup:
    """Stacked columns of actions by rating at each board meeting, on a gridded count axis."""
    chart_width = width  # "width" is also the name of a segment's width below
    totals = [sum(counts.values()) for _meeting, counts in meetings]
    if not any(totals):
        return _no_actions(title=title, description=description, chart_id=chart_id,
                           kind="over-time", width=chart_width)
    legend, legend_height = _rag_legend([counts for _meeting, counts in meetings], MARGIN,
                                        chart_width)
    step = _axis_step(max(totals))
    axis_top = math.ceil(max(totals) / step) * step
    plot_x = MARGIN + _text_width(number(axis_top), SMALL_SIZE) + 8
    plot_bottom = MARGIN + legend_height + 14 + COLUMN_PLOT_HEIGHT  # 14: the top column's total
    slot = (chart_width - MARGIN - plot_x) / len(meetings)
    column = min(slot * 0.6, COLUMN_MAX_WIDTH)
    scale = COLUMN_PLOT_HEIGHT / axis_top
    parts = [legend, '<g class="axis">']
    for value in range(0, axis_top + 1, step):
        y = plot_bottom - value * scale
        parts += [_line(plot_x, y, chart_width - MARGIN, y, colour=INK if value == 0 else RULE),
                  _text(plot_x - 5, y + 4, number(value), size=SMALL_SIZE, anchor="end",
                        fill=MUTED)]
    parts.append("</g>")
    lines = _column_labels([label for label, _ in meetings], slot)
    widest = max(_text_width(line, SMALL_SIZE) for label in lines for line in label)
    every = max(1, math.ceil(widest / max(slot - 4, 1)))  # label every nth column if crowded
    totals_fit = _text_width(number(max(totals)), SMALL_SIZE) <= slot - 2  # else read the axis
    for index, ((_meeting, counts), total) in enumerate(zip(meetings, totals, strict=True)):
        middle, y = plot_x + slot * (index + 0.5), plot_bottom
        parts.append(f'<g class="column" data-total="{total}">')
        for rag in RAG_ORDER:
            if counts.get(rag, 0):
                y -= counts[rag] * scale
                parts.append(_segment(middle - column / 2, y, column, counts[rag] * scale, rag,
                                      counts[rag]))
        if totals_fit:
            parts.append(_text(middle, y - 4, number(total), size=SMALL_SIZE, anchor="middle",
                               bold=True))
        for line_number, line in enumerate(lines[index] if index % every == 0 else []):
            parts.append(_text(middle, plot_bottom + 15 + line_number * 13, line, size=SMALL_SIZE,
                               anchor="middle"))
        parts.append("</g>")
    height = plot_bottom + 8 + 13 * max(len(label) for label in lines) + MARGIN
    return _svg(parts, height, title=title, description=description, chart_id=chart_id,
                kind="over-time", width=chart_width)


def _month_index(day: date, start: date) -> int:
    """Whole months from ``start``'s month to ``day``'s."""
    return (day.year - start.year) * 12 + day.month - start.month


def _overdue(due: date, rag: Rag | None, as_at: date) -> bool:
    """Due before the meeting and not complete, nor awaiting the board's closure (an unrated
    action is not complete)."""
    return due < as_at and not (rag is not None and rag.done)


def _marker(x: float, y: float, width: float, reference: str, rag: Rag | None, *,
            overdue: bool) -> str:
    """An action's marker: its rating's colour and shape with its reference; bold if overdue."""
    outline = (f' stroke="{INK}" stroke-width="2"' if overdue
               else f' stroke="{MUTED}" stroke-dasharray="3 2"' if rag is None else "")
    return (f'<g class="marker{" overdue" if overdue else ""}" data-rag="{NAMES[rag]}"'
            f' data-reference="{escape(reference)}">'
            f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{PILL_HEIGHT}"'
            f' rx="3" fill="{RAG_FILL[rag]}"{outline}/>'
            + _text(x + width / 2, y + PILL_HEIGHT / 2 + SMALL_SIZE * 0.35, reference,
                    size=SMALL_SIZE, anchor="middle", fill=RAG_TEXT[rag], bold=overdue,
                    shape=SHAPES[rag]) + "</g>")


def _overdue_swatch(x: float, y: float) -> str:
    """The legend's sample of an overdue marker's outline."""
    return (f'<rect x="{_num(x + 1)}" y="{_num(y + 1)}" width="{LEGEND_SWATCH - 2}"'
            f' height="{LEGEND_SWATCH - 2}" rx="3" fill="{WHITE}" stroke="{INK}"'
            f' stroke-width="2"/>')


def _meeting_swatch(x: float, y: float) -> str:
    """The legend's sample of the meeting date line."""
    middle = x + LEGEND_SWATCH / 2
    return _line(middle, y, middle, y + LEGEND_SWATCH, width=2, dashes="4 3")


def _month_axis(start: date, months: int, bucket: int, month_width: float,
                axis_y: float, width: float) -> list[str]:
    """The timeline's axis: a tick per bucket of months, its first month, and each new year."""
    parts, year_shown = ['<g class="axis">', _line(MARGIN, axis_y, width - MARGIN, axis_y)], 0
    for month in range(0, months, bucket):
        x = MARGIN + month * month_width
        year, month_number = divmod(start.month - 1 + month, 12)
        middle = x + bucket * month_width / 2
        parts += [_line(x, axis_y, x, axis_y + 5),
                  _text(middle, axis_y + 17, short_month(month_number + 1), size=SMALL_SIZE,
                        anchor="middle")]
        if start.year + year != year_shown:
            year_shown = start.year + year
            parts.append(_text(middle, axis_y + 30, str(year_shown), size=SMALL_SIZE,
                               anchor="middle", fill=MUTED))
    parts += [_line(width - MARGIN, axis_y, width - MARGIN, axis_y + 5), "</g>"]
    return parts


def _meeting_line(x: float, top: float, axis_y: float, as_at: date,
                  width: float) -> list[str]:
    """The dashed line at the meeting date, labelled above, kept inside the chart's edges."""
    anchor = "start" if x < MARGIN + 50 else "end" if x > width - MARGIN - 50 else "middle"
    return ['<g class="meeting-date">', _line(x, top - 4, x, axis_y, width=2, dashes="4 3"),
            _text(x, top - 20, _("Meeting date"), size=SMALL_SIZE, anchor=anchor, bold=True),
            _text(x, top - 8, short_date(as_at), size=SMALL_SIZE, anchor=anchor), "</g>"]


@_for_phone_too
def due_against_status(items: Sequence[tuple[str, date, Rag | None]], *, as_at: date,
                       title: str, description: str, chart_id: str,
                       width: float = WIDTH) -> Markup:
    """A timeline of each action at its due month, by rating, against the meeting date."""
    if not items:
        return _no_actions(title=title, description=description, chart_id=chart_id,
                           kind="timeline", width=width)
    legend, legend_height = _legend(
        [(_rag_swatch(rag), _label(rag)) for rag in _shown([{rag: 1 for *_item, rag in items}])]
        + [(_overdue_swatch, _("Overdue (outlined, bold)")),
           (_meeting_swatch, _("Meeting date"))],
        MARGIN, width)
    start = min(min(due for _ref, due, _rag in items), as_at).replace(day=1)
    months = _month_index(max(max(due for _ref, due, _rag in items), as_at), start) + 1
    pill = max(_text_width(f"{SHAPES[rag]} {ref}", SMALL_SIZE) for ref, _due, rag in items) + 10
    # Months share a slot when one is too narrow for a marker, so neighbours never overlap.
    bucket = max(1, math.ceil((pill + 4) * months / (width - 2 * MARGIN)))
    months = math.ceil(months / bucket) * bucket
    month_width = (width - 2 * MARGIN) / months
    stacks: dict[int, list[tuple[bool, int, str, Rag | None]]] = {}
    for reference, due, rag in items:  # overdue first, then worst rating: a cap hides the least
        stacks.setdefault(_month_index(due, start) // bucket, []).append(
            (not _overdue(due, rag, as_at), RAG_ORDER.index(rag), reference, rag))
    plot_top = MARGIN + legend_height + 30  # room for the meeting date's label
    axis_y = plot_top + min(max(map(len, stacks.values())), MAX_STACK) * PILL_ROW + 6
    meeting_x = MARGIN + month_width * (_month_index(as_at, start) + (as_at.day - 1)
                                        / calendar.monthrange(as_at.year, as_at.month)[1])
    parts = [legend, *_month_axis(start, months, bucket, month_width, axis_y, width),
             *_meeting_line(meeting_x, plot_top, axis_y, as_at, width)]
    for index, stack in sorted(stacks.items()):
        middle = MARGIN + (index + 0.5) * bucket * month_width
        stack.sort(key=lambda marker: marker[:3])
        shown = stack if len(stack) <= MAX_STACK else stack[:MAX_STACK - 1]
        for level, (on_time, _rank, reference, rag) in enumerate(shown):
            y = axis_y - 2 - (level + 1) * PILL_ROW
            parts.append(_marker(middle - pill / 2, y, pill, reference, rag,
                                 overdue=not on_time))
        if len(stack) > MAX_STACK:
            parts.append(_text(middle, plot_top + PILL_HEIGHT - 5,
                               _("+%(count)s more") % {"count": number(len(stack) - len(shown))},
                               size=SMALL_SIZE,
                               anchor="middle", bold=True))
    return _svg(parts, axis_y + 38, title=title, description=description, chart_id=chart_id,
                kind="timeline", width=width)
