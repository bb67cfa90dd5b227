"""Qt-aware, screen-less services: the session, auto-lock, reminders, single instance."""
