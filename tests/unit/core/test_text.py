"""Terminal escapes and other control characters never survive into a stored or printed name."""

from __future__ import annotations

import pytest

from ringoff.core.text import clean_name, clean_text

OSC52_BEL = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # write "echo pwned" to the terminal's clipboard
OSC52_ST = "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (f"微信{OSC52_BEL}", "微信"),
        (f"Evil{OSC52_ST}Shop", "EvilShop"),
        ("\x1b[31mRed\x1b[0m Bank", "Red Bank"),
        ("\x1b[38;5;196mcolour\x1b[m", "colour"),
        ("\x9b31mEight-bit CSI", "Eight-bit CSI"),
        ("\x9d52;c;AAAA\x9cC1 OSC", "C1 OSC"),
        ("Unfinished \x1b]52;c;ZWNobyBwd25lZA==", "Unfinished"),
        ("Reset\x1bc the terminal", "Reset the terminal"),
        ("Link \x1b]8;;https://x.example\x07here\x1b]8;;\x07", "Link here"),
        ("Bell\x07 and backspace\x08", "Bell and backspace"),
        ("pay\u202egnp.exe", "paygnp.exe"),  # a right-to-left override
        ("iso\u2066late\u2069", "isolate"),
        ("two\nlines\tand tab", "two lines and tab"),
        ("  中国工商银行  ", "中国工商银行"),
        ("Family 👨\u200d👩\u200d👧", "Family 👨\u200d👩\u200d👧"),  # joiners are not controls
        ("全角\u3000空格", "全角\u3000空格"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean
    assert clean_name(clean_name(raw)) == clean_name(raw)


def test_clean_text_keeps_lines() -> None:
    assert clean_text(f"line one\r\nline two{OSC52_BEL}\n\tthree") == "line one\nline two\n\tthree"
    assert clean_text("plain") == "plain"


def test_no_control_character_survives() -> None:
    every = "".join(chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)])
    for text in (clean_name(f"a{every}b"), clean_text(f"a{every}b")):
        assert all(ch in "\n\t " or ch.isprintable() for ch in text), repr(text)
