"""core.catalog.catalog: the Catalog made from files' bytes, generic guides kept apart, and the
user's own entries and corrections laid on top."""

from __future__ import annotations

from datetime import date

from ringoff.core.catalog import Catalog, CatalogInfo, build_catalog, compile_cache, to_json_list
from ringoff.core.model import Action, Category
from ringoff.core.pinyin import PinyinTable

from .conftest import FIXTURES, ids


def test_load_reads_every_fixture_and_keeps_generics_apart(catalog: Catalog) -> None:
    assert catalog.problems == []
    assert sorted(s.id for s in catalog) == ["alipay", "google", "icbc", "qq", "wechat"]
    assert len(catalog) == 5
    assert "generic_bank" not in ids(list(catalog))
    generic = catalog.get("generic_bank")
    assert generic is not None and generic.is_generic
    assert catalog.generic("bank") is generic
    assert catalog.generic("generic_bank") is generic
    assert catalog.generic(Category.BANK) is generic
    assert catalog.generic("email") is None  # not among the fixtures


def test_duplicate_ids_from_services_keep_the_first(catalog: Catalog) -> None:
    alipay = catalog.get("alipay")
    assert alipay is not None
    again = Catalog.from_services([alipay, alipay])
    assert len(again) == 1
    assert again.problems == ["alipay: the id is used twice; the second is skipped"]


def test_user_correction_wins_and_is_marked(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {
                "id": "alipay",
                "names": {"en": "Alipay (mine)"},
                "actions": {"change": {"steps": {"zh_CN": ["新的第一步。", "新的第二步。"]}}},
            }
        ]
    )
    alipay = fixed.get("alipay")
    assert alipay is not None
    assert alipay.origin == "user"
    assert alipay.name("en") == "Alipay (mine)"
    assert alipay.name("zh_CN") == "支付宝"  # kept from the shipped entry
    guide = alipay.actions[Action.CHANGE]
    assert guide.steps_for("zh_CN") == ("新的第一步。", "新的第二步。")
    assert guide.steps_for("en") == ("Open Alipay.", "Tap Me.", "Change the number.")
    assert guide.fallback is not None  # untouched parts stay
    assert alipay.last_checked == date(2026, 1, 15)
    assert alipay.domains == ("alipay.com", "alipayobjects.com")
    assert fixed.search("Alipay (mine)")[0] is alipay
    assert fixed.service_for_domain("alipay.com") is alipay
    # The original catalog is unchanged.
    original = catalog.get("alipay")
    assert original is not None and original.origin == "shipped"
    assert fixed.problems == []


def test_user_new_entry_one_language(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {
                "id": "corner_shop",
                "category": "shopping",
                "names": {"zh_CN": "楼下小店"},
                "aliases": ["louxia"],
                "actions": {"change": {"steps": {"zh_CN": ["去店里说一声。"]}}},
            }
        ],
        today=date(2026, 5, 1),
    )
    shop = fixed.get("corner_shop")
    assert shop is not None
    assert shop.origin == "user"
    assert shop.name("en") == "楼下小店"  # one language only: used for every language
    assert shop.actions[Action.CHANGE].steps_for("en") == ("去店里说一声。",)
    assert shop.last_checked == date(2026, 5, 1)
    assert shop.priority == 60
    assert len(fixed) == 6
    assert ids(fixed.search("louxia")) == ["corner_shop"]
    row = to_json_list([shop])[0]
    assert row["names"] == {"zh_CN": "楼下小店", "en": "楼下小店"}
    assert row["origin"] == "user"


def test_user_entry_round_trips_through_json(catalog: Catalog) -> None:
    """The vault keeps user entries as JSON: the to_json_list shape is read back as it was."""
    import json

    google = catalog.get("google")
    assert google is not None
    stored = json.loads(json.dumps(to_json_list([google])[0]))
    stored["id"] = "my_google"
    stored["last_checked"] = "2026-06-30"
    mine = catalog.with_user_services([stored]).get("my_google")
    assert mine is not None, catalog.with_user_services([stored]).problems
    assert mine.origin == "user"
    assert mine.last_checked == date(2026, 6, 30)
    assert mine.actions == google.actions
    assert (mine.names, mine.domains, mine.uses) == (google.names, google.domains, google.uses)


def test_bad_user_entries_are_skipped_with_problems(catalog: Catalog) -> None:
    fixed = catalog.with_user_services(
        [
            {"id": "nameless", "category": "shopping", "actions": {}},
            {"id": "alipay", "category": "nonsense"},
            "not a table",  # type: ignore[list-item]
        ]
    )
    assert fixed.get("nameless") is None
    alipay = fixed.get("alipay")
    assert alipay is not None and alipay.origin == "shipped"
    assert any(p.startswith("user:nameless: names: missing") for p in fixed.problems)
    assert any(p.startswith("user:alipay: category") for p in fixed.problems)
    assert any("not a table" in p for p in fixed.problems)


# -- made from bytes, and what is made only when asked ------------------------------------------


def _folder_files() -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted(FIXTURES.glob("*.toml"))}
    files.update({f"_generic/{p.name}": p.read_bytes() for p in FIXTURES.glob("_generic/*.toml")})
    return files


def test_build_catalog_from_bytes_says_which_cache_to_write(catalog: Catalog) -> None:
    info = CatalogInfo(date(2026, 11, 30), "shipped")
    first = build_catalog(_folder_files(), info=info)
    assert list(first.catalog) == list(catalog) and first.catalog.info == info
    assert first.cache is not None  # nothing cached: everything parsed, a cache to write
    again = build_catalog(_folder_files(), info=info, cache=first.cache)
    assert again.cache is None  # the cache is exactly what the files give: nothing to write
    assert list(again.catalog) == list(catalog)
    fewer = dict(_folder_files())
    del fewer["qq.toml"]
    assert build_catalog(fewer, info=info, cache=first.cache).cache is not None
    assert compile_cache(_folder_files()) == first.cache


def test_the_search_index_is_made_on_the_first_question(catalog: Catalog) -> None:
    assert catalog._index is None  # loading alone does not make it
    mine = catalog.with_user_services([{"id": "alipay", "names": {"en": "Mine"}}])
    assert catalog._index is None and mine._index is None
    assert ids(mine.search("mine")) == ["alipay"]
    assert mine._index is not None and catalog._index is None
    assert catalog.service_for_name("QQ") is catalog.get("qq")
    assert catalog._index is not None


def test_the_pinyin_tables_are_read_on_first_use() -> None:
    table = PinyinTable.parse("支付宝\tzhifubao\tzfb\n# a comment\nbad line\n", "bao\t宝\n")
    assert table._names is None and table._chars is None
    assert table.keys("支付宝") == ("zhifubao", "zfb")
    assert table.names == {"支付宝": ("zhifubao", "zfb")}
    assert table.keys("宝") == ("bao", "b")
    assert not PinyinTable.parse("# only a comment\n") and PinyinTable.parse("", "a\t阿\n")
