"""One cell at a time: RAG words, dates, month timescales, numbers and letters."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reportgen.plan.cells import (
    CellValueError,
    addressee_name,
    parse_action_ref,
    parse_date,
    parse_letter,
    parse_number,
    parse_rag,
    parse_rating,
    parse_recommendation_number,
    parse_standard,
    parse_timescale,
)
from reportgen.plan.model import Rag, Rating


@pytest.mark.parametrize(
    ("typed", "rag"),
    [
        ("No improvement", Rag.NO_IMPROVEMENT), ("no  IMPROVEMENT ", Rag.NO_IMPROVEMENT),
        ("R", Rag.NO_IMPROVEMENT), ("red", Rag.NO_IMPROVEMENT), ("Red", Rag.NO_IMPROVEMENT),
        ("Some progress", Rag.SOME_PROGRESS), ("a", Rag.SOME_PROGRESS),
        ("AMBER", Rag.SOME_PROGRESS),
        ("Good progress", Rag.GOOD_PROGRESS), ("g", Rag.GOOD_PROGRESS),
        ("Green", Rag.GOOD_PROGRESS),
        ("Complete", Rag.COMPLETE), ("B", Rag.COMPLETE), ("blue", Rag.COMPLETE),
    ],
)
def test_rag_accepts_words_letters_and_colours_in_any_case(typed: str, rag: Rag) -> None:
    assert parse_rag(typed) is rag


def test_blank_rag_means_not_yet_rated() -> None:
    assert parse_rag(None) is None


@pytest.mark.parametrize("typed", ["Amberish", "Amber/Green", "On hold", "RAG", "1"])
def test_other_rag_values_are_refused_with_the_allowed_list(typed: str) -> None:
    with pytest.raises(CellValueError) as caught:
        parse_rag(typed)
    assert str(caught.value).startswith(
        f"'{typed}' is not a RAG rating; use one of No improvement, Some progress, "
        "Good progress, Complete, or 'Not started'"
    )


@pytest.mark.parametrize(
    ("typed", "due", "label"),
    [
        ("September 2020", date(2020, 9, 30), "September 2020"),
        ("sept 2020", date(2020, 9, 30), "sept 2020"),
        ("Feb 2024", date(2024, 2, 29), "Feb 2024"),
        ("February 2021", date(2021, 2, 28), "February 2021"),
        ("End of March 2021", date(2021, 3, 31), "End of March 2021"),
        ("  December   2020 ", date(2020, 12, 31), "December 2020"),
        (datetime(2020, 10, 15), date(2020, 10, 15), "15 October 2020"),
        ("15/10/2020", date(2020, 10, 15), "15 October 2020"),
    ],
)
def test_timescale_month_text_is_the_last_day_of_that_month(typed, due, label) -> None:
    timescale = parse_timescale(typed)
    assert (timescale.due, timescale.label) == (due, label)


@pytest.mark.parametrize("typed", ["Q5 2020", "Septober 2020", "2020", 44000, "Soon"])
def test_timescale_that_is_neither_date_nor_month_is_refused(typed) -> None:
    with pytest.raises(CellValueError, match="is not a timescale; write a date"):
        parse_timescale(typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2020-09-15", date(2020, 9, 15)), ("15/09/2020", date(2020, 9, 15)),
     ("1st June 2020", date(2020, 6, 1)), ("15 Sep 2020", date(2020, 9, 15)),
     (datetime(2020, 9, 15, 0, 0), date(2020, 9, 15))],
)
def test_dates_typed_as_text_or_stored_as_dates(typed, expected) -> None:
    assert parse_date(typed) == expected


def test_an_impossible_date_is_refused() -> None:
    with pytest.raises(CellValueError, match="'31/02/2020' is not a date"):
        parse_date("31/02/2020")


def test_numbers_letters_standards_ratings_addressees() -> None:
    assert parse_number(3.0) == 3 and parse_number("4") == 4 and parse_number("5.") == 5
    with pytest.raises(CellValueError):
        parse_number(2.5)
    assert parse_letter("a") == "A" and parse_letter("B:") == "B"
    with pytest.raises(CellValueError):
        parse_letter("A1")
    assert parse_standard("2.3") == "2.3" and parse_standard(1.1) == "1.1"
    assert parse_rating("requires  Improvement") is Rating.REQUIRES_IMPROVEMENT
    names = {"organisation": "Testshire YJS", "board": "Testshire Management Board"}
    assert addressee_name("YOT", **names) == "Testshire YJS"
    assert addressee_name("the service", **names) == "Testshire YJS"
    assert addressee_name("Board", **names) == "Testshire Management Board"
    assert addressee_name("the testshire management board", **names) == \
        "Testshire Management Board"
    assert addressee_name("Kent  Police", **names) == "Kent Police"
    with pytest.raises(CellValueError, match="is not an inspection rating"):
        parse_rating("Satisfactory")


@pytest.mark.parametrize(
    ("typed", "due", "label"),
    [
        # Months are read as their last day, two-digit years as this century's; as typed.
        ("end March 2025", date(2025, 3, 31), "end March 2025"),
        ("March 25", date(2025, 3, 31), "March 25"),
        ("Mar-25", date(2025, 3, 31), "Mar-25"),
        ("by end of Feb 2024", date(2024, 2, 29), "by end of Feb 2024"),
        ("Sept 20", date(2020, 9, 30), "Sept 20"),
        ("03/2025", date(2025, 3, 31), "03/2025"),
        # Whole dates typed as text, day first, print in full as a date cell does.
        ("31.03.25", date(2025, 3, 31), "31 March 2025"),
        ("15 Oct 25", date(2025, 10, 15), "15 October 2025"),
        ("Wednesday 15 October 2025", date(2025, 10, 15), "15 October 2025"),
        ("15th October 2025", date(2025, 10, 15), "15 October 2025"),
        # Calendar quarters end in March, June, September, December; the financial year's
        # (April to March) in June, September, December and the next March. As typed.
        ("Q3 2020", date(2020, 9, 30), "Q3 2020"),
        ("Q1 2021", date(2021, 3, 31), "Q1 2021"),
        ("Q4 2024/25", date(2025, 3, 31), "Q4 2024/25"),
        ("Q1 2024/25", date(2024, 6, 30), "Q1 2024/25"),
        ("Q3 2024-2025", date(2024, 12, 31), "Q3 2024-2025"),
        ("end of Q2 2020/21", date(2020, 9, 30), "end of Q2 2020/21"),
    ],
)
def test_officers_timescales(typed, due, label) -> None:
    timescale = parse_timescale(typed)
    assert (timescale.due, timescale.label) == (due, label)


@pytest.mark.parametrize("typed", ["Ongoing", "TBC", "To be confirmed", "on-going", "tbc."])
def test_timescales_without_a_date_are_kept_as_typed(typed) -> None:
    timescale = parse_timescale(typed)
    assert (timescale.due, timescale.label) == (None, typed)


def test_refused_values_say_the_nearest_accepted_form() -> None:
    with pytest.raises(CellValueError, match="did you mean 'September 2020'"):
        parse_timescale("Septmber 2020")
    with pytest.raises(CellValueError, match="did you mean 'Some progress'"):
        parse_rag("Some progres")
    with pytest.raises(CellValueError, match="financial year runs from one year to the next"):
        parse_timescale("Q4 2024/26")
    with pytest.raises(CellValueError, match="is a Wednesday, not a Tuesday"):
        parse_date("Tuesday 15 October 2025")


def test_officers_words_for_ratings_and_references() -> None:
    assert parse_rag("Completed") is Rag.COMPLETE and parse_rag("done") is Rag.COMPLETE
    assert parse_rag("Not started") is None
    for typed in ("N/A", "Not inspected", "Not applicable", "not rated"):
        assert parse_rating(typed) is Rating.NOT_RATED
    for typed in ("1(a)", "Rec 1A", "1.a", "1 (a)", "Recommendation 1 a", "1A"):
        assert parse_action_ref(typed) == "1A"
    assert parse_recommendation_number("Rec 5") == 5
    assert parse_letter("(b)") == "B"


def test_a_dated_timescale_keeps_the_date_and_writes_it_only_when_printed() -> None:
    from reportgen.words import use_language

    for typed in (date(2026, 11, 30), datetime(2026, 11, 30), "30/11/2026"):
        timescale = parse_timescale(typed)
        assert (timescale.due, timescale.typed) == (date(2026, 11, 30), "")
        with use_language("en"):
            assert timescale.label == "30 November 2026"
    assert parse_timescale("Q3 2026").typed == "Q3 2026"
