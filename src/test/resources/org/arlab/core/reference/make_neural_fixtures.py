#!/usr/bin/env python3
"""Loss and full gradient of small neural AR models by an independent autodiff (jax), for AR Lab's core.neural tests.

Run from this folder with jax on the CPU (pip install jax; made with jax 0.10.2 on Python 3.11):
    python3 make_neural_fixtures.py > neural.properties
Each line is `case.quantity = v1 v2 ...`, numbers printed with repr() (17 significant digits):
    case.spec     the model, read by the test to build the same network
    case.z        the (standardised) series the model is scored on
    case.theta    the parameters, one flat vector in AR Lab's layout
    case.loss     the mean teacher-forced NLL over the targets t = first..n-1 (natural log)
    case.grad     its gradient with respect to theta, by jax.grad

Nothing of AR Lab's code is used: the networks are written here from MATH.md (problems 2A, 2D, 3) and unpack theta
by the layout the Java classes document (Dense, ElmanCell, GruCell, GaussianHead, MixtureHead): every matrix is
input-major, the weight from input i to unit j at i*m + j, followed by its bias; a window model's layers come first,
then its head; a recurrent model's cell first (the GRU's blocks in the order z, r, candidate), then its head.
The series and theta are fixed formulas of the index, so the file is the same on every run.
"""
import math

import jax
import jax.numpy as jnp

jax.config.update("jax_enable_x64", True)

HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)


def out(key, values):
    print(key + " = " + " ".join(repr(float(v)) for v in jnp.atleast_1d(jnp.asarray(values))))


def series(n, a):
    t = jnp.arange(n, dtype=jnp.float64)
    return jnp.sin(0.7 * t + a) + 0.4 * jnp.cos(1.9 * t) - 0.2 * jnp.sin(0.31 * t * t)


def parameters(n, a, scale):
    i = jnp.arange(n, dtype=jnp.float64)
    return scale * jnp.sin(1.37 * i + a) + 0.05 * jnp.cos(0.5 * i)


class Reader:
    """Takes consecutive pieces of theta."""

    def __init__(self, theta):
        self.theta = theta
        self.at = 0

    def take(self, *shape):
        n = math.prod(shape)
        v = self.theta[self.at:self.at + n].reshape(shape)
        self.at += n
        return v


ACT = {
    "tanh": jnp.tanh,
    "relu": lambda a: jnp.maximum(a, 0.0),
    "logistic": jax.nn.sigmoid,
    "identity": lambda a: a,
}


def gaussian_head(r, d, sigma):
    w = r.take(d)
    b = r.take(1)[0]
    log_var = r.take(1)[0] if sigma is None else 2 * math.log(sigma)

    def nll(h, x):  # -log N(x; w.h + b, exp(log_var))
        mu = h @ w + b
        return HALF_LOG_2PI + 0.5 * log_var + 0.5 * (x - mu) ** 2 / jnp.exp(log_var)

    return nll


def mixture_head(r, d, c):
    blocks = []
    for _ in range(3):  # softmax inputs, means, log sigma
        blocks.append((r.take(d, c), r.take(c)))

    def nll(h, x):  # -log sum_c pi_c N(x; mu_c, sigma_c^2), by log-sum-exp
        a, mu, log_s = [h @ w + b for w, b in blocks]
        log_pi = a - jax.scipy.special.logsumexp(a)
        log_n = -HALF_LOG_2PI - log_s - 0.5 * ((x - mu) / jnp.exp(log_s)) ** 2
        return -jax.scipy.special.logsumexp(log_pi + log_n)

    return nll


def head(r, d, spec):
    kind = spec["head"]
    if kind == "gaussian":
        return gaussian_head(r, d, None)
    if kind == "fixed":
        return gaussian_head(r, d, spec["sigma"])
    return mixture_head(r, d, spec["components"])


def window_loss(spec):
    p, hidden, act = spec["order"], spec["hidden"], ACT[spec["activation"]]

    def loss(theta, z):
        r = Reader(theta)
        layers = []
        n_in = p
        for m in hidden:
            layers.append((r.take(n_in, m), r.take(m)))
            n_in = m
        nll = head(r, n_in, spec)
        assert r.at == theta.shape[0]
        total = 0.0
        for t in range(p, z.shape[0]):
            h = jnp.stack([z[t - i] for i in range(1, p + 1)])  # (z_{t-1}, ..., z_{t-p})
            for w, b in layers:
                h = act(h @ w + b)
            total = total + nll(h, z[t])
        return total / (z.shape[0] - p)

    return loss


