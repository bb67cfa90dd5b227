"""Backups: the list, a backup now, restoring one (after showing what it holds), moving house.

Restoring never replaces anything before the person has seen what the backup contains; the
current information is kept as a "before-restore" backup first (operations.backups.restore).
Restoring works while locked too, so a damaged vault can be replaced from its backups.
Moving to another computer writes one transfer file (operations.transfer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...operations import backups as backup_ops
from ...operations import transfer as transfer_ops
from ...services.translations import app_name
from ...services.worker import Worker
from .. import style
from ..calm_dialog import CalmDialog, busy_bar, error_label
from ..context import AppContext
from ..errors import show_problem
from ..history import when_text
from ..widgets import Card, button, para, title
from .parts import SecretBox, backups_folder, main_window_of, size_text

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(CalmDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.main_window = main_window_of(parent)
        self.folder = backups_folder(ctx)
        self.chosen: Path | None = None
        self.chosen_when = ""
        self.other_vault = False
        self.raw_key: bytes | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        em = style.em()
        self.resize(em * 36, em * 34)
        lay = QVBoxLayout(self)
        lay.addWidget(title(self.tr("Backups"), 1.3))
        lay.addWidget(
            para(
                self.tr(
                    "Ringoff makes an encrypted copy of your information every day it is used, "
                    "and when you lock or close it after changes (at most once an hour). It "
                    "keeps the newest 10 and one for each of the last 30 days. Copies you make "
                    "yourself are never removed."
                )
            )
        )
        self.folder_label = para(
            self.tr("Folder: {folder}").format(folder=str(self.folder)), hint=True
        )
        lay.addWidget(self.folder_label)
        self.same_disk = para(
            self.tr(
                "Your backups are on the same disk as your information: if that disk breaks, "
                "both are lost. In Settings, choose a backups folder on a USB stick or another "
                "disk."
            )
        )
        self.same_disk.setAccessibleName(self.tr("Warning"))
        style.colour_label(self.same_disk, style.state_colours().amber)
        self.same_disk.setVisible(backup_ops.same_disk(self.folder, ctx.session.vault_path))
        lay.addWidget(self.same_disk)
        self.last_label = para("")
        self.last_label.setAccessibleName(self.tr("Last backup"))
        lay.addWidget(self.last_label)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Backups, newest first"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        lay.addWidget(self.tree, 1)
        self.empty = para(self.tr("There are no backups yet."), hint=True)
        lay.addWidget(self.empty)

        unlocked = ctx.session.is_unlocked
        self.backup_button = button(self.tr("Make a backup now"))
        self.backup_button.setEnabled(unlocked)
        self.restore_button = button(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.file_button = button(self.tr("Restore from a file…"))
        self.move_button = button(self.tr("Move to another computer…"))
        self.move_button.setVisible(unlocked)
        row_ = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.file_button, self.move_button):
            row_.addWidget(b)
        row_.addStretch(1)
        lay.addLayout(row_)
        self.restore_panel = self._build_restore_panel()
        lay.addWidget(self.restore_panel)
        self.status = para("")
        self.status.setAccessibleName(self.tr("Message"))
        lay.addWidget(self.status)
        self.close_button = button(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)

        self.worker = Worker(self)
        self.worker.done.connect(self._derived)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.file_button.clicked.connect(self.restore_from_file)
        self.move_button.clicked.connect(self.choose_export)
        self.close_button.clicked.connect(self.accept)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.ask_restore())
        self.reload()
        self.tree.setFocus()

    # -- the list --

    def kind_text(self, tag: str) -> str:
        return {
            "": self.tr("Automatic"),
            "manual": self.tr("Made by you"),
            "before-restore": self.tr("Kept before a restore"),
            "before-upgrade": self.tr("Kept before an update"),
        }.get(tag, tag)

    def reload(self) -> None:
        infos = backup_ops.list_all(self.ctx.session.vault_path, self.folder)
        self.tree.clear()
        today = self.ctx.today()
        for info in infos:
            item = QTreeWidgetItem(
                [when_text(info.made_at, today), self.kind_text(info.tag), size_text(info.size)]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            self.tree.addTopLevelItem(item)
        self.last_label.setText(
            self.tr("Last backup: {when}.").format(when=when_text(infos[0].made_at, today))
            if infos
            else self.tr("No backup has been made yet.")
        )
        if infos:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty.setVisible(not infos)
        self.tree.setVisible(bool(infos))
        self._selection_changed()

    def rows(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(self.tree.topLevelItemCount())
        ]

    def selected_path(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(str(item.data(0, PATH_ROLE))) if item is not None else None

    def _selection_changed(self, *_: object) -> None:
        self.restore_button.setEnabled(self.tree.currentItem() is not None)

    # -- a backup now --

    def backup_now(self) -> Path | None:
        if not self.ctx.session.is_unlocked:
            return None
        try:
            made = backup_ops.make_backup(self.ctx.session.vault, self.folder)
        except Exception as exc:
            show_problem(self, exc)
            return None
        self.reload()
        self.status.setText(
            self.tr("A backup was made: {when}.").format(
                when=when_text(self.ctx.now(), self.ctx.today())
            )
        )
        return made

    # -- restoring --

    def _build_restore_panel(self) -> Card:
        panel = Card()
        panel.setAccessibleName(self.tr("Restore a backup"))
        self.restore_intro = para("")
        panel.layout_.addWidget(self.restore_intro)
        self.secret = SecretBox(self.tr("&Passphrase you used then"))
        panel.layout_.addWidget(self.secret)
        self.restore_error = error_label(self.tr("Problem"))
        panel.layout_.addWidget(self.restore_error)
        self.restore_busy = busy_bar(self.tr("Opening the backup, please wait"))
        panel.layout_.addWidget(self.restore_busy)
        self.check_button = button(self.tr("Show what it holds"), primary=True)
        self.cancel_restore = button(self.tr("Cancel"))
        self.check_row = QWidget()
        check_lay = QHBoxLayout(self.check_row)
        check_lay.setContentsMargins(0, 0, 0, 0)
        check_lay.addWidget(self.check_button)
        check_lay.addWidget(self.cancel_restore)
        check_lay.addStretch(1)
        panel.layout_.addWidget(self.check_row)
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What the backup holds"))
        style.heading(self.summary_label, 1.05)
        panel.layout_.addWidget(self.summary_label)
        self.replace_warning = para(
            self.tr(
                "Restoring replaces what Ringoff holds now with this backup. What it holds now "
                "is kept as a backup first, so nothing is lost. Ringoff locks, and then you "
                "unlock again."
            )
        )
        panel.layout_.addWidget(self.replace_warning)
        self.replace_button = button(self.tr("Replace with this backup"), primary=True)
        self.keep_button = button(self.tr("Keep what I have"))
        self.confirm_row = QWidget()
        confirm_lay = QHBoxLayout(self.confirm_row)
        confirm_lay.setContentsMargins(0, 0, 0, 0)
        confirm_lay.addWidget(self.replace_button)
        confirm_lay.addWidget(self.keep_button)
        confirm_lay.addStretch(1)
        panel.layout_.addWidget(self.confirm_row)
        self.check_button.clicked.connect(self.check_backup)
        self.secret.passphrase.returnPressed.connect(self.check_backup)
        self.secret.recovery.returnPressed.connect(self.check_backup)
        self.cancel_restore.clicked.connect(self.cancel)
        self.keep_button.clicked.connect(self.cancel)
        self.replace_button.clicked.connect(self.restore)
        panel.setVisible(False)
        return panel

    def _show_confirm(self, shown: bool) -> None:
        self.summary_label.setVisible(shown)
        self.replace_warning.setVisible(shown)
        self.confirm_row.setVisible(shown)
        self.check_row.setVisible(not shown)
        self.secret.setVisible(not shown)

    def ask_restore(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        self.chosen = path
        self.raw_key = None
        item = self.tree.currentItem()
        self._ask_secret(item.text(0) if item is not None else "")

    def restore_from_file(self) -> None:
        """Restore a backup the person picks anywhere (a USB stick, another folder)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self.folder),
            self.tr("Ringoff backups (*.ringoff-backup);;All files (*)"),
        )
        if name:
            self.restore_file(Path(name))

    def restore_file(self, path: Path) -> None:
        self.chosen = path
        self.raw_key = None
        self._ask_secret(path.name)

    def _ask_secret(self, when: str) -> None:
        self.chosen_when = when
        self.other_vault = False
        self.restore_intro.setText(
            self.tr(
                "To restore the backup from {when}, type your passphrase, or your recovery key."
            ).format(when=when)
        )
        self.restore_error.setVisible(False)
        self.secret.clear()
        self._show_confirm(False)
        self.restore_panel.setVisible(True)
        self.fit_content(self.secret)
        self.secret.edit().setFocus()

    def cancel(self) -> None:
        self.chosen = None
        self.raw_key = None
        self.secret.clear()
        self.restore_panel.setVisible(False)
        self.tree.setFocus()

    def check_backup(self) -> None:
        if self.worker.running or self.chosen is None:
            return
        text = self.secret.text()
        if not text.strip():
            self.restore_error.setText(
                self.tr("Please type your recovery key.")
                if self.secret.using_recovery
                else self.tr("Please type your passphrase.")
            )
            self.restore_error.setVisible(True)
            self.fit_content(self.restore_error)
            return
        backup, vault_path = self.chosen, self.ctx.session.vault_path
        recovery = self.secret.using_recovery
        self.restore_error.setVisible(False)
        self.restore_busy.setVisible(True)
        self.check_button.setEnabled(False)
        self.worker.start(
            lambda: backup_ops.unlock_backup(backup, vault_path, text, recovery=recovery)
        )

    def _derived(self, raw: object, error: object) -> None:
        self.restore_busy.setVisible(False)
        self.check_button.setEnabled(True)
        session = self.ctx.session
        if error is None and isinstance(raw, bytes) and self.chosen is not None:
            try:
                checked = backup_ops.check_backup(
                    self.chosen,
                    raw,
                    session.vault_path,
                    open_vault_id=session.vault.vault_id if session.is_unlocked else None,
                )
                summary = checked.summary
            except Exception as exc:
                error = exc
        if isinstance(error, UserError):
            self.restore_error.setText(self.ctx.tr(error.message))
            self.restore_error.setVisible(True)
            self.fit_content(self.restore_error)
            self.secret.edit().setFocus()
            return
        if isinstance(error, BaseException):
            show_problem(self, error)
            return
        assert isinstance(raw, bytes)
        self.raw_key = raw
        self.secret.clear()
        last = (
            when_text(summary.last_change, self.ctx.today())
            if summary.last_change is not None
            else self.tr("never")
        )
        self.summary_label.setText(
            self.tr(
                "This backup holds — people: {people}, numbers: {numbers}, accounts: "
                "{accounts}. Last change: {last}."
            ).format(
                people=summary.people,
                numbers=summary.numbers,
                accounts=summary.accounts,
                last=last,
            )
        )
        self.other_vault = checked.other_vault
        if self.other_vault:
            self.summary_label.setText(
                self.tr(
                    "This backup belongs to a different vault, not to the information you have "
                    "open now. Replace it only if you are sure."
                )
                + "\n"
                + self.summary_label.text()
            )
        self.replace_button.setText(
            self.tr("Replace with it anyway")
            if self.other_vault
            else self.tr("Replace with this backup")
        )
        self.replace_button.setAccessibleName(self.replace_button.text())
        self._show_confirm(True)
        self.fit_content(self.confirm_row)
        self.keep_button.setFocus()

    def restore(self) -> None:
        """Lock, replace the vault with the chosen backup, and go to the unlock page."""
        backup, raw = self.chosen, self.raw_key
        if backup is None or raw is None:
            return
        ctx = self.ctx
        main = self.main_window
        when = self.chosen_when
        vault_path = ctx.session.vault_path
        # The key in force: the restored copy is encrypted with it, so the passphrase and the
        # recovery key the person has now keep working (an old passphrase never comes back).
        current = ctx.session.vault.key_in_force() if ctx.session.is_unlocked else None
        other_ok = self.other_vault
        self.raw_key = None
        # Locking closes every dialog, this one too: nothing below may touch its widgets.
        ctx.session.lock("manual")
        try:
            result = backup_ops.restore(
                vault_path,
                backup,
                raw,
                folder=self.folder,
                clock=ctx.clock,
                current_key=current,
                other_vault_ok=other_ok,
            )
        except Exception as exc:
            show_problem(main, exc)
            return
        if result.safety is None:
            message = QT_TRANSLATE_NOOP(
                "BackupsDialog",
                "Your backup from {when} was restored. Unlock with the passphrase or recovery "
                "key you used for that backup.",
            )
        elif result.key_file_replaced:
            message = QT_TRANSLATE_NOOP(
                "BackupsDialog",
                "Your backup from {when} was restored. What Ringoff held before is kept as a "
                "backup in {folder}. Unlock with the passphrase or recovery key you used for "
                "that backup.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "BackupsDialog",
                "Your backup from {when} was restored. What Ringoff held before is kept as a "
                "backup in {folder}. Unlock with your passphrase as usual.",
            )
        folder = str(result.safety.parent) if result.safety is not None else ""
        ctx.session.last_lock_reason = message.format(when=when, folder=folder)
        if main is not None:
            main.go(("unlock",), remember=False)  # type: ignore[attr-defined]

    # -- moving to another computer --

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the transfer file"),
            str(Path.home() / transfer_ops.suggested_name(app_name(), self.ctx.today())),
            self.tr("Ringoff transfer files (*.ringoff-transfer)"),
        )
        if name:
            # The file dialog itself asked before choosing an existing file.
            self.export_to(Path(name), confirmed=Path(name))

    def export_to(self, path: Path, confirmed: Path | None = None) -> Path | None:
        """Write the transfer file; a file already there is replaced only after asking."""
        if not self.ctx.session.is_unlocked:
            return None
        path = transfer_ops.transfer_path(path)
        overwrite = path == confirmed
        if path.exists() and not overwrite:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("There is already a file “{name}”. Replace it?").format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            overwrite = True
        try:
            made = transfer_ops.export(self.ctx.session.vault, path, overwrite=overwrite)
        except Exception as exc:
            show_problem(self, exc)
            return None
        self.status.setText(
            self.tr(
                "Saved to {path}. Copy this file to the other computer, install Ringoff there "
                "and choose “Bring your information from another computer” in its Settings. "
                "You will need your passphrase or your recovery key."
            ).format(path=str(made))
        )
        return made
