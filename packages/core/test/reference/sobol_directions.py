"""Writes src/sensitivity/sobolDirections.json: the first 256 dimensions of the Joe & Kuo (2008) Sobol direction numbers
(new-joe-kuo-6.21201, the table SciPy ships as scipy/stats/_sobol_direction_numbers.npz, BSD licence), one
[polynomial, [m_1, ..., m_s]] per dimension after the first (dimension 1 is van der Corput). `polynomial` is the
primitive polynomial with its leading and trailing bits (SciPy's encoding; degree s = bit length - 1).
Usage: python3 sobol_directions.py > ../../src/sensitivity/sobolDirections.json
"""
import json
import os

import numpy as np
import scipy.stats

table = np.load(os.path.join(os.path.dirname(scipy.stats.__file__), "_sobol_direction_numbers.npz"))
rows = []
for d in range(1, 256):
    poly = int(table["poly"][d])
    s = poly.bit_length() - 1
    rows.append([poly, [int(m) for m in table["vinit"][d][:s]]])
print(json.dumps({"source": "Joe & Kuo (2008) new-joe-kuo-6.21201 via SciPy 1.17.1", "dimensions": rows}, separators=(",", ":")))
