"""The progress charts: well-formed, labelled, proportional, escaped, deterministic SVG."""

from __future__ import annotations

import io
import logging
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from reportgen.paper import charts
from reportgen.plan.model import Rag

SVG = "{http://www.w3.org/2000/svg}"
R, A, G, B = Rag.NO_IMPROVEMENT, Rag.SOME_PROGRESS, Rag.GOOD_PROGRESS, Rag.COMPLETE
AS_AT = date(2021, 3, 11)

GROUPS = [("Rec 1", {B: 2, G: 1}), ("Rec 2", {R: 1, A: 2}), ("Rec 3", {G: 1, None: 1})]
MEETINGS = [("Jun 2020", {R: 3, A: 2, None: 1}), ("Sep 2020", {R: 1, A: 2, G: 2}),
            ("Dec 2020", {A: 1, G: 2, B: 2}), ("Mar 2021", {G: 1, B: 4})]
ITEMS = [("1A", date(2020, 12, 31), B), ("1B", date(2021, 1, 31), R), ("2A", date(2021, 1, 15), G),
         ("2B", date(2021, 6, 30), A), ("3A", date(2021, 2, 28), None)]

CHARTS = {
    "groups": lambda **text: charts.rag_by_group(GROUPS, **text),
    "mix": lambda **text: charts.rag_mix({R: 1, A: 2, G: 2, B: 2, None: 1}, **text),
    "over-time": lambda **text: charts.rag_over_time(MEETINGS, **text),
    "timeline": lambda **text: charts.due_against_status(ITEMS, as_at=AS_AT, **text),
}
EMPTY = {
    "groups": lambda **text: charts.rag_by_group([], **text),
    "mix": lambda **text: charts.rag_mix({}, **text),
    "over-time": lambda **text: charts.rag_over_time([], **text),
    "timeline": lambda **text: charts.due_against_status([], as_at=AS_AT, **text),
}


def draw(maker, chart_id: str = "chart", *, screen: str = "page") -> str:
    """The chart's SVG for the page (or for a phone) with a plain title and description."""
    both = str(maker(title="A title", description="A description", chart_id=chart_id))
    page, phone = ET.fromstring(f"<drawings>{both}</drawings>")
    return ET.tostring(page if screen == "page" else phone, encoding="unicode")


def parse(svg: str) -> ET.Element:
    """The chart (the page's drawing, the first) as XML; fails if either is not well-formed."""
    return ET.fromstring(f"<drawings>{svg}</drawings>")[0]


@pytest.mark.parametrize("kind", [*CHARTS])
def test_a_phone_gets_its_own_narrower_drawing(kind):
    page, phone = parse(draw(CHARTS[kind])), parse(draw(CHARTS[kind], screen="phone"))
    assert "for-page" in page.get("class") and "for-phone" in phone.get("class")
    assert page.get("viewBox").startswith("0 0 640 ")
    assert phone.get("viewBox").startswith(f"0 0 {charts.PHONE_WIDTH} ")
    # The same words and figures: a phone loses nothing but width.
    assert {t for t in texts(phone) if "…" not in t} >= {
        t for t in texts(page) if t[:1].isdigit() and "(" in t} - {""}
    ids = [element.get("id") for element in phone.iter() if element.get("id")]
    assert ids and all(ident.startswith("chart-phone-") for ident in ids)
    for element in phone.iter():  # nothing drawn past the drawing's right edge
        if element.get("x") and element.get("text-anchor", "start") == "start":
            assert float(element.get("x")) + float(element.get("width", 0)) <= charts.PHONE_WIDTH


def texts(root: ET.Element) -> list[str]:
    """Every ``<text>`` element's words, glyphs included, as a reader would select them."""
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def segments(root: ET.Element) -> list[ET.Element]:
    """The coloured rectangles that stand for ratings, in drawing order."""
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "segment"]


@pytest.mark.parametrize("kind", [*CHARTS])
@pytest.mark.parametrize("makers", [CHARTS, EMPTY], ids=["data", "empty"])
def test_chart_is_labelled_for_assistive_technology(kind, makers):
    root = parse(draw(makers[kind], chart_id="progress-1"))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    # Named by its description: the page shows the title as the figure's caption beside it.
    assert root.get("aria-labelledby") == "progress-1-desc"
    assert root.get("width") == "100%" and root.get("viewBox").startswith("0 0 640 ")
    title, desc = list(root)[:2]
    assert (title.tag, title.get("id"), title.text) == (f"{SVG}title", "progress-1-title",
                                                        "A title")
    assert (desc.tag, desc.get("id"), desc.text) == (f"{SVG}desc", "progress-1-desc",
                                                     "A description")
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert all(ident.startswith("progress-1-") for ident in ids)


