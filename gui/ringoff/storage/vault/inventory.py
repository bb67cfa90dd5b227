"""The rooms for people, their numbers and the accounts tied to each number.

Each mutating method is one committed transaction that also writes a history line; names and
notes from outside pass :mod:`ringoff.core.text` first, as the vault stores them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.model import (
    Account,
    AccountStatus,
    Action,
    Category,
    NumberMode,
    NumberStatus,
    Person,
    PhoneNumber,
    Replacement,
    Use,
)
from ...core.text import clean_name, clean_text
from .connection import VaultBase

_ACTIONS = {a.value: a for a in Action}
_STATUSES = {s.value: s for s in AccountStatus}
_CATEGORIES = {c.value: c for c in Category}


@lru_cache(maxsize=1024)
def _uses(text: str) -> frozenset[Use]:
    """The stored "sign_in,codes" as uses (an unknown one raises ValueError, as before)."""
    return frozenset(Use(u) for u in text.split(",") if u)


@lru_cache(maxsize=1024)
def _steps(text: str) -> frozenset[int]:
    return frozenset(int(i) for i in text.split(",") if i)


def _cleaned(account: Account) -> Account:
    """*account* with its name and texts cleaned (core.text), as the vault stores them."""
    name, reason, notes = (
        clean_name(account.name),
        clean_text(account.reason),
        clean_text(account.notes),
    )
    if (name, reason, notes) == (account.name, account.reason, account.notes):
        return account
    return replace(account, name=name, reason=reason, notes=notes)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class InventoryMixin(VaultBase):
    """People, numbers and accounts (a part of :class:`~.opening.Vault`)."""

    def people(self) -> list[Person]:
        rows = self._read("SELECT id, name FROM people ORDER BY position, rowid")
        return [Person(id=r[0], name=r[1]) for r in rows]

    def add_person(self, name: str) -> Person:
        person = Person(name=clean_name(name))
        with self._write() as conn:
            pos = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM people").fetchone()[0]
            conn.execute(
                "INSERT INTO people(id, name, position) VALUES (?, ?, ?)",
                (person.id, person.name, pos),
            )
            self._history(conn, "person_added", {"name": person.name})
        return person

    def rename_person(self, person_id: str, name: str) -> None:
        with self._write() as conn:
            old = conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()
            name = clean_name(name)
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, person_id))
            self._history(conn, "person_renamed", {"old": old[0] if old else "", "name": name})

    def remove_person(self, person_id: str, move_numbers_to: str | None = None) -> None:
        """Remove a person. Their numbers move to *move_numbers_to*, or are deleted with them
        only when the caller passes None after asking the user (the UI always asks)."""
        with self._write() as conn:
            name = conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()
            if move_numbers_to is not None:
                conn.execute(
                    "UPDATE numbers SET person_id = ? WHERE person_id = ?",
                    (move_numbers_to, person_id),
                )
            else:
                conn.execute("DELETE FROM numbers WHERE person_id = ?", (person_id,))
            conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self._history(conn, "person_removed", {"name": name[0] if name else ""})

    def find_or_add_person(self, name: str) -> Person:
        for person in self.people():
            if person.name == clean_name(name):
                return person
        return self.add_person(name)

    # -- numbers --

    _NUMBER_COLS = (
        "id, person_id, e164, region, carrier, status, cancel_on, new_number, mode, notes, "
        "reminder_days, reissue_rule, custom_reissue_days, replacement, replacement_name"
    )

    @staticmethod
    def _number(row: Sequence[Any]) -> PhoneNumber:
        return PhoneNumber(
            id=row[0],
            person_id=row[1],
            e164=row[2],
            region=row[3],
            carrier=row[4],
            status=NumberStatus(row[5]),
            cancel_on=_d(row[6]),
            new_number=row[7],
            mode=NumberMode(row[8]),
            notes=row[9],
            reminder_days=tuple(json.loads(row[10])) if row[10] else None,
            reissue_rule=row[11],
            custom_reissue_days=row[12],
            replacement=Replacement(row[13]) if row[13] else None,
            replacement_name=row[14],
        )

    def numbers(self, person_id: str | None = None) -> list[PhoneNumber]:
        sql = f"SELECT {self._NUMBER_COLS} FROM numbers"
        params: tuple[str, ...] = ()
        if person_id is not None:
            sql += " WHERE person_id = ?"
            params = (person_id,)
        return [self._number(r) for r in self._read(sql + " ORDER BY created_at, rowid", params)]

    def number(self, number_id: str) -> PhoneNumber:
        rows = self._read(f"SELECT {self._NUMBER_COLS} FROM numbers WHERE id = ?", (number_id,))
        if not rows:
            raise KeyError(number_id)
        return self._number(rows[0])

    def find_number(self, e164: str) -> PhoneNumber | None:
        rows = self._read(f"SELECT {self._NUMBER_COLS} FROM numbers WHERE e164 = ?", (e164,))
        return self._number(rows[0]) if rows else None

    @staticmethod
    def _number_values(n: PhoneNumber) -> tuple[Any, ...]:
        return (
            n.person_id,
            n.e164,
            n.region,
            clean_name(n.carrier),
            n.status.value,
            n.cancel_on.isoformat() if n.cancel_on else None,
            n.new_number,
            n.mode.value,
            clean_text(n.notes),
            json.dumps(list(n.reminder_days)) if n.reminder_days is not None else None,
            n.reissue_rule,
            n.custom_reissue_days,
            n.replacement.value if n.replacement is not None else None,
            n.replacement_name,
        )

    def add_number(self, number: PhoneNumber) -> PhoneNumber:
        if self.find_number(number.e164) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "This number is already in Ringoff."))
        with self._write() as conn:
            conn.execute(
                "INSERT INTO numbers(person_id, e164, region, carrier, status, cancel_on, "
                "new_number, mode, notes, reminder_days, reissue_rule, custom_reissue_days, "
                "replacement, replacement_name, id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._number_values(number), number.id, self._clock().isoformat()),
            )
            self._history(conn, "number_added", {"number": number.e164}, number.id)
        return number

    def update_number(self, number: PhoneNumber) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE numbers SET person_id = ?, e164 = ?, region = ?, carrier = ?, "
                "status = ?, cancel_on = ?, new_number = ?, mode = ?, notes = ?, "
                "reminder_days = ?, reissue_rule = ?, custom_reissue_days = ?, "
                "replacement = ?, replacement_name = ? WHERE id = ?",
                (*self._number_values(number), number.id),
            )
            self._history(conn, "number_changed", {"number": number.e164}, number.id)

    def remove_number(self, number_id: str) -> None:
        with self._write() as conn:
            row = conn.execute("SELECT e164 FROM numbers WHERE id = ?", (number_id,)).fetchone()
            conn.execute("DELETE FROM numbers WHERE id = ?", (number_id,))
            self._history(conn, "number_removed", {"number": row[0] if row else ""})

    # -- accounts --

    _ACCOUNT_COLS = (
        "id, number_id, service_id, name, uses, action, status, reason, notes, "
        "checked_steps, use_fallback, kind"
    )

    @staticmethod
    def _account(row: Sequence[Any]) -> Account:
        # A number page of 1,000 accounts reads them all: the repeated columns (uses, action,
        # status, kind) are looked up, not parsed again for each row (about half the cost).
        return Account(
            id=row[0],
            number_id=row[1],
            service_id=row[2],
            name=row[3],
            uses=_uses(row[4]),
            action=_ACTIONS.get(row[5]) or Action(row[5]),
            status=_STATUSES.get(row[6]) or AccountStatus(row[6]),
            reason=row[7],
            notes=row[8],
            checked_steps=_steps(row[9]) if row[9] else frozenset(),
            use_fallback=bool(row[10]),
            kind=(_CATEGORIES.get(row[11]) or Category(row[11])) if row[11] else None,
        )

    def accounts(self, number_id: str | None = None) -> list[Account]:
        sql = f"SELECT {self._ACCOUNT_COLS} FROM accounts"
        params: tuple[str, ...] = ()
        if number_id is not None:
            sql += " WHERE number_id = ?"
            params = (number_id,)
        return [self._account(r) for r in self._read(sql + " ORDER BY created_at, rowid", params)]

    def account_counts(self, number_id: str) -> tuple[int, int]:
        """(every account, those still to do) of a number, counted by the database: "still to
        do" is neither done nor "can't be done", as a plan's ``remaining`` (the reminder banner
        needs only these two numbers, not a plan of every account)."""
        rows = self._read(
            "SELECT count(*), coalesce(sum(status NOT IN (?, ?)), 0) FROM accounts"
            " WHERE number_id = ?",
            (AccountStatus.DONE.value, AccountStatus.CANNOT.value, number_id),
        )
        total, left = rows[0]
        return int(total), int(left)

    def done_counts(self) -> dict[str, tuple[int, int]]:
        """{number id: (every account, those done)} for every number with accounts, in one
        query: a person's heading on home ("Dad — 2 of 9 done") needs no plan of each number
        (a plan's ``total`` and ``done``)."""
        rows = self._read(
            "SELECT number_id, count(*), coalesce(sum(status = ?), 0) FROM accounts"
            " GROUP BY number_id",
            (AccountStatus.DONE.value,),
        )
        return {str(number_id): (int(total), int(done)) for number_id, total, done in rows}

    def account(self, account_id: str) -> Account:
        rows = self._read(f"SELECT {self._ACCOUNT_COLS} FROM accounts WHERE id = ?", (account_id,))
        if not rows:
            raise KeyError(account_id)
        return self._account(rows[0])

    @staticmethod
    def _account_values(a: Account) -> tuple[Any, ...]:
        return (
            a.number_id,
            a.service_id,
            clean_name(a.name),
            ",".join(sorted(u.value for u in a.uses)),
            a.action.value,
            a.status.value,
            clean_text(a.reason),
            clean_text(a.notes),
            ",".join(str(i) for i in sorted(a.checked_steps)),
            int(a.use_fallback),
            a.kind.value if a.kind is not None else None,
        )

    def add_account(self, account: Account) -> Account:
        return self.add_accounts([account])[0]

    def add_accounts(self, accounts: Sequence[Account]) -> list[Account]:
        """Add several accounts in one transaction (an import adds all or nothing)."""
        now = self._clock().isoformat()
        # Names from outside (an import) never keep terminal escapes or control characters.
        accounts = [_cleaned(a) for a in accounts]
        with self._write() as conn:
            for a in accounts:
                conn.execute(
                    "INSERT INTO accounts(number_id, service_id, name, uses, action, status, "
                    "reason, notes, checked_steps, use_fallback, kind, id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*self._account_values(a), a.id, now, now),
                )
                self._history(conn, "account_added", {"name": a.name}, a.number_id, a.id)
        return list(accounts)

    def update_account(self, account: Account, event: str = "account_changed") -> None:
        """Save *account* as it is now. *event* names what changed, for the history."""
        account = _cleaned(account)
        with self._write() as conn:
            conn.execute(
                "UPDATE accounts SET number_id = ?, service_id = ?, name = ?, uses = ?, "
                "action = ?, status = ?, reason = ?, notes = ?, checked_steps = ?, "
                "use_fallback = ?, kind = ?, updated_at = ? WHERE id = ?",
                (*self._account_values(account), self._clock().isoformat(), account.id),
            )
            details = {"name": account.name}
            if event == "account_status":
                details["status"] = account.status.value
            self._history(conn, event, details, account.number_id, account.id)

    def set_account_status(
        self, account_id: str, status: AccountStatus, reason: str = ""
    ) -> Account:
        account = replace(self.account(account_id), status=status, reason=reason)
        self.update_account(account, "account_status")
        return account

    def remove_account(self, account_id: str) -> Account:
        account = self.account(account_id)
        with self._write() as conn:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            self._history(conn, "account_removed", {"name": account.name}, account.number_id)
        return account

    def restore_account(self, account: Account) -> None:
        """Put back an account removed a moment ago (undo)."""
        account = _cleaned(account)
        now = self._clock().isoformat()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO accounts(number_id, service_id, name, uses, action, status, "
                "reason, notes, checked_steps, use_fallback, kind, id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._account_values(account), account.id, now, now),
            )
            self._history(
                conn, "account_restored", {"name": account.name}, account.number_id, account.id
            )
