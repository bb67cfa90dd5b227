"""Tests that prove Ringoff keeps its promises (privacy, safety, no network)."""
