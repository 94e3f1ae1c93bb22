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

Needs Python 3, scipy and mpmath (Debian: apt-get install python3-scipy python3-mpmath). No other input.
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
    """Student's t interval of a mean (PHE phe_mean), with the sample SD and the t quantile (t_ppf)."""
    v = np.asarray(values, dtype=float)
    n = len(v)
    sd = float(np.std(v, ddof=1))
    tq = abs(t_ppf((1 - conf) / 2, n - 1))
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


def trend_leave_one_out(values, widths):
    """The Fingertips recent-trend statistic and its leave-one-out check (TrendMarkerCalculator.cs: the slope
    over all 5 points, then refitted with each point left out, keeping the weights of the points kept), in
    exact rational arithmetic from the values and CI widths as written in the test (decimal strings), so that
    a slope that is 0 or changes sign is exact. w = (3.92/width)^2, t = 1..5; slope =
    (Sw*Swty - Swt*Swy) / (Sw*Swt2 - Swt^2), chi2 = slope^2 / SE^2 with SE^2 = Sw / (Sw*Swt2 - Swt^2)."""
    from fractions import Fraction as F
    w = [(F('3.92') / F(str(width))) ** 2 for width in widths]
    y = [F(str(v)) for v in values]

    def fit(keep):
        sw = sum(w[i] for i in keep)
        swt = sum(w[i] * (i + 1) for i in keep)
        swt2 = sum(w[i] * (i + 1) ** 2 for i in keep)
        swy = sum(w[i] * y[i] for i in keep)
        swty = sum(w[i] * (i + 1) * y[i] for i in keep)
        d = sw * swt2 - swt * swt
        return (sw * swty - swt * swy) / d, d / sw  # slope and 1/SE^2

    slope, precision = fit(range(5))
    return {'slope': float(slope), 'chiSquare': float(slope * slope * precision),
            'leaveOneOut': [float(fit([j for j in range(5) if j != i])[0]) for i in range(5)]}


def r_as_character(v):
    """R's as.character() of a whole number below 1e15 (R 4.x formatReal): 15 significant digits, written in
    full unless the scientific form (mantissa without trailing zeros, 'e', sign, at least two exponent digits)
    is shorter; a tie keeps the full form. Both forms are built as strings here. Checked against R 4.2.2's
    nchar(as.character(v)) on 407,235 whole numbers from 1 to 1e15 (every one to 200,000, d*10^k and
    d*10^k + 10^(k-3), and random ones)."""
    fixed = str(int(v))
    mantissa, exponent = f'{v:.14e}'.split('e')
    mantissa = mantissa.rstrip('0').rstrip('.')
    sci = f"{mantissa}e{'+' if int(exponent) >= 0 else '-'}{abs(int(exponent)):02d}"
    return fixed if len(fixed) <= len(sci) else sci


def phe_axis_rounding(x):
    """PHEindicatormethods' funnel axis ends (R/Funnels.R), in double precision as R computes them:
    signif.floor(x) = floor(x*0.95 / 10^n) * 10^n with n = nchar(floor(x*0.95)) - 1, and
    signif.ceiling(x) = ceiling(x*1.05 / 10^n) * 10^n with n = nchar(ceiling(x*1.05)) - 2."""
    down, up = math.floor(x * 0.95), math.ceil(x * 1.05)
    n_down, n_up = len(r_as_character(down)) - 1, len(r_as_character(up)) - 2
    return {'floored': r_as_character(down), 'signifFloor': float(math.floor(x * 0.95 / 10 ** n_down) * 10 ** n_down),
            'ceiled': r_as_character(up), 'signifCeiling': float(math.ceil(x * 1.05 / 10 ** n_up) * 10 ** n_up)}


def poisson_upper_at_zero(conf):
    """The exact (Garwood) upper limit of a Poisson mean when 0 events are expected or observed: the mean mu
    with P(X = 0 | mu) = e^-mu = alpha, alpha = (1 - conf)/2, so mu = -ln(alpha) (mpmath at 40 digits); checked
    here against chi2.ppf(1 - alpha, 2)/2, the general form with 2(0 + 1) degrees of freedom."""
    import mpmath as mp
    with mp.workdps(40):
        alpha = (1 - mp.mpf(str(conf))) / 2
        mu = float(-mp.log(alpha))
    general = float(chi2.ppf(1 - (1 - conf) / 2, 2)) / 2
    assert abs(mu - general) <= 1e-12 * mu, (mu, general)
    return mu


def exact_sqrt(q):
    """The square root of a rational that is the square of a rational (asserted), as a Fraction."""
    from fractions import Fraction as F
    q = F(q)
    num, den = math.isqrt(q.numerator), math.isqrt(q.denominator)
    assert num * num == q.numerator and den * den == q.denominator, f'{q} is not a square'
    return F(num, den)


def spc_proportion_limits(n, benchmark, zz):
    """Fingertips' SpcForProportionsComparer (methods note, method 4) control limits around a benchmark
    proportion P0 (0-1 scale, a decimal string): the Wilson (1927) interval of E = n*P0 events out of n,
    (2E + z^2 -+ z*sqrt(z^2 + 4E(1 - E/n))) / (2(n + z^2)), in exact rationals (z a whole number chosen so
    that the square root is rational; asserted)."""
    from fractions import Fraction as F
    e, z2 = n * F(benchmark), F(zz) ** 2
    root = F(zz) * exact_sqrt(z2 + 4 * e * (1 - e / n))
    return [float((2 * e + z2 - root) / (2 * (n + z2))), float((2 * e + z2 + root) / (2 * (n + z2)))]


