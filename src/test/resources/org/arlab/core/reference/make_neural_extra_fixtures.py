#!/usr/bin/env python3
"""Connectivity and the mixture-density regression by an independent autodiff (jax), for AR Lab's core.neural tests.

Run from this folder with jax on the CPU (pip install jax; made with jax 0.10.2 on Python 3.11):
    python3 make_neural_extra_fixtures.py > neural-extra.properties
The networks are those of make_neural_fixtures.py (same layouts, written from MATH.md, nothing of AR Lab's code),
with two more quantities:

Connectivity (MATH.md, problem 2D): c_t(k) = d mu(x_<t) / d x_{t-k}, the derivative of the Gaussian head's mean for
target t with respect to an earlier input, by jax.grad of mu_t over the whole series:
    conn.<case>.spec / .z / .theta   the model, series and parameters
    conn.<case>.t<T>                 c_T(k) for k = 1..K (K = 8; 0 where T - k < 0)
The recurrent state for target t has read z_0 .. z_{t-1}; t = n is the value after the series.

Mixture-density regression (MATH.md, problem 3; PRML 5.6): p(t | x) = sum_c pi_c N(t; mu_c, sigma_c^2) from
h = tanh(w x + b), D units; theta is the layer's D weights, its D biases, then the mixture head (three blocks of a
D x C input-major matrix and C biases: softmax inputs, means, log sigma):
    mdr.<case>.spec / .x / .y / .theta
    mdr.<case>.nll                   sum_i -log p(y_i | x_i)
    mdr.<case>.grad                  its gradient with respect to theta
"""
import jax
import jax.numpy as jnp

from make_neural_fixtures import (ACT, Reader, count, elman, gru, head, mixture_head, out, parameters, series)

K = 8


def window_mean(spec):
    p, hidden, act = spec["order"], spec["hidden"], ACT[spec["activation"]]

    def mean(z, theta, t):
        r = Reader(theta)
        layers = []
        n_in = p
        for m in hidden:
            layers.append((r.take(n_in, m), r.take(m)))
            n_in = m
        w = r.take(n_in)
        b = r.take(1)[0]
        r.take(1)  # log variance: not in the mean
        assert r.at == theta.shape[0]
        h = jnp.stack([z[t - i] for i in range(1, p + 1)])
        for lw, lb in layers:
            h = act(h @ lw + lb)
        return h @ w + b

    return mean


def recurrent_mean(spec):
    hh = spec["hidden"]

    def mean(z, theta, t):
        r = Reader(theta)
        step = (elman if spec["cell"] == "rnn" else gru)(r, hh)
        w = r.take(hh)
        b = r.take(1)[0]
        r.take(1)
        assert r.at == theta.shape[0]
        h = jnp.zeros(hh)
        for j in range(t):
            h = step(h, z[j])
        return h @ w + b

    return mean


CONNECTIVITY = [
    ("mlp", dict(kind="window", order=3, hidden=[5], activation="tanh", head="gaussian"), 20, [3, 11, 20]),
    ("mlp2", dict(kind="window", order=4, hidden=[6, 3], activation="logistic", head="gaussian"), 20, [4, 20]),
    ("rnn", dict(kind="recurrent", cell="rnn", hidden=4, first=2, head="gaussian"), 16, [2, 5, 16]),
    ("gru", dict(kind="recurrent", cell="gru", hidden=4, first=2, head="gaussian"), 16, [3, 9, 16]),
]

MDR = [("small", 4, 3, 25), ("wide", 7, 2, 30)]


def spec_line(spec):
    return " ".join("%s:%s" % (key, ",".join(map(str, v)) if isinstance(v, list) else v) for key, v in spec.items())


def main():
    print("# jax %s (CPU, float64): connectivity and the mixture-density regression (make_neural_extra_fixtures.py)"
          % jax.__version__)
    for number, (name, spec, n, targets) in enumerate(CONNECTIVITY):
        z = series(n, 0.45 * number + 0.2)
        theta = parameters(count(spec), 0.9 * number + 0.3, 0.7)
        mean = (window_mean if spec["kind"] == "window" else recurrent_mean)(spec)
        key = "conn." + name
        print("%s.spec = %s" % (key, spec_line(spec)))
        out(key + ".z", z)
        out(key + ".theta", theta)
        for t in targets:
            g = jax.grad(mean)(z, theta, t)
            out("%s.t%d" % (key, t), [g[t - k] if t - k >= 0 else 0.0 for k in range(1, K + 1)])
    for number, (name, d, c, n) in enumerate(MDR):
        i = jnp.arange(n, dtype=jnp.float64)
        x = jnp.sin(0.9 * i + number) * 0.95
        y = x + 0.3 * jnp.sin(3.1 * x * (number + 1)) + 0.1 * jnp.cos(2.3 * i)
        theta = parameters(2 * d + 3 * c * (d + 1), 0.4 * number + 1.1, 0.8)

        def nll(th):
            r = Reader(th)
            w, b = r.take(d), r.take(d)
            loss = mixture_head(r, d, c)
            assert r.at == th.shape[0]
            return sum(loss(jnp.tanh(w * x[j] + b), y[j]) for j in range(n))

        value, grad = jax.value_and_grad(nll)(theta)
        key = "mdr." + name
        print("%s.spec = hidden:%d components:%d" % (key, d, c))
        out(key + ".x", x)
        out(key + ".y", y)
        out(key + ".theta", theta)
        out(key + ".nll", value)
        out(key + ".grad", grad)


if __name__ == "__main__":
    main()
