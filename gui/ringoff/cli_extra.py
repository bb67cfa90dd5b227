"""Subcommands that belong to one feature each; see ``cli.extra_command``."""

from __future__ import annotations