def proportion_funnel_exact(baseline, n, conf):
    """Proportion funnel limits (PHE calculate_funnel_limits, sigma_adjustment in closed form; docs/methods.md
    "Funnel plots"): the roots of (1 + a)p^2 - (2c + a)p + (c^2 - a^2/4) = 0, a = z^2/n, c = P(1 + a) - a/2,
    clamped to [0, 1]; P a decimal string on the 0-1 scale. z^2 is taken as the exact rational of the double
    z(conf); the roots are computed exactly where the discriminant is 0 (P = 0 and P = 1 give (1 + a)p^2 and
    (1 + a)(p - 1)^2 whatever z is), otherwise by mpmath at 40 digits."""
    from fractions import Fraction as F
    import mpmath as mp
    a = F(z(conf)) ** 2 / n
    c = F(baseline) * (1 + a) - a / 2
    b, q = 2 * c + a, c * c - a * a / 4
    disc = b * b - 4 * (1 + a) * q
    if disc == 0:
        roots = [b / (2 * (1 + a))] * 2
    else:
        with mp.workdps(40):
            r = mp.sqrt(mp.mpf(disc.numerator) / disc.denominator)
            bb, aa = mp.mpf(b.numerator) / b.denominator, mp.mpf((1 + a).numerator) / (1 + a).denominator
            roots = [(bb - r) / (2 * aa), (bb + r) / (2 * aa)]
    return [float(min(max(v, 0), 1)) for v in roots]


def rate_funnel_at_zero(conf):
    """Rate funnel limits (counts) around an expected count E = 0 (a baseline of 0): the lower limit is the k >= 0
    whose exact upper bound chi2(1 - alpha; 2k + 2)/2 equals 0, but every upper bound is at least that of 0
    events (-ln alpha > 0), so none does and the limit is clamped to 0; the upper limit is the k whose exact
    lower bound chi2(alpha; 2k)/2 equals 0, which is k = 0 (the exact lower bound of 0 events is 0 by
    definition, and it is above 0 for k > 0)."""
    lower0, upper0 = exact(0, conf)
    assert lower0 == 0 and upper0 > 0 and exact(1, conf)[0] > 0
    return {'lowerCount': 0.0, 'upperCount': lower0}


def scotpho_sii_exact(populations, values, overall):
    """ScotPHO's SII (calculate_inequality_measures.R, as scotpho_sii) for quantiles on an exact straight line, in
    exact rationals: lm(sqrt(p)*rate ~ sqrt(p) + rank*sqrt(p) + 0) is the least-squares line of rate on the
    relative rank weighted by the population share p; sii = -slope. The residuals are 0 (asserted), so the
    confidence limits close on the SII whatever the t quantile. RII = sii / overall; PAR and the ranges as
    scotpho_sii."""
    from fractions import Fraction as F
    pops = [F(x) for x in populations]
    rate = [F(x) for x in values]
    share = [x / sum(pops) for x in pops]
    rank, cum = [], F(0)
    for s_ in share:
        rank.append(cum + s_ / 2)
        cum += s_
    mr = sum(w * r for w, r in zip(share, rank))
    my = sum(w * y for w, y in zip(share, rate))
    slope = sum(w * (r - mr) * (y - my) for w, r, y in zip(share, rank, rate)) / sum(w * (r - mr) ** 2 for w, r in zip(share, rank))
    assert all(y == my + slope * (r - mr) for r, y in zip(rank, rate)), 'not an exact line'
    sii = -slope
    par_rr = [(y / rate[-1] - 1) * w for y, w in zip(rate, share)]
    par = sum(par_rr) / (sum(par_rr) + 1) * 100
    return {'sii': float(sii), 'siiLower': float(sii), 'siiUpper': float(sii), 'rii': float(sii / F(overall)),
            'par': float(par), 'absoluteRange': float(rate[0] - rate[-1]), 'relativeRange': float(rate[0] / rate[-1])}


def funnel_axis(records_denominators, baseline=None):
    """The first size of PHE's funnel axis (calculate_funnel_limits, R/Funnels.R): axis minimum 0 when the
    largest denominator is more than twice the smallest, else signif.floor(smallest) (phe_axis_rounding);
    the first point max(1, minimum), or for rates floor(minimum * baseline) (baseline a Fraction)."""
    from fractions import Fraction as F
    lo, hi = min(records_denominators), max(records_denominators)
    rounding = phe_axis_rounding(lo)
    axis_min = 0 if hi > 2 * lo else rounding['signifFloor']
    first = max(1, axis_min if baseline is None else math.floor(F(axis_min) * baseline))
    return {'floored': rounding['floored'], 'axisMin': float(axis_min), 'firstSize': float(first)}


def sii_reliability_mad(populations, values, ses, conf, repetitions):
    """Expected mean absolute difference (PHE phe_sii reliability_stat) between the simulated limits of two
    independent sets of `repetitions` draws, for a normal value type: the simulated slope is N(SII, sd^2)
    (sii_normal), the p-quantile of n draws is approximately normal with standard deviation
    sqrt(p(1 - p)/n) / phi(Phi^-1(p)) * sd (the sampling distribution of a sample quantile), and the
    difference of two independent such estimates is normal with sqrt(2) times that standard deviation,
    whose mean absolute value is sqrt(2) * sqrt(2/pi) = 2/sqrt(pi) times it."""
    sd = sii_normal(populations, values, ses, conf)['sd']
    p = (1 - conf) / 2
    quantile_sd = math.sqrt(p * (1 - p) / repetitions) / float(norm.pdf(norm.ppf(p))) * sd
    return {'sd': sd, 'quantileSd': quantile_sd, 'expectedMad': 2 / math.sqrt(math.pi) * quantile_sd}


def sii_normal(populations, values, ses, conf):
    """SII of PHE phe_sii (value_type 0, no transform) by weighted least squares (numpy lstsq on the
    sqrt(a)-weighted design), and the exact normal-theory limits of the simulated slope: the slope is
    linear in the simulated values, so its simulation distribution is N(SII, sum(c_i^2 se_i^2)).
    Also the Monte Carlo standard error of a simulated quantile with 100,000 repetitions."""
    pops = np.asarray(populations, dtype=float)
    a = pops / pops.sum()
    b = np.cumsum(a) - a / 2
    design = np.column_stack([np.sqrt(a), b * np.sqrt(a)])
    y = np.asarray(values, dtype=float) * np.sqrt(a)
    (beta0, beta1), *_ = np.linalg.lstsq(design, y, rcond=None)
    coef = np.linalg.solve(design.T @ design, design.T)[1] * np.sqrt(a)
    sd = float(math.sqrt(np.sum(coef ** 2 * np.asarray(ses, dtype=float) ** 2)))
    zz = z(conf)
    p = (1 - conf) / 2
    mc_se = math.sqrt(p * (1 - p) / 100000) / float(norm.pdf(norm.ppf(p))) * sd
    return {'sii': float(beta1), 'intercept': float(beta0), 'rii': float((beta0 + beta1) / beta0),
            'sd': sd, 'lower': float(beta1 - zz * sd), 'upper': float(beta1 + zz * sd), 'monteCarloSe': mc_se}


