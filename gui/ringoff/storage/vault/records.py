"""The smaller rooms: the history, the person's own service entries, preferences kept in the
vault, and what a received number brings (messages for a previous owner, requests sent).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, TypeVar

from ...core.model import HistoryEntry, new_id
from .connection import VaultBase

T = TypeVar("T")


class RecordsMixin(VaultBase):
    """History, own services, preferences, received messages and requests."""

    def history(self, limit: int = 500, number_id: str | None = None) -> list[HistoryEntry]:
        sql = "SELECT id, at, actor, event, details, number_id, account_id FROM history"
        params: list[Any] = []
        if number_id is not None:
            sql += " WHERE number_id = ?"
            params.append(number_id)
        sql += " ORDER BY at DESC, rowid DESC LIMIT ?"
        params.append(limit)
        return [
            HistoryEntry(
                id=r[0],
                at=datetime.fromisoformat(r[1]),
                actor=r[2],
                event=r[3],
                details=json.loads(r[4]),
                number_id=r[5],
                account_id=r[6],
            )
            for r in self._read(sql, params)
        ]

    # -- user services (their own entries and corrections to the catalog) --

    def user_services(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self._read("SELECT data FROM user_services")]

    def save_user_service(self, data: dict[str, Any]) -> None:
        service_id = str(data["id"])
        with self._write() as conn:
            conn.execute(
                "INSERT INTO user_services(id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (service_id, json.dumps(data, ensure_ascii=False), self._clock().isoformat()),
            )
            self._history(conn, "service_edited", {"service": service_id})

    def delete_user_service(self, service_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM user_services WHERE id = ?", (service_id,))
            self._history(conn, "service_reset", {"service": service_id})

    # -- preferences kept in the vault (they can hold user data) --

    def pref(self, key: str, default: T) -> T:
        rows = self._read("SELECT value FROM prefs WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_pref(self, key: str, value: Any) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO prefs(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- messages for a previous owner (received numbers) --

    def received_messages(self, number_id: str) -> list[dict[str, Any]]:
        rows = self._read(
            "SELECT id, sender, service_id, received_on, kind, what FROM received_messages "
            "WHERE number_id = ? ORDER BY received_on, rowid",
            (number_id,),
        )
        keys_ = ("id", "sender", "service_id", "received_on", "kind", "what")
        return [dict(zip(keys_, r, strict=True)) for r in rows]

    def add_received_message(
        self,
        number_id: str,
        sender: str,
        service_id: str | None,
        received_on: date,
        kind: str,
        what: str = "",
    ) -> str:
        message_id = new_id()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO received_messages(id, number_id, sender, service_id, received_on, "
                "kind, what, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    number_id,
                    sender,
                    service_id,
                    received_on.isoformat(),
                    kind,
                    what,
                    self._clock().isoformat(),
                ),
            )
            self._history(conn, "message_recorded", {"sender": sender}, number_id)
        return message_id

    def remove_received_message(self, message_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM received_messages WHERE id = ?", (message_id,))

    def requests(self, number_id: str) -> list[dict[str, Any]]:
        rows = self._read(
            "SELECT id, sender, service_id, channel, asked_on, follow_up_on, status, notes "
            "FROM requests WHERE number_id = ? ORDER BY asked_on, rowid",
            (number_id,),
        )
        keys_ = (
            "id",
            "sender",
            "service_id",
            "channel",
            "asked_on",
            "follow_up_on",
            "status",
            "notes",
        )
        return [dict(zip(keys_, r, strict=True)) for r in rows]

    def add_request(
        self,
        number_id: str,
        sender: str,
        service_id: str | None,
        channel: str,
        asked_on: date,
        follow_up_on: date | None,
        notes: str = "",
    ) -> str:
        request_id = new_id()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO requests(id, number_id, sender, service_id, channel, asked_on, "
                "follow_up_on, status, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    request_id,
                    number_id,
                    sender,
                    service_id,
                    channel,
                    asked_on.isoformat(),
                    follow_up_on.isoformat() if follow_up_on else None,
                    "waiting",
                    notes,
                    self._clock().isoformat(),
                ),
            )
            self._history(conn, "request_sent", {"sender": sender}, number_id)
        return request_id

    def set_request_status(self, request_id: str, status: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE requests SET status = ? WHERE id = ?", (status, request_id))
