"""Gold distances written as values and a unit ("15-35 km" as [15, 35] and "km"), in metres.

The sizes are the distance extractor's own (`extractors.distances.units`, pint's figures kept as
data), so a gold unit means what the same word means in a text, and no unit registry is built.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..extractors.distances.units import sizes


@cache
def _sizes() -> dict[str, float]:
    """Unit symbol ("km", "nmi", "Å") or name ("miles", "kilometre") -> metres in one."""
    table = {name: float(unit.meters) for name, unit in sizes().items()}
    table.update((unit.symbol, float(unit.meters)) for unit in sizes().values())
    return table


def meters_per(unit: Any) -> float | None:
    """Metres in one `unit` ("km", "mi", "nmi", "µm"), or None when it is no length unit."""
    if not isinstance(unit, str) or not unit.strip():
        return None
    unit = unit.strip()
    table = _sizes()
    return table.get(unit, table.get(unit.lower()))