@pytest.mark.parametrize("kind", [*CHARTS])
def test_every_chart_has_a_legend_with_shape_and_label(kind):
    legend = parse(draw(CHARTS[kind])).find(f"{SVG}g[@class='legend']")
    words = " ".join(texts(legend))
    for shape, label in (("✖", "No improvement"), ("▲", "Some progress"),
                         ("●", "Good progress"), ("✔", "Complete"), ("○", "Not yet rated")):
        assert shape in words and label in words
    assert len(legend.findall(f"{SVG}rect")) >= 5


def test_legend_leaves_out_not_yet_rated_when_every_action_is_rated():
    root = parse(draw(lambda **text: charts.rag_mix({R: 1, B: 1}, **text)))
    words = " ".join(texts(root.find(f"{SVG}g[@class='legend']")))
    assert "Not yet rated" not in words and "Some progress: 0 (0%)" in words


def test_mix_segments_are_proportional_to_counts():
    # The bar runs 624 units: the 640-unit viewBox less an 8-unit margin each side.
    root = parse(draw(lambda **text: charts.rag_mix({R: 2, A: 1, B: 1}, **text)))
    drawn = [(rect.get("data-rag"), float(rect.get("x")), float(rect.get("width")))
             for rect in segments(root)]
    assert drawn == [("red", 8, 312), ("amber", 320, 156), ("blue", 476, 156)]
    words = texts(root)
    assert "✖ 2 (50%)" in words and "▲ 1 (25%)" in words
    assert "No improvement: 2 (50%)" in words and "Good progress: 0 (0%)" in words


def test_group_bars_share_one_scale():
    groups = [("Rec 1", {R: 2, A: 1, B: 1}), ("Rec 2", {B: 2})]
    root = parse(draw(lambda **text: charts.rag_by_group(groups, **text)))
    widths = [float(rect.get("width")) for rect in segments(root)]
    red, amber, blue, second = widths
    assert red == pytest.approx(2 * amber, abs=0.2) and amber == pytest.approx(blue, abs=0.1)
    assert second == pytest.approx((red + amber + blue) / 2, abs=0.2)
    bars = root.findall(f".//{SVG}g[@class='bar']")
    assert [bar.get("data-total") for bar in bars] == ["4", "2"]


def test_column_heights_are_proportional_to_counts():
    # Four actions at most: the axis runs 0 to 4 over a 220-unit plot, so 55 units an action.
    meetings = [("Jun 2020", {R: 2, A: 1, B: 1})]
    root = parse(draw(lambda **text: charts.rag_over_time(meetings, **text)))
    heights = [float(rect.get("height")) for rect in segments(root)]
    assert heights == [110, 55, 55]
    ys = [float(rect.get("y")) for rect in segments(root)]
    assert ys[0] - ys[1] == 55 and ys[1] - ys[2] == 55  # stacked upwards, red at the bottom


def test_labels_and_counts_are_text():
    words = texts(parse(draw(CHARTS["groups"])))
    assert {"Rec 1", "Rec 2", "Rec 3"} <= set(words)
    assert {"✔ 2", "● 1", "▲ 2", "○ 1"} <= set(words)  # shape and count inside segments
    assert words.count("3") == 2 and "2" in words  # each bar's total at its end
    words = texts(parse(draw(CHARTS["over-time"])))
    assert {"Jun 2020", "Sep 2020", "Dec 2020", "Mar 2021", "✖ 3"} <= set(words)


