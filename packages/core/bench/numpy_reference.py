"""Vectorised numpy reference for `pnpm bench`: the same Monte Carlo as `runUncertainty` with weight noise.

Reads a COINr iData / iMeta pair (written by bench/run.ts), then per run: min-max normalise to [0, 100] (direction
first, NaN ignored), draw every weight times a uniform factor in [1 - f, 1 + f], aggregate level by level with the
arithmetic mean over the children each unit has (weights rescaled), rank the index (1 = best, ties share the lower
rank) and summarise each unit's ranks (mean, median, 5th and 95th percentile, type 7). Only the computation is timed
(not the import or the file read). Prints one JSON object: median wall and CPU (all threads) time and all timings in ms, plus the nominal ranks and the
mean ranks of the last run so the caller can check that both implementations compute the same thing.

usage: python3 numpy_reference.py iData.csv iMeta.csv DRAWS NOISE SEED RUNS
"""

import csv
import json
import sys
import time

import numpy as np

BLOCK = 250


def read(data_path, meta_path):
    with open(meta_path, newline="") as f:
        meta = list(csv.DictReader(f))
    with open(data_path, newline="") as f:
        rows = list(csv.DictReader(f))
    indicators = [m for m in meta if m["Type"] == "Indicator"]
    aggregates = sorted((m for m in meta if m["Type"] == "Aggregate"), key=lambda m: int(m["Level"]))
    order = indicators + aggregates
    row_of = {m["iCode"]: r for r, m in enumerate(order)}
    x = np.array(
        [[float("nan") if r[m["iCode"]] in ("", "NA") else float(r[m["iCode"]]) for r in rows] for m in indicators]
    )
    direction = np.array([float(m["Direction"]) for m in indicators])
    weight = np.array([float(m["Weight"]) for m in order])
    children = [[row_of[c["iCode"]] for c in order if c["Parent"] == a["iCode"]] for a in aggregates]
    return x, direction, weight, children, len(indicators)


def rank_rows(scores):
    """Rank each row: 1 = highest, ties share the lower rank, NaN -> NaN."""
    draws, n = scores.shape
    key = np.where(np.isnan(scores), np.inf, -scores)
    order = np.argsort(key, axis=1, kind="stable")
    sorted_key = np.take_along_axis(key, order, axis=1)
    pos = np.broadcast_to(np.arange(n), (draws, n))
    new = np.ones((draws, n), dtype=bool)
    new[:, 1:] = sorted_key[:, 1:] != sorted_key[:, :-1]
    start = np.maximum.accumulate(np.where(new, pos, 0), axis=1)
    ranks = np.empty((draws, n))
    np.put_along_axis(ranks, order, (start + 1).astype(float), axis=1)
    ranks[np.isnan(scores)] = np.nan
    return ranks


def index_scores(z, present, w, children, n_ind):
    """Index scores for every weight vector in w (draws x rows): level-by-level arithmetic mean, missing dropped."""
    draws = w.shape[0]
    n_units = z.shape[1]
    s = {}
    p = {}
    for r in range(n_ind):
        s[r] = z[r]
        p[r] = present[r]
    for a, kids in enumerate(children):
        r = n_ind + a
        leaf = [c for c in kids if c < n_ind]
        agg = [c for c in kids if c >= n_ind]
        num = np.zeros((draws, n_units))
        den = np.zeros((draws, n_units))
        if leaf:
            wl = w[:, leaf]
            num += wl @ z[leaf]
            den += wl @ present[leaf]
        for c in agg:
            wc = w[:, c][:, None]
            num += wc * np.where(p[c], s[c], 0.0)
            den += wc * p[c]
        with np.errstate(invalid="ignore", divide="ignore"):
            s[r] = num / den
        p[r] = den > 0
        s[r] = np.where(p[r], s[r], 0.0)
    root = n_ind + len(children) - 1
    return np.where(p[root], s[root], np.nan)


def run(x, direction, weight, children, n_ind, draws, noise, seed):
    xd = x * direction[:, None]
    lo = np.nanmin(xd, axis=1, keepdims=True)
    hi = np.nanmax(xd, axis=1, keepdims=True)
    z = (xd - lo) / (hi - lo) * 100.0
    present = ~np.isnan(z)
    z = np.where(present, z, 0.0)
    present = present.astype(float)
    rng = np.random.default_rng(seed)
    w = weight[None, :] * (1.0 + noise * (2.0 * rng.random((draws, weight.size)) - 1.0))
    # Blocks of draws keep the (draws x units) temporaries in cache; one 10,000-draw pass is memory-bound.
    ranks = np.empty((draws, z.shape[1]))
    for b in range(0, draws, BLOCK):
        ranks[b : b + BLOCK] = rank_rows(index_scores(z, present, w[b : b + BLOCK], children, n_ind))
    stats = {
        "mean": np.nanmean(ranks, axis=0),
        "median": np.nanquantile(ranks, 0.5, axis=0),
        "q05": np.nanquantile(ranks, 0.05, axis=0),
        "q95": np.nanquantile(ranks, 0.95, axis=0),
    }
    nominal = rank_rows(index_scores(z, present, weight[None, :], children, n_ind))[0]
    return stats, nominal


def main():
    data_path, meta_path, draws, noise, seed, runs = sys.argv[1:7]
    draws, noise, seed, runs = int(draws), float(noise), int(seed), int(runs)
    x, direction, weight, children, n_ind = read(data_path, meta_path)
    run(x, direction, weight, children, n_ind, draws, noise, seed)  # warm-up
    times = []
    cpu = []
    for _ in range(runs):
        t0 = time.perf_counter()
        c0 = time.process_time()
        stats, nominal = run(x, direction, weight, children, n_ind, draws, noise, seed)
        times.append((time.perf_counter() - t0) * 1000.0)
        cpu.append((time.process_time() - c0) * 1000.0)
    nan_to_none = lambda a: [None if np.isnan(v) else float(v) for v in a]
    print(
        json.dumps(
            {
                "numpy": np.__version__,
                "median_ms": float(np.median(times)),
                "cpu_ms": float(np.median(cpu)),
                "times_ms": times,
                "nominal": nan_to_none(nominal),
                "mean": nan_to_none(stats["mean"]),
            }
        )
    )


if __name__ == "__main__":
    main()
