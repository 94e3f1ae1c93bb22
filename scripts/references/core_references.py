#!/usr/bin/env python3
"""Reference values for @cjsnsa/core's tests that are not copied from a peer's published test data.

Every expected value in packages/core/test that used to be "typed out in Python by hand", read
from the team's methods note (/work/shared/methods.md) or worked by hand is computed here, from the
published formulas and scipy's distribution functions, independently of cjsnsa's TypeScript code.
The tests read the output, packages/core/test/fixtures/references.json; the test
packages/core/test/references.test.ts runs this script (when python3 with scipy is installed) and
checks that its output equals the committed file.

Usage:
    python3 scripts/references/core_references.py            # rewrites the committed JSON
    python3 scripts/references/core_references.py --stdout   # prints it instead

Needs Python 3 and scipy (Debian: apt-get install python3-scipy). No other input.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy.optimize import brentq
from scipy.stats import chi2, norm, t as student_t

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'packages', 'core', 'test', 'fixtures', 'references.json')


def z(conf):
    """Two-sided normal quantile, qnorm(conf + (1 - conf)/2) (PHE convention)."""
    return float(norm.ppf(conf + (1 - conf) / 2))


def wilson(x, n, conf):
    """Wilson (1927) score interval on the 0-1 scale."""
    zz = z(conf)
    root = zz * math.sqrt(zz * zz + 4 * x * (1 - x / n))
    den = 2 * (n + zz * zz)
    return [(2 * x + zz * zz - root) / den, (2 * x + zz * zz + root) / den]


def exact(x, conf):
    """Garwood (1936) exact Poisson interval: chi2 quantiles / 2."""
    lower = 0.0 if x == 0 else float(chi2.ppf((1 - conf) / 2, 2 * x)) / 2
    upper = float(chi2.ppf(conf + (1 - conf) / 2, 2 * x + 2)) / 2
    return [lower, upper]


def byar(x, conf):
    """Byar's approximation (Breslow & Day 1987); lower None where negative."""
    zz = z(conf)
    lower = 0.0
    if x > 0:
        base = 1 - 1 / (9 * x) - zz / (3 * math.sqrt(x))
        lower = None if base < 0 else x * base ** 3
    y = x + 1
    upper = y * (1 - 1 / (9 * y) + zz / (3 * math.sqrt(y))) ** 3
    return [lower, upper]


def mean_ci(values, conf):
    """Student's t interval of a mean (PHE phe_mean), with the sample SD."""
    v = np.asarray(values, dtype=float)
    n = len(v)
    sd = float(np.std(v, ddof=1))
    tq = abs(float(student_t.ppf((1 - conf) / 2, n - 1)))
    m = float(np.mean(v))
    return {'value': m, 'sd': sd, 'lower': m - tq * sd / math.sqrt(n), 'upper': m + tq * sd / math.sqrt(n)}


def dsr(bands, conf, multiplier=100000):
    """Dobson et al. (1991) DSR with Byar limits on the total count (PHE calculate_dsr)."""
    sw = sum(w for _, _, w in bands)
    value = sum(w * x / n for x, n, w in bands) / sw
    var = sum(w * w * x / (n * n) for x, n, w in bands) / sw ** 2
    o = sum(x for x, _, _ in bands)
    ol, ou = byar(o, conf)
    return [value * multiplier, (value + math.sqrt(var / o) * (ol - o)) * multiplier,
            (value + math.sqrt(var / o) * (ou - o)) * multiplier]


def rate_funnel_lower(E, alpha):
    """Continuous k whose exact upper bound chi2(1-alpha; 2k+2)/2 equals E (PHE poisson_funnel, by root finding)."""
    f = lambda k: chi2.ppf(1 - alpha, 2 * k + 2) / 2 - E
    return float(brentq(f, 0.0, 2 * E + 100, xtol=1e-12, rtol=4 * np.finfo(float).eps, maxiter=500))


def rate_funnel_upper(E, alpha):
    """Continuous k whose exact lower bound chi2(alpha; 2k)/2 equals E."""
    f = lambda k: chi2.ppf(alpha, 2 * k) / 2 - E
    return float(brentq(f, 1e-9, 2 * E + 100, xtol=1e-12, rtol=4 * np.finfo(float).eps, maxiter=500))


def weighted_trend(values, widths):
    """Fingertips recent-trend statistic: weighted LS slope of value on t = 1..5, w = (3.92/width)^2."""
    t = np.arange(1, len(values) + 1, dtype=float)
    w = (3.92 / np.asarray(widths, dtype=float)) ** 2
    y = np.asarray(values, dtype=float)
    sw, swt, swt2 = w.sum(), (w * t).sum(), (w * t * t).sum()
    swy, swty = (w * y).sum(), (w * t * y).sum()
    slope = (sw * swty - swt * swy) / (sw * swt2 - swt ** 2)
    se = math.sqrt(sw / (sw * swt2 - swt ** 2))
    return {'slope': float(slope), 'chiSquare': float((slope / se) ** 2)}


