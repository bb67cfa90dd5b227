"""Tests of storage/: vault, keys, backups, schedule."""