def scotpho_sii(populations, values, overall, conf):
    """ScotPHO's SII, RII, PAR and ranges (Public-Health-Scotland/scotpho-indicator-production @e7ee723,
    functions/helper functions/calculate_inequality_measures.R), transcribed: lm(rate_sqr_proppop ~
    sqr_proportion_pop + relrank_sqr_proppop + 0) by numpy lstsq, confint by the textbook OLS covariance
    sigma^2 (X'X)^-1 with sigma^2 = RSS / (n - 2) and the t quantile (t_ppf); sii = -slope, limits reversed."""
    pops = np.asarray(populations, dtype=float)
    rate = np.asarray(values, dtype=float)
    proportion_pop = pops / pops.sum()
    cumulative_pro = np.cumsum(proportion_pop)
    relative_rank = np.concatenate([[0.5 * proportion_pop[0]], cumulative_pro[:-1] + 0.5 * proportion_pop[1:]])
    sqr = np.sqrt(proportion_pop)
    X = np.column_stack([sqr, relative_rank * sqr])
    yv = sqr * rate
    coef, *_ = np.linalg.lstsq(X, yv, rcond=None)
    resid = yv - X @ coef
    n = len(yv)
    sigma2 = float(resid @ resid) / (n - 2)
    se = math.sqrt(sigma2 * np.linalg.inv(X.T @ X)[1, 1])
    tq = t_ppf(0.5 + conf / 2, n - 2)
    conf_low, conf_high = coef[1] - tq * se, coef[1] + tq * se
    sii, low, up = -coef[1], -conf_high, -conf_low
    rii = [v / overall for v in (sii, low, up)]
    par_rr = (rate / rate[-1] - 1) * proportion_pop
    par = par_rr.sum() / (par_rr.sum() + 1) * 100
    return {'sii': float(sii), 'siiLower': float(low), 'siiUpper': float(up),
            'rii': float(rii[0]), 'riiLower': float(rii[1]), 'riiUpper': float(rii[2]),
            'riiPercent': float(rii[0] * 0.5 * 100), 'par': float(par),
            'absoluteRange': float(rate[0] - rate[-1]), 'relativeRange': float(rate[0] / rate[-1])}


def chi2_sf(x, df):
    """Upper tail of the chi-square distribution by mpmath at 40 digits (Q(df/2, x/2)), so the value does not
    depend on the scipy release."""
    import mpmath as mp
    with mp.workdps(40):
        xx = mp.mpf(x.numerator) / x.denominator if hasattr(x, 'denominator') else mp.mpf(x)
        return float(mp.gammainc(mp.mpf(df) / 2, xx / 2, mp.inf, regularized=True))