def exact_poisson_grid():
    counts = sorted(set(list(range(0, 201)) + [
        250, 300, 400, 500, 750, 899, 900, 901, 1000, 1359, 1360, 1361, 1500, 1800, 1809, 1810, 1811,
        1877, 1878, 1879, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 15000, 20000, 30000, 50000, 75000,
        99999, 100000] + [int(round(10 ** (k / 20))) for k in range(20, 101)]))
    rows = []
    for x in counts:
        for conf in (0.95, 0.998):
            lo, up = exact(x, conf)
            rows.append({'x': x, 'confidence': conf, 'lower': lo, 'upper': up})
    for x in (0.001, 0.445, 2.5, 1360.5):
        for conf in (0.9, 0.95, 0.99, 0.998):
            lo, up = exact(x, conf)
            rows.append({'x': x, 'confidence': conf, 'lower': lo, 'upper': up})
    return rows


def build():
    ref = {}
    ref['_about'] = {
        'script': 'scripts/references/core_references.py',
        'scipy': scipy.__version__,
        'note': 'Computed from the published formulas and scipy.stats; independent of cjsnsa code.',
    }
    ref['zQuantile'] = {'0.95': z(0.95), '0.998': z(0.998)}
    ref['wilson'] = {
        '0/100 95%': wilson(0, 100, 0.95),
        '100/100 95%': wilson(100, 100, 0.95),
        '0.445/1 95%': wilson(0.445, 1, 0.95),
        '0.445/1 99.8%': wilson(0.445, 1, 0.998),
    }
    ref['exactPoisson'] = {
        '0 95%': exact(0, 0.95), '0 99.8%': exact(0, 0.998),
        '9 95%': exact(9, 0.95), '9 99.8%': exact(9, 0.998),
        '10 95%': exact(10, 0.95), '5 95%': exact(5, 0.95),
    }
    ref['exactPoissonGrid'] = exact_poisson_grid()
    ref['byar'] = {'10 95%': byar(10, 0.95), '10 99.8%': byar(10, 0.998), '1 99.8%': byar(1, 0.998)}
    ref['mean'] = {'1..10 95%': mean_ci(range(1, 11), 0.95), '1..10 99.8%': mean_ci(range(1, 11), 0.998)}
    zz = z(0.95)
    se = math.sqrt(1 / 100 + 1 / 50)
    ref['rateRatio'] = {'100/10000 vs 50/10000 95%': [2.0, math.exp(math.log(2) - zz * se), math.exp(math.log(2) + zz * se)]}
    bands = [(20, 10000, 60000), (30, 5000, 40000)]
    ref['dsr'] = {'two bands 95%': dsr(bands, 0.95), 'two bands 99.8%': dsr(bands, 0.998)}
    # Rate funnel limits where the expected count E is large (the exact upper bound above 900 events).
    funnel = []
    for population in (1_000_000, 1_360_000, 1_878_000, 10_000_000, 100_000_000):
        E = 100 * population / 100000  # baseline 100 per 100,000
        row = {'population': population}
        for name, alpha in (('95', 0.025), ('998', 0.001)):
            row['lower' + name] = rate_funnel_lower(E, alpha) / population * 100000
            row['upper' + name] = rate_funnel_upper(E, alpha) / population * 100000
        funnel.append(row)
    ref['rateFunnelLarge'] = {'baseline': 100, 'multiplier': 100000, 'rows': funnel}
    # Fingertips recent-trend statistic on Fingertips' own Set1 (TrendMarkerCalculatorTest.cs, oldest first):
    # Fingertips publishes it rounded (46.77); the unrounded value comes from the formula here.
    set1_values = [24.67, 24.6, 28, 30.2, 30.6]
    set1_widths = [26.25 - 23.16, 26.19 - 23.15, 29.64 - 26.44, 31.9 - 28.63, 32.25 - 28.98]
    ref['recentTrend'] = {'fingertips Set1': weighted_trend(set1_values, set1_widths)}
    # Boundary series of recent-trend.boundaries.test.ts: straight lines 20 + b·t, t = 1..5, equal CI widths.
    line = lambda b: [20 + b * t for t in range(1, 6)]
    ref['recentTrendBoundaries'] = {
        'chi2 1df 99.8%': float(chi2.ppf(0.998, 1)),
        'slope 0.9773 width 3.92': weighted_trend(line(0.9773), [3.92] * 5),
        'slope 0.9772 width 3.92': weighted_trend(line(0.9772), [3.92] * 5),
        'slope -0.9773 width 3.92': weighted_trend(line(-0.9773), [3.92] * 5),
        'slope 1.9545 width 7.84': weighted_trend(line(1.9545), [7.84] * 5),
        'slope 1.9544 width 7.84': weighted_trend(line(1.9544), [7.84] * 5),
    }
    return ref


def main():
    text = json.dumps(build(), indent=1, sort_keys=True) + '\n'
    if '--stdout' in sys.argv:
        sys.stdout.write(text)
    else:
        with open(OUT, 'w') as fh:
            fh.write(text)


if __name__ == '__main__':
    main()
