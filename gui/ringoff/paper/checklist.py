"""The large-print checklist of one number as rich text: for the bank counter and the kitchen table.

:func:`checklist_html` builds the document from plain inputs (no vault), so the window's dialog
and ``ringoff print`` make the same paper; :func:`checklist_for` takes the plan of a number from
operations.plan. checklist_layout.py turns the text into pages and PDF bytes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from ..core import phone
from ..core.catalog import Catalog, Service
from ..core.dates import long_date, relative
from ..core.i18n import QT_TRANSLATE_NOOP, Text
from ..core.model import AccountStatus, Action, Category, PhoneNumber, Replacement
from ..core.plan import (
    GENERAL_REMOVE_STEPS,
    NEEDS_NUMBER_ADVICE,
    Group,
    Plan,
    PlanItem,
    action_text,
    carrier_gate,
    clerk_sentence,
    item_name,
    progress_words,
    requirements_for,
)
from ..operations.plan import NumberPlan
from .checklist_layout import (
    BOX_URL,
    LINES_URL,
    NOTE_GAP_PT,
    NOTE_LINES,
    NOTES_WIDTH_PT,
    TICKED_URL,
    image_px,
)
from .document import translator_for
from .fonts import PAPER_BODY_PT

TITLE = QT_TRANSLATE_NOOP("Checklist", "Checklist: moving accounts off a phone number")
_VISITS_IN_PERSON = QT_TRANSLATE_NOOP("Checklist", "Visits in person")
_FINISHED = QT_TRANSLATE_NOOP("Checklist", "Finished")
_ALREADY_STARTED = QT_TRANSLATE_NOOP("Checklist", "Already started.")
_WHAT_TO_BRING = QT_TRANSLATE_NOOP("Checklist", "What to bring:")
_STEPS = QT_TRANSLATE_NOOP("Checklist", "Steps:")


def _number_text(e164: str, region: str, whole: bool) -> str:
    return phone.display(e164, region) if whole else phone.masked(e164, region)


def _e(text: str) -> str:
    return html.escape(text)


def _box(ticked: bool = False) -> str:
    size = image_px(PAPER_BODY_PT)
    url = TICKED_URL if ticked else BOX_URL
    return f"<img src='{url}' width='{size}' height='{size}' style='vertical-align: middle'/>"


def _tick_line(
    text: str, ticked: bool = False, number: int | None = None, tight: bool = False
) -> str:
    prefix = f"{number}.&nbsp;" if number is not None else ""
    css = "step tight" if tight else "step"
    return f"<p class='{css}'>{_box(ticked)}&nbsp;&nbsp;{prefix}{_e(text)}</p>"


def _guide_steps(
    item: PlanItem, catalog: Catalog, lang: str, tr: Callable[[Text], str] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], Service | None]:
    """(requirement codes, steps, fallback steps, the service the guide came from) for the
    plan's action of *item* (never "change" without a number to change to)."""
    service = item.service
    if service is None:
        kind = item.account.kind
        service = catalog.generic(kind) if kind is not None else None
        service = service or catalog.generic("app")
    if service is None:
        return (), (), (), None
    guide = service.action(item.action)
    if guide is None and item.action is Action.REMOVE:
        words = tr or (lambda t: t.render())
        steps = tuple(words(t) for t in GENERAL_REMOVE_STEPS)
        return ("login_password",), steps, (), service
    if guide is None and item.action is Action.CLOSE:
        stand_in = catalog.generic(service.category) or catalog.generic("app")
        guide = stand_in.action(Action.CLOSE) if stand_in is not None else None
        if guide is not None:
            service = stand_in
    if guide is None and item.target is not None:
        guide = service.action(service.default_action)
    if guide is None:
        return (), (), (), service
    use_fallback = item.account.use_fallback and guide.has_fallback
    steps = guide.steps_for(lang, fallback=use_fallback)
    fallback = () if use_fallback else guide.steps_for(lang, fallback=True)
    return guide.requires_for(use_fallback), steps, fallback, service


def is_visit(item: PlanItem, catalog: Catalog, lang: str) -> bool:
    """Whether *item* is done at a counter: its path needs a visit in person, or it is a bank
    the catalog does not know (added by name as a bank: the counter is the sure way)."""
    requires, _, _, _ = _guide_steps(item, catalog, lang)
    if "in_person" in requires:
        return True
    return item.service is None and item.account.kind in (Category.BANK, Category.FINANCE)


def _is_bank(item: PlanItem) -> bool:
    category = item.service.category if item.service is not None else item.account.kind
    return category in (Category.BANK, Category.FINANCE)


def _visits(plan: Plan, catalog: Catalog, lang: str) -> tuple[list[str], list[str]]:
    """Names of the banks, and of the other places, that need a visit in person."""
    banks: list[str] = []
    others: list[str] = []
    for item in plan.remaining:
        if not is_visit(item, catalog, lang):
            continue
        (banks if _is_bank(item) else others).append(item_name(item, lang))
    return banks, others


