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

Scheduled sampling (MATH.md, problem 2E; Bengio et al. 2015) at fixed weights: the inputs zhat are the data for
t < p and wherever t % 3 == 0, and elsewhere the model's own predictive mean (of a mixture: sum_c pi_c mu_c) of
z_t given zhat_{t-p..t-1}, fed back in time order; the loss is the mean NLL of the data targets z_t, t = p..n-1,
given windows of zhat, and its gradient does not flow through the fed-back values (jax.lax.stop_gradient):
    ss.<case>.spec / .z / .theta
    ss.<case>.zhat                   the inputs
    ss.<case>.loss / .grad           the loss and its gradient
    ss.<case>.through                the gradient if it did flow through zhat (it differs: the test can tell)
"""
import jax
import jax.numpy as jnp

from make_neural_fixtures import (ACT, Reader, count, elman, gru, head, mixture_head, out, parameters, series,
                                  spec_line)

K = 8


def window_mean(spec):
    def mean(z, theta, t):
        layers, _, head_mean = window_parts(spec, theta)
        return head_mean(features(spec, layers, z, t))

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

SCHEDULED = [
    ("mlp", dict(kind="window", order=3, hidden=[5], activation="tanh", head="gaussian"), 30),
    ("mdn", dict(kind="window", order=2, hidden=[4], activation="tanh", head="mixture", components=2), 30),
]


def window_parts(spec, theta):
    """The layers and (nll, mean) of the head, read from theta."""
    p, hidden = spec["order"], spec["hidden"]
    r = Reader(theta)
    layers = []
    n_in = p
    for m in hidden:
        layers.append((r.take(n_in, m), r.take(m)))
        n_in = m
    if spec["head"] == "gaussian":
        w, b = r.take(n_in), r.take(1)[0]
        r.at -= n_in + 1
        nll = head(r, n_in, spec)
        mean = lambda h: h @ w + b
    else:
        c = spec["components"]
        start = r.at
        blocks = [(r.take(n_in, c), r.take(c)) for _ in range(3)]
        r.at = start
        nll = head(r, n_in, spec)

        def mean(h):
            a, mu = [h @ bw + bb for bw, bb in blocks[:2]]
            return jax.nn.softmax(a) @ mu
    assert r.at == theta.shape[0]
    return layers, nll, mean


def features(spec, layers, zhat, t):
    h = jnp.stack([zhat[t - i] for i in range(1, spec["order"] + 1)])
    for w, b in layers:
        h = ACT[spec["activation"]](h @ w + b)
    return h


def scheduled_loss(spec, stop):
    p = spec["order"]

    def loss(theta, z):
        layers, nll, mean = window_parts(spec, theta)
        zhat = z
        for t in range(p, z.shape[0]):
            if t % 3 != 0:
                v = mean(features(spec, layers, zhat, t))
                zhat = zhat.at[t].set(jax.lax.stop_gradient(v) if stop else v)
        total = sum(nll(features(spec, layers, zhat, t), z[t]) for t in range(p, z.shape[0]))
        return total / (z.shape[0] - p), zhat

    return loss


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
    for number, (name, spec, n) in enumerate(SCHEDULED):
        z = series(n, 0.6 * number + 0.5)
        theta = parameters(count(spec), 0.8 * number + 0.2, 0.5)
        (value, zhat), grad = jax.value_and_grad(scheduled_loss(spec, True), has_aux=True)(theta, z)
        (_, _), through = jax.value_and_grad(scheduled_loss(spec, False), has_aux=True)(theta, z)
        key = "ss." + name
        print("%s.spec = %s" % (key, spec_line(spec)))
        out(key + ".z", z)
        out(key + ".theta", theta)
        out(key + ".zhat", zhat)
        out(key + ".loss", value)
        out(key + ".grad", grad)
        out(key + ".through", through)


if __name__ == "__main__":
    main()
