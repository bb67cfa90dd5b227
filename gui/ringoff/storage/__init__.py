"""The vault and every other file Ringoff writes. Never imports Qt."""
