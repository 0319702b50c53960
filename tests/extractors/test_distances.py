"""Distances: table-driven cases (every form and every non-distance), and a round-trip property."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractor import Extractor
from extractor.extractors.distances.numbers import parse
from extractor.extractors.distances.units import sizes, unit_names
from extractor.records import Distance

# (text, start, value, unit, meters, qualifier, max_value, same_as); end = start + len(text)
Expected = tuple[str, int, object, str, object, str, object, object]

DISTANCES: list[tuple[str, list[Expected]]] = [
    (
        "The drone flew about 1,250km (777 miles) before it came down.",
        [
            ("about 1,250km", 15, 1250, "km", 1250000, "about", None, None),
            ("777 miles", 30, 777, "mi", 1250460.288, "exact", None, 15),
        ],
    ),
    (
        "The survey line ran 2340.73 m along the ridge.",
        [("2340.73 m", 20, 2340.73, "m", 2340.73, "exact", None, None)],
    ),
    (
        # spaCy tags "approximately 243.72" MONEY here (reading "m" as million); spaced from its
        # number, with no currency sign or word near, "m" is metres
        "The train drifted approximately 243.72 m.",
        [("approximately 243.72 m", 18, 243.72, "m", 243.72, "about", None, None)],
    ),
    (
        "It has a 5,000-kilometre range.",
        [
            ("5,000-kilometre", 9, 5000, "km", 5000000, "exact", None, None),
        ],
    ),
    (
        "The road is 10-20km long.",
        [
            ("10-20km", 12, 10, "km", 10000, "exact", 20, None),
        ],
    ),
    (
        "The road is 10 to 20 km wide.",
        [
            ("10 to 20 km", 12, 10, "km", 10000, "exact", 20, None),
        ],
    ),
    (
        "They walked between 10 and 20 kilometres.",
        [
            ("between 10 and 20 kilometres", 12, 10, "km", 10000, "exact", 20, None),
        ],
    ),
    (
        "The ship sailed some 12 nautical miles off the coast.",
        [
            ("some 12 nautical miles", 16, 12, "nmi", 22224, "about", None, None),
        ],
    ),
    (
        "Hundreds of kilometres of coastline were hit.",
        [
            ("Hundreds of kilometres", 0, None, "km", None, "exact", None, None),
        ],
    ),
    (
        "The village is half a mile away.",
        [
            ("half a mile", 15, 0.5, "mi", 804.672, "exact", None, None),
        ],
    ),
    (
        "The probe travelled 1.5 million km.",
        [
            ("1.5 million km", 20, 1500000, "km", 1500000000, "exact", None, None),
        ],
    ),
    (
        "She walked seven miles home.",
        [
            ("seven miles", 11, 7, "mi", 11265.408, "exact", None, None),
        ],
    ),
    (
        "The 12.5-mile trail opens today.",
        [
            ("12.5-mile", 4, 12.5, "mi", 20116.8, "exact", None, None),
        ],
    ),
    (
        "A 15km-long tunnel was dug.",
        [
            ("15km", 2, 15, "km", 15000, "exact", None, None),
        ],
    ),
    (
        "It was 3 m deep.",
        [
            ("3 m", 7, 3, "m", 3, "exact", None, None),
        ],
    ),
    (
        "The crater was 500m wide.",
        [
            ("500m", 15, 500, "m", 500, "exact", None, None),
        ],
    ),
    (
        "They drove 300 kms north.",
        [
            ("300 kms", 11, 300, "km", 300000, "exact", None, None),
        ],
    ),
    (
        "They built a 40-foot wall.",
        [
            ("40-foot", 13, 40, "ft", 12.192, "exact", None, None),
        ],
    ),
    (
        "He is 6ft 2in tall.",
        [
            ("6ft 2in", 6, 6.16666666667, "ft", 1.8796, "exact", None, None),
        ],
    ),
    (
        "He is 5 feet 11 inches tall.",
        [
            ("5 feet 11 inches", 6, 5.91666666667, "ft", 1.8034, "exact", None, None),
        ],
    ),
    # a height as one compound: 5 ft 10 in is 70 in, 1.778 m; 6 ft 4 in 76 in, 1.9304 m
    (
        "The 6-foot-4 forward passed to Ruiz, who is 5-foot-10.",
        [
            ("6-foot-4", 4, 6.33333333333, "ft", 1.9304, "exact", None, None),
            ("5-foot-10", 44, 5.83333333333, "ft", 1.778, "exact", None, None),
        ],
    ),
    (
        "The queue was a mile long.",
        [
            ("a mile", 14, 1, "mi", 1609.344, "exact", None, None),
        ],
    ),
    (
        "It is a quarter of a mile from here.",
        [
            ("a quarter of a mile", 6, 0.25, "mi", 402.336, "exact", None, None),
        ],
    ),
    (
        "Three-quarters of a mile separates them.",
        [
            ("Three-quarters of a mile", 0, 0.75, "mi", 1207.008, "exact", None, None),
        ],
    ),
    (
        "He ran a mile and a half.",
        [
            ("a mile and a half", 7, 1.5, "mi", 2414.016, "exact", None, None),
        ],
    ),
    (
        "The lake is 1½ miles across.",
        [
            ("1½ miles", 12, 1.5, "mi", 2414.016, "exact", None, None),
        ],
    ),
    (
        "Grains were 2.5 ± 0.3 mm wide.",
        [
            ("2.5 ± 0.3 mm", 12, 2.5, "mm", 0.0025, "about", None, None),
        ],
    ),
    (
        "Cores 10–15 cm deep were taken.",
        [
            ("10–15 cm", 6, 10, "cm", 0.1, "exact", 15, None),
        ],
    ),
    (
        "Cells of ~200 µm were seen.",
        [
            ("~200 µm", 9, 200, "µm", 0.0002, "about", None, None),
        ],
    ),
    # kilometres below the sea floor or sea level, as drilling reports write them
    (
        "The borehole reached 1.5 kmbsf.",
        [
            ("1.5 kmbsf", 21, 1.5, "km", 1500, "exact", None, None),
        ],
    ),
    # the tilde operator of typeset papers, with or without a space
    (
        "The crater is ∼120 km wide and the ridge ∼ 3 km long.",
        [
            ("∼120 km", 14, 120, "km", 120000, "about", None, None),
            ("∼ 3 km", 41, 3, "km", 3000, "about", None, None),
        ],
    ),
    (
        "Pores of 20 nm appeared.",
        [
            ("20 nm", 9, 20, "nm", 2e-08, "exact", None, None),
        ],
    ),
    (
        "The vessel was 12nm off the coast.",
        [
            ("12nm", 15, 12, "nmi", 22224, "exact", None, None),
        ],
    ),
    (
        "It is more than 10 miles away.",
        [
            ("more than 10 miles", 6, 10, "mi", 16093.44, "more than", None, None),
        ],
    ),
    (
        "It is less than 3 km long.",
        [
            ("less than 3 km", 6, 3, "km", 3000, "less than", None, None),
        ],
    ),
    (
        "Shells flew up to 400 metres.",
        [
            ("up to 400 metres", 12, 400, "m", 400, "up to", None, None),
        ],
    ),
    (
        "It is nearly 7 miles long.",
        [
            ("nearly 7 miles", 6, 7, "mi", 11265.408, "nearly", None, None),
        ],
    ),
    (
        "They marched at least 5 km.",
        [
            ("at least 5 km", 13, 5, "km", 5000, "at least", None, None),
        ],
    ),
    (
        "Waves rose over 20 feet.",
        [
            ("over 20 feet", 11, 20, "ft", 6.096, "more than", None, None),
        ],
    ),
    (
        "It is under 2 miles away.",
        [
            ("under 2 miles", 6, 2, "mi", 3218.688, "less than", None, None),
        ],
    ),
    (
        "The course is roughly 9 km.",
        [
            ("roughly 9 km", 14, 9, "km", 9000, "about", None, None),
        ],
    ),
    (
        "The race was 10km or so.",
        [
            ("10km or so", 13, 10, "km", 10000, "about", None, None),
        ],
    ),
    (
        "The route runs from 5 km to 8 km inland.",
        [
            ("from 5 km to 8 km", 15, 5, "km", 5000, "exact", 8, None),
        ],
    ),
    (
        "Troops moved between 4km and 6km south.",
        [
            ("between 4km and 6km", 13, 4, "km", 4000, "exact", 6, None),
        ],
    ),
    (
        "Mount Everest stands 8,849m (29,032ft) tall.",
        [
            ("8,849m", 21, 8849, "m", 8849, "exact", None, None),
            ("29,032ft", 29, 29032, "ft", 8848.9536, "exact", None, 21),
        ],
    ),
    (
        "The depot lies 1,450 kilometres, or 901 miles, away.",
        [
            ("1,450 kilometres", 15, 1450, "km", 1450000, "exact", None, None),
            ("901 miles", 36, 901, "mi", 1450018.944, "exact", None, 15),
        ],
    ),
    (
        "The 100m final starts soon.",
        [
            ("100m", 4, 100, "m", 100, "exact", None, None),
        ],
    ),
    (
        "Plants grow at 300 to 1,200 m a.s.l. there.",
        [
            ("300 to 1,200 m", 15, 300, "m", 300, "exact", 1200, None),
        ],
    ),
    (
        "The plane flew at 35,000 feet.",
        [
            ("35,000 feet", 18, 35000, "ft", 10668, "exact", None, None),
        ],
    ),
    (
        "Almost a mile of road was lost.",
        [
            ("Almost a mile", 0, 1, "mi", 1609.344, "nearly", None, None),
        ],
    ),
    (
        "The storm dumped 12 inches of rain.",
        [
            ("12 inches", 17, 12, "in", 0.3048, "exact", None, None),
        ],
    ),
    (
        "The shelf is 20 cm (8 in) deep.",
        [
            ("20 cm", 13, 20, "cm", 0.2, "exact", None, None),
            ("8 in", 20, 8, "in", 0.2032, "exact", None, 13),
        ],
    ),
    (
        "The yard is 100 yards long.",
        [
            ("100 yards", 12, 100, "yd", 91.44, "exact", None, None),
        ],
    ),
    (
        "Seven miles of track were laid.",
        [
            ("Seven miles", 0, 7, "mi", 11265.408, "exact", None, None),
        ],
    ),
    (
        "The blast was felt an estimated 5 km away.",
        [
            ("an estimated 5 km", 19, 5, "km", 5000, "about", None, None),
        ],
    ),
    (
        "The comet passed 1 to 2 million km from Earth.",
        [
            ("1 to 2 million km", 17, 1000000, "km", 1000000000, "exact", 2000000, None),
        ],
    ),
    (
        "He is 6 feet 4, she said.",
        [
            ("6 feet 4", 6, 6.33333333333, "ft", 1.9304, "exact", None, None),
        ],
    ),
    (
        "A few miles from the base, troops dug in.",
        [
            ("A few miles", 0, None, "mi", None, "exact", None, None),
        ],
    ),
    (
        "The zone extends 2.5 kilometers inland.",
        [
            ("2.5 kilometers", 17, 2.5, "km", 2500, "exact", None, None),
        ],
    ),
    (
        "The tower is 1,250 meters tall.",
        [
            ("1,250 meters", 13, 1250, "m", 1250, "exact", None, None),
        ],
    ),
    (
        "The fence is 1.2-metre high.",
        [
            ("1.2-metre", 13, 1.2, "m", 1.2, "exact", None, None),
        ],
    ),
    (
        "It lies 200 nautical miles offshore.",
        [
            ("200 nautical miles", 8, 200, "nmi", 370400, "exact", None, None),
        ],
    ),
    (
        "Particles <2 mm and cores ≥10 m deep were kept.",
        [
            ("<2 mm", 10, 2, "mm", 0.002, "less than", None, None),
            ("≥10 m", 26, 10, "m", 10, "at least", None, None),
        ],
    ),
    # the tagger calls ">" a currency sign, as it does "$": a bound all the same
    (
        "Gravel (>2 mm) and ropes > 10 m long were set aside.",
        [
            (">2 mm", 8, 2, "mm", 0.002, "more than", None, None),
            ("> 10 m", 25, 10, "m", 10, "more than", None, None),
        ],
    ),
    # the full stop of "in." (which the tokenizer splits off) marks inches when the sentence
    # goes on in lower case
    (
        "The plank is 6 in. wide and the post 4 in. thick.",
        [
            ("6 in", 13, 6, "in", 0.1524, "exact", None, None),
            ("4 in", 37, 4, "in", 0.1016, "exact", None, None),
        ],
    ),
    # ... or after a comma: a full stop never ends a sentence right before one
    (
        "The tube has a wall of 0.25 in., and the sleeve is thicker.",
        [("0.25 in", 23, 0.25, "in", 0.00635, "exact", None, None)],
    ),
    # ... or before its conversion in brackets: "in." then is the inch, and both are lengths
    (
        "The widest crack is 2 in. (5 cm) across.",
        [
            ("2 in", 20, 2, "in", 0.0508, "exact", None, None),
            ("5 cm", 27, 5, "cm", 0.05, "exact", None, None),
        ],
    ),
    # a hyphen joins "m" to its number only as metres: a million is never "50-m"
    (
        "Transects were spaced at 50-m intervals.",
        [("50-m", 25, 50, "m", 50, "exact", None, None)],
    ),
    (
        "Plants were counted in 1 m quadrats.",
        [("1 m", 23, 1, "m", 1, "exact", None, None)],
    ),
    (
        "The snow lay a foot deep.",
        [("a foot", 13, 1, "ft", 0.3048, "exact", None, None)],
    ),
    (
        "It rained an inch of rain overnight.",
        [("an inch", 10, 1, "in", 0.0254, "exact", None, None)],
    ),
    (
        "The frigate sailed 40NM north.",
        [("40NM", 19, 40, "nmi", 74080, "exact", None, None)],
    ),
    (
        "The road is 5\u00a0km long and 3\u2009mm wide.",
        [
            ("5\u00a0km", 12, 5, "km", 5000, "exact", None, None),
            ("3\u2009mm", 26, 3, "mm", 0.003, "exact", None, None),
        ],
    ),
    (
        "The sensor sat at \u2212200 m, the core at 120 mbsf.",
        [
            ("\u2212200 m", 18, -200, "m", -200, "exact", None, None),
            ("120 mbsf", 38, 120, "m", 120, "exact", None, None),
        ],
    ),
    (
        "Pore water was sampled at 35 cmbsf and the well screen at 12 mbgs.",
        [
            ("35 cmbsf", 26, 35, "cm", 0.35, "exact", None, None),
            ("12 mbgs", 58, 12, "m", 12, "exact", None, None),
        ],
    ),
    # science: scientific notation, an uncertainty on the value, units of the lab and the sky
    (
        "The wave in the model was 3 × 10^4 m long.",
        [("3 × 10^4 m", 26, 30000, "m", 30000, "exact", None, None)],
    ),
    (
        "Its crest rose 3×10^4 m and the trough fell 4 x 10⁴ m.",
        [
            ("3×10^4 m", 15, 30000, "m", 30000, "exact", None, None),
            ("4 x 10⁴ m", 44, 40000, "m", 40000, "exact", None, None),
        ],
    ),
    (
        "The rods were 2.5×10−3 m and 1.5 × 10-3 m thick.",
        [
            ("2.5×10−3 m", 14, 0.0025, "m", 0.0025, "exact", None, None),
            ("1.5 × 10-3 m", 29, 0.0015, "m", 0.0015, "exact", None, None),
        ],
    ),
    (
        "The satellite climbed 1.2e3 km; the probe flew 4.2E4 km.",
        [
            ("1.2e3 km", 22, 1200, "km", 1200000, "exact", None, None),
            ("4.2E4 km", 47, 42000, "km", 42000000, "exact", None, None),
        ],
    ),
    (
        "Each valve was 12.0±0.3 cm across.",
        [("12.0±0.3 cm", 15, 12, "cm", 0.12, "about", None, None)],
    ),
    (
        "The rod measured 8.5 +/- 0.2 mm in length.",
        [("8.5 +/- 0.2 mm", 17, 8.5, "mm", 0.0085, "about", None, None)],
    ),
    (
        "The clay band was 3 dm thick.",
        [("3 dm", 18, 3, "dm", 0.3, "exact", None, None)],
    ),
    (
        "The cluster lies 12 million light-years from us, its twin 9 light years.",
        [
            (
                "12 million light-years",
                17,
                12000000,
                "ly",
                113528765671000000000000,
                "exact",
                None,
                None,
            ),
            ("9 light years", 58, 9, "ly", 85146574253200000, "exact", None, None),
        ],
    ),
    (
        "The comet passed within 0.3 astronomical units of the Sun, the probe at 2.5 AU.",
        [
            ("within 0.3 astronomical units", 17, 0.3, "au", 44879361210, "up to", None, None),
            ("2.5 AU", 72, 2.5, "au", 373994676750, "exact", None, None),
        ],
    ),
    (
        "The nebula is 400 parsecs away.",
        [("400 parsecs", 14, 400, "pc", 12342710325900000000, "exact", None, None)],
    ),
    # ranges with a unit on each end, also two different units; an uncertainty with its unit
    (
        "The scarp runs 10 km–20 km along the fault.",
        [("10 km–20 km", 15, 10, "km", 10000, "exact", 20, None)],
    ),
    (
        "Grains of 250 μm–2 mm were kept.",
        [("250 μm–2 mm", 10, 250, "µm", 0.00025, "exact", 2000, None)],
    ),
    (
        "Pebbles of 5 mm to 2 cm and slabs between 500 m and 1 km wide lay there.",
        [
            ("5 mm to 2 cm", 11, 5, "mm", 0.005, "exact", 20, None),
            ("between 500 m and 1 km", 34, 500, "m", 500, "exact", 1000, None),
        ],
    ),
    (
        # a mile is not far enough from two kilometres to be read as a range's other end
        "He ran 1 mile to 2 km.",
        [
            ("1 mile", 7, 1, "mi", 1609.344, "exact", None, None),
            ("2 km", 17, 2, "km", 2000, "exact", None, None),
        ],
    ),
    (
        "The beam measured 12 m ± 0.5 m in length.",
        [("12 m ± 0.5 m", 18, 12, "m", 12, "about", None, None)],
    ),
    (
        "The 63-µm fraction was weighed.",
        [("63-µm", 4, 63, "µm", 6.3e-05, "exact", None, None)],
    ),
    # lists share the last item's unit: one distance, its value the first item's
    (
        "Cores were cut at 5, 10 and 20 cm depth.",
        [("5, 10 and 20 cm", 18, 5, "cm", 0.05, "exact", None, None)],
    ),
    (
        "Sieves of 2, 4, and 8 mm and traps 50, 100 or 200 m from the nest were used.",
        [
            ("2, 4, and 8 mm", 10, 2, "mm", 0.002, "exact", None, None),
            ("50, 100 or 200 m", 35, 50, "m", 50, "exact", None, None),
        ],
    ),
    (
        # two amounts joined by "and" are a list unless "between" opens them
        "The wells are 10 and 20 km from the river, the pumps between 3 and 4 km.",
        [
            ("10 and 20 km", 14, 10, "km", 10000, "exact", None, None),
            ("between 3 and 4 km", 53, 3, "km", 3000, "exact", 4, None),
        ],
    ),
    (
        "On March 5, 10 and 20 km of road were shut.",
        [("10 and 20 km", 12, 10, "km", 10000, "exact", None, None)],
    ),
    (
        "The towns lie about 5, 10 and 15 miles from the coast.",
        [("about 5, 10 and 15 miles", 14, 5, "mi", 8046.72, "about", None, None)],
    ),
    (
        # a comma after a date or a year is no list
        "On March 5, 10 km of road were shut; in 2019, 5 km were laid.",
        [
            ("10 km", 12, 10, "km", 10000, "exact", None, None),
            ("5 km", 46, 5, "km", 5000, "exact", None, None),
        ],
    ),
    (
        # "by a mile" that measures a change of length is a distance, not the idiom
        "The runway was extended by a mile last year.",
        [("a mile", 27, 1, "mi", 1609.344, "exact", None, None)],
    ),
    (
        "He ran 100 m in 9.58 s, then walked for 5 hours and covered 20 km.",
        [
            ("100 m", 7, 100, "m", 100, "exact", None, None),
            ("20 km", 60, 20, "km", 20000, "exact", None, None),
        ],
    ),
    (
        "The valves were (12 ± 0.5) mm long; the snail crawled one-and-a-half miles.",
        [
            ("(12 ± 0.5) mm", 16, 12, "mm", 0.012, "about", None, None),
            ("one-and-a-half miles", 54, 1.5, "mi", 2414.016, "exact", None, None),
        ],
    ),
    (
        # "nm" in a sentence about ships or islands is the nautical mile, else the nanometre
        "The islands claim a 200 nm zone where the fleet may fish.",
        [("200 nm", 20, 200, "nmi", 370400, "exact", None, None)],
    ),
    (
        "Particles of 100 nm settle in sea spray.",
        [("100 nm", 13, 100, "nm", 1e-07, "exact", None, None)],
    ),
    (
        "The orbit is 36,000 km high.",
        [
            ("36,000 km", 13, 36000, "km", 36000000, "exact", None, None),
        ],
    ),
    (
        # light words beside "nm" make it the nanometre, even aboard a ship
        "Aboard the research vessel, absorbance was read at 470 nm each dawn.",
        [("470 nm", 51, 470, "nm", 4.7e-07, "exact", None, None)],
    ),
    (
        "The grains were 2.0 um across.",
        [("2.0 um", 16, 2, "µm", 2e-06, "exact", None, None)],
    ),
    (
        # "pc" spaced from its number among stars is the parsec
        "The open cluster lies 41.3 ± 0.2 pc away, beyond the nearest star.",
        [("41.3 ± 0.2 pc", 22, 41.3, "pc", 1274384841150000000, "about", None, None)],
    ),
    (
        # crystallography writes the uncertainty of the last digits in brackets
        "The cell edge is 10.482(2) Å.",
        [("10.482(2) Å", 17, 10.482, "Å", 1.0482e-09, "about", None, None)],
    ),
    (
        "Vertical errors reach ±2.5 km near the poles.",
        [("±2.5 km", 22, 2.5, "km", 2500, "about", None, None)],
    ),
    (
        "The pillar rose 12 m ±0.5 m above the plain.",
        [("12 m ±0.5 m", 16, 12, "m", 12, "about", None, None)],
    ),
    (
        # a power of ten that lost its superscript, written with the minus sign U+2212
        "The length scale is 5 × 10−10 m.",
        [("5 × 10−10 m", 20, 5e-10, "m", 5e-10, "exact", None, None)],
    ),
    (
        "The crater is 2.5 × 10³ m wide.",
        [("2.5 × 10³ m", 14, 2500, "m", 2500, "exact", None, None)],
    ),
    (
        # a spaced "in" measures before "thick", or after a decimal at a sentence's end
        "The slab is 6.5 in thick. Rainfall averaged 2.5 in.",
        [
            ("6.5 in", 12, 6.5, "in", 0.1651, "exact", None, None),
            ("2.5 in", 44, 2.5, "in", 0.0635, "exact", None, None),
        ],
    ),
    (
        # a mean and its spread in brackets, labelled or not: the mean, give or take
        "Mean shell length was 24.6 (SD 8.3) mm and mean crust depth 285 (74) µm.",
        [
            ("24.6 (SD 8.3) mm", 22, 24.6, "mm", 0.0246, "about", None, None),
            ("285 (74) µm", 60, 285, "µm", 0.000285, "about", None, None),
        ],
    ),
    (
        # a size is one distance, its value the first side's, with or without each side's unit
        "The quadrats were 20 × 20 m, the pit 4.1 x 3.3 x 1.8 m and the tiles 5 mm × 5 mm.",
        [
            ("20 × 20 m", 18, 20, "m", 20, "exact", None, None),
            ("4.1 x 3.3 x 1.8 m", 37, 4.1, "m", 4.1, "exact", None, None),
            ("5 mm × 5 mm", 69, 5, "mm", 0.005, "exact", None, None),
        ],
    ),
    (
        # a relay is four legs of 100 m, not a size
        "She anchored the 4 × 100 m relay.",
        [("100 m", 21, 100, "m", 100, "exact", None, None)],
    ),
    (
        # "of water" after metres or feet is a depth (after cm or mm, a pressure)
        "The wreck lies in 42 m of water; homes stood in 3 feet of water.",
        [
            ("42 m", 18, 42, "m", 42, "exact", None, None),
            ("3 feet", 48, 3, "ft", 0.9144, "exact", None, None),
        ],
    ),
    (
        # comparatives and "on the order of", "as deep as" qualify the figure as their words do
        "Grains finer than 2 mm and clasts larger than 5 cm lay on the order of 10 km inland, "
        "in water as deep as 600 m.",
        [
            ("finer than 2 mm", 7, 2, "mm", 0.002, "less than", None, None),
            ("larger than 5 cm", 34, 5, "cm", 0.05, "more than", None, None),
            ("on the order of 10 km", 55, 10, "km", 10000, "about", None, None),
            ("as deep as 600 m", 94, 600, "m", 600, "up to", None, None),
        ],
    ),
    (
        # a power of ten alone is its value; "m s^-1" a speed
        "The plume rose 10^3 km; winds of 3 m s^-1 blew, and the halo spans 10³ km.",
        [
            ("10^3 km", 15, 1000, "km", 1000000, "exact", None, None),
            ("10³ km", 67, 1000, "km", 1000000, "exact", None, None),
        ],
    ),
    (
        # the ship of the next sentence makes no nanometre a nautical mile
        "The lab grew 2-nm gold clusters. The ship then sailed for the islands.",
        [("2-nm", 13, 2, "nm", 0.000000002, "exact", None, None)],
    ),
    (
        # "foot" before people on foot counts them; before a thing it is that thing's size
        "The pier takes 400 foot passengers and a 40 foot crane.",
        [("40 foot", 41, 40, "ft", 12.192, "exact", None, None)],
    ),
    (
        "The crest stands at +4.5 m above datum.",
        [("+4.5 m", 20, 4.5, "m", 4.5, "exact", None, None)],
    ),
    (
        # the next sentence's first word names no film gauge
        "The gap was 55 mm. Film was then laid over it.",
        [("55 mm", 12, 55, "mm", 0.055, "exact", None, None)],
    ),
    (
        # a gauge that measures a length is no calibre
        "The rods were tested with a 25-mm gauge length.",
        [("25-mm", 28, 25, "mm", 0.025, "exact", None, None)],
    ),
    (
        "The void is 1.2 Gpc across.",
        [("1.2 Gpc", 12, 1.2, "Gpc", 37028130977600000000000000, "exact", None, None)],
    ),
    (
        # sides joined by "by" make a size too
        "The hearth measured 0.9 by 0.7 m and the room 20 by 30 feet.",
        [
            ("0.9 by 0.7 m", 20, 0.9, "m", 0.9, "exact", None, None),
            ("20 by 30 feet", 46, 20, "ft", 6.096, "exact", None, None),
        ],
    ),
    (
        # a laser's "nm" is the nanometre even before "from", which otherwise tells a sea mile
        "The scanner worked at 1,064 nm from a height of 900 m.",
        [
            ("1,064 nm", 22, 1064, "nm", 0.000001064, "exact", None, None),
            ("900 m", 48, 900, "m", 900, "exact", None, None),
        ],
    ),
    (
        # a water equivalent written between the unit and a rate: only the plain depth is a length
        "The glacier lost 0.82 m w.e. yr⁻¹ and 0.21 m ice eq. a⁻¹; its snow lay 12 m w.e. deep.",
        [("12 m", 71, 12, "m", 12, "exact", None, None)],
    ),
    (
        # "won" the verb is no currency (the Korean won), so the race is no sum of millions
        "Okafor won the 200m in 20.1 seconds.",
        [("200m", 15, 200, "m", 200, "exact", None, None)],
    ),
    (
        # a length "per" a thing is a length; per a year or a degree it is a rate
        "The track is 400 m per lap; the dunes moved 3 m per year and the sea 20 cm per degree.",
        [("400 m", 13, 400, "m", 400, "exact", None, None)],
    ),
    (
        # per a number of years is a rate all the same
        "Silt built up 2.5 cm per thousand years, and the shelf 300 m per lap of the survey.",
        [("300 m", 55, 300, "m", 300, "exact", None, None)],
    ),
    (
        # units of the sea, the turf and the air that pint knows
        "The wreck lies in 27 fathoms, the colt won by two furlongs, visibility was 10 statute "
        "miles.",
        [
            ("27 fathoms", 18, 27, "fathom", 49.3776987554, "exact", None, None),
            ("two furlongs", 46, 2, "fur", 402.336804674, "exact", None, None),
            ("10 statute miles", 75, 10, "mi", 16093.44, "exact", None, None),
        ],
    ),
    (
        # a verb "ship" is no talk of ships: "nm" stays the nanometre
        "The firm plans to ship the lenses, whose pillars stand 400 nm apart.",
        [("400 nm", 55, 400, "nm", 0.0000004, "exact", None, None)],
    ),
]

NOT_DISTANCES = [
    "The 6-foot-15 figure is a typo.",  # no foot has 15 inches
    "It costs $5m and 5m people live there.",
    "The club paid €40m for him.",
    "Revenue was 5.2m, the firm said.",
    "2m years ago the climate shifted.",
    "Production reached 2.5m barrels a day.",
    "They found a 40m-year-old fossil.",
    "Winds gusted to 120km/h, or 75mph.",
    "Driving at 60 miles an hour is common.",
    "The car does 300 miles per gallon.",
    "The beach shrank 5 cm per decade and the levee sank 2 mm per annum.",
    "They ran 5km a day.",
    "The flat is 50 square metres.",
    "The farm covers 5 sq km.",
    "It covers 4km2 of land.",
    "The plots were 30 m2 each and held 3 m3 of water.",
    "Velocities of 5 m s−1 were recorded.",
    "Land sank 2 mm yr-1 there.",
    "Pressure was 120 mm Hg.",
    "Seven missiles were fired and 1,000 troops moved.",
    "Miles Davis played on.",
    "He starred in Eight Mile last year.",
    "The accident at Three Mile Island was feared.",
    "He stood on his two feet.",
    "She scored 5 in the final.",
    "A mix of old and new was served.",
    "It costs $2 a mile.",
    "He didn't move an inch.",
    "A foot soldier fell.",
    "The new ferry has room for 400 foot passengers and 60 cars.",
    "Police put 30 foot patrols on the streets.",
    "A 10 mg dose and 3 kg of flour.",
    "The M4 motorway closed after 5 M visitors came.",
    "Prices rose 12 percent in 2019.",
    "The village has seven m shaped roofs.",
    "He has one foot in the door.",
    "Rebels fired 155mm artillery shells and a 9mm pistol.",
    "His lap time was 5m 30s.",
    "They bought a yard sale sofa.",
    "The 55 AU member states met in the capital.",
    "He paid 5 DM for the ticket.",
    "He won the vote by a mile.",
    "The shot missed the post by a mile.",
    "She is the best candidate by a mile.",
    "The flight took 3h 20m and the drive 2 hrs 15 m.",
    "The stage took 1 hour 20 m.",
    "The reserve spans 300 square miles and the lake 5 km² of the valley.",
    "The tank holds 40 cubic metres and the well 10 m³ of water.",
    "The current flowed at 2 m/s while the glacier moved 30 m/yr.",
    "The coast rises 5 mm yr−1 and the dune 3 cm/s in a storm.",
    "The car reached 70 kph and the train 90 mph.",
    "The club paid £3.5m and raised 5M in funding.",
    "The plot was 3 x 10 hectares.",
    "The fund raised $50-m in bonds.",
    "Police let 6 in. The rest waited outside.",
    "Police found 6 in thick fog.",
    "The fastest climber took 5 m 30 s and the slowest 12 m 05 s.",
    "Shares in the firm rose 5pc and its rival 3 pc on Monday.",
    "The star striker's wage rose 5pc.",
    # rates and densities written with negative exponents, the sentence's full stop after one
    "Currents reached 0.45 m s⁻¹ while the ice flowed 4.2 km a⁻¹.",
    "Roots held 2.1 cm cm⁻³ and rain fell at 45 mm h⁻¹.",
    "The galaxy recedes at 1,100 km s⁻¹.",
    # concentrations: micromolar and nanomolar, not micrometres or nautical miles
    "Cells took up 50 µM dye and 0.5 nM probe.",
    "Bolts were torqued to 250 ft-lb.",
    "The ice sheet lost 0.41 m water equivalent per year.",
    "The ventilator was set to 10 cm of water.",
]


@pytest.fixture(scope="module")
def distance_extractor(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp, kinds=("distance",))


def distances_of(extractor: Extractor, text: str) -> list[Distance]:
    records = [r for r in extractor.extract(text) if isinstance(r, Distance)]
    assert extractor.extract(text)[-1].status == "ok"
    for r in records:
        assert r.text == text[r.start : r.end]
        assert r.sentence is not None
    return records


@pytest.mark.parametrize(("text", "expected"), DISTANCES, ids=[t for t, _ in DISTANCES])
def test_distances_fields(
    distance_extractor: Extractor, text: str, expected: list[Expected]
) -> None:
    got = [
        (r.text, r.start, r.end, r.value, r.unit, r.meters, r.qualifier, r.max_value, r.same_as)
        for r in distances_of(distance_extractor, text)
    ]
    want = [(e[0], e[1], e[1] + len(e[0]), *e[2:]) for e in expected]
    assert got == want


@pytest.mark.parametrize("text", NOT_DISTANCES)
def test_distances_not_distances(distance_extractor: Extractor, text: str) -> None:
    assert [r.text for r in distances_of(distance_extractor, text)] == []


def test_distances_value_types(distance_extractor: Extractor) -> None:
    """Whole numbers are ints, fractions floats; "about" words are in the text, rule is named."""
    first, second = distances_of(distance_extractor, "It flew about 1,250km (777 miles) east.")
    assert isinstance(first.value, int) and isinstance(first.meters, int)
    assert isinstance(second.meters, float)
    assert first.rule == "digits+unit" and second.same_as == first.start


def test_distances_skip_page_furniture(distance_extractor: Extractor) -> None:
    prose = "The convoy moved slowly along the coast road for most of the long day."
    text = f"{prose}\nSign up for our newsletter and walk 5km with us\n{prose}\n"
    assert distances_of(distance_extractor, text) == []


def test_distances_sentence_index(distance_extractor: Extractor) -> None:
    text = "The convoy left at dawn. It drove 40 km before noon."
    (record,) = distances_of(distance_extractor, text)
    assert record.sentence == 1


@pytest.mark.parametrize(
    ("words", "low", "high", "form"),
    [
        ("1,100", "1100", None, "digits"),
        ("1.5 million", "1500000", None, "digits"),
        ("two hundred and fifty", "250", None, "words"),
        ("twenty - five", "25", None, "words"),
        ("a dozen", "12", None, "words"),
        ("half a", "0.5", None, "fraction"),
        ("two and a half", "2.5", None, "fraction"),
        ("5 1/2", "5.5", None, "fraction"),
        ("100 000", "100000", None, "digits"),
        ("between", None, None, None),
        ("3 - 4", "3", "4", "range"),
        ("10–15", "10", "15", "range"),
        ("1 to 2 million", "1000000", "2000000", "range"),
        ("one or two", "1", "2", "range"),
        ("5 , 10 and 20", "5", None, "list"),
        ("5 , 10 , or 20", "5", None, "list"),
        ("10 and 20", "10", None, "list"),
        ("5 , 10", None, None, None),
        ("1.2e3", "1200", None, "scientific"),
        ("3 × 10^-2", "0.03", None, "scientific"),
        ("12.0±0.3", "12.0", None, "plus-minus"),
        ("tens of thousands of", None, None, "vague"),
        ("several hundred", None, None, "vague"),
        ("five five", None, None, None),
        ("20 to 10", None, None, None),
    ],
)
def test_distances_amount_parser(
    words: str, low: str | None, high: str | None, form: str | None
) -> None:
    amount = parse(words.split())
    if form is None:
        assert amount is None
        return
    assert amount is not None and amount.form == form
    assert amount.low == (None if low is None else Decimal(low))
    assert amount.high == (None if high is None else Decimal(high))


# ---------------------------------------------------------------- round trip

METRES = {
    "km": "1000",
    "m": "1",
    "cm": "0.01",
    "mm": "0.001",
    "mi": "1609.344",
    "nmi": "1852",
    "ft": "0.3048",
    "yd": "0.9144",
    "in": "0.0254",
}
SPELLINGS = [
    ("km", "km"),
    ("kms", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetres", "cm"),
    ("mm", "mm"),
    ("millimetres", "mm"),
    ("mi", "mi"),
    ("miles", "mi"),
    ("nautical miles", "nmi"),
    ("ft", "ft"),
    ("feet", "ft"),
    ("yd", "yd"),
    ("yards", "yd"),
    ("inches", "in"),
]
QUALIFIERS = [
    ("", "exact"),
    ("about ", "about"),
    ("around ", "about"),
    ("some ", "about"),
    ("roughly ", "about"),
    ("approximately ", "about"),
    ("at least ", "at least"),
    ("more than ", "more than"),
    ("over ", "more than"),
    ("less than ", "less than"),
    ("under ", "less than"),
    ("up to ", "up to"),
    ("nearly ", "nearly"),
    ("almost ", "nearly"),
]
OPENINGS = [
    "The convoy moved",
    "Officials said the border lies",
    "It was",
    "The team dug",
    "Witnesses said the shell landed",
    "The new line runs",
]
ENDINGS = [".", " from the town.", " away, officials said.", " inland on Tuesday.", " in all."]


def written(value: Decimal) -> str:
    text = f"{value:,f}" if value >= 1000 and value == value.to_integral_value() else f"{value:f}"
    return text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cents=st.integers(min_value=100, max_value=9_999_900),
    whole=st.booleans(),
    spelling=st.sampled_from(SPELLINGS),
    qualifier=st.sampled_from(QUALIFIERS),
    opening=st.sampled_from(OPENINGS),
    ending=st.sampled_from(ENDINGS),
)
def test_distances_round_trip(
    distance_extractor: Extractor,
    cents: int,
    whole: bool,
    spelling: tuple[str, str],
    qualifier: tuple[str, str],
    opening: str,
    ending: str,
) -> None:
    value = Decimal(cents // 100) if whole else Decimal(cents) / 100
    phrase = f"{qualifier[0]}{written(value)} {spelling[0]}"
    text = f"{opening} {phrase}{ending}"
    (record,) = distances_of(distance_extractor, text)
    assert record.text == phrase
    assert Decimal(str(record.value)) == value
    assert record.unit == spelling[1]
    meters = value * Decimal(METRES[spelling[1]])
    assert abs(Decimal(str(record.meters)) - meters) <= meters * Decimal("1e-11")
    assert record.qualifier == qualifier[1]
    assert record.max_value is None and record.same_as is None


def test_distances_unit_sizes_are_pints() -> None:
    """data/distances/sizes.tsv holds exactly what a pint registry says of every unit that
    units.txt names: its short symbol and its size in metres (runs read the file, not pint)."""
    import pint

    registry = pint.UnitRegistry(non_int_type=Decimal)
    names = set(unit_names().values())
    assert names == set(sizes())
    for name in names:
        parsed = registry.parse_units(name)
        if str(parsed) == "micron":  # pint prints its "micron" as "µ": it is the micrometre
            parsed = registry.parse_units("micrometer")
        quantity = registry.Quantity(Decimal(1), parsed)
        assert quantity.dimensionality == registry.meter.dimensionality, name
        metres = str(Decimal(quantity.to(registry.meter).magnitude))
        assert (sizes()[name].symbol, str(sizes()[name].meters)) == (f"{parsed:~}", metres), name
