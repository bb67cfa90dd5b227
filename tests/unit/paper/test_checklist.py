"""paper/checklist*.py without a window or a vault: the checklist from plain inputs, its pages
(each section kept on one page where it fits) and its PDF, as ``ringoff print`` makes them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from ringoff.core.catalog import Catalog
from ringoff.core.model import Account, AccountStatus, Category, PhoneNumber, Replacement
from ringoff.core.plan import Plan, build_plan
from ringoff.paper.checklist import checklist_html, checklist_title
from ringoff.paper.checklist_layout import (
    OBJECT_CHAR,
    TICKED_URL,
    checklist_document,
    checklist_pdf,
    paginate,
)
from ringoff.paper.document import page_layout_for, system_paper
from ringoff.storage.catalog_files import load_folder
from ringoff.storage.resources import catalog_dir

TODAY = date(2026, 12, 1)
NUMBER = PhoneNumber(
    e164="+8613812345678",
    person_id="p",
    region="CN",
    cancel_on=date(2027, 1, 10),
    new_number="+8613900001111",
    replacement=Replacement.FAMILY,
    replacement_name="王芳",
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_folder(catalog_dir())


def _plan(catalog: Catalog, count: int = 0) -> Plan:
    accounts = [
        Account(number_id=NUMBER.id, name="中国移动", service_id="china_mobile"),
        Account(number_id=NUMBER.id, name="上海农商银行", kind=Category.BANK),
        Account(
            number_id=NUMBER.id,
            name="支付宝",
            service_id="alipay",
            status=AccountStatus.IN_PROGRESS,
            checked_steps=frozenset({0, 1}),
        ),
        Account(number_id=NUMBER.id, name="淘宝", service_id="taobao", status=AccountStatus.DONE),
    ]
    services = [s for s in catalog if not s.is_generic and s.category is not Category.TELECOM]
    accounts += [
        Account(number_id=NUMBER.id, name=s.name("en"), service_id=s.id) for s in services[:count]
    ]
    return build_plan(NUMBER, accounts, catalog, TODAY)


def test_the_checklist_from_plain_inputs(qapp: object, catalog: Catalog) -> None:
    html = checklist_html(NUMBER, "王建国", _plan(catalog), catalog, "zh_CN", TODAY)
    assert "王建国" in html and "138 **** 5678" in html and "138 1234 5678" not in html
    assert "王芳" in html and "139 **** 1111" in html
    assert "2027年1月10日" in html
    assert html.count(TICKED_URL) == 2  # Alipay's two ticked steps
    # The bank the catalog does not know is a visit: a page of its own with the clerk's sentence.
    visit = html.index("上海农商银行</h2>")
    assert "page-break-before" in html[html.rindex("<h2", 0, visit) : visit]
    # The phone company comes last.
    assert html.rindex("中国移动") > html.rindex("支付宝")
    whole = checklist_html(
        NUMBER, "王建国", _plan(catalog), catalog, "en", TODAY, whole_number=True
    )
    assert "138 1234 5678" in whole and "Industrial" not in whole
    assert checklist_title("zh_CN") != checklist_title("en")


def _pages_of_sections(doc: QTextDocument, page_height: float) -> list[tuple[int, int]]:
    """(first page, page of its last tick line) for every section with tick lines."""
    layout = doc.documentLayout()
    out = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            first = int(layout.blockBoundingRect(block).top() // page_height)
            last_tick = None
            nxt = block.next()
            while nxt.isValid() and nxt.blockFormat().headingLevel() not in (1, 2, 3):
                if nxt.text().startswith(OBJECT_CHAR):
                    last_tick = nxt
                nxt = nxt.next()
            if last_tick is not None:
                bottom = layout.blockBoundingRect(last_tick).bottom()
                out.append((first, int((bottom - 1) // page_height)))
            block = nxt
        else:
            block = block.next()
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_step_list_is_cut_by_a_page_break(qapp: object, catalog: Catalog, lang: str) -> None:
    html = checklist_html(NUMBER, "王建国", _plan(catalog, count=30), catalog, lang, TODAY)
    doc = checklist_document(html, lang)
    assert paginate(doc, page_layout_for("a4")) > 0  # without it, lists would be cut
    sections = _pages_of_sections(doc, doc.pageSize().height())
    assert len(sections) >= 30
    assert [s for s in sections if s[0] != s[1]] == []


def test_a_visit_page_stays_one_page(qapp: object, catalog: Catalog) -> None:
    """A visit (what to show the clerk, what to bring, the steps) is one sheet to carry to the
    counter: where it would spill onto a second page, its ruled note lines go, and only there."""
    html = checklist_html(NUMBER, "王建国", _plan(catalog, count=60), catalog, "en", TODAY)
    doc = checklist_document(html, "en")
    paginate(doc, page_layout_for("a4"))
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    visits = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2 and block.next().text().startswith(
            "Show this to the clerk"
        ):
            last = block
            while last.next().isValid() and last.next().blockFormat().headingLevel() not in (
                1,
                2,
                3,
            ):
                last = last.next()
            first_page = int(layout.blockBoundingRect(block).top() // page)
            last_page = int((layout.blockBoundingRect(last).bottom() - 1) // page)
            visits.append((block.text(), first_page, last_page))
            block = last
        block = block.next()
    assert len(visits) >= 10
    assert [v for v in visits if v[1] != v[2]] == []
    kept = doc.toHtml().count("ringoff-box:lines")
    assert 0 < kept < html.count("ringoff-box:lines")  # some visits keep their note lines


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_warning_stays_under_the_list_of_visits(
    qapp: object, catalog: Catalog, lang: str
) -> None:
    """ "Do not cancel the number yet: N accounts above still use it" ends the list of visits:
    a long list goes to the next page with it, never leaving it alone on a page."""
    html = checklist_html(NUMBER, "王建国", _plan(catalog, count=60), catalog, lang, TODAY)
    doc = checklist_document(html, lang)
    paginate(doc, page_layout_for("a4"))
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    heading = doc.begin()
    while heading.blockFormat().headingLevel() != 3:
        heading = heading.next()
    last = heading
    while last.next().blockFormat().headingLevel() not in (1, 2, 3):
        last = last.next()
    assert not last.text().startswith(OBJECT_CHAR)  # the warning, not a tick line
    first_page = int(layout.blockBoundingRect(heading).top() // page)
    assert int((layout.blockBoundingRect(last).bottom() - 1) // page) == first_page


def test_the_pdf_and_its_paper_size(
    qapp: object, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = checklist_html(NUMBER, "王建国", _plan(catalog), catalog, "en", TODAY)
    a4 = checklist_pdf(html, "en", "t", "a4")
    letter = checklist_pdf(html, "en", "t", "letter")
    assert a4.startswith(b"%PDF-") and letter.startswith(b"%PDF-")
    assert b"/MediaBox [0 0 595.000000 842.000000]" in a4
    assert b"/MediaBox [0 0 612.000000 792.000000]" in letter
    monkeypatch.setattr("sys.platform", "linux")
    for name, value, paper in (
        ("LC_PAPER", "en_US.UTF-8", "letter"),
        ("LC_PAPER", "zh_CN.UTF-8", "a4"),
        ("LC_ALL", "en_CA.UTF-8", "letter"),
    ):
        for var in ("LC_ALL", "LC_PAPER", "LANG"):
            monkeypatch.delenv(var, raising=False)
        monkeypatch.setenv(name, value)
        assert system_paper() == paper, (name, value)
