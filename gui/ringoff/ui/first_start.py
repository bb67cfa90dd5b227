"""First start: language, a passphrase with a plain hint, and the recovery key kept safe.

Three steps in one page. The vault is created when the passphrase is accepted (the key
derivation runs in the worker), and the recovery key is shown once, with the Emergency Kit to
print or save and a confirmation that it was kept before the user goes on.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from ..core.passphrase import Strength, check
from ..services.translations import LANGUAGE_NAMES, current_language
from . import style
from .context import AppContext
from .widgets import Card, Column, button, field, labelled, para, row, selectable, title


class FirstStartPage(QStackedWidget):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.recovery_key = ""
        # Only the step on screen is built now; the others when first shown (see _goto), so the
        # first window is painted sooner.
        self.addWidget(self._language_step())
        ctx.session.busy.connect(self._on_busy)
        ctx.session.unlock_failed.connect(self._on_failed)

    def initial_focus(self) -> QWidget:
        if self.window_.property("first_start_focus") == "text_size":
            self.window_.setProperty("first_start_focus", None)
            return self.size_buttons.checkedButton() or self
        return self.lang_buttons.checkedButton() or self

    # -- step 1: language --

    def _language_step(self) -> QWidget:
        page = Column(width_em=34)
        page.add(title("Ringoff · 号码解绑助手"))
        page.add(
            para(
                self.tr(
                    "Ringoff helps you move your accounts off a phone number before it is "
                    "cancelled, so nobody who gets the number later can use them."
                )
            )
        )
        page.add(para(self.tr("Choose your language:")))
        self.lang_buttons = QButtonGroup(self)
        current = current_language()
        for code in ("zh_CN", "en"):
            radio = QRadioButton(LANGUAGE_NAMES[code])
            radio.setAccessibleName(LANGUAGE_NAMES[code])
            radio.setProperty("lang", code)
            radio.setChecked(code == current)
            style.heading(radio, 1.25, bold=False)
            style.size_radio_indicator(radio)
            self.lang_buttons.addButton(radio)
            page.add(radio)
        self.lang_buttons.buttonClicked.connect(self._language_chosen)
        page.add(para(self.tr("Choose the text size:")))
        self.size_buttons = QButtonGroup(self)
        size_now = str(self.ctx.settings["text_size"])
        sizes = (
            ("normal", self.tr("Normal")),
            ("large", self.tr("Large")),
            ("larger", self.tr("Larger")),
        )
        size_row = []
        for code, name in sizes:
            radio = QRadioButton(name)
            radio.setAccessibleName(self.tr("Text size: {size}").format(size=name))
            radio.setProperty("text_size", code)
            radio.setChecked(code == size_now)
            font = style.scaled(radio, style.SCALES[code] / style.SCALES.get(size_now, 1.0))
            radio.setFont(font)  # each choice shows its own size
            style.size_radio_indicator(radio)
            self.size_buttons.addButton(radio)
            size_row.append(radio)
        sizes_row = row(*size_row)
        # Room between the choices, so each circle clearly goes with the word after it.
        sizes_row.layout().setSpacing(int(style.em() * 1.5))
        page.add(sizes_row)
        self.size_buttons.buttonClicked.connect(self._size_chosen)
        self.language_next = button(self.tr("Continue"), primary=True)
        self.language_next.clicked.connect(lambda: self._goto(1))
        self.transfer_button = button(self.tr("I have a file from my other computer…"))
        self.transfer_button.setFlat(True)
        self.transfer_button.clicked.connect(self._import_transfer)
        page.add(row(self.language_next))
        page.add(row(self.transfer_button))
        page.add_stretch()
        return page

    def _import_transfer(self) -> None:
        """A person moving computers brings their vault instead of making a new one."""
        from .backups import ImportTransferDialog

        dialog = ImportTransferDialog(self.ctx, self)
        dialog.exec()
        if self.ctx.session.exists:
            self.window_.go(("unlock",), remember=False)  # type: ignore[attr-defined]

    def _language_chosen(self, radio: QRadioButton) -> None:
        lang = str(radio.property("lang"))
        if lang != current_language():
            # Saving the setting rebuilds the window in the new language, on this same step.
            self.ctx.set_setting("language", lang)

    def _size_chosen(self, radio: QRadioButton) -> None:
        size = str(radio.property("text_size"))
        if size != self.ctx.settings["text_size"]:
            self.window_.setProperty("first_start_focus", "text_size")
            self.ctx.set_setting("text_size", size)  # the window rebuilds at the new size

    # -- step 2: passphrase --

    def _passphrase_step(self) -> QWidget:
        page = Column(width_em=36)
        page.add(title(self.tr("Choose a passphrase")))
        page.add(
            para(
                self.tr(
                    "Everything you keep in Ringoff is locked with this passphrase. "
                    "A short sentence is easy to remember and hard to guess, for example "
                    "“Grandma's garden has 3 apple trees”."
                )
            )
        )
        self.pass1 = field(self.tr("Your new passphrase"), self.tr("New passphrase"), secret=True)
        self.pass2 = field(self.tr("The same passphrase again"), self.tr("Repeat passphrase"), True)
        page.add(labelled(self.tr("&Passphrase"), self.pass1))
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("How strong the passphrase is"))
        page.add(self.hint)
        page.add(labelled(self.tr("&Type it again"), self.pass2))
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.toggled.connect(self._toggle_echo)
        page.add(self.show_box)
        self.pass_error = para("")
        style.colour_label(self.pass_error, style.state_colours().red)
        self.pass_error.setVisible(False)
        page.add(self.pass_error)
        self.create_busy = QProgressBar()
        self.create_busy.setRange(0, 0)
        self.create_busy.setTextVisible(False)
        self.create_busy.setAccessibleName(self.tr("Creating your vault, please wait"))
        self.create_busy.setVisible(False)
        page.add(self.create_busy)
        back = button(self.tr("Back"))
        back.clicked.connect(lambda: self._goto(0))
        self.create_button = button(self.tr("Create my vault"), primary=True)
        self.create_button.clicked.connect(self._create)
        page.add(row(self.create_button, back))
        page.add_stretch()
        self.pass1.textChanged.connect(self._update_hint)
        self.pass2.returnPressed.connect(self._create)
        self.pass1.returnPressed.connect(self.pass2.setFocus)
        self._update_hint()
        return page

    def _toggle_echo(self, shown: bool) -> None:
        mode = self.pass1.EchoMode.Normal if shown else self.pass1.EchoMode.Password
        self.pass1.setEchoMode(mode)
        self.pass2.setEchoMode(mode)

    def _update_hint(self) -> None:
        text = self.pass1.text()
        if not text:
            self.hint.setText(self.tr("Longer is stronger. Spaces are allowed."))
            style.colour_label(self.hint, style.state_colours().grey, bold=False)
            return
        verdict = check(text)
        colours = style.state_colours()
        colour = {
            Strength.TOO_WEAK: colours.red,
            Strength.WEAK: colours.amber,
            Strength.GOOD: colours.green,
            Strength.STRONG: colours.green,
        }[verdict.strength]
        self.hint.setText(self.ctx.tr(verdict.message))
        style.colour_label(self.hint, colour, bold=False)

    def _create(self) -> None:
        if self.ctx.session.working:
            return
        verdict = check(self.pass1.text())
        if not verdict.acceptable:
            self._pass_problem(self.ctx.tr(verdict.message))
            return
        if self.pass1.text() != self.pass2.text():
            self._pass_problem(self.tr("The two passphrases are not the same. Please type again."))
            self.pass2.clear()
            self.pass2.setFocus()
            return
        self.pass_error.setVisible(False)
        self.ctx.session.create(self.pass1.text(), self._created)

    def _pass_problem(self, text: str) -> None:
        self.pass_error.setText(text)
        self.pass_error.setVisible(True)

    def _on_busy(self, busy: bool) -> None:
        if self.count() < 2:
            return  # the passphrase step is not built yet: nothing of it to update
        self.create_busy.setVisible(busy)
        self.create_button.setEnabled(not busy)

    def _on_failed(self, error: object) -> None:
        if isinstance(error, BaseException) and self.currentIndex() == 1:
            from .errors import show_problem

            show_problem(self, error)

    def _created(self, recovery_key: str) -> None:
        self.pass1.clear()
        self.pass2.clear()
        self.recovery_key = recovery_key
        self._build_up_to(2)
        self.key_label.setText(recovery_key.replace("-", " "))
        self._goto(2)

    # -- step 3: recovery key --

    def _recovery_step(self) -> QWidget:
        page = Column(width_em=40)
        page.add(title(self.tr("Keep your recovery key safe")))
        page.add(
            para(
                self.tr(
                    "If you forget your passphrase, this recovery key is the only way back in. "
                    "Nobody else has it, not even us. Print it or write it down, and keep it "
                    "with your important papers."
                )
            )
        )
        card = Card()
        self.key_label = QLabel("")
        self.key_label.setWordWrap(True)
        selectable(self.key_label)
        self.key_label.setAccessibleName(self.tr("Your recovery key"))
        font = style.scaled(self.key_label, 1.35)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        font.setBold(True)
        self.key_label.setFont(font)
        card.layout_.addWidget(self.key_label)
        page.add(card)
        self.kit_button = button(self.tr("Print or save the Emergency Kit…"), primary=True)
        self.kit_button.clicked.connect(self._emergency_kit)
        page.add(row(self.kit_button))
        self.kept = QCheckBox(self.tr("I have printed or written down my recovery key"))
        self.kept.setAccessibleName(self.kept.text())
        page.add(self.kept)
        self.finish_button = button(self.tr("Continue to my numbers"))
        self.finish_button.setEnabled(False)
        self.kept.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self._finish)
        page.add(row(self.finish_button))
        page.add_stretch()
        return page

    def _emergency_kit(self) -> None:
        from .printing import EmergencyKitDialog

        EmergencyKitDialog(self.ctx, self.recovery_key, self).exec()

    def _finish(self) -> None:
        self.recovery_key = ""
        self.key_label.clear()
        self.window_.go(("home",), remember=False)  # type: ignore[attr-defined]

    # -- navigation inside the page --

    def _build_up_to(self, index: int) -> None:
        steps = (self._language_step, self._passphrase_step, self._recovery_step)
        while self.count() <= index:
            self.addWidget(steps[self.count()]())

    def _goto(self, index: int) -> None:
        self._build_up_to(index)
        self.setCurrentIndex(index)
        focus: QWidget = getattr(self, ("language_next", "pass1", "kit_button")[index])
        focus.setFocus()

    def step(self) -> int:
        return self.currentIndex()
