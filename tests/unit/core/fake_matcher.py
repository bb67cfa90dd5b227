"""A tiny stand-in for the catalog, used by the importer and SMS tests (no catalog files)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FakeService:
    id: str
    names: dict[str, str]
    domains: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=())

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


SERVICES = (
    FakeService(
        "google", {"en": "Google", "zh_CN": "谷歌"}, ("google.com", "gmail.com"), ("Google",)
    ),
    FakeService(
        "alipay", {"en": "Alipay", "zh_CN": "支付宝"}, ("alipay.com",), ("支付宝", "Alipay")
    ),
    FakeService("taobao", {"en": "Taobao", "zh_CN": "淘宝"}, ("taobao.com",), ("淘宝", "淘宝网")),
    FakeService("jd", {"en": "JD.com", "zh_CN": "京东"}, ("jd.com",), ("京东",)),
    FakeService(
        "wechat",
        {"en": "WeChat", "zh_CN": "微信"},
        ("weixin.qq.com", "wechat.com"),
        ("微信", "WeChat"),
    ),
    FakeService("uber", {"en": "Uber", "zh_CN": "优步"}, ("uber.com",), ("Uber",)),
    FakeService("amazon", {"en": "Amazon", "zh_CN": "亚马逊"}, ("amazon.com",), ("Amazon",)),
    FakeService("whatsapp", {"en": "WhatsApp", "zh_CN": "WhatsApp"}, ("whatsapp.com",), ()),
    FakeService("icbc", {"en": "ICBC", "zh_CN": "工商银行"}, ("icbc.com.cn",), ("工商银行",)),
    FakeService("meituan", {"en": "Meituan", "zh_CN": "美团"}, ("meituan.com",), ("美团",)),
    FakeService("paypal", {"en": "PayPal", "zh_CN": "PayPal"}, ("paypal.com",), ("PayPal",)),
)


class FakeMatcher:
    """Exact domain or subdomain; exact SMS signature; search by name prefix."""

    def __init__(self, services: Sequence[FakeService] = SERVICES) -> None:
        self.services = tuple(services)
        self.domain_calls = 0

    def service_for_domain(self, host_or_url: str) -> FakeService | None:
        self.domain_calls += 1
        host = host_or_url.lower()
        for s in self.services:
            for d in s.domains:
                if host == d or host.endswith("." + d):
                    return s
        return None

    def service_for_sms_sender(self, sender: str) -> FakeService | None:
        key = sender.strip().casefold()
        for s in self.services:
            if key in (sig.casefold() for sig in s.signatures):
                return s
        return None

    def search(self, text: str, lang: str = "en", limit: int = 50) -> Sequence[FakeService]:
        key = text.strip().casefold()
        if not key:
            return []
        found = [
            s
            for s in self.services
            if any(n.casefold().startswith(key) for n in s.names.values()) or s.id == key
        ]
        return found[:limit]