def test_segment_text_keeps_contrast():
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for rag, fill in charts.RAG_FILL.items():
        light, dark = sorted((luminance(fill), luminance(charts.RAG_TEXT[rag])), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, rag


def test_hostile_text_is_escaped():
    hostile = '<script>x("1")</script> & co'
    svg = str(charts.rag_by_group([(hostile, {R: 1})], title=hostile, description=hostile,
                                  chart_id='x" onload="alert(1)'))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'onload="' not in svg
    root = parse(svg)
    assert hostile in texts(root)
    assert root.find(f"{SVG}title").text == hostile


@pytest.mark.parametrize("kind", [*CHARTS])
def test_same_input_gives_identical_output(kind):
    assert draw(CHARTS[kind]) == draw(CHARTS[kind])


def test_order_of_counts_does_not_matter():
    forwards = charts.rag_mix({R: 1, A: 2, B: 3}, title="t", description="d", chart_id="c")
    backwards = charts.rag_mix({B: 3, A: 2, R: 1}, title="t", description="d", chart_id="c")
    assert forwards == backwards


@pytest.mark.parametrize("kind", [*CHARTS])
def test_empty_input_says_so(kind):
    root = parse(draw(EMPTY[kind]))
    assert texts(root) == ["No actions to show"]


def test_all_zero_counts_say_so():
    groups = [("Rec 1", {R: 0}), ("Rec 2", {})]
    assert texts(parse(draw(lambda **text: charts.rag_by_group(groups, **text)))) == [
        "No actions to show"]


def test_one_group_and_a_zero_group():
    root = parse(draw(lambda **text: charts.rag_by_group([("Rec 1", {}), ("Rec 2", {G: 1})],
                                                         **text)))
    assert {"Rec 1", "Rec 2", "0", "1", "● 1"} <= set(texts(root))
    assert len(segments(root)) == 1


def test_forty_groups_grow_the_chart():
    def height(count: int) -> float:
        groups = [(f"Rec {n}", {R: 1, B: n}) for n in range(1, count + 1)]
        root = parse(draw(lambda **text: charts.rag_by_group(groups, **text)))
        assert len(root.findall(f".//{SVG}g[@class='bar']")) == count
        return float(root.get("viewBox").split()[3])

    assert height(1) < height(5) < height(40)
    assert height(40) < 1000  # still fits on an A4 page: an SVG cannot break across pages


def test_large_counts():
    counts = {R: 150, A: 300, G: 400, B: 149, None: 1}
    root = parse(draw(lambda **text: charts.rag_mix(counts, **text)))
    words = texts(root)
    assert "1,000 actions in all" in words and "Not yet rated: 1 (<1%)" in words
    assert sum(float(rect.get("width")) for rect in segments(root)) == pytest.approx(624, abs=0.3)
    meetings = [("Jun 2020", counts), ("Sep 2020", {B: 1000})]
    assert "1,000" in texts(parse(draw(lambda **text: charts.rag_over_time(meetings, **text))))


def markers(root: ET.Element) -> dict[str, ET.Element]:
    """The timeline's markers by action reference."""
    return {group.get("data-reference"): group for group in root.iter(f"{SVG}g")
            if group.get("class", "").startswith("marker")}


def test_timeline_flags_overdue_actions():
    found = markers(parse(draw(CHARTS["timeline"])))
    overdue = {ref for ref, group in found.items() if "overdue" in group.get("class").split()}
    # 1A is complete, 2B is not due until after the meeting; unrated 3A is overdue.
    assert overdue == {"1B", "2A", "3A"}
    for ref, group in found.items():
        label = group.find(f"{SVG}text")
        assert (label.get("font-weight") == "bold") == (ref in overdue)
        assert ref in "".join(label.itertext())


def test_timeline_marks_the_meeting_date_and_months():
    root = parse(draw(CHARTS["timeline"]))
    words = texts(root)
    assert "Meeting date" in words and "11 Mar 2021" in words
    assert {"Dec", "Jan", "Feb", "Mar", "Jun", "2020", "2021"} <= set(words)
    line = root.find(f".//{SVG}g[@class='meeting-date']/{SVG}line")
    # Seven months from December to June, over 624 units; 11 March is 10/31 into month four.
    assert float(line.get("x1")) == pytest.approx(8 + (3 + 10 / 31) * 624 / 7, abs=0.1)


def test_timeline_stacks_markers_that_share_a_month():
    found = markers(parse(draw(CHARTS["timeline"])))
    rect = {ref: found[ref].find(f"{SVG}rect") for ref in ("1B", "2A")}  # both January
    assert rect["1B"].get("x") == rect["2A"].get("x")
    assert abs(float(rect["1B"].get("y")) - float(rect["2A"].get("y"))) >= charts.PILL_HEIGHT


def test_timeline_caps_a_crowded_month():
    items = [(f"1{n:02}", date(2021, 1, 31), R) for n in range(30)]
    root = parse(str(charts.due_against_status(items, as_at=AS_AT, title="t", description="d",
                                               chart_id="c")))
    assert len(markers(root)) == charts.MAX_STACK - 1
    assert f"+{30 - charts.MAX_STACK + 1} more" in texts(root)


def test_chart_renders_to_pdf_without_warnings(caplog):
    from pypdf import PdfReader
    from weasyprint import HTML

    body = "".join(draw(maker, chart_id=kind) for kind, maker in CHARTS.items())
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        # Tagged, as the paper's PDF is: each chart's <title> becomes its Alt text.
        pdf = HTML(string=f'<html lang="en"><body>{body}</body></html>').write_pdf(pdf_tags=True)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for words in ("Rec 1", "Jun 2020", "Meeting date", "No improvement"):
        assert words in text


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_chart_text_has_at_least_4_5_to_1_contrast():
    # A browser's checker cannot see behind SVG text, so the palette is checked here.
    for rag in charts.RAG_ORDER:
        assert contrast(charts.RAG_TEXT[rag], charts.RAG_FILL[rag]) >= 4.5, rag
    fills = {text.get("fill") for maker in CHARTS.values()
             for text in parse(draw(maker)).iter(f"{SVG}text")}
    assert charts.MUTED in fills and charts.INK in fills
    for fill in fills - {charts.WHITE}:  # white is only ever drawn on a rating's colour
        assert contrast(fill, charts.WHITE) >= 4.5, fill
