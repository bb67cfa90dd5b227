"""The session: locked or unlocked, and the one connection to the vault.

The session lives on the UI thread and owns the :class:`~ringoff.storage.vault.Vault`. Only the
slow key derivation runs on a worker thread (services/worker.py); the worker hands the raw key
back through a queued signal and the database is opened here, on the owning thread. No worker
ever writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, Text
from .worker import Worker

if TYPE_CHECKING:  # the vault modules (SQLCipher, cryptography) load at unlock, not at start-up
    from ..storage import keys
    from ..storage.vault import Vault


def _utc_now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC)


LOCK_REASONS: dict[str, Text] = {
    "manual": QT_TRANSLATE_NOOP("Session", "You locked Ringoff."),
    "idle": QT_TRANSLATE_NOOP(
        "Session", "Ringoff locked itself after {minutes} minutes without use."
    ),
    "idle_1": QT_TRANSLATE_NOOP("Session", "Ringoff locked itself after 1 minute without use."),
    "sleep": QT_TRANSLATE_NOOP("Session", "Ringoff locked itself because the computer slept."),
    "screen": QT_TRANSLATE_NOOP("Session", "Ringoff locked itself because the screen locked."),
    "changed": QT_TRANSLATE_NOOP(
        "Session", "Ringoff locked itself because the vault was changed by another computer."
    ),
}


class Session(QObject):
    """Signals: ``unlocked``; ``about_to_lock()`` (pages save what is being typed);
    ``locked(reason Text)``; ``unlock_failed(error)``; ``busy(bool)``;
    ``changed()`` after any write made through :meth:`write`."""

    unlocked = Signal()
    about_to_lock = Signal()  # the vault is still open: last chance to save typed text
    locked = Signal(object)
    unlock_failed = Signal(object)
    busy = Signal(bool)
    changed = Signal()

    def __init__(
        self,
        vault_path: Path,
        *,
        clock: Callable[[], datetime] = _utc_now,
        kdf: keys.KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.clock = clock
        self.kdf = kdf
        self._vault: Vault | None = None
        self.last_lock_reason: Text | None = None
        self._after_unlock: Callable[[], None] | None = None
        # (raw key | None, error | None) comes back from the key derivation on this thread.
        self._worker = Worker(self, name="ringoff-kdf")
        self._worker.done.connect(self._finish_unlock)

    # -- state --

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the vault is locked")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def exists(self) -> bool:
        return self.vault_path.exists()

    @property
    def working(self) -> bool:
        return self._worker.running

    # -- unlocking --

    def _run_worker(self, job: Callable[[], bytes]) -> None:
        if self._worker.start(job):
            self.busy.emit(True)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Start unlocking; ``unlocked`` or ``unlock_failed`` follows."""
        from ..storage import vault as vault_mod

        path = self.vault_path
        self._run_worker(lambda: vault_mod.unlock_with_passphrase(path, passphrase))

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        from ..operations.keys import check_recovery_key

        path = self.vault_path
        self._run_worker(lambda: check_recovery_key(recovery_key, path))

    def create(self, passphrase: str, on_created: Callable[[str], None]) -> None:
        """Create a new vault (the KDF runs in the worker), then open it here.

        *on_created* receives the recovery key once the vault is open.
        """
        from ..storage import keys
        from ..storage import vault as vault_mod

        path = self.vault_path
        kdf = self.kdf or keys.DEFAULT_KDF
        box: dict[str, str] = {}

        def job() -> bytes:
            from ..storage.atomic import make_private_dirs

            make_private_dirs(path.parent)
            made, recovery = vault_mod.create_vault(path, passphrase, kdf=kdf, clock=self.clock)
            made.close()
            box["recovery"] = recovery
            return keys.parse_recovery_key(recovery)

        self._after_unlock = lambda: on_created(box["recovery"])
        self._run_worker(job)

    def _finish_unlock(self, raw: object, error: object) -> None:
        self.busy.emit(False)
        after, self._after_unlock = self._after_unlock, None
        if error is not None or not isinstance(raw, bytes):
            self.unlock_failed.emit(error)
            return
        from ..storage import vault as vault_mod

        try:
            self._vault = vault_mod.open_vault(self.vault_path, raw, clock=self.clock)
        except Exception as exc:
            self.unlock_failed.emit(exc)
            return
        self.last_lock_reason = None
        self.unlocked.emit()
        if after is not None:
            after()

    def adopt(self, vault: Vault) -> None:
        """Use an already open vault (the demo, tests)."""
        self._vault = vault
        self.vault_path = vault.path
        self.unlocked.emit()

    # -- locking --

    def lock(self, reason: str = "manual", **args: object) -> None:
        if self._vault is None:
            return
        self.about_to_lock.emit()
        vault, self._vault = self._vault, None
        vault.close()
        if reason == "idle" and args.get("minutes") == 1:
            reason, args = "idle_1", {}  # "1 minute", not "1 minutes"
        text = LOCK_REASONS.get(reason, LOCK_REASONS["manual"])
        self.last_lock_reason = text.format(**args) if args else text
        self.locked.emit(self.last_lock_reason)

    # -- writing --

    def write(self, action: Callable[[Vault], object]) -> object:
        """Run one vault write; tell everyone that data changed.

        A :class:`ChangedElsewhere` (another computer wrote the file) locks the session, so
        nothing more is written over the other computer's changes.
        """
        try:
            result = action(self.vault)
        except UserError as exc:
            if exc.kind == "changed_elsewhere":
                self.lock("changed")
            raise
        self.changed.emit()
        return result