PAGE_BREAK = " style='page-break-before: always'"


def checklist_html(
    number: PhoneNumber,
    person_name: str,
    plan: Plan,
    catalog: Catalog,
    lang: str,
    today: date,
    *,
    whole_number: bool = False,
) -> str:
    """The checklist for *number* as rich text, in *lang* (catalog steps and labels alike).

    Page one: whose number, the dates, the number to change to, progress, the list of visits
    and the gate before the phone company. Then one page for each visit to a bank or an office
    (what to bring, the number to change to, a sentence for the clerk, the steps), then the
    steps in the apps on pages of their own, then what is finished."""
    tr = translator_for(lang)
    parts: list[str] = [f"<h1>{_e(tr(TITLE))}</h1>"]

    shown = _number_text(number.e164, number.region, whole_number)
    whose = QT_TRANSLATE_NOOP("Checklist", "{person}: phone number {number}").format(
        person=person_name, number=shown
    )
    parts.append(f"<p class='big'><b>{_e(tr(whose))}</b></p>")
    if number.cancel_on is not None:
        when = QT_TRANSLATE_NOOP("Checklist", "To be cancelled on {date} ({away}).").format(
            date=long_date(number.cancel_on, lang), away=tr(relative(number.cancel_on, today))
        )
    else:
        when = QT_TRANSLATE_NOOP("Checklist", "No cancellation date has been set yet.")
    parts.append(f"<p>{_e(tr(when))}</p>")
    target = number.target
    if target is not None:
        new_shown = _number_text(target, number.region, whole_number)
        if number.replaced_by is Replacement.FAMILY:
            new = QT_TRANSLATE_NOOP(
                "Checklist", "Change the accounts to {whose}'s number: {number}"
            ).format(whose=number.replacement_name, number=new_shown)
        else:
            new = QT_TRANSLATE_NOOP("Checklist", "The new number: {number}").format(
                number=new_shown
            )
    else:
        new = QT_TRANSLATE_NOOP(
            "Checklist",
            "No number replaces this one: remove it from each account, or close the account "
            "where a number is needed.",
        )
    parts.append(f"<p class='big'><b>{_e(tr(new))}</b></p>")
    parts.append(f"<p><b>{_e(tr(progress_words(plan)))}</b></p>")
    printed = QT_TRANSLATE_NOOP(
        "Checklist", "Printed on {date}. Tick each box when a step is done."
    ).format(date=long_date(today, lang))
    parts.append(f"<p class='small'>{_e(tr(printed))}</p>")

    banks, others = _visits(plan, catalog, lang)
    if banks or others:
        parts.append(f"<h3>{_e(tr(_VISITS_IN_PERSON))}</h3>")
        if banks:
            bring = QT_TRANSLATE_NOOP(
                "Checklist", "Bank visits: bring your ID card and these cards:"
            )
            parts.append(f"<p><b>{_e(tr(bring))}</b></p>")
            parts += [_tick_line(name) for name in banks]
        if others:
            other = QT_TRANSLATE_NOOP("Checklist", "Other visits: bring your ID card to:")
            parts.append(f"<p><b>{_e(tr(other))}</b></p>")
            parts += [_tick_line(name) for name in others]
    gate = carrier_gate(plan)
    if gate is not None and any(i.group is Group.CARRIER for i in plan.remaining):
        parts.append(f"<p><b>{_e(tr(gate))}</b></p>")

    remaining = plan.remaining
    if not remaining and plan.items:
        all_done = QT_TRANSLATE_NOOP("Checklist", "Nothing left to do for this number.")
        parts.append(f"<h3>{_e(tr(all_done))}</h3>")
    numbered = list(enumerate(remaining, start=1))
    carrier = [(n, i) for n, i in numbered if i.group is Group.CARRIER]
    numbered = [(n, i) for n, i in numbered if i.group is not Group.CARRIER]
    at_counter = {n for n, i in numbered if is_visit(i, catalog, lang)}
    visits = [(n, i) for n, i in numbered if n in at_counter]
    apps = [(n, i) for n, i in numbered if n not in at_counter]
    for index, item in visits:  # one page each
        parts += _section(index, item, number, catalog, lang, tr, whole_number, visit=True)
    if apps:
        heading = QT_TRANSLATE_NOOP("Checklist", "Steps in the apps")
        parts.append(f"<h1{PAGE_BREAK}>{_e(tr(heading))}</h1>")
        for index, item in apps:
            parts += _section(index, item, number, catalog, lang, tr, whole_number, visit=False)
    for index, item in carrier:  # the phone company last, on its own page, behind the gate
        visit = is_visit(item, catalog, lang)
        section = _section(
            index, item, number, catalog, lang, tr, whole_number, visit=visit, own_page=True
        )
        if gate is not None:
            section.insert(1, f"<p><b>{_e(tr(gate))}</b></p>")
        parts += section

    done = [item_name(i, lang) for i in plan.items if i.account.status is AccountStatus.DONE]
    cannot = [i for i in plan.items if i.account.status is AccountStatus.CANNOT]
    if done or cannot:
        parts.append(f"<h3>{_e(tr(_FINISHED))}</h3>")
    sep = "、" if lang == "zh_CN" else ", "
    if done:
        line = QT_TRANSLATE_NOOP("Checklist", "Already done: {names}.").format(names=sep.join(done))
        parts.append(f"<p>{_e(tr(line))}</p>")
    for item in cannot:
        reason = item.account.reason.strip()
        line = (
            QT_TRANSLATE_NOOP("Checklist", "Could not be done: {name} ({reason}).").format(
                name=item_name(item, lang), reason=reason
            )
            if reason
            else QT_TRANSLATE_NOOP("Checklist", "Could not be done: {name}.").format(
                name=item_name(item, lang)
            )
        )
        parts.append(f"<p>{_e(tr(line))}</p>")
    return "\n".join(parts)


