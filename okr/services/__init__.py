"""Business rules shared by the web pages, the CSV import and the command line."""
