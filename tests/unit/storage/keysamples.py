"""Sample raw keys for the key tests: the edge cases and a fixed pseudo-random set."""

from __future__ import annotations

import random


def raw_keys(count: int = 20) -> list[bytes]:
    """All zeros, a repeating byte, all ones, then *count* keys from a fixed seed."""
    rng = random.Random(7781)
    fixed = [bytes(32), bytes([0x08]) * 32, bytes([0xFF]) * 32]
    return fixed + [rng.randbytes(32) for _ in range(count)]
