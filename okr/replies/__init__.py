"""Reading replies: decode the raw message, classify it, trim quotes, understand the text."""
