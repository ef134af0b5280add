"""The PDF as a screen reader and an archive read it: tags, metadata, variants, the attachment."""

from __future__ import annotations

import hashlib
import re
from importlib import import_module
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfs import figures_alt, structure, xmp
from pypdf import PdfReader
from pypdf.generic import ArrayObject

from reportgen import __version__, build
from reportgen.commands import main
from reportgen.formats.pdf import VARIANTS, identifier


@pytest.fixture(scope="module")
def pdf(example_build: dict[str, Path]) -> PdfReader:
    """The example paper in the default variant."""
    return PdfReader(example_build["pdf"])


def build_small(make_workbook, tmp_path: Path, variant: str) -> tuple[Path, PdfReader]:
    workbook = make_workbook(name="testshire.xlsx")
    out = tmp_path / variant.replace("/", "-")
    result = build(workbook, out_dir=out, formats=("pdf",), pdf_variant=variant)
    assert result.render_warnings == ()
    return workbook, PdfReader(out / "testshire.pdf")


def test_tagged_with_language_and_title_shown_as_the_window_title(pdf) -> None:
    catalog = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/Lang"] == "en-GB"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    title = "Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan"
    assert pdf.metadata.title == title
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp(pdf)
    assert 'pdfuaid:part="1"' in xmp(pdf)  # claims PDF/UA-1


def test_headings_come_in_order_with_one_h1(pdf) -> None:
    levels = [int(str(e["/S"])[2]) for e in structure(pdf) if re.fullmatch(r"/H[1-6]", e["/S"])]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"H{before} is followed by H{after}"


def test_every_figure_has_alt_text_that_adds_to_its_caption(pdf) -> None:
    alts = figures_alt(pdf)
    assert len(alts) == 4  # the phone's drawings are not printed
    assert alts[0].startswith("As at 9 March 2021: No improvement 1 (4%); Some progress 4")
    assert alts[1].startswith("Recommendation 1: 1 good progress, 2 complete;")
    assert alts[2].startswith("Jun 2020: 1 no improvement, 10 some progress")
    assert alts[3].startswith("10 of 23 actions are past their due date and not complete: 1B")
    for caption in ("RAG ratings of all 23 actions", "RAG ratings by recommendation",
                    "RAG ratings at each board meeting", "Due dates against status"):
        assert not any(caption in alt for alt in alts)  # the caption is read once, as text


def test_table_cells_are_tagged_and_tied_to_their_headers(pdf) -> None:
    elements = list(structure(pdf))
    headers = {str(e["/ID"]) for e in elements if e["/S"] == "/TH"}
    cells = [e for e in elements if e["/S"] == "/TD"]
    assert len(headers) > 150 and len(cells) > 500
    for cell in cells:  # every data cell names the header cells that describe it
        names = [str(name) for name in cell["/A"]["/Headers"]]
        assert names and set(names) <= headers


def test_running_header_and_footer_are_not_read_as_body_text(pdf) -> None:
    reachable = marked_content_in_tree(pdf)
    total = len(pdf.pages)
    read_before: set[str] = set()
    for number in range(1, total + 1):
        outside, inside = [], []
        for mcid, text in page_texts(pdf, number - 1):
            (inside if (number - 1, mcid) in reachable else outside).append(text)
        assert f"Page {number} of {total}" in outside
        assert not any(f"Page {number} of" in text for text in inside)
        assert "OFFICIAL" in outside
        running = {f"Page {number} of {total}", "OFFICIAL", pdf.metadata.title}
        # Besides the running text, only a table's header row repeated on a later page is
        # left out: it was read where the table began.
        assert set(outside) - running <= read_before
        assert inside  # the body is tagged
        read_before.update(inside)


