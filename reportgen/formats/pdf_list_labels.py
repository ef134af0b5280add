"""List labels painted where they are read: a bullet before its item's text, not after the page.

WeasyPrint 70 paints a list item's outside marker (its bullet or number) with the page's
positioned boxes, after everything else on the page, while the tags read it first, as the
item's /Lbl. A reader that follows the page (reflow, copy and paste, some screen readers) then
meets every bullet at the foot of the page. This module, called by the PDF finisher, moves each
label's marked content to just before its item's first text, wrapped in q/Q, when the
drawing state there is the one it was painted in (the same transformation and clipping; the
colours it needs are set again). Otherwise the label stays where it is.

It works on pydyf's content streams (lists of operators), so it imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable

PATH = {b"m", b"l", b"c", b"v", b"y", b"h", b"re"}
PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
PLACE = {b"cm"}  # where things are drawn; a label is moved only between equal places
LOOK = {b"gs", b"rg", b"RG", b"g", b"G", b"k", b"K", b"cs", b"CS", b"sc", b"scn", b"SC",
        b"SCN", b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"Tr"}  # set again before a moved label


def _operator(item) -> bytes | None:
    if isinstance(item, bytes):
        return item.rsplit(b" ", 1)[-1]
    return None


def drawing_states(stream: list) -> list[tuple[tuple, tuple]]:
    """The (place, look) in force before each item of a content stream."""
    states, stack = [], [((), ())]
    path: list = []
    clipping = False
    for item in stream:
        place, look = stack[-1]
        states.append((place, look))
        operator = _operator(item)
        if operator == b"q":
            stack.append((place, look))
        elif operator == b"Q" and len(stack) > 1:
            stack.pop()
        elif operator in PLACE:
            stack[-1] = ((*place, item), look)
        elif operator in LOOK:
            stack[-1] = (place, (*look, item))
        elif operator in PATH:
            path.append(item)
        elif operator in (b"W", b"W*"):
            clipping = True
        elif operator in PAINT:
            if clipping:
                stack[-1] = ((*place, *path, item), look)
            path, clipping = [], False
    return states


def _block(stream: list, start: int) -> int:
    """The index after the EMC that ends the marked content whose tag is at ``start``."""
    depth = 0
    for index in range(start, len(stream)):
        operator = _operator(stream[index])
        if operator in (b"BDC", b"BMC"):
            depth += 1
        elif operator == b"EMC":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(stream)


def move_labels(stream: list, labels: dict[int, int]) -> bool:
    """Paint each label (mcid) just before its item's first text (mcid); True if any moved.

    ``labels`` maps a label's marked-content id to the id of the first text it is read before.
    """
    where = {item["MCID"]: index - 1 for index, item in enumerate(stream)
             if isinstance(item, dict) and "MCID" in item}
    moves = [(label, text) for label, text in labels.items()
             if label in where and text in where and where[label] > where[text]]
    if not moves:
        return False
    states = drawing_states(stream)
    blocks: dict[int, list] = {}  # index of the text's tag -> what is painted before it
    taken: set[int] = set()
    for label, text in moves:
        start, destination = where[label], where[text]
        (place, look), (there, _) = states[start], states[destination]
        if place != there:
            continue  # drawn under another transformation or clip: leave it
        end = _block(stream, start)
        blocks.setdefault(destination, []).extend([b"q", *look, *stream[start:end], b"Q"])
        taken.update(range(start, end))
    moved = []
    for index, item in enumerate(stream):
        moved.extend(blocks.get(index, ()))
        if index not in taken:
            moved.append(item)
    stream[:] = moved
    return bool(blocks)


def label_targets(elements: list, resolve: Callable) -> dict[int, int]:
    """For one page: each list label's marked-content id -> its item body's first one.

    ``elements`` is the page's parent-tree array (mcid -> structure element reference) and
    ``resolve`` turns a reference into its object.
    """
    first_of: dict[int, int] = {}  # the LI element's number -> its body's first mcid
    labels: dict[int, int] = {}  # label mcid -> the LI element's number
    for mcid, reference in enumerate(elements):
        element = resolve(reference)
        if not isinstance(element, dict):
            continue
        chain = []
        while isinstance(element, dict) and element.get("S") not in (None, "/LI", "/Document"):
            chain.append(element["S"])
            element = resolve(element.get("P"))
        if not isinstance(element, dict) or element.get("S") != "/LI":
            continue
        if "/Lbl" in chain:
            labels[mcid] = element.number
        elif "/LBody" in chain:
            first_of.setdefault(element.number, mcid)
    return {label: first_of[item] for label, item in labels.items() if item in first_of}
