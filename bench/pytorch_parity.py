#!/usr/bin/env python3
"""PyTorch eager twins of latefusion-bench's benchmark cells, timed as JMH times trainStep.

Each model below is built layer for layer as our DJL model of the same cell id (the encoders,
fusion and head of configs/<dataset>-<scale>.yaml), trained with the same loss, optimiser, batch
size and gradient clipping, on random inputs of the same shapes (fixed seed). One operation is one
training step: forward, loss, backward, (clipping,) optimiser step, on the next batch drawn from a
small random data set, as our trainStep draws the next shuffled batch.

Timing follows JMH's Throughput mode: per "fork" (a repeated measurement block with a freshly
built model), `--warmup` iterations of `--time` seconds are run and discarded, then
`--iterations` iterations of `--time` seconds each give one steps/s figure. stdout is one JSON
document: {cell id: {params, batch, threads, torch_version, forks: [[ops/s, ...], ...]}}.

Only the standard library and torch are needed. Exit codes: 0 ok, 2 bad option, 3 PyTorch is
not installed (one line on stderr: the parity command then reports our figures alone).

    /usr/bin/python3 bench/pytorch_parity.py --models avmnist-none-concat-study --threads 1
"""

import argparse
import json
import os
import sys
import time

EXIT_BAD_OPTION = 2
EXIT_NO_TORCH = 3
NO_TORCH = "PyTorch is not installed here (python3-torch): parity skipped"
SEED = 42



def _threads_argument(argv):
    """The --threads value, read before torch loads (1 when absent or malformed: options() reports it)."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--threads" and i + 1 < len(argv) else (
            arg.split("=", 1)[1] if arg.startswith("--threads=") else None)
        if value is not None and value.isdigit() and int(value) > 0:
            return value
    return "1"


# Debian's torch does its matrix products in whatever libblas.so.3 the system has; OpenBLAS (Debian's
# libopenblas0-pthread) keeps its own thread pool, which torch.set_num_threads does not reach and which
# reads its size at load time: give it (and OpenMP/MKL) the same thread count as torch, unless set.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, _threads_argument(sys.argv[1:]))

try:
    import torch
    from torch import nn
    import torch.nn.functional as F
except ImportError:
    print(NO_TORCH, file=sys.stderr)
    sys.exit(EXIT_NO_TORCH)


# ---------------------------------------------------------------------------------------------
# Encoders (io.latefusion.model)

def multibench_lenet(channels, layers, output):
    """LeNetEncoder: 5×5 conv (pad 2, no bias) → BN → ReLU → pool 2, then `layers` 3×3 stages
    doubling the width, global average pool, Linear(→ output)."""
    stages = []
    width_in, width = 1, channels
    for i in range(layers + 1):
        kernel, pad = (5, 2) if i == 0 else (3, 1)
        stages += [nn.Conv2d(width_in, width, kernel, padding=pad, bias=False), nn.BatchNorm2d(width),
                   nn.ReLU(), nn.MaxPool2d(2)]
        width_in, width = width, width * 2
    return nn.Sequential(*stages, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(width_in, output))


def lenet5(height, width, layers, output):
    """LeNet5Encoder: 6@5×5 (pad 2) → ReLU → pool, 16@5×5 → ReLU → pool, `layers` 3×3 stages
    doubling the channels, flatten → 120 → 84 → output."""
    blocks = [nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
              nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2)]
    height, width = (height // 2 - 4) // 2, (width // 2 - 4) // 2
    channels = 16
    for _ in range(layers):
        blocks += [nn.Conv2d(channels, channels * 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
        channels *= 2
        height, width = height // 2, width // 2
    return nn.Sequential(*blocks, nn.Flatten(), nn.Linear(channels * height * width, 120), nn.ReLU(),
                         nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, output))


def feature_mlp(features, output):
    """FeatureEncoders.mlp: BatchNorm1d → Linear."""
    return nn.Sequential(nn.BatchNorm1d(features), nn.Linear(features, output))


class LastStepGru(nn.Module):
    """RnnEncoder (gru, readout last): a batch-first GRU over the padded sequence, read out at each
    sample's last real step through the same 0/1 step mask our SequenceReadout uses."""

    def __init__(self, features, hidden):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, batch_first=True)

    def forward(self, x, lengths):
        steps = x.shape[1]
        real = (torch.arange(steps, dtype=torch.float32).reshape(1, steps) < lengths.reshape(-1, 1)).float()
        last = real - torch.cat([real[:, 1:], torch.zeros(real.shape[0], 1)], dim=1)
        outputs, _ = self.rnn(x)
        return (outputs * last.unsqueeze(2)).sum(1)


# ---------------------------------------------------------------------------------------------
# Fusion and heads (io.latefusion.model.fusion, ClassifierHead, Maxout)

class Concat(nn.Module):
    def forward(self, embeddings):
        return torch.cat(embeddings, dim=1)