def elman(r, hh):
    w, u, b = r.take(hh, hh), r.take(1, hh), r.take(hh)
    return lambda h, x: jnp.tanh(h @ w + x * u[0] + b)


def gru(r, hh):
    blocks = [(r.take(hh, hh), r.take(1, hh), r.take(hh)) for _ in range(3)]

    def step(h, x):
        (wz, uz, bz), (wr, ur, br), (w, u, b) = blocks
        z = jax.nn.sigmoid(h @ wz + x * uz[0] + bz)
        rr = jax.nn.sigmoid(h @ wr + x * ur[0] + br)
        cand = jnp.tanh((rr * h) @ w + x * u[0] + b)
        return (1 - z) * h + z * cand

    return step


def recurrent_loss(spec):
    hh, first, k = spec["hidden"], spec["first"], spec.get("truncation", 0)

    def loss(theta, z):
        r = Reader(theta)
        step = (elman if spec["cell"] == "rnn" else gru)(r, hh)
        nll = head(r, hh, spec)
        assert r.at == theta.shape[0]
        h = jnp.zeros(hh)
        total = 0.0
        for t in range(z.shape[0]):
            if k and t % k == 0:
                h = jax.lax.stop_gradient(h)  # truncated BPTT: no gradient back through a segment's first state
            if t >= first:
                total = total + nll(h, z[t])
            h = step(h, z[t])
        return total / (z.shape[0] - first)

    return loss


def spec_line(spec):
    """The model as words key:value (lists joined by commas), as the Java tests read it."""
    return " ".join("%s:%s" % (key, ",".join(map(str, v)) if isinstance(v, list) else v) for key, v in spec.items())


def count(spec):
    d = spec["hidden"][-1] if spec["kind"] == "window" and spec["hidden"] else spec.get("order", 0)
    if spec["kind"] == "window":
        n, n_in = 0, spec["order"]
        for m in spec["hidden"]:
            n += (n_in + 1) * m
            n_in = m
    else:
        hh = spec["hidden"]
        n = hh * (hh + 2) * (1 if spec["cell"] == "rnn" else 3)
        d = hh
    kind = spec["head"]
    return n + (d + 2 if kind == "gaussian" else d + 1 if kind == "fixed" else 3 * spec["components"] * (d + 1))


CASES = [
    ("linear", dict(kind="window", order=2, hidden=[], activation="identity", head="fixed", sigma=0.8), 40),
    ("mlp", dict(kind="window", order=3, hidden=[5], activation="tanh", head="gaussian"), 40),
    ("mlp2", dict(kind="window", order=4, hidden=[6, 3], activation="logistic", head="gaussian"), 40),
    ("mlprelu", dict(kind="window", order=3, hidden=[4], activation="relu", head="gaussian"), 40),
    ("mdn", dict(kind="window", order=3, hidden=[5], activation="tanh", head="mixture", components=3), 40),
    ("rnn", dict(kind="recurrent", cell="rnn", hidden=4, first=2, head="gaussian"), 30),
    ("gru", dict(kind="recurrent", cell="gru", hidden=4, first=2, head="gaussian"), 30),
    ("grumdn", dict(kind="recurrent", cell="gru", hidden=3, first=1, head="mixture", components=2), 30),
    ("rnntbptt", dict(kind="recurrent", cell="rnn", hidden=3, first=2, head="mixture", components=2, truncation=4),
     30),
    ("grutbptt", dict(kind="recurrent", cell="gru", hidden=3, first=0, head="gaussian", truncation=5), 30),
]


def main():
    print("# jax %s (CPU, float64): mean NLL and its gradient by jax.grad (make_neural_fixtures.py)" % jax.__version__)
    for number, (name, spec, n) in enumerate(CASES):
        z = series(n, 0.3 * number)
        theta = parameters(count(spec), 0.7 * number, 0.6)
        loss = (window_loss if spec["kind"] == "window" else recurrent_loss)(spec)
        value, grad = jax.value_and_grad(loss)(theta, z)
        print("%s.spec = %s" % (name, spec_line(spec)))
        out(name + ".z", z)
        out(name + ".theta", theta)
        out(name + ".loss", value)
        out(name + ".grad", grad)


if __name__ == "__main__":
    main()