def marked_content_in_tree(reader: PdfReader) -> set[tuple[int, int]]:
    """(page index, marked-content id) of everything the structure tree reaches."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    found = set()
    for element in structure(reader):
        if "/Pg" not in element:
            continue
        kids = element["/K"].get_object()
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, int):
                found.add((pages[element.raw_get("/Pg").idnum], int(kid)))
    return found


def page_texts(reader: PdfReader, index: int) -> list[tuple[int | None, str]]:
    """The text drawn on a page, each piece with the marked-content id it is drawn inside."""
    open_ids: list[int | None] = []
    pieces: list[tuple[int | None, str]] = []

    def before(operator, operands, cm, tm) -> None:
        if operator == b"BDC":
            properties = operands[1] if len(operands) > 1 else {}
            open_ids.append(properties.get("/MCID") if hasattr(properties, "get") else None)
        elif operator == b"BMC":
            open_ids.append(None)
        elif operator == b"EMC":
            open_ids.pop()

    def text(content, cm, tm, font, size) -> None:
        if content.strip():
            mcid = next((m for m in reversed(open_ids) if m is not None), None)
            pieces.append((mcid, content.strip()))

    reader.pages[index].extract_text(visitor_operand_before=before, visitor_text=text)
    return pieces


def test_metadata_and_last_page_name_the_workbook_and_version(pdf, example) -> None:
    digest = hashlib.sha256(example.read_bytes()).hexdigest()
    info = pdf.metadata
    assert info["/SourceSHA256"] == digest
    assert info["/SourceWorkbook"] == "medway-improvement-plan.xlsx"
    assert info["/ReportgenVersion"] == __version__
    assert info["/Creator"] == f"reportgen {__version__}"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20210309"  # the meeting, not today
    last = re.sub(r"\s+", " ", pdf.pages[-1].extract_text())
    assert (f"Made by reportgen {__version__} from the workbook medway-improvement-plan.xlsx "
            f"(SHA-256 {digest}), as at 9 March 2021.") in last
    assert "attached" not in last and pdf.attachments == {}  # PDF/UA: the workbook stays out


def test_archival_pdf_carries_the_workbook_byte_for_byte(make_workbook, tmp_path) -> None:
    workbook, reader = build_small(make_workbook, tmp_path, "pdf/a-3a")
    content = workbook.read_bytes()
    assert reader.attachments == {"testshire.xlsx": [content]}
    catalog = reader.trailer["/Root"]
    (filespec,) = (ref.get_object() for ref in catalog["/AF"])  # listed once
    assert filespec["/AFRelationship"] == "/Source"
    embedded = filespec["/EF"]["/F"].get_object()
    assert embedded["/Subtype"] == (
        "/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert embedded["/Params"]["/ModDate"] == "D:20201208000000Z"  # the meeting, not the file's
    assert 'pdfaid:part="3" pdfaid:conformance="A"' in xmp(reader)
    assert catalog["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == "en-GB"  # still tagged
    digest = hashlib.sha256(content).hexdigest()
    assert reader.metadata["/SourceSHA256"] == digest
    last = re.sub(r"\s+", " ", reader.pages[-1].extract_text())
    assert f"(SHA-256 {digest})" in last and "The workbook is attached to this PDF" in last


def test_a_workbook_saved_over_during_the_build_stops_it(make_workbook, tmp_path,
                                                        monkeypatch) -> None:
    # Else the attachment and its hash could be of a different workbook from the paper's.
    builder = import_module("reportgen.build")  # the module; the package exports the function
    workbook = make_workbook(name="plan.xlsx")
    read_workbook = builder.read_workbook

    def read_then_saved_over(path, *content, **options):
        reading = read_workbook(path, *content, **options)
        path.write_bytes(path.read_bytes() + b"\0")
        return reading

    monkeypatch.setattr(builder, "read_workbook", read_then_saved_over)
    result = CliRunner().invoke(main, ["build", str(workbook), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "plan.xlsx: changed while it was being read; build again" in result.output
    assert not (tmp_path / "out").exists()


def test_untagged_variant_claims_nothing(make_workbook, tmp_path) -> None:
    _, reader = build_small(make_workbook, tmp_path, "none")
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" not in catalog and "/Metadata" not in catalog
    assert reader.attachments == {}
    assert catalog["/Lang"] == "en-GB" and reader.metadata.title == "Testshire Improvement Plan"


def test_source_date_epoch_dates_the_archival_pdf(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    result = CliRunner().invoke(
        main, ["build", str(workbook), "--out", str(tmp_path), "--format", "pdf",
               "--pdf-variant", "pdf/a-3b"], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "plan.pdf")
    assert 'pdfaid:part="3" pdfaid:conformance="B"' in xmp(reader)
    assert reader.attachments == {"plan.xlsx": [workbook.read_bytes()]}
    assert reader.metadata["/CreationDate"] == reader.metadata["/ModDate"] == "D:20231114221320Z"
    assert "<xmp:ModifyDate>2023-11-14T22:13:20Z</xmp:ModifyDate>" in xmp(reader)
    params = reader.trailer["/Root"]["/AF"][0].get_object()["/EF"]["/F"].get_object()["/Params"]
    assert params["/CreationDate"] == params["/ModDate"] == "D:20231114221320Z"


@pytest.mark.parametrize("value", ["yesterday", "-5", "1e9", "99999999999999999999"])
def test_a_bad_source_date_epoch_is_bad_input(make_workbook, tmp_path, value) -> None:
    result = CliRunner().invoke(main, ["build", str(make_workbook()), "--out", str(tmp_path)],
                                env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 2
    assert f"SOURCE_DATE_EPOCH={value!r}: not a number of seconds since 1 January 1970" \
        in result.output
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unknown_variant_is_a_usage_error(make_workbook, tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(make_workbook()), "--out", str(tmp_path),
                                       "--pdf-variant", "pdf/x-4"])
    assert result.exit_code == 2
    assert "'pdf/x-4' is not one of 'pdf/ua-1', 'pdf/a-3a', 'pdf/a-3b', 'none'" in result.output


def test_every_variant_is_one_weasyprint_knows() -> None:
    from weasyprint.pdf import VARIANTS as WEASYPRINT_VARIANTS

    for variant in VARIANTS.values():
        assert variant.weasyprint is None or variant.weasyprint in WEASYPRINT_VARIANTS
        assert variant.archival == (variant.weasyprint or "").startswith("pdf/a-3")


def test_the_pdf_identifier_comes_from_the_content(pdf, example_build) -> None:
    first, second = (part.original_bytes for part in pdf.trailer["/ID"])
    html = example_build["html"].read_text(encoding="utf-8")  # the PDF's source, for PDF/UA
    assert first == identifier(html, "pdf/ua-1") and first != second


@pytest.fixture(scope="module")
def large_pdf(tmp_path_factory) -> Path:
    """The PDF of a plan of 120 actions, made like the benchmark's."""
    from papers import synthetic_plan

    folder = tmp_path_factory.mktemp("large")
    workbook = synthetic_plan(folder / "plan-120.xlsx", 120)
    result = build(workbook, out_dir=folder, formats=("pdf",))
    assert result.render_warnings == ()
    return folder / "plan-120.pdf"


