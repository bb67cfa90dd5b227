"""Settings: one widget per declared setting (storage.settings.SETTINGS), saved at once.

The page works while locked (language and text size matter before unlocking). The parts that
need the vault — your name for the history, the passphrase and recovery key — appear only when
it is unlocked. Changing the language or text size rebuilds the window; the page comes back
with the focus on the control that was changed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.preferences import SETTINGS, Setting
from ..services import autostart
from . import style
from .context import AppContext
from .errors import show_problem
from .widgets import Card, Column, button, field, labelled, para, row, title

FOCUS_PROPERTY = "settings_focus"

#: Settings in minutes or seconds offered as a short list of plain choices (0 is "Never").
DURATION_CHOICES: dict[str, tuple[int, ...]] = {
    "autolock_minutes": (1, 2, 5, 10, 15, 30, 60, 0),
    "clipboard_seconds": (10, 30, 60, 120, 0),
}

#: Which declared settings go in which section (anything not listed lands in "Other").
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("screen", ("language", "text_size")),
    ("locking", ("autolock_minutes", "lock_on_sleep", "clipboard_seconds")),
    ("backups", ("backups_dir",)),
    ("reminders", ("start_at_login",)),
)


def autostart_place() -> tuple[str, Path, Mapping[str, str]]:
    """Platform, home folder and environment for the login entry (tests replace this)."""
    return sys.platform, Path.home(), os.environ


def agent_command(vault_path: Path) -> list[str]:
    """How the reminder helper is started at login (no console window on Windows)."""
    return autostart.helper_command(vault_path)


def remember_actor(ctx: AppContext) -> None:
    """Keep ``vault.actor`` (who is at the keyboard, for the history) set after every unlock.

    Safe to call more than once; the main window's lifecycle should call it at start.
    """

    def apply() -> None:
        if ctx.session.is_unlocked:
            vault = ctx.session.vault
            vault.actor = str(vault.pref("actor", "") or "")

    if not ctx.property("actor_hooked"):
        ctx.setProperty("actor_hooked", True)
        ctx.session.unlocked.connect(apply)
    apply()


class SettingsPage(Column):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(width_em=40)
        self.ctx = ctx
        self.window_ = window
        self.controls: dict[str, QWidget] = {}
        self.warnings: dict[str, QLabel] = {}
        self.dialog: QWidget | None = None
        remember_actor(ctx)
        self.add(title(self.tr("Settings")))
        self.status = para("")
        self.status.setAccessibleName(self.tr("Message"))
        style.colour_label(self.status, style.state_colours().green)
        self.status.setVisible(False)
        self.add(self.status)

        names = {
            "screen": self.tr("Language and text"),
            "locking": self.tr("Locking and privacy"),
            "backups": self.tr("Backups"),
            "reminders": self.tr("Reminders"),
        }
        by_key = {s.key: s for s in SETTINGS}
        placed: set[str] = set()
        for section, keys_ in SECTIONS:
            settings = [by_key[k] for k in keys_ if k in by_key]
            placed.update(s.key for s in settings)
            card = self._section(names[section], settings)
            if section == "reminders":
                from .reminders_ui import helper_status_label

                self.helper_status = helper_status_label(ctx)
                card.layout_.addWidget(self.helper_status)
            if section == "backups":
                self.backups_button = button(self.tr("Backups and moving to a new computer…"))
                self.backups_button.clicked.connect(self.open_backups)
                card.layout_.addWidget(row(self.backups_button))
        rest = [s for s in SETTINGS if s.key not in placed]
        if rest:
            self._section(self.tr("Other"), rest)

        if ctx.session.is_unlocked:
            self._you_section()
            self._security_section()
        elif not ctx.session.exists:
            self._import_section()
        else:
            self.add(
                para(
                    self.tr(
                        "Unlock Ringoff to change your name, your passphrase or your recovery key."
                    ),
                    hint=True,
                )
            )
        self.add_stretch()

    # -- building --

    def _section(self, name: str, settings: list[Setting]) -> Card:
        card = self._card(name)
        for setting in settings:
            card.layout_.addWidget(self._control(setting))
        self.add(card)
        return card

    def _control(self, s: Setting) -> QWidget:
        ctx = self.ctx
        label = ctx.tr(s.label)
        help_text = ctx.tr(s.help)
        value = ctx.settings[s.key]
        widget: QWidget
        if s.kind == "choice":
            combo = QComboBox()
            for choice, text in s.choices:
                combo.addItem(ctx.tr(text), choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(
                lambda i, c=combo, k=s.key: self.save(k, c.itemData(i))
            )
            widget = combo
        elif s.kind == "int" and s.key in DURATION_CHOICES:
            return self._duration(s, label, help_text, int(value))
        elif s.kind == "int":
            spin = QSpinBox()
            spin.setRange(s.minimum, s.maximum)
            if s.key.endswith("_minutes"):
                spin.setSuffix(self.tr(" minutes"))
            elif s.key.endswith("_seconds"):
                spin.setSuffix(self.tr(" seconds"))
            if s.minimum == 0:
                spin.setSpecialValueText(self.tr("Never"))
            spin.setValue(int(value))
            spin.valueChanged.connect(lambda v, k=s.key: self.save(k, int(v)))
            widget = spin
        elif s.kind == "bool":
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.setAccessibleDescription(help_text)
            box.setChecked(self._autostart_state() if s.key == "start_at_login" else bool(value))
            box.toggled.connect(lambda on, k=s.key: self.save(k, bool(on)))
            self.controls[s.key] = box
            wrapper = QWidget()
            lay = QVBoxLayout(wrapper)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(int(style.em() * 0.2))
            lay.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            lay.addWidget(para(help_text, hint=True))
            return wrapper
        elif s.kind == "path":
            edit = QLineEdit(str(value))
            edit.setPlaceholderText(self._default_backups_dir())
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda e=edit, k=s.key: self.save(k, e.text().strip()))
            choose = button(
                self.tr("Choose…"), self.tr("Choose the folder for {what}").format(what=label)
            )
            choose.clicked.connect(lambda _=False, k=s.key: self.choose_folder(k))
            holder = QWidget()
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(edit, 1)
            lay.addWidget(choose)
            self.controls[s.key] = edit
            box_ = labelled(label, holder, help_text)
            edit.setAccessibleDescription(help_text)
            return box_
        else:  # an unknown kind: show the value, never lose it
            widget = QLabel(str(value))
        widget.setAccessibleDescription(help_text)
        self.controls[s.key] = widget
        return labelled(label, widget, help_text)

    def _duration(self, s: Setting, label: str, help_text: str, value: int) -> QWidget:
        """A list of plain choices ("5 minutes", "Never") instead of a spin box: no silent
        jump from "1 minute" to "Never" on one key press, and "Never" says what it means."""
        combo = QComboBox()
        choices = list(DURATION_CHOICES[s.key])
        if value not in choices:  # a hand-edited value is shown, never lost
            choices.append(value)
        choices.sort(key=lambda v: (v == 0, v))
        for choice in choices:
            combo.addItem(self._duration_words(s.key, choice), choice)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.setAccessibleDescription(help_text)
        self.controls[s.key] = combo
        box = labelled(label, combo, help_text)
        warning = para("")
        warning.setAccessibleName(self.tr("Warning"))
        style.colour_label(warning, style.state_colours().red, bold=False)
        box.layout().addWidget(warning)
        self.warnings[s.key] = warning

        def changed(index: int) -> None:
            chosen = int(combo.itemData(index))
            self._warn(s.key, chosen)
            self.save(s.key, chosen)

        combo.currentIndexChanged.connect(changed)
        self._warn(s.key, value)
        return box

    def _duration_words(self, key: str, amount: int) -> str:
        if key == "autolock_minutes":
            if amount == 0:
                return self.tr("Never (not recommended)")
            if amount == 1:
                return self.tr("After 1 minute")
            return self.tr("After {n} minutes").format(n=amount)
        if amount == 0:
            return self.tr("Never: keep it until I copy something else")
        if amount == 1:
            return self.tr("After 1 second")
        return self.tr("After {n} seconds").format(n=amount)

    def _warn(self, key: str, amount: int) -> None:
        warning = self.warnings.get(key)
        if warning is None:
            return
        text = ""
        if key == "autolock_minutes" and amount == 0:
            text = self.tr(
                "Ringoff will stay open until you lock it yourself. Anyone who uses this "
                "computer while you are away can see your numbers and accounts."
            )
        warning.setText(text)
        warning.setVisible(bool(text))

    def _you_section(self) -> None:
        card = self._card(self.tr("You"))
        vault = self.ctx.session.vault
        self.actor = field(self.tr("For example: Wang Fang"), self.tr("Your name"))
        self.actor.setText(str(vault.pref("actor", "") or ""))
        self.actor.editingFinished.connect(self.save_actor)
        card.layout_.addWidget(
            labelled(
                self.tr("Your &name"),
                self.actor,
                self.tr(
                    "Shown in the history next to what you change, so your family can see "
                    "who did what. Leave it empty if you use Ringoff alone."
                ),
            )
        )
        self.add(card)

    @staticmethod
    def _card(name: str) -> Card:
        """A section of the page: a card with its heading, named for screen readers."""
        card = Card()
        card.setAccessibleName(name)
        heading = QLabel(name)
        style.heading(heading, 1.2)
        card.layout_.addWidget(heading)
        return card

    def _security_section(self) -> None:
        card = self._card(self.tr("Security"))
        card.layout_.addWidget(
            para(
                self.tr(
                    "Your passphrase opens Ringoff every day. Your recovery key, printed in "
                    "the Emergency Kit, opens it if you forget the passphrase."
                ),
                hint=True,
            )
        )
        self.passphrase_button = button(self.tr("Change passphrase…"))
        # Named for the worry it answers (issue 23): it makes a new recovery key and
        # re-encrypts the backups; the dialog says to change the passphrase too.
        self.rotate_button = button(
            self.tr("Someone may know my passphrase or has seen my recovery key…")
        )
        self.kit_button = button(self.tr("Print the Emergency Kit again…"))
        for b in (self.passphrase_button, self.rotate_button, self.kit_button):
            card.layout_.addWidget(row(b))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.rotate_button.clicked.connect(self.new_recovery_key)
        self.kit_button.clicked.connect(self.print_kit)
        self.add(card)

    def _import_section(self) -> None:
        card = self._card(self.tr("A new computer"))
        card.layout_.addWidget(
            para(
                self.tr(
                    "Used Ringoff on another computer before? Bring your information here "
                    "with the transfer file made there."
                ),
                hint=True,
            )
        )
        self.import_button = button(self.tr("Bring your information from another computer…"))
        self.import_button.clicked.connect(self.import_transfer)
        card.layout_.addWidget(row(self.import_button))
        self.add(card)

    def initial_focus(self) -> QWidget | None:
        key = self.window_.property(FOCUS_PROPERTY)
        if key:
            self.window_.setProperty(FOCUS_PROPERTY, None)
            return self.controls.get(str(key))
        return self.controls.get("language")

    # -- saving --

    def _default_backups_dir(self) -> str:
        from ..operations.backups import default_folder

        return str(default_folder(self.ctx.session.vault_path))

    def save(self, key: str, value: Any) -> None:
        if key == "start_at_login" and not self._apply_autostart(bool(value)):
            return
        if key in ("language", "text_size"):
            # The window rebuilds itself (and this page) in the new language or size.
            self.window_.setProperty(FOCUS_PROPERTY, key)
        try:
            self.ctx.set_setting(key, value)
        except UserError as exc:
            show_problem(self, exc)
            return
        if key not in ("language", "text_size"):
            self.say(self.tr("Saved."))

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def choose_folder(self, key: str) -> None:
        from ..operations.backups import where_backups_go

        start = str(where_backups_go(self.ctx.session.vault_path, self.ctx.settings[key]))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if folder:
            self.set_path(key, folder)

    def set_path(self, key: str, folder: str) -> None:
        edit = self.controls[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(folder)
        self.save(key, folder)

    # -- start at login --

    def _autostart_state(self) -> bool:
        platform, home, env = autostart_place()
        try:
            return autostart.is_installed(platform, home, env)
        except Exception:  # no registry here, or an unreadable folder: trust the setting
            return bool(self.ctx.settings["start_at_login"])

    def _apply_autostart(self, on: bool) -> bool:
        from .reminders_ui import helper_status, set_helper

        try:
            set_helper(self.ctx, on)  # at login from now on, and started at once
        except (OSError, ValueError, RuntimeError, UserError) as exc:
            box = self.controls.get("start_at_login")
            if isinstance(box, QCheckBox):
                box.blockSignals(True)
                box.setChecked(not on)
                box.blockSignals(False)
            self.say("")
            show_problem(self, exc)
            return False
        if hasattr(self, "helper_status"):
            self.helper_status.setText(helper_status(self.ctx))
        return True

    # -- you --

    def save_actor(self) -> None:
        name = self.actor.text().strip()
        vault = self.ctx.session.vault
        if name == str(vault.pref("actor", "") or ""):
            return

        def write(v: Any) -> None:
            v.set_pref("actor", name)
            v.actor = name

        try:
            self.ctx.session.write(write)
        except UserError as exc:
            show_problem(self.window_, exc)
            return
        self.say(self.tr("Saved."))

    # -- dialogs --

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        from .security import ChangePassphraseDialog, NewRecoveryKeyDialog

        if isinstance(dialog, ChangePassphraseDialog) and dialog.changed:
            self.say(self.tr("Your passphrase was changed. Use the new one next time you unlock."))
        elif isinstance(dialog, NewRecoveryKeyDialog) and dialog.result():
            self.say(self.tr("You have a new recovery key. The old one no longer opens Ringoff."))

    def open_backups(self) -> None:
        from .backups import BackupsDialog

        self._open(BackupsDialog(self.ctx, self))

    def change_passphrase(self) -> None:
        from .security import ChangePassphraseDialog

        self._open(ChangePassphraseDialog(self.ctx, self))

    def new_recovery_key(self) -> None:
        from .security import NewRecoveryKeyDialog

        self._open(NewRecoveryKeyDialog(self.ctx, self))

    def print_kit(self) -> None:
        from .security import PrintKitDialog

        self._open(PrintKitDialog(self.ctx, self))

    def import_transfer(self) -> None:
        from .backups import ImportTransferDialog

        self._open(ImportTransferDialog(self.ctx, self))
