"""Independent reference numbers for test/audit.conformance.test.ts (run once by hand; its output is hard-coded there).

Reads COINr 1.1.14's own normalised indicators and aggregate scores of the ASEM example (pipelines a and b of
../shared/conformance/coinr-asem) and computes, with numpy and scipy only, what COINr's get_cronbach, get_corr and
get_PCA compute: pairwise-complete (n - 1) covariances for alpha, pairwise-complete Pearson and Spearman (ranks within
each pair's complete cases, scipy.stats.rankdata 'average'), and numpy.linalg.eigh of the correlation matrix of complete
cases. Usage: python3 asem_audit.py <coinr-asem folder>
"""
import csv
import json
import sys

import numpy as np
from scipy.stats import rankdata


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def column(header, rows, code):
    i = header.index(code)
    return np.array([np.nan if r[i] == "NA" else float(r[i]) for r in rows])


def pairwise(x, y):
    ok = ~np.isnan(x) & ~np.isnan(y)
    return x[ok], y[ok]


def cov(x, y):
    x, y = pairwise(x, y)
    return np.nan if len(x) < 2 else float(np.cov(x, y, ddof=1)[0, 1])


def pearson(x, y):
    x, y = pairwise(x, y)
    return float(np.corrcoef(x, y)[0, 1])


def spearman(x, y):
    x, y = pairwise(x, y)
    return float(np.corrcoef(rankdata(x), rankdata(y))[0, 1])


def alpha(cols):
    k = len(cols)
    c = np.array([[cov(a, b) for b in cols] for a in cols])
    return k / (k - 1) * (1 - np.nansum(np.diag(c)) / np.nansum(c))


def pca(cols):
    m = np.column_stack(cols)
    m = m[~np.isnan(m).any(axis=1)]
    values = np.linalg.eigh(np.corrcoef(m, rowvar=False))[0][::-1]
    return {"n": len(m), "eigenvalues": values.tolist(), "varianceExplained": (values / len(cols)).tolist()}


folder = sys.argv[1]
mh, meta = read(f"{folder}/asem_imeta.csv")
code_i, parent_i, type_i = mh.index("iCode"), mh.index("Parent"), mh.index("Type")
indicators = [r[code_i] for r in meta if r[type_i] == "Indicator"]
aggregates = [r[code_i] for r in meta if r[type_i] == "Aggregate"]
children = {a: [r[code_i] for r in meta if r[parent_i] == a] for a in aggregates}
out = {}
for name in ("a_minmax_amean", "b_treat_minmax_amean"):
    nh, norm = read(f"{folder}/{name}_normalised.csv")
    rh, res = read(f"{folder}/{name}_results.csv")
    units = [r[0] for r in norm]
    order = [[r[0] for r in res].index(u) for u in units]
    res = [res[i] for i in order]
    col = {c: column(nh, norm, c) for c in indicators}
    col.update({a: column(rh, res, a) for a in aggregates})
    codes = indicators + aggregates
    out[name] = {
        "cronbach": {a: alpha([col[c] for c in children[a]]) for a in aggregates},
        "pca": {a: pca([col[c] for c in children[a]]) for a in aggregates},
        "pearson": {f"{x}|{y}": pearson(col[x], col[y]) for x, y in [("Goods", "Services"), ("Flights", "Embs"), ("Gas", "Index"), ("Physical", "Conn"), ("Conn", "Sust")]},
        "spearman": {f"{x}|{y}": spearman(col[x], col[y]) for x, y in [("Goods", "Services"), ("Flights", "Embs"), ("Gas", "Index"), ("Physical", "Conn"), ("Conn", "Sust")]},
        "pearsonSum": float(np.nansum([[pearson(col[x], col[y]) for y in codes] for x in codes])),
        "spearmanSum": float(np.nansum([[spearman(col[x], col[y]) for y in codes] for x in codes])),
    }
print(json.dumps(out, indent=1))
