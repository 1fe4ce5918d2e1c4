"""Baseline for the drift-report benchmark: what an Evidently-style pipeline does with pandas + scipy.

pandas.read_csv of both files, then per column as Evidently's defaults do: ±inf → NaN, dropna, dtype-based
type (integer ≤ 10 distinct → categorical), nunique of ref ∪ cur to choose the test, the test itself
(Wasserstein normed for numerical, Jensen–Shannon on value shares for categorical when n > 1000; K-S /
chi-square / Z otherwise) and the reference/current histogram kept for the report's plots.
Prints one JSON line: {"seconds": …, "drifted": […], "scores": {…}}. Run with /usr/bin/python3.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

t0 = time.perf_counter()
ref_df = pd.read_csv(sys.argv[1])
cur_df = pd.read_csv(sys.argv[2])

scores = {}
drifted = []
for name in ref_df.columns:
    ref = ref_df[name].replace([-np.inf, np.inf], np.nan).dropna()
    cur = cur_df[name].replace([-np.inf, np.inf], np.nan).dropna()
    dtype = ref_df[name].dtype
    if pd.api.types.is_integer_dtype(dtype):
        numerical = ref.nunique() > 10
    else:
        numerical = pd.api.types.is_float_dtype(dtype)
    n_values = pd.concat([ref, cur]).nunique()
    if numerical:
        if len(ref) <= 1000:
            score = stats.ks_2samp(ref, cur)[1]
            drift = score <= 0.05
        elif n_values <= 5:
            raise SystemExit("not exercised by the benchmark data")
        else:
            score = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
            drift = score >= 0.1
        bins = np.histogram_bin_edges(pd.concat([ref, cur]).values, bins="sturges")
        np.histogram(ref, bins)
        np.histogram(cur, bins)
    else:
        keys = list(set(ref.unique()) | set(cur.unique()))
        rc = ref.value_counts()
        cc = cur.value_counts()
        rp = np.array([rc.get(k, 0) / len(ref) for k in keys])
        cp = np.array([cc.get(k, 0) / len(cur) for k in keys])
        if len(ref) <= 1000:
            raise SystemExit("not exercised by the benchmark data")
        score = distance.jensenshannon(rp, cp)
        drift = score >= 0.1
    scores[name] = float(score)
    if drift:
        drifted.append(name)

print(json.dumps({"seconds": time.perf_counter() - t0, "drifted": drifted, "scores": scores}))
