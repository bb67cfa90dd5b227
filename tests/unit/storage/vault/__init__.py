"""Tests of storage/vault/: one module per room of the vault package."""
