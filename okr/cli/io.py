"""CSV import and export of people and OKRs (filled in by the CSV work)."""

COMMANDS: list = []