@pytest.mark.parametrize("which", ["example", "120 actions"])
def test_an_independent_pdfua_checker_finds_nothing(which, example_build, large_pdf) -> None:
    import pdfua

    report = pdfua.validate(example_build["pdf"] if which == "example" else large_pdf)
    found = [f"{f.rule_id} {f.severity.name}: {f.message}" for f in report.findings]
    assert found == []  # no error and no warning; docs/pdf.md lists what it cannot check
    assert len(report.outcomes) > 10  # it did check: a checker that read nothing passes too


def test_no_table_inside_a_table(pdf) -> None:
    for element in structure(pdf):
        if element["/S"] == "/Table":
            assert element["/P"].get_object().get("/S") != "/Table"
            assert any(k.get_object()["/S"] in ("/TR", "/THead", "/TBody", "/TFoot")
                       for k in element["/K"] if not isinstance(k, int))


def test_every_header_cell_has_a_scope(pdf) -> None:
    scopes = [str(e["/A"].get("/Scope")) for e in structure(pdf) if e["/S"] == "/TH"]
    assert len(scopes) > 150 and set(scopes) == {"/Row", "/Column"}


def test_contents_leaders_are_drawn_not_typed(pdf) -> None:
    contents = pdf.pages[1].extract_text()
    assert "...." not in contents and "Action plan 12" in contents
    contents_page = pdf.pages[1].indirect_reference
    spans = [e for e in structure(pdf) if e["/S"] == "/Span" and e.get("/Pg") == contents_page]
    assert len(spans) < 60  # a span or two per entry, not a tagged span for every dot
