"""The demo company (filled in by the demo work)."""

COMMANDS: list = []
