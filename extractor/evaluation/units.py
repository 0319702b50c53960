"""Gold distances written as values and a unit ("15-35 km" as [15, 35] and "km"), in metres.

The sizes come from pint, the library the distance extractor converts with, through the same
registry (built once per process, and only when a gold set writes a distance this way).
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def meters_per(unit: Any) -> float | None:
    """Metres in one `unit` ("km", "mi", "nmi", "µm"), or None when it is no length unit."""
    if not isinstance(unit, str) or not unit.strip():
        return None
    import pint

    from ..extractors.distances.units import registry

    reg = registry()
    try:
        quantity = reg.Quantity(1, reg.parse_units(unit))
        return float(quantity.to(reg.meter).magnitude)
    except (pint.errors.PintError, ValueError, AttributeError, TypeError):
        return None