class ScalarGmu(nn.Module):
    """ScalarGmuFusion for two modalities: h_m = tanh(W_m x_m), g = softmax([W_z [h_1; h_2], 0])."""

    def __init__(self, widths, size):
        super().__init__()
        self.projections = nn.ModuleList(nn.Linear(w, size, bias=False) for w in widths)
        self.gate = nn.Linear(len(widths) * size, len(widths) - 1, bias=False)

    def forward(self, embeddings):
        projected = [torch.tanh(p(e)) for p, e in zip(self.projections, embeddings)]
        free = self.gate(torch.cat(projected, dim=1))
        weights = torch.cat([free, torch.zeros(free.shape[0], 1)], dim=1).softmax(1)
        return (weights.unsqueeze(2) * torch.stack(projected, dim=1)).sum(1)


def mlp_head(width, hidden, dropout, outputs):
    layers = []
    for units, rate in zip(hidden, dropout):
        layers += [nn.Linear(width, units), nn.ReLU()] + ([nn.Dropout(rate)] if rate > 0 else [])
        width = units
    return nn.Sequential(*layers, nn.Linear(width, outputs))


class Maxout(nn.Module):
    def __init__(self, width, units, pieces):
        super().__init__()
        self.units, self.pieces = units, pieces
        self.linear = nn.Linear(width, units * pieces)

    def forward(self, x):
        return self.linear(x).reshape(x.shape[0], self.units, self.pieces).max(2).values


def maxout_head(width, hidden, dropout, outputs):
    layers = []
    for units, rate in zip(hidden, dropout):
        layers += [nn.BatchNorm1d(width), Maxout(width, units, 2)] + ([nn.Dropout(rate)] if rate > 0 else [])
        width = units
    return nn.Sequential(*layers, nn.BatchNorm1d(width), nn.Linear(width, outputs))


class LateFusion(nn.Module):
    """LateFusionModel with missing: zero_embedding: each embedding times its presence-mask column."""

    def __init__(self, encoders, fusion, head, sequential=False):
        super().__init__()
        self.encoders = nn.ModuleList(encoders)
        self.fusion, self.head, self.sequential = fusion, head, sequential

    def forward(self, inputs, mask, lengths=None):
        embeddings = []
        for i, (encoder, x) in enumerate(zip(self.encoders, inputs)):
            e = encoder(x, lengths[:, i]) if self.sequential else encoder(x)
            embeddings.append(e * mask[:, i].reshape(-1, 1))
        return self.head(self.fusion(embeddings))


# ---------------------------------------------------------------------------------------------
# The cells: model, input shapes, loss and optimiser of configs/<dataset>-<scale>.yaml

def avmnist_quick():
    return dict(
        model=lambda: LateFusion([multibench_lenet(8, 2, 64), multibench_lenet(8, 2, 128)], Concat(),
                                 mlp_head(64 + 128, [128, 64], [0.5, 0.0], 10)),
        shapes=[(1, 112, 112), (1, 28, 28)], batch=64, task="single", outputs=10, lr=2e-3, wd=1e-4, clip=None)


def avmnist_study():
    return dict(
        model=lambda: LateFusion([lenet5(32, 94, 1, 72), lenet5(28, 28, 0, 71)], Concat(),
                                 mlp_head(72 + 71, [128, 64], [0.5, 0.0], 10)),
        shapes=[(1, 32, 94), (1, 28, 28)], batch=64, task="single", outputs=10, lr=5e-4, wd=1e-4, clip=None)


def mmimdb_quick():
    return dict(
        model=lambda: LateFusion([feature_mlp(4096, 512), feature_mlp(300, 512)], ScalarGmu([512, 512], 512),
                                 maxout_head(512, [512, 512], [0.5, 0.5], 23)),
        shapes=[(4096,), (300,)], batch=64, task="multi", outputs=23, lr=1e-3, wd=1e-4, clip=None)


def mosi_quick():
    return dict(
        model=lambda: LateFusion([LastStepGru(74, 32), LastStepGru(300, 32), LastStepGru(35, 16)], Concat(),
                                 mlp_head(32 + 32 + 16, [64, 32], [0.3, 0.3], 3), sequential=True),
        shapes=[(16, 74), (16, 300), (16, 35)], batch=32, task="single", outputs=3, lr=2e-3, wd=1e-4, clip=1.0,
        min_length=4)


CELLS = {
    "avmnist-none-concat-quick": avmnist_quick,
    "avmnist-none-concat-study": avmnist_study,
    "mmimdb-none-gmu_scalar-quick": mmimdb_quick,
    "mosi-none-concat-quick": mosi_quick,
}


