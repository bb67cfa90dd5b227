"""The official look-ups: 一证通查 (how to ask, and the count it replied) and the carriers'
own checks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.accounts import renewal_hint
from .. import style
from ..dates import spoken
from ..errors import show_problem
from ..widgets import (
    Column,
    button,
    labelled,
    para,
)
from .common import CARRIERS, YZTC_PREF, section_heading

if TYPE_CHECKING:
    from .page import DiscoverPage


class OfficialTab(QWidget):
    def __init__(self, page: DiscoverPage) -> None:
        super().__init__()
        self.page = page
        ctx = page.ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        col = Column(width_em=52)
        outer.addWidget(col)
        col.add(section_heading(self.tr("The official check: 一证通查")))
        col.add(
            para(
                self.tr(
                    "The Ministry of Industry and Information Technology (MIIT) runs a free "
                    "check, 一证通查, that tells you how many internet accounts are linked to "
                    "this number. It gives only a count, not the names of the apps, and it "
                    "covers only some large internet companies."
                )
            )
        )
        col.add(
            para(
                self.tr(
                    "Where to start it: in WeChat, the official account 工信微报, 工信部反诈专班 "
                    "or 中国信通院; or the 一证通查 mini-program in Alipay. You need the phone "
                    "number and the last six digits of the ID card. The answer comes as a text "
                    "message from 10699000 within 48 hours."
                )
            )
        )
        service = ctx.catalog.get("miit_yztc")
        guide = service.action(service.default_action) if service is not None else None
        steps = guide.steps_for(ctx.lang) if guide is not None else ()
        if steps:
            lines = "\n".join(
                self.tr("{n}. {step}").format(n=i, step=step) for i, step in enumerate(steps, 1)
            )
            col.add(para(self.tr("Step by step:")))
            col.add(para(lines))

        self.count_field = QSpinBox()
        self.count_field.setRange(0, 999)
        self.count_field.setMinimumWidth(style.em() * 5)
        self.count_field.setAccessibleName(self.tr("The count in the text from 10699000"))
        self.save_button = button(self.tr("Save the count"))
        self.save_button.clicked.connect(self.save_count)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.count_field)
        line.addWidget(self.save_button)
        line.addStretch(1)
        col.add(labelled(self.tr("The &count in the text from 10699000:"), box))
        self.saved_label = para("")
        self.compare_label = para("")
        self.compare_label.setAccessibleName(self.tr("Comparison with your list"))
        col.add(self.saved_label)
        col.add(self.compare_label)

        col.add(section_heading(self.tr("If this number was someone else's before you")))
        col.add(
            para(
                self.tr(
                    "Phone numbers are given out again after they are cancelled. If apps "
                    "still treat you as the previous owner, the phone companies can remove "
                    "the previous owner's links to many apps (二次号码焕新). It removes only "
                    "links made before you got the number."
                )
            )
        )
        for carrier_id in CARRIERS:
            carrier = ctx.catalog.get(carrier_id)
            hint = renewal_hint(carrier, ctx.lang) if carrier is not None else None
            if carrier is None or hint is None:
                continue
            col.add(
                para(self.tr("{carrier}: {how}").format(carrier=carrier.name(ctx.lang), how=hint))
            )
        col.add_stretch()
        self.refresh()

    def saved(self) -> dict[str, Any] | None:
        prefs: object = self.page.ctx.session.vault.pref(YZTC_PREF, {})
        entry = prefs.get(self.page.number.id) if isinstance(prefs, dict) else None
        return entry if isinstance(entry, dict) else None

    def save_count(self) -> None:
        count = self.count_field.value()
        number_id = self.page.number.id
        today = self.page.ctx.today().isoformat()

        def write(vault: Any) -> None:
            prefs = vault.pref(YZTC_PREF, {})
            prefs = dict(prefs) if isinstance(prefs, dict) else {}
            prefs[number_id] = {"count": count, "date": today}
            vault.set_pref(YZTC_PREF, prefs)

        try:
            self.page.ctx.session.write(write)
        except Exception as exc:
            show_problem(self, exc)
            return
        self.refresh()

    def refresh(self) -> None:
        listed = len(self.page.accounts())
        self.compare_label.setText(
            self.tr("Ringoff lists {n} accounts for this number.").format(n=listed)
        )
        entry = self.saved()
        if entry is None:
            self.saved_label.setText(self.tr("No count saved yet."))
            return
        count = int(entry.get("count", 0))
        try:
            when = spoken(date.fromisoformat(str(entry.get("date"))), self.page.ctx.today())
        except ValueError:
            when = ""
        self.count_field.setValue(count)
        self.saved_label.setText(
            self.tr("The official check counted {count} linked accounts ({when}).").format(
                count=count, when=when
            )
        )
        extra = ""
        if count > listed:
            extra = self.tr(
                " The check found more than your list holds: some accounts are probably still "
                "missing. Look through the other tabs again."
            )
        else:
            extra = self.tr(
                " Your list holds at least as many. The check covers only some companies, so "
                "keep looking for banks and other services it does not count."
            )
        self.compare_label.setText(self.compare_label.text() + extra)
        self.compare_label.setAccessibleName(self.compare_label.text())
