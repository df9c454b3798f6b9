"""Where to go after signing in: a path on this site, or nowhere.

Browsers read a `Location` more loosely than Python does: they drop tabs and line breaks,
treat a backslash as a slash and `//host` as another site. So only a plain path that no
reading turns into another site is followed; anything else is refused, never repaired.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

MAX_LENGTH = 2000


def _plain(character: str) -> bool:
    """A space, or printable and not whitespace: no control, format or separator characters
    (a search for `Dana Scully` keeps its space)."""
    return character == " " or (character.isprintable() and not character.isspace())


def _path_here(target: str) -> bool:
    if not all(_plain(character) for character in target) or "\\" in target:
        return False
    if not target.startswith("/") or target.startswith("//"):
        return False
    try:
        parts = urlsplit(target)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc and parts.path.startswith("/")


def local_path(target: str | None) -> str | None:
    """`target` when it is a path on this site (`/admin/people?q=x`), else None.

    The decoded form must pass too, for whatever decodes it once more on the way
    (`/%2F/host`, `/%09/host`)."""
    if not target or len(target) > MAX_LENGTH:
        return None
    if not (_path_here(target) and _path_here(unquote(target))):
        return None
    return target