def t_ppf(q, df):
    """Student's t quantile by mpmath at 40 digits: the root of the CDF, ½·I_{df/(df+t²)}(df/2, ½) below 0.
    scipy's t.ppf differs between releases by up to 1e-9 relative (1.10.1 against 1.17.1), so it only
    gives the start."""
    import mpmath as mp
    with mp.workdps(40):
        qq = mp.mpf(q)
        cdf = lambda t: (mp.betainc(mp.mpf(df) / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2
                         if t < 0 else 1 - mp.betainc(mp.mpf(df) / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2)
        return float(mp.findroot(lambda t: cdf(t) - qq, mp.mpf(float(student_t.ppf(q, df)))))


def chi2_trend(events, sizes, scores):
    """Cochran-Armitage chi-square for trend as N r² over the N individuals (r Pearson's correlation of the
    0/1 outcomes with the scores), the slope as the least-squares slope of the outcome on the score, and the
    departure from trend as the Pearson chi-square of the 2 x k table (no continuity correction) minus the
    trend chi-square. All in exact rational arithmetic from the sums over the individuals (Sxx, Sxy, Syy
    and the table's expected counts); the p-values by mpmath. The departure is a difference of two nearly
    equal chi-squares (4.7 = 52.6 − 47.9 on Fingertips' Set1), so floating point (scipy pearsonr and
    chi2_contingency on 213,402 individuals) left it depending on the scipy release and the machine's
    summation order by up to 1e-11 relative."""
    from fractions import Fraction as F
    t = [F(s) for s in scores]
    N = sum(F(n) for n in sizes)
    X = sum(F(x) for x in events)
    st = sum(n * ti for n, ti in zip(sizes, t))
    sxx = sum(n * ti * ti for n, ti in zip(sizes, t)) - st * st / N
    sxy = sum(x * ti for x, ti in zip(events, t)) - st * X / N
    syy = X - X * X / N
    chi_exact = N * sxy * sxy / (sxx * syy)
    overall = F(0)
    for x, n in zip(events, sizes):
        for observed, margin in ((F(x), X), (F(n - x), N - X)):
            expected = n * margin / N
            overall += (observed - expected) ** 2 / expected
    chi_trend = float(chi_exact)
    out = {'chiSquare': chi_trend, 'pValue': chi2_sf(chi_exact, 1), 'slope': float(sxy / sxx)}
    k = len(events)
    if k > 2:
        dep = overall - chi_exact
        out['departure'] = {'chiSquare': float(dep), 'df': k - 2, 'pValue': chi2_sf(dep, k - 2)}
    return out


# ScotPHO's production formulas (Public-Health-Scotland/scotpho-indicator-production @e7ee723,
# functions/helper functions/calculate_percent.R, calculate_crude_rate.R, calculate_easr.R), transcribed
# line by line: z = 1.96, no exact Poisson, R's NaN as None.
def scotpho_percent(x, n):
    rate = x / n * 100
    low = (2 * x + 1.96 * 1.96 - 1.96 * math.sqrt(1.96 * 1.96 + 4 * x * (1 - rate / 100))) / (2 * (n + 1.96 * 1.96)) * 100
    up = (2 * x + 1.96 * 1.96 + 1.96 * math.sqrt(1.96 * 1.96 + 4 * x * (1 - rate / 100))) / (2 * (n + 1.96 * 1.96)) * 100
    return [round(rate, 2), 0.0 if low < 0 else round(low, 2), 100.0 if up > 100 else round(up, 2)]


def scotpho_crude_rate(x, n, crude_rate):
    rate = x / n * crude_rate
    low = None if x == 0 else (x * (1 - 1 / 9 / x - 1.96 / 3 / math.sqrt(x)) ** 3) / n * crude_rate
    up = ((x + 1) * (1 - 1 / 9 / (x + 1) + 1.96 / 3 / math.sqrt(x + 1)) ** 3) / n * crude_rate
    if low is not None and low < 0:
        low = 0.0
    return [rate, low, up]


def scotpho_easr(bands, epop_total):
    """bands: (numerator, denominator, epop) per age group."""
    easr_first = sum(x * w / n for x, n, w in bands)
    var_dsr = sum(x * w * w / (n * n) for x, n, w in bands)
    o = sum(x for x, _, _ in bands)
    easr = easr_first / epop_total
    var = var_dsr / epop_total ** 2
    if o == 0:
        return [0.0, 0.0, 0.0]  # NaN limits replaced by 0
    o_lower = o * (1 - (1 / (9 * o)) - (1.96 / (3 * math.sqrt(o)))) ** 3
    o_upper = (o + 1) * (1 - (1 / (9 * (o + 1))) + (1.96 / (3 * math.sqrt(o + 1)))) ** 3
    low = (easr + math.sqrt(var / o) * (o_lower - o)) * 100000
    up = (easr + math.sqrt(var / o) * (o_upper - o)) * 100000
    return [easr * 100000, max(0.0, low), up]


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


class Xoshiro128StarStar:
    """xoshiro128** 1.1 (Blackman & Vigna 2018, the public-domain reference C code xoshiro128starstar.c),
    32-bit words as Python ints masked to 32 bits. State s[0..3] from SplitMix32: a 32-bit counter advanced
    by the golden-ratio increment 0x9e3779b9, each output MurmurHash3's 32-bit finaliser (fmix32: xor-shift
    16, times 0x85ebca6b, xor-shift 13, times 0xc2b2ae35, xor-shift 16) of the counter; the seed is taken
    modulo 2^32, and an all-zero state (impossible from four distinct counters) would be replaced by s[0] = 1."""
    M = 0xFFFFFFFF

    def __init__(self, seed):
        counter = int(seed) % 2 ** 32
        words = []
        for _ in range(4):
            counter = (counter + 0x9E3779B9) & self.M
            zz = counter
            zz = ((zz ^ (zz >> 16)) * 0x85EBCA6B) & self.M
            zz = ((zz ^ (zz >> 13)) * 0xC2B2AE35) & self.M
            words.append(zz ^ (zz >> 16))
        if not any(words):
            words[0] = 1
        self.s = words

    @staticmethod
    def rotl(x, k):
        return ((x << k) | (x >> (32 - k))) & 0xFFFFFFFF

    def next(self):
        s = self.s
        result = (self.rotl((s[1] * 5) & self.M, 7) * 9) & self.M
        t = (s[1] << 9) & self.M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = self.rotl(s[3], 11)
        return result

    def uniform(self):
        """53 random bits in (0, 1): the top 27 bits of one output and the top 26 of the next,
        ((x >> 5)·2^26 + (y >> 6)) / 2^53, drawing again on 0."""
        while True:
            u = ((self.next() >> 5) * 2 ** 26 + (self.next() >> 6)) / 2 ** 53
            if u > 0:
                return u

    def normal(self, mean, sd):
        """mean + sd·Φ⁻¹(u), Φ⁻¹ by mpmath at 40 digits (√2·erfinv(2u − 1); u has 53 bits, so 2u − 1 is exact)."""
        import mpmath as mp
        with mp.workdps(40):
            return float(mean + sd * mp.sqrt(2) * mp.erfinv(2 * mp.mpf(self.uniform()) - 1))

    def normal_fast(self, mean, sd):
        """The same draw with Φ⁻¹ by Python's statistics.NormalDist (Wichura's AS 241, about 1e-16 relative),
        for the long simulations: 15 times faster than mpmath, and it differs from it by an ulp or so."""
        from statistics import NormalDist
        return mean + sd * NormalDist().inv_cdf(self.uniform())


def round_half_even(q):
    """R's round() of an exact rational: nearest integer, halves to the even one."""
    from fractions import Fraction as F
    f = q.numerator // q.denominator
    d = q - f
    return f + 1 if d > F(1, 2) or (d == F(1, 2) and f % 2 == 1) else f


def sii_simulation():
    """slopeIndexOfInequality's simulated limits, re-implemented from its TSDoc (not from the TypeScript):
    the seeded stream (Xoshiro128StarStar above), then `repetitions` times each quantile's value drawn in
    order from N(value, se), the line refitted, and the sorted simulated SIIs and RIIs read at 1-based ranks
    round(n(1 − c)/2) and round(n(1 + c)/2), half to even, c the double's exact rational value. The
    regression's coefficients are exact rationals from the populations (weighted least squares with weights
    aᵢ = share of the population at bᵢ = midpoint of the cumulative share); each simulated β₀ and β₁ is
    the exact sum Σ cᵢyᵢ of the drawn doubles, rounded once. Five quantiles, value type 'normal', seed 1; the
    first normals of three seeds by mpmath, the simulations' draws by NormalDist (normal_fast)."""
    from fractions import Fraction as F
    streams = {}
    for label, seed, mean, sd, count in (('seed 1', 1, 0, 1, 4), ('seed 2024', 2024, 0, 1, 4), ('seed 7 mean 10 sd 2', 7, 10, 2, 3)):
        g = Xoshiro128StarStar(seed)
        streams[label] = [g.normal(mean, sd) for _ in range(count)]
    pops = [1000, 2000, 1500, 2500, 3000]
    values = [10, 12, 13, 15, 18]
    ses = [1, 1.2, 0.8, 1.5, 1]
    total = sum(pops)
    a = [F(p, total) for p in pops]
    b = [sum(a[:i]) + a[i] / 2 for i in range(len(a))]
    bbar = sum(ai * bi for ai, bi in zip(a, b))  # the shares sum to 1
    sbb = sum(ai * (bi - bbar) ** 2 for ai, bi in zip(a, b))
    c1 = [ai * (bi - bbar) / sbb for ai, bi in zip(a, b)]  # slope = Σ c1ᵢ yᵢ
    c0 = [ai - bbar * ci for ai, ci in zip(a, c1)]  # intercept = ȳ − b̄·slope

    def fit(ys):
        ys = [F(y) for y in ys]
        return sum(c * y for c, y in zip(c0, ys)), sum(c * y for c, y in zip(c1, ys))

    beta0, beta1 = fit(values)
    runs = ((1000, 0.95), (1000, 0.998), (1234, 0.95), (1040, 0.9375), (1008, 0.9375))

    def simulate(g, repetitions):
        out = []
        for _ in range(repetitions):
            s0, s1 = fit([g.normal_fast(v, e) for v, e in zip(values, ses)])
            out.append((float(s1), float((s0 + s1) / s0)))
        return out

    def limits(sims, conf):
        repetitions = len(sims)
        siis = sorted(s for s, _ in sims)
        riis = sorted(r for _, r in sims)
        c = F(conf)
        lo = max(1, round_half_even(repetitions * (1 - c) / 2))
        hi = min(repetitions, round_half_even(repetitions * (1 + c) / 2))
        return {'ranks': [lo, hi], 'siiLower': siis[lo - 1], 'siiUpper': siis[hi - 1],
                'riiLower': riis[lo - 1], 'riiUpper': riis[hi - 1]}

    # every case starts from seed 1, so a case of n repetitions is the first n of one stream of repetitions
    sims = simulate(Xoshiro128StarStar(1), max(n for n, _ in runs))
    cases = [dict(repetitions=n, confidence=conf, **limits(sims[:n], conf)) for n, conf in runs]
    # reliability (PHE reliability_stat, as the TSDoc states it): nine more sets of 1000 drawn from the same
    # stream after the first set of 1000; each level's MAD is the mean of the 18 absolute differences of the
    # nine sets' lower and upper limits from the first set's. Levels 0.95 and 0.998.
    g = Xoshiro128StarStar(1)
    sets = [simulate(g, 1000) for _ in range(10)]
    reliability = {'repetitions': 1000, 'levels': []}
    for conf in (0.95, 0.998):
        first, *others = [limits(x, conf) for x in sets]
        mad = lambda name: [math.fsum(abs(o[name + 'Lower'] - first[name + 'Lower']) + abs(o[name + 'Upper'] - first[name + 'Upper'])
                                      for o in others) / 18]
        reliability['levels'].append(dict(confidence=conf, siiMad=mad('sii')[0], riiMad=mad('rii')[0], **first))
    return {
        'streams': streams,
        'quantiles': {'populations': pops, 'values': values, 'ses': ses},
        'point': {'sii': float(beta1), 'intercept': float(beta0), 'rii': float((beta0 + beta1) / beta0)},
        'cases': cases,
        'reliability': reliability,
    }


def gamma_functions():
    """core's regularisedGamma and gammaQuantile on inputs built to reach their branches and tails.

    P and Q by scipy.special.gammainc / gammaincc, quantiles by gammaincinv; for shapes from 2,000 up,
    far below the shape (x much smaller than a) and quantiles far below 1 by mpmath at 40 digits (Debian:
    python3-mpmath), where scipy's own accuracy is not enough or not known.
    """
    from scipy.special import gammainc, gammaincc, gammaincinv
    import mpmath as mp
    mp.mp.dps = 40

    def mp_pq(a, x):
        p = mp.gammainc(a, 0, x, regularized=True)
        return [float(p), float(1 - p)]

    grid = [(0.5, 0.1), (0.5, 3), (1, 1e-8), (1, 50), (2.5, 3.4), (2.5, 3.6), (3, 4), (5, 0.5), (5, 20), (9.5, 9),
            (10, 1), (10, 10.5), (10, 11), (10, 11.5), (10, 40), (30, 2), (30, 29), (30, 31.5), (30, 60), (100, 70),
            (100, 101.5), (100, 140), (1000, 950), (1000, 1060), (0.01, 0.001), (0.01, 5)]
    large = [(100000, 99000), (100000, 100500), (100000, 101000), (30000, 29800), (10000, 10100), (2000, 1950)]
    far = [(10, 4.5e-10), (50, 1e-3), (12.5, 1e-8)]
    quantiles = [(0.025, 0.05), (0.1, 0.01), (0.3, 0.01), (1e-10, 0.05), (0.001, 0.05), (1e-20, 5), (1e-12, 5),
                 (0.999999999999, 5), (0.975, 0.3), (0.025, 0.3), (1e-5, 0.5), (0.9995, 2), (0.0005, 1), (0.5, 10),
                 (0.975, 1361), (0.999999999999, 1361)]
    # the u with P(10, u) = 1e-300, solved on log P (P underflows nowhere at 40 digits)
    target = mp.log(mp.mpf('1e-300'))
    log_u = mp.findroot(lambda lu: mp.log(mp.gammainc(10, 0, mp.e ** lu, regularized=True)) - target, -70)
    # Quantiles far below 1 (shapes below 1 and tiny p, or tiny shapes): the root of log P(a, e^v) = log p in v, started from
    # the small-x series P ≈ xᵃ/Γ(a+1); results below the smallest double come out as 0.0, subnormal ones
    # as the nearest subnormal.
    def small_quantile(p, a):
        lp = mp.log(mp.mpf(p))
        v0 = (lp + mp.loggamma(mp.mpf(a) + 1)) / a
        v = mp.findroot(lambda v: mp.log(mp.gammainc(a, 0, mp.e ** v, regularized=True)) - lp, v0)
        return float(mp.e ** v)

    small = [(p, a) for a in (0.001, 0.01, 0.1, 0.5, 0.9, 1, 2)
             for p in (1e-300, 1e-200, 1e-160, 1e-150, 1e-100, 1e-50, 1e-30, 1e-20)]
    small += [(1e-3, 0.01), (1e-2, 0.01), (1e-3, 0.1), (1e-10, 0.5), (0.49, 0.001)]
    # p of one half and more with shapes below 0.002: the quantile is still far below 1
    small += [(0.5, 0.001), (0.6, 0.001), (0.7, 0.001), (0.9, 0.001), (0.99, 0.001), (0.6, 0.002),
              (0.7, 0.0001), (0.99, 0.0001)]
    # Mutation boundaries (gamma.mutation-boundaries.test.ts). Quantiles far in the lower tail of large shapes
    # (u well below a, p from 1e-300 to 1e-50): the root of log P(a, e^v) = log p in v, bracketed by ln(a/4)
    # and ln a (a bracketing solver: the secant method from ln a alone does not converge for large a).
    def lower_quantile(p, a):
        lp = mp.log(mp.mpf(p))
        f = lambda v: mp.log(mp.gammainc(a, 0, mp.e ** v, regularized=True)) - lp
        return float(mp.e ** mp.findroot(f, (mp.log(a / 4), mp.log(a)), solver='anderson'))

    lower_tail_large = [(1e-200, 1361), (1e-250, 2000), (1e-120, 5000), (1e-300, 10000), (1e-50, 100000)]
    # P and Q exactly at x = a + 1 (the switch from the series to the continued fraction) for shapes below
    # 0.01, where Q is small; x is the double nearest a + 1, as in the test.
    switch_small = [(0.001, 0.001 + 1), (0.0001, 0.0001 + 1)]
    return {
        'smallQuantiles': [[p, a, small_quantile(p, a)] for p, a in small],
        'gamma': [[a, x, float(gammainc(a, x)), float(gammaincc(a, x))] for a, x in grid],
        'large': [[a, x] + mp_pq(a, x) for a, x in large],
        'far': [[a, x, float(mp.gammainc(a, 0, x, regularized=True))] for a, x in far],
        'quantiles': [[p, a, float(gammaincinv(a, p))] for p, a in quantiles],
        'tight': [0.0005, 0.5, float(gammaincinv(0.5, 0.0005))],
        'farQuantile': [1e-300, 10, float(mp.e ** log_u)],
        'lowerTailLarge': [[p, a, lower_quantile(p, a)] for p, a in lower_tail_large],
        'switchSmallShape': [[a, x] + mp_pq(a, x) for a, x in switch_small],
    }


def build():
    ref = {}
    ref['_about'] = {
        'script': 'scripts/references/core_references.py',
        'scipy': scipy.__version__,
        'note': 'Computed from the published formulas and scipy.stats; independent of cjsnsa code.',
    }
    ref['zQuantile'] = {'0.95': z(0.95), '0.998': z(0.998)}
    ref['gammaFunctions'] = gamma_functions()
    ref['slopeIndexSimulation'] = sii_simulation()
    ref['wilson'] = {
        '0/100 95%': wilson(0, 100, 0.95),
        '100/100 95%': wilson(100, 100, 0.95),
        '0.445/1 95%': wilson(0.445, 1, 0.95),
        '0.445/1 99.8%': wilson(0.445, 1, 0.998),
        # ScotPHO's published maternal obesity, NHS Orkney quintile 2, three years pooled (scotpho.published.test.ts)
        '21/92 95%': wilson(21, 92, 0.95),
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
    # Funnel significance at the switch from exact Poisson (below 10 events) to Byar (from 10), on the count
    # scale: each method's limits at 9 and 10 events, 95% and 99.8% (funnel-significance.boundaries.test.ts).
    ref['funnelBoundaries'] = {
        f'{method} {x} {label}': fn(x, conf)
        for method, fn in (('exact', exact), ('byar', byar))
        for x in (0, 9, 10)
        for label, conf in (('95%', 0.95), ('99.8%', 0.998))
    }
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
    # The leave-one-out sign cases of recent-trend.boundaries.test.ts (values, CI widths): each series' slope,
    # chi-square and the 5 slopes refitted with one point left out, in exact rationals.
    loo = [([1, 0.9, 0.8, 0.7, 10], [3.92] * 5), ([10, 0.7, 0.8, 0.9, 1], [3.92] * 5),
           ([0, 10, 1, 2, 3], [0.392] * 5), ([1, 2, 3, 4, 10], [3.92] * 5),
           ([0, 0, 1, 1, 0], [0.392] * 4 + [3.92])]
    ref['recentTrendLeaveOneOut'] = {
        'y ' + ','.join(str(v) for v in values) + ' widths ' + ','.join(str(x) for x in widths): trend_leave_one_out(values, widths)
        for values, widths in loo
    }
    # The Fingertips SPC limits for a rate compared with an expected count of 0 (fingertips-comparers.test.ts):
    # the exact upper limit of the Poisson mean at 0 events, -ln(alpha).
    ref['poissonUpperAtZero'] = {'95%': poisson_upper_at_zero(0.95), '99.8%': poisson_upper_at_zero(0.998)}
    # Funnel axis ends as PHE rounds them with R's nchar(as.character()) (funnel-plot.rnchar.test.ts): the
    # smallest denominators of the signif.floor cases and the largest of the signif.ceiling cases.
    ref['funnelAxisRounding'] = {str(x): phe_axis_rounding(x) for x in (115790, 1157895, 1063157895, 961904, 9714285, 96190476)}
    # The axis cases of funnel-plot.boundaries.test.ts (denominators as the test gives them; the DSR case's are
    # derived, numerator x multiplier / rate = 20 / 0.25 and 30 / 0.25, the record with no events has none and
    # does not count; baseline = sum of events / sum of derived denominators = 50 / 200), and the derived
    # population of a DSR point: multiplier x events / rate / years.
    from fractions import Fraction as F
    dsr_den = [F(20) / F('0.25'), F(30) / F('0.25')]
    dsr_baseline = F(20 + 30) / sum(dsr_den)
    ref['funnelPlotAxis'] = {
        'proportion 1000,2000': funnel_axis([1000, 2000]),
        'proportion 12631579,20000000': funnel_axis([12631579, 20000000]),
        'proportion 12948,20000': funnel_axis([12948, 20000]),
        'dsr 20/0.25,30/0.25,0/0': {**funnel_axis([int(d) for d in dsr_den], dsr_baseline),
                                    'derivedDenominators': [float(d) for d in dsr_den], 'baseline': float(dsr_baseline)},
        'proportion no events 0/10,0/30': {'baseline': float(F(0 + 0) / (10 + 30))},
        'dsr point 10 events rate 50 per 100000 over 2 years': {'populationPerYear': float(F(100000) * 10 / 50 / 2)},
    }
    # The SPC control limits of compare-spc.boundaries.test.ts (z = 2 so that every step is exact), on the 0-1
    # scale; and the Poisson limits of SpcForDsrComparer at E = 0 (lower: the exact lower limit of 0 events, 0).
    ref['spcControlLimits'] = {
        'proportion z 2 n 12 benchmark 0.5': spc_proportion_limits(12, '0.5', 2),
        'proportion z 2 n 4 benchmark 0': spc_proportion_limits(4, '0', 2),
        'rate E 0 lower 95%': exact(0, 0.95)[0],
        'rate E 0 lower 99.8%': exact(0, 0.998)[0],
    }
    # funnel-limits.options.test.ts: limits that are exact by definition (a baseline of 0 or of 100%), and the
    # sizes of a range (geometric steps min * (max/min)^(i/(points - 1)), mpmath at 40 digits).
    import mpmath as mp
    with mp.workdps(40):
        geometric = lambda lo, hi, points: [float(mp.mpf(lo) * (mp.mpf(hi) / lo) ** (mp.mpf(i) / (points - 1))) for i in range(points)]
        step_1_1000_100 = float(mp.mpf(1000) ** (mp.mpf(1) / 99))
    ref['funnelLimitsExact'] = {
        f'proportion baseline {p} n 10 {label}': proportion_funnel_exact(p, 10, conf)
        for p in ('0', '1') for label, conf in (('95%', 0.95), ('99.8%', 0.998))
    }
    ref['funnelLimitsExact'].update({f'rate baseline 0 {label}': rate_funnel_at_zero(conf) for label, conf in (('95%', 0.95), ('99.8%', 0.998))})
    ref['funnelSizes'] = {'range 1..1000 4 points': geometric(1, 1000, 4), 'range 1..1000 100 points step': step_1_1000_100}
    # recent-trend.boundaries.test.ts: the remaining cases. A flat series (slope and chi-square 0, exact rationals),
    # the line of slope -0.9772, and slope 1 with the CI width 3.92 * sqrt(10 / chi2) that gives chi2 = 9.54952
    # and 9.54955 (numpy's weighted regression, as recentTrendBoundaries).
    width_for = lambda c2: 3.92 * math.sqrt(10 / c2)
    ref['recentTrendExtraBoundaries'] = {
        'flat 7 width 3.92': trend_leave_one_out([7] * 5, [3.92] * 5),
        'slope -0.9772 width 3.92': weighted_trend(line(-0.9772), [3.92] * 5),
        'slope 1 chi2 9.54952': weighted_trend(line(1), [width_for(9.54952)] * 5),
        'slope 1 chi2 9.54955': weighted_trend(line(1), [width_for(9.54955)] * 5),
    }
    # Expected values of other core tests that were worked by hand (measures.boundaries.test.ts, measures.test.ts,
    # recentTrend.test.ts, funnel.test.ts, scotpho-slope-index tests): see each entry.
    ref['handWorkedMeasures'] = {
        # ScotPHO's calculate_percent rounds the percentage to 2 dp; per 1,000 it is that x 10
        'scotpho proportion 1/3 per 1000': scotpho_percent(1, 3)[0] * 10,
        # one band of 10 persons with one event each in 1,000, standard 1: the DSR x/n per 100,000 (Dobson)
        'dsr non-independent 10 in 1000': dsr([(10, 1000, 1)], 0.95)[0],
        # indirect standardisation: O = 10, E = (100/10000) x 1000 = 10, reference rate 100/10000 per 100,000
        'isr rate 10 of 10 expected': {'value': float(F(10) / (F(100, 10000) * 1000) * F(100, 10000) * 100000),
                                       'referenceRate': float(F(100, 10000) * 100000)},
        # Student's t interval of [1, 3] (t with 1 df, the Cauchy quantile tan(0.475 pi) = 12.7062)
        'mean 1,3 95%': mean_ci([1, 3], 0.95),
        'proportion 0/100 value': float(F(0, 100)), 'proportion 100/100 value': float(F(100, 100)),
        'crude rate 250/220 per 100': float(F(250, 220) * 100),
    }
    # Fingertips Set1 (oldest 24.67, newest 30.6): the change over the period, exact rationals
    ref['recentTrendChange'] = {'fingertips Set1': {'absolute': float(F('30.6') - F('24.67')),
                                                    'percent': float((F('30.6') - F('24.67')) / F('24.67') * 100)}}
    ref['funnelSizes']['range 10..1000 3 points'] = geometric(10, 1000, 3)
    # E = 100 per 100,000 x 3,000 = 3 expected events, below the exact upper 95% bound of 0 events (3.6889): no
    # count is low, so the lower 95% limit is clamped to 0 (funnel.test.ts)
    assert exact(0, 0.95)[1] > 3
    ref['funnelLimitsExact']['rate E 3 lower 95%'] = 0.0
    # ScotPHO SII on exact lines (scotpho-slope-index.test.ts and .input-checks.test.ts), exact rationals
    ref['scotphoSiiExact'] = {
        'falling line 50,40,30,20,10 overall 30': scotpho_sii_exact([1000] * 5, [50, 40, 30, 20, 10], 30),
        'flat 50 overall 50': scotpho_sii_exact([1000] * 5, [50] * 5, 50),
    }
    # Slope index of inequality: PHE testdata_SII.xlsx records 1-20 (sheet testdata_SII rows 2-21),
    # value_type 0 with standard errors; point estimates and the exact limits of the simulated slope.
    sii_pop = [[7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534],
               [21675, 20065, 19750, 24713, 20112, 19618, 22408, 19752, 18939, 19312]]
    sii_val = [[75.9334590103081, 78.3442382727843, 83.8360631041654, 83.6375399664931, 80.4655031529559,
                81.1156759857022, 81.6930835718562, 84.1900062060987, 80.5955641081472, 86.2894349578624],
               [70.54853186, 71.57155734, 72.48698671, 73.51985519, 73.14605425, 76.15898712, 78.65444871,
                80.56476961, 80.85486627, 79.9711253]]
    sii_se = [[1.638472426358545, 1.578192884542907, 1.5134355059640296, 1.7754906175801293, 1.7013390591981388,
               1.56412107376755, 1.3681148366878566, 1.4001418005940802, 2.4328463975781616, 1.5665181695934678],
              [0.22959183673469533, 0.2598068010204095, 0.2992380841836735, 0.16075122704081746, 0.7918228954081618,
               0.7783196122448984, 0.39937532908163315, 0.2793955076530606, 0.22959183673469533, 0.3517537500000029]]
    ref['slopeIndexNormal'] = {
        f'area{i + 1} {label}': sii_normal(sii_pop[i], sii_val[i], sii_se[i], conf)
        for i in range(2) for label, conf in (('95%', 0.95), ('99.8%', 0.998))
    }
    # slope-index.reliability.test.ts: the expected MAD of the 95% limits (normal value type) on PHE's Area1,
    # first five deciles, values and standard errors as the test rounds them, for 2,000 and 8,000 repetitions.
    rel_pop, rel_val, rel_se = [7291, 7997, 6105, 7666, 5790], [75.9, 78.3, 83.8, 83.6, 80.5], [1.64, 1.58, 1.51, 1.78, 1.7]
    ref['slopeIndexReliability'] = {
        f'95% n={n}': sii_reliability_mad(rel_pop, rel_val, rel_se, 0.95, n) for n in (2000, 8000)
    }
    # ScotPHO's SII on the same two areas (deciles), and on the quintiles of area 2 summed in pairs; the
    # overall figure is the population-weighted mean of the values.
    q_pop = [sum(sii_pop[1][i:i + 2]) for i in range(0, 10, 2)]
    q_val = [sum(p * v for p, v in zip(sii_pop[1][i:i + 2], sii_val[1][i:i + 2])) / sum(sii_pop[1][i:i + 2]) for i in range(0, 10, 2)]
    weighted = lambda pops, vals: sum(p * v for p, v in zip(pops, vals)) / sum(pops)
    ref['scotphoSii'] = {
        'area1 95%': scotpho_sii(sii_pop[0], sii_val[0], weighted(sii_pop[0], sii_val[0]), 0.95),
        'area2 95%': scotpho_sii(sii_pop[1], sii_val[1], weighted(sii_pop[1], sii_val[1]), 0.95),
        'area2 99.8%': scotpho_sii(sii_pop[1], sii_val[1], weighted(sii_pop[1], sii_val[1]), 0.998),
        'area2 quintiles 95%': scotpho_sii(q_pop, q_val, weighted(q_pop, q_val), 0.95),
        'quintile inputs': {'populations': q_pop, 'values': q_val},
    }
    # Chi-square test for trend in proportions.
    ref['chiSquareTrend'] = {
        # Fingertips TrendMarkerCalculatorTest.cs GetTrendDataForProportion_Set1, oldest (2014) first, t = 1..5
        'fingertips proportion Set1': chi2_trend([994, 1023, 1199, 1332, 1367], [40299, 41527, 42811, 44064, 44701], [1, 2, 3, 4, 5]),
        # a small table with unequal scores and a falling proportion
        'scores 0,1,2,4': chi2_trend([30, 22, 15, 8], [100, 95, 90, 80], [0, 1, 2, 4]),
        # two groups: the trend chi-square equals the Pearson chi-square of the 2x2 table
        'two groups': chi2_trend([12, 25], [150, 160], [1, 2]),
        # equal proportions (1/10 and 1/10): no trend, slope 0, chi-square 0 and p 1 (trend.mutation-boundaries.test.ts)
        'equal proportions': chi2_trend([1, 1], [10, 10], [1, 2]),
        # three groups: the departure from trend on 1 df (trend.mutation-boundaries.test.ts)
        'three groups': chi2_trend([30, 22, 15], [100, 95, 90], [1, 2, 3]),
    }
    # ScotPHO conventions.
    esp_bands = [(20, 10000, 60000), (30, 5000, 40000)]
    ref['scotpho'] = {
        'percent': {f'{x}/{n}': scotpho_percent(x, n) for x, n in ((65, 100), (0, 50), (50, 50), (1, 3), (209, 1017))},
        'crudeRate per 10000': {f'{x}/{n}': scotpho_crude_rate(x, n, 10000) for x, n in ((5, 12000), (0, 12000), (1, 5000), (9, 20000), (10, 20000), (250, 220000))},
        'easr': {
            'two bands': scotpho_easr(esp_bands, 100000),
            'four events': scotpho_easr([(1, 10000, 60000), (3, 5000, 40000)], 100000),
            'no events': scotpho_easr([(0, 10000, 60000), (0, 5000, 40000)], 100000),
        },
        # Three years of 30, 25 and 35 events in 60,000 people a year, per 10,000: ScotPHO's rolling mean
        # (30 in 60,000) against the pooled count (90 in 180,000, PHE exact/Byar rule: Byar with the exact z).
        'rolling 30,25,35': {
            'scotpho': scotpho_crude_rate(30, 60000, 10000),
            'pooled': [90 / 180000 * 10000] + [v / 180000 * 10000 for v in byar(90, 0.95)],
        },
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
