"""core.catalog.export: the shape of ``ringoff catalog --json``."""

from __future__ import annotations

from ringoff.core.catalog import Catalog, to_json_list


def test_to_json_list_shape(catalog: Catalog) -> None:
    import json

    alipay = catalog.get("alipay")
    google = catalog.get("google")
    assert alipay is not None and google is not None
    rows = to_json_list([alipay, google])
    json.dumps(rows)  # plain JSON types only
    row = rows[0]
    for key in (
        "id",
        "names",
        "aliases",
        "category",
        "regions",
        "domains",
        "sms_signatures",
        "actions",
        "help_url",
        "sources",
        "last_checked",
        "priority",
        "uses",
        "confidence",
        "origin",
    ):
        assert key in row
    assert row["names"] == {"zh_CN": "支付宝", "en": "Alipay"}
    assert row["last_checked"] == "2026-01-15"
    assert row["uses"] == ["codes", "payment", "sign_in"]
    change = row["actions"]["change"]
    assert change["steps"]["en"] == ["Open Alipay.", "Tap Me.", "Change the number."]
    assert change["requires"] == ["old_sms", "new_sms"]
    assert change["fallback"] == {
        "requires": ["face_check"],
        "steps": {"zh_CN": ["选择原号码不能用。"], "en": ["Say the old number does not work."]},
    }
    assert rows[1]["actions"]["remove"]["fallback"] is None
    assert set(rows[1]["actions"]) == {"change", "remove"}
