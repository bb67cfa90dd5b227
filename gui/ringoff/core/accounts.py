"""A person's accounts as the catalog knows them: how a new account is made from a catalog
service or a typed name (:func:`new_account`), what kind a typed name probably is, the words for
each kind, and the hint for a yearly-renewed service.

The number page, the "Which of these do you use?" list, the import preview and ``ringoff
import`` all make accounts here, so they make them the same way. No Qt, no disk.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from .catalog import Catalog, Service
from .errors import ImportProblem
from .i18n import QT_TRANSLATE_NOOP, Text
from .model import Account, Category, PhoneNumber, Use
from .plan import default_action

__all__ = [
    "KINDS",
    "guess_kind",
    "kind_words",
    "new_account",
    "renewal_hint",
    "unreadable_file",
]


def new_account(
    catalog: Catalog,
    number: PhoneNumber,
    *,
    service_id: str | None,
    name: str,
    lang: str,
    uses: Collection[Use] | None = None,
    kind: Category | None = None,
) -> Account:
    """A new to-do account for *number*: a catalog service (its name in *lang*, its uses) or
    a name the catalog does not know (with *uses* and *kind*, if given: a bank is a bank).

    The action follows what replaces the number (core.plan.default_action)."""
    service = catalog.get(service_id) if service_id else None
    if service is not None:
        return Account(
            number_id=number.id,
            name=service.name(lang),
            service_id=service.id,
            uses=frozenset(uses) if uses is not None else service.uses,
            action=default_action(service, number.target is not None),
        )
    return Account(
        number_id=number.id,
        name=name.strip(),
        service_id=None,
        uses=frozenset(uses or ()),
        action=default_action(None, number.target is not None, kind),
        kind=kind,
    )


# The kinds a person can give an account the catalog does not know, in the order offered.
KINDS: tuple[Category, ...] = (
    Category.BANK,
    Category.FINANCE,
    Category.PAYMENT,
    Category.GOVERNMENT,
    Category.EMAIL,
    Category.TELECOM,
    Category.SHOPPING,
    Category.SOCIAL,
    Category.HEALTH,
    Category.OTHER,
)

_KIND_WORDS: dict[Category, Text] = {
    Category.BANK: QT_TRANSLATE_NOOP("Kinds", "A bank or a card"),
    Category.FINANCE: QT_TRANSLATE_NOOP("Kinds", "Shares, savings, loans or insurance"),
    Category.PAYMENT: QT_TRANSLATE_NOOP("Kinds", "A payment app"),
    Category.GOVERNMENT: QT_TRANSLATE_NOOP("Kinds", "Tax, social insurance or another office"),
    Category.EMAIL: QT_TRANSLATE_NOOP("Kinds", "Email"),
    Category.TELECOM: QT_TRANSLATE_NOOP("Kinds", "A phone company"),
    Category.SHOPPING: QT_TRANSLATE_NOOP("Kinds", "Shopping or delivery"),
    Category.SOCIAL: QT_TRANSLATE_NOOP("Kinds", "Chat or social network"),
    Category.HEALTH: QT_TRANSLATE_NOOP("Kinds", "Health"),
    Category.OTHER: QT_TRANSLATE_NOOP("Kinds", "Something else"),
}


def kind_words(kind: Category) -> Text:
    return _KIND_WORDS.get(kind, _KIND_WORDS[Category.OTHER])


# Words in a name that say what it is (checked in this order; lower-case, Chinese as is).
_KIND_HINTS: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (Category.BANK, ("银行", "农商", "信用社", "信用卡", "bank", "credit union", "savings")),
    (Category.PAYMENT, ("支付", "钱包", "pay", "wallet")),
    (Category.FINANCE, ("证券", "基金", "保险", "securities", "broker", "insurance", "invest")),
    (Category.GOVERNMENT, ("税", "社保", "公积金", "政务", "医保", "tax", "gov", "council")),
    (Category.TELECOM, ("移动", "联通", "电信", "mobile", "telecom", "wireless")),
    (Category.EMAIL, ("邮箱", "mail")),
)


def guess_kind(name: str) -> Category:
    """A sensible default kind for an account added by name ("上海农商银行" is a bank)."""
    folded = name.casefold()
    for kind, hints in _KIND_HINTS:
        if any(h in folded for h in hints):
            return kind
    return Category.OTHER


_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_RENEWAL_MARK = "二次"


def renewal_hint(service: Service, lang: str) -> str | None:
    """From a Chinese carrier's note, the sentence about its "二次号码焕新" service (removing a
    previous owner's app bindings from a recycled number); None if the note has none."""
    note = service.note_for(lang)
    if not note:
        return None
    if "。" in note:
        parts = [p + "。" for p in note.split("。") if p.strip()]
    else:
        parts = _EN_SENTENCE.split(note)
    found = [p.strip() for p in parts if _RENEWAL_MARK in p]
    return " ".join(found) or None


def unreadable_file(path: Path, exc: OSError) -> ImportProblem:
    """A plain message for an export file that could not be opened (missing, a folder...)."""
    if isinstance(exc, FileNotFoundError):
        message = QT_TRANSLATE_NOOP(
            "Import", "There is no file at “{path}”. Check its name and folder."
        ).format(path=str(path))
    elif isinstance(exc, IsADirectoryError):
        message = QT_TRANSLATE_NOOP(
            "Import", "“{name}” is a folder. Choose the file your passwords were saved to."
        ).format(name=path.name)
    elif isinstance(exc, PermissionError):
        message = QT_TRANSLATE_NOOP(
            "Import", "Ringoff is not allowed to read “{path}”. Check the file's permissions."
        ).format(path=str(path))
    else:
        message = QT_TRANSLATE_NOOP(
            "Import", "The file “{path}” could not be read ({reason})."
        ).format(path=str(path), reason=exc.strerror or type(exc).__name__)
    return ImportProblem(message)
