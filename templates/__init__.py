"""Page and email templates (Jinja). Installed, this folder is the package `okr.templates`
(pyproject.toml maps it), so the app reads its templates from the installed package."""
