"""Widgets, pages and dialogs. Talks to services and core only."""
