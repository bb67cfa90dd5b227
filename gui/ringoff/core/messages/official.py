"""The reply of China's official look-up 一证通查: the apps it lists for a number, each
marked ``official``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..importers import ServiceMatcher, ServiceRef
from .model import (
    ArchiveResult,
    MessageFind,
)

# --------------------------------------------------------------------------------------------
# China's official look-up 一证通查: the reply comes by SMS from 10699000 within 48 hours
# (MIIT notice reposted at http://life.jsnol.com/local/20220722/40900.html). Its exact wording
# is not published; a reporter's test shows platform names with counts
# (http://lianchengexpo.xrbh.cn/quote/9310.html). The reader therefore looks for every catalog
# service named in the text, most specific name first, and for "name N个" pairs.

_OFFICIAL_MARK = re.compile(r"一证通查|10699000|互联网账号|注册了?\s*\d+\s*个账号|工信部")
_NAME_COUNT = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12})\s*[:：(（]?\s*(\d{1,3})\s*个")
_NOT_A_NAME = re.compile(r"[的了共在中为有]|查询|平台|账号|应用|号码")
_NOT_APPS = frozenset({"共", "账号", "注册", "应用", "平台", "互联网应用平台", "互联网账号"})


def looks_official_reply(text: str) -> bool:
    return bool(_OFFICIAL_MARK.search(text[:4000]))


def read_official_reply(
    text: str, matcher: ServiceMatcher, services: Iterable[ServiceRef], lang: str = "en"
) -> ArchiveResult:
    """The apps the 一证通查 reply lists (each marked ``official``)."""
    found: dict[str, MessageFind] = {}
    names: list[tuple[str, ServiceRef]] = []
    for ref in services:
        for name in {ref.name("zh_CN"), ref.name("en")}:
            if len(name) >= 2:
                names.append((name, ref))
    names.sort(key=lambda pair: -len(pair[0]))
    rest = text
    for name, ref in names:
        if name in rest and ref.id not in found:
            found[ref.id] = MessageFind(name, ref.id, ref.name(lang), 1, None, official=True)
            rest = rest.replace(name, " ")
    for m in _NAME_COUNT.finditer(rest):
        label = m.group(1)
        label = re.sub(r"^(?:在|其中|您在|于|共)", "", label)
        if label in _NOT_APPS or len(label) < 2 or label.isdigit() or _NOT_A_NAME.search(label):
            continue
        named = matcher.service_for_sms_sender(label)
        key = named.id if named is not None else "n:" + label
        if key not in found:
            found[key] = MessageFind(
                label,
                named.id if named is not None else None,
                named.name(lang) if named is not None else label,
                1,
                None,
                official=True,
            )
    return ArchiveResult("official_reply", 1, 0, list(found.values()))