class Stepper:
    """One cell's model, optimiser and a small random data set; step() is one training step."""

    ROWS_PER_BATCH = 8

    def __init__(self, spec, seed):
        torch.manual_seed(seed)
        self.spec = spec
        self.model = spec["model"]()
        self.model.train()
        self.optimiser = torch.optim.Adam(self.model.parameters(), lr=spec["lr"], weight_decay=spec["wd"])
        batch = spec["batch"]
        rows = batch * self.ROWS_PER_BATCH
        self.inputs = [torch.randn(rows, *shape) for shape in spec["shapes"]]
        modalities = len(spec["shapes"])
        self.mask = torch.ones(batch, modalities)
        if spec["task"] == "single":
            self.labels = torch.randint(spec["outputs"], (rows,))
        else:
            self.labels = (torch.rand(rows, spec["outputs"]) < 0.2).float()
        self.lengths = None
        if "min_length" in spec:
            steps = spec["shapes"][0][0]
            self.lengths = torch.randint(spec["min_length"], steps + 1, (rows, 1)).float().expand(rows, modalities)
        self.order = torch.randperm(rows)
        self.next = 0

    def parameters(self):
        return sum(p.numel() for p in self.model.parameters())

    def _batch(self):
        batch = self.spec["batch"]
        if self.next + batch > len(self.order):
            self.order = torch.randperm(len(self.order))
            self.next = 0
        rows = self.order[self.next:self.next + batch]
        self.next += batch
        return rows

    def step(self):
        rows = self._batch()
        inputs = [x[rows] for x in self.inputs]
        lengths = None if self.lengths is None else self.lengths[rows]
        self.optimiser.zero_grad()
        scores = self.model(inputs, self.mask, lengths)
        labels = self.labels[rows]
        if self.spec["task"] == "single":
            loss = F.cross_entropy(scores, labels)
        else:
            loss = F.binary_cross_entropy_with_logits(scores, labels)
        loss.backward()
        if self.spec["clip"] is not None:
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.spec["clip"])
        self.optimiser.step()
        return loss.item()


def iteration(stepper, seconds):
    """Steps for at least `seconds`; steps per second, as one JMH Throughput iteration."""
    steps = 0
    start = time.perf_counter()
    while True:
        stepper.step()
        steps += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return steps / elapsed


def measure(cell, args):
    spec = CELLS[cell]()
    forks = []
    params = None
    for fork in range(args.forks):
        stepper = Stepper(spec, SEED + fork)
        params = stepper.parameters()
        for _ in range(args.warmup):
            iteration(stepper, args.time)
        forks.append([iteration(stepper, args.time) for _ in range(args.iterations)])
    return {"params": params, "batch": spec["batch"], "threads": args.threads,
            "torch_version": torch.__version__, "forks": forks}


def options(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default=",".join(CELLS),
                        help="comma-separated cell ids (default: all of " + ", ".join(CELLS) + ")")
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads (default 1)")
    parser.add_argument("--warmup", type=int, default=2, help="warm-up iterations per fork (default 2)")
    parser.add_argument("--iterations", type=int, default=3, help="measurement iterations per fork (default 3)")
    parser.add_argument("--time", type=float, default=3.0, help="seconds per iteration (default 3)")
    parser.add_argument("--forks", type=int, default=2, help="repeated measurement blocks (default 2)")
    parser.add_argument("--list", action="store_true", help="print the cell ids this script knows (a JSON list) and exit")
    args = parser.parse_args(argv)
    models = [m for m in args.models.split(",") if m]
    unknown = [m for m in models if m not in CELLS]
    checks = [(unknown or not models, "--models %s: expected cell ids among %s" % (args.models, ", ".join(CELLS))),
              (args.threads < 1, "--threads %d: expected ≥ 1" % args.threads),
              (args.warmup < 0, "--warmup %d: expected ≥ 0" % args.warmup),
              (args.iterations < 1, "--iterations %d: expected ≥ 1" % args.iterations),
              (not args.time > 0, "--time %s: expected seconds > 0" % args.time),
              (args.forks < 1, "--forks %d: expected ≥ 1" % args.forks)]
    for failed, message in checks:
        if failed:
            print("error: " + message, file=sys.stderr)
            sys.exit(EXIT_BAD_OPTION)
    args.models = models
    return args


def loaded_blas():
    """The BLAS library this process loaded (from /proc/self/maps), or "unknown"."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "blas" in line.rsplit("/", 1)[-1].lower()}
    except OSError:
        return "unknown"
    return ", ".join(sorted(paths)) or "none loaded (torch's own BLAS)"


def main(argv):
    args = options(argv)
    if args.list:
        print(json.dumps(list(CELLS)))
        return 0
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    results = {cell: measure(cell, args) for cell in args.models}
    blas = loaded_blas()
    if "/blas/" in blas:
        print("warning: PyTorch runs on the reference BLAS (%s), far slower than a tuned one; install"
              " Debian's libopenblas0-pthread for a fair comparison (docs/parity.md)" % blas, file=sys.stderr)
    for result in results.values():
        result["blas"] = blas
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
