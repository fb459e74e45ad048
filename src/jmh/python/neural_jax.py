#!/usr/bin/env python3
"""The jax.jit side of NeuralBenchmark (issue 18): the same networks, data size and epoch, compiled by XLA on the CPU.

    XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1" taskset -c 1 \
        python3 neural_jax.py                      (pip install jax; measured with jax 0.10.2, Python 3.11)

An epoch is what Trainer.step() does in AR Lab: the gradient of the mean NLL over every target (full batch) and one
Adam update (eta = 0.001, beta = 0.9, 0.999, eps = 1e-8), in one jitted function on a flat float64 parameter
vector (it returns the NLL before the update, which value_and_grad gives for free). The networks: MLP p = 8 -> 32 tanh -> head on 1000 values
(992 targets, the windows as one 992 x 8 matrix), and GRU H = 16 -> head over T = 1000 values by lax.scan (full
backpropagation through time); each with a Gaussian head (sigma learned as log sigma^2) and a mixture of C = 5.
The series follows the benchmark's recurrence from numpy's generator (the values differ from the Java side's; the
work does not depend on them). Each figure is the median of 5 runs of 2 s after compilation and a warm-up, per second
of wall-clock time and per second of the process's processor time (one core with the flags above, which the load of
other programs hardly moves).
"""
import math
import os
import statistics
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", True)

HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)


def series(n=1000):
    rng = np.random.default_rng(1)
    x = np.zeros(n)
    for t in range(3, n):
        x[t] = 0.6 * x[t - 1] - 0.2 * x[t - 2] + 0.5 * math.tanh(x[t - 1] * x[t - 3]) + rng.standard_normal()
    return (x - x.mean()) / x.std()


def take(theta, at, *shape):
    n = math.prod(shape)
    return theta[at:at + n].reshape(shape), at + n


def head_size(d, c):
    return d + 2 if c == 0 else 3 * c * (d + 1)


def head_nll(theta, at, h, x, c):
    """Mean NLL of targets x (n) from features h (n x d)."""
    d = h.shape[1]
    if c == 0:
        w, at = take(theta, at, d)
        b, at = take(theta, at, 1)
        lv, at = take(theta, at, 1)
        mu = h @ w + b[0]
        return jnp.mean(HALF_LOG_2PI + 0.5 * lv[0] + 0.5 * (x - mu) ** 2 * jnp.exp(-lv[0]))
    outs = []
    for _ in range(3):
        w, at = take(theta, at, d, c)
        b, at = take(theta, at, c)
        outs.append(h @ w + b)
    a, mu, ls = outs
    log_pi = a - jax.scipy.special.logsumexp(a, axis=1, keepdims=True)
    log_n = -HALF_LOG_2PI - ls - 0.5 * ((x[:, None] - mu) * jnp.exp(-ls)) ** 2
    return -jnp.mean(jax.scipy.special.logsumexp(log_pi + log_n, axis=1))


def mlp(c, p=8, hidden=32):
    size = (p + 1) * hidden + head_size(hidden, c)
    z = jnp.asarray(series())
    windows = jnp.stack([z[p - i:len(z) - i] for i in range(1, p + 1)], axis=1)  # (z_{t-1}, ..., z_{t-p})
    targets = z[p:]

    def loss(theta):
        w, at = take(theta, 0, p, hidden)
        b, at = take(theta, at, hidden)
        return head_nll(theta, at, jnp.tanh(windows @ w + b), targets, c)

    return size, loss


def gru(c, hidden=16):
    block = hidden * (hidden + 2)
    size = 3 * block + head_size(hidden, c)
    z = jnp.asarray(series())

    def loss(theta):
        at = 0
        blocks = []
        for _ in range(3):
            w, at = take(theta, at, hidden, hidden)
            u, at = take(theta, at, 1, hidden)
            b, at = take(theta, at, hidden)
            blocks.append((w, u[0], b))
        (wz, uz, bz), (wr, ur, br), (w, u, b) = blocks

        def step(h, x):
            zz = jax.nn.sigmoid(h @ wz + x * uz + bz)
            r = jax.nn.sigmoid(h @ wr + x * ur + br)
            cand = jnp.tanh((r * h) @ w + x * u + b)
            h2 = (1 - zz) * h + zz * cand
            return h2, h  # the state before reading x predicts x

        _, states = jax.lax.scan(step, jnp.zeros(hidden), z)
        return head_nll(theta, at, states, z, c)

    return size, loss


def epoch_fn(loss, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    grad = jax.value_and_grad(loss)

    @jax.jit
    def epoch(theta, m, v, t):
        value, g = grad(theta)
        t = t + 1
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        theta = theta - lr * (m / (1 - b1 ** t)) / (jnp.sqrt(v / (1 - b2 ** t)) + eps)
        return theta, m, v, t, value

    return epoch


def measure(name, size, loss, seconds=2.0, runs=5):
    rng = np.random.default_rng(2)
    theta = jnp.asarray(rng.uniform(-0.3, 0.3, size))
    m = jnp.zeros(size)
    v = jnp.zeros(size)
    t = jnp.asarray(0.0)
    epoch = epoch_fn(loss)
    state = epoch(theta, m, v, t)  # compile
    jax.block_until_ready(state)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:  # warm-up
        state = epoch(*state[:4])
    jax.block_until_ready(state)
    rates = []
    cpu_rates = []
    for _ in range(runs):
        n = 0
        start = time.perf_counter()
        cpu = time.process_time()
        while time.perf_counter() - start < seconds:
            state = epoch(*state[:4])
            n += 1
        jax.block_until_ready(state)
        rates.append(n / (time.perf_counter() - start))
        cpu_rates.append(n / (time.process_time() - cpu))
    print("%-8s %10.1f epochs/s wall, %10.1f epochs per CPU-second   (wall runs: %s)" % (
        name, statistics.median(rates), statistics.median(cpu_rates), ", ".join("%.1f" % r for r in rates)))
    sys.stdout.flush()


print("# jax %s on %s, XLA_FLAGS=%s" % (jax.__version__, jax.devices()[0].platform, os.environ.get("XLA_FLAGS", "")))
for c in (0, 5):
    measure("mlp C=%d" % c, *mlp(c))
for c in (0, 5):
    measure("gru C=%d" % c, *gru(c))