def _section(
    index: int,
    item: PlanItem,
    number: PhoneNumber,
    catalog: Catalog,
    lang: str,
    tr: Callable[[Text], str],
    whole_number: bool,
    *,
    visit: bool,
    own_page: bool = False,
) -> list[str]:
    requires, steps, fallback, _service = _guide_steps(item, catalog, lang, tr)
    brk = PAGE_BREAK if visit or own_page else ""
    out = [f"<h2{brk}>{index}. {_e(item_name(item, lang))}</h2>"]
    if not visit:  # on a visit page the sentence for the clerk says it, with the numbers
        what = action_text(item, lang, number.region, whole_number)
        line = QT_TRANSLATE_NOOP("Checklist", "What to do: {what}").format(what=tr(what))
        out.append(f"<p><b>{_e(tr(line))}</b></p>")
    if item.needs_number:
        advice = NEEDS_NUMBER_ADVICE.format(name=item_name(item, lang))
        out.append(f"<p>{_e(tr(advice))}</p>")
    if visit:
        show = tr(QT_TRANSLATE_NOOP("Checklist", "Show this to the clerk:"))
        sentence = tr(clerk_sentence(item, number, whole_number))
        out.append(f"<p class='clerk'><b>{_e(show)}</b><br/>{_e(sentence)}</p>")
    if item.account.status is AccountStatus.IN_PROGRESS:
        out.append(f"<p>{_e(tr(_ALREADY_STARTED))}</p>")
    if item.account.use_fallback:
        old_gone = QT_TRANSLATE_NOOP(
            "Checklist", "The old number no longer works: these are the steps."
        )
        out.append(f"<p>{_e(tr(old_gone))}</p>")
    words = requirements_for(item, requires, number)
    if words:
        out.append(f"<p><b>{_e(tr(_WHAT_TO_BRING))}</b></p><ul>")
        out += [f"<li>{_e(tr(w))}</li>" for w in words]
        out.append("</ul>")
    if steps:
        out.append(f"<p><b>{_e(tr(_STEPS))}</b></p>")
        checked = item.account.checked_steps
        out += [
            _tick_line(step, ticked=(n - 1) in checked, number=n, tight=visit)
            for n, step in enumerate(steps, start=1)
        ]
    else:
        no_guide = QT_TRANSLATE_NOOP(
            "Checklist", "No step-by-step guide: look in the app's settings for the phone number."
        )
        out.append(f"<p>{_e(tr(no_guide))}</p>")
    if fallback and not visit:  # at the counter the clerk checks the ID card instead
        joiner = "" if lang == "zh_CN" else " "
        label = tr(QT_TRANSLATE_NOOP("Checklist", "If the old number no longer works:"))
        out.append(f"<p class='fallback'><b>{_e(label)}</b> {_e(joiner.join(fallback))}</p>")
    if visit:  # room to write what the clerk said
        notes = tr(QT_TRANSLATE_NOOP("Checklist", "Notes:"))
        out.append(
            f"<p class='notes'>{_e(notes)}<br/><img src='{LINES_URL}' "
            f"width='{image_px(NOTES_WIDTH_PT)}' "
            f"height='{image_px(NOTE_LINES * NOTE_GAP_PT)}'/></p>"
        )
    return out


def checklist_for(
    numbered: NumberPlan, catalog: Catalog, lang: str, today: date, whole_number: bool
) -> str:
    """:func:`checklist_html` for the plan of a number (operations.plan.plan_of_number; used by
    the dialog and the CLI)."""
    return checklist_html(
        numbered.number,
        numbered.person_name,
        numbered.plan,
        catalog,
        lang,
        today,
        whole_number=whole_number,
    )


def checklist_title(lang: str) -> str:
    return translator_for(lang)(TITLE)
