"""Greedy decoding of a small transformer, batch 1: launch-bound, the case where API
forwarding's round trips show (issue 13: >= 50% of native tokens/s over the same-host
transport, >= 35% over TCP). A decoder-only model (4 layers, width 512, fixed-seed
weights, fp32, deterministic kernels) generates N tokens one at a time from a fixed
prompt, re-running the whole sequence each step (no KV cache: more kernels per token,
as a plain generate loop does) and reading each token back (`.item()`, one wait per
token as a generate loop that stops at an end token does).

stdout: the generated tokens (compared between runs: the same natively and forwarded);
the file named by FWD_TIMING_OUT gets "tokens_per_s VALUE" and "tokens N" (kept out of
stdout). Usage: python3 fwd_torch_decode.py [--tokens N]
"""
import argparse
import os
import time

os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402


class Decoder(nn.Module):
    def __init__(self, vocab: int, width: int, layers: int, heads: int, context: int) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        self.position = nn.Embedding(context, width)
        layer = nn.TransformerEncoderLayer(width, heads, dim_feedforward=4 * width, dropout=0.0, batch_first=True)
        self.blocks = nn.TransformerEncoder(layer, num_layers=layers)
        self.head = nn.Linear(width, vocab)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        n = ids.shape[1]
        mask = torch.triu(torch.full((n, n), float("-inf"), device=ids.device), diagonal=1)
        h = self.embed(ids) + self.position(torch.arange(n, device=ids.device))
        return self.head(self.blocks(h, mask=mask, is_causal=True))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--warmup", type=int, default=8)
    args = ap.parse_args()
    torch.manual_seed(7)
    torch.use_deterministic_algorithms(True)
    dev = torch.device("cuda")
    model = Decoder(vocab=4096, width=512, layers=4, heads=8, context=256).to(dev).eval()
    prompt = torch.tensor([[1, 17, 42, 99, 7, 3, 250, 11]], device=dev)
    with torch.no_grad():
        ids = prompt
        for _ in range(args.warmup):  # warms the allocator and the kernels' first loads
            model(ids)
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        tokens = []
        for _ in range(args.tokens):
            nxt = model(ids)[0, -1].argmax()
            tokens.append(int(nxt.item()))
            ids = torch.cat([ids, nxt.view(1, 1)], dim=1)
        elapsed = time.perf_counter() - t0
    print("tokens", tokens)
    out = os.environ.get("FWD_TIMING_OUT")
    if out:
        with open(out, "w", encoding="utf8") as f:
            f.write(f"tokens_per_s {args.tokens / elapsed:.2f}\ntokens {args.tokens}\n")


if __name__ == "__main__":
    main()
