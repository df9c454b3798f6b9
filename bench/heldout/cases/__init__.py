"""The hand-written cases, one module per person of the company (see ../README.md)."""

from __future__ import annotations

from . import (
    amelie,
    dana,
    erik,
    fresh,
    fresh2,
    fresh3,
    fresh4,
    fresh5,
    fresh6,
    fresh7,
    fresh8,
    fresh9,
    fresh10,
    fresh11,
    fresh12,
    fresh13,
    fresh14,
    fresh15,
    fresh16,
    fresh17,
    fresh18,
    fresh19,
    fresh20,
    giulia,
    jonas,
    kenji,
    lucia,
    mariana,
    mette,
    olga,
    sanne,
    wei,
)

CASES = [
    case
    for module in (
        dana,
        jonas,
        amelie,
        lucia,
        mariana,
        giulia,
        sanne,
        erik,
        mette,
        olga,
        kenji,
        wei,
        fresh,  # written for the end of round 6; measured alone with --only fresh-
        fresh2,  # written at the start of round 7; measured alone with --only fresh2-
        fresh3,  # written after round 8; measured alone with --only fresh3-
        fresh4,  # written at the end of the round after fresh3; measured alone with --only fresh4-
        fresh5,  # written on 2026-12-06 after fresh4; measured alone with --only fresh5-
        fresh6,  # sealed at the start of the round after fresh5; measured once at its end
        fresh7,  # sealed at the start of the round after fresh6; measured once at its end
        fresh8,  # sealed at the start of the round after fresh6; measured once at its end
        fresh9,  # sealed at the start of the round after fresh8; measured once at its end
        fresh10,  # sealed at the start of the round after fresh8; measured once at its end
        fresh11,  # sealed at the start of the round after fresh10; measured once at its end
        fresh12,  # sealed at the start of the round after fresh10; measured once at its end
        fresh13,  # sealed at the start of the round after fresh12; measured once at its end
        fresh14,  # sealed at the start of the round after fresh12; measured once at its end
        fresh15,  # sealed at the start of the round after fresh14; measured once at its end
        fresh16,  # sealed at the start of the round after fresh14; measured once at its end
        fresh17,  # sealed at the start of the round after fresh16; measured once at its end
        fresh18,  # sealed at the start of the round after fresh16; measured once at its end
        fresh19,  # sealed at the start of the round after fresh18; measured once at its end
        fresh20,  # sealed at the start of the round after fresh18; measured once at its end
    )
    for case in module.CASES
]
