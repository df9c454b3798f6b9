"""Real servers for integration tests (Redis, PostgreSQL, SMTP, IMAP, Chromium)."""
