"""Sample data for ``ringoff --demo`` and for screenshots: a family moving two numbers.

The demo vault lives in a temporary folder, uses the cheap test KDF and is thrown away when the
app exits. The dates are relative to *today* so the demo always looks current.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from ..core.catalog import Catalog
from ..core.model import Account, AccountStatus, NumberMode, NumberStatus, PhoneNumber
from ..core.plan import default_action
from ..storage import keys
from ..storage.vault import Vault, create_vault

DEMO_PASSPHRASE = "demo passphrase for samples"

# (owner zh, owner en), number, region, cancel in days, new number, [(service id, status)]
_FAMILY = [
    (
        ("爸爸", "Dad"),
        "+8613812345678",
        "CN",
        40,
        "+8613998765432",
        [
            ("icbc", AccountStatus.DONE),
            ("ccb", AccountStatus.IN_PROGRESS),
            ("alipay", AccountStatus.TODO),
            ("wechat", AccountStatus.TODO),
            ("tax_app", AccountStatus.TODO),
            ("railway_12306", AccountStatus.TODO),
            ("taobao", AccountStatus.DONE),
            ("meituan", AccountStatus.TODO),
            ("china_mobile", AccountStatus.TODO),
        ],
    ),
    (
        ("我", "Me"),
        "+16145550134",
        "US",
        12,
        None,
        [
            ("chase", AccountStatus.DONE),
            ("paypal", AccountStatus.DONE),
            ("google", AccountStatus.DONE),
            ("whatsapp", AccountStatus.TODO),
            ("venmo", AccountStatus.TODO),
            ("apple_id", AccountStatus.DONE),
        ],
    ),
]


def fill(vault: Vault, catalog: Catalog, lang: str, today: date, *, received: bool = False) -> None:
    """The sample family; *received* adds Li Na, who received someone else's old number."""
    zh = lang == "zh_CN"
    for (owner_zh, owner_en), e164, region, days, new_number, accounts in _FAMILY:
        person = vault.find_or_add_person(owner_zh if zh else owner_en)
        number = vault.add_number(
            PhoneNumber(
                e164=e164,
                person_id=person.id,
                region=region,
                carrier="中国移动" if region == "CN" else "T-Mobile",
                status=NumberStatus.CANCEL_PLANNED,
                cancel_on=today + timedelta(days=days),
                new_number=new_number,
            )
        )
        rows = []
        for service_id, status in accounts:
            service = catalog.get(service_id)
            if service is None:
                continue
            rows.append(
                Account(
                    number_id=number.id,
                    name=service.name(lang),
                    service_id=service.id,
                    uses=service.uses,
                    action=default_action(service, bool(new_number)),
                    status=status,
                )
            )
        vault.add_accounts(rows)
    if received:
        person = vault.find_or_add_person("李娜" if zh else "Li Na")
        number = vault.add_number(
            PhoneNumber(
                e164="+8613712345678",
                person_id=person.id,
                region="CN",
                carrier="中国联通" if zh else "China Unicom",
                mode=NumberMode.RECEIVED,
            )
        )
        vault.add_received_message(
            number.id, "中国工商银行", "icbc", today - timedelta(days=3), "bank_notice"
        )
        vault.add_received_message(number.id, "美团", "meituan", today - timedelta(days=1), "code")


def make_demo_vault(catalog: Catalog, lang: str, today: date, folder: Path | None = None) -> Vault:
    folder = folder or Path(tempfile.mkdtemp(prefix="ringoff-demo-"))
    # The full key derivation, like any vault: the program accepts nothing cheaper, so the
    # demo unlocks again after an automatic lock.
    vault, _recovery = create_vault(folder / "demo.vault", DEMO_PASSPHRASE, kdf=keys.WRITE_KDF)
    vault.actor = "Wang Fang" if lang != "zh_CN" else "王芳"
    fill(vault, catalog, lang, today, received=True)
    return vault
