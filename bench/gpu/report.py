#!/usr/bin/env python3
"""Aggregate the GPU harness's raw outputs into report.md and report.json.

Reads what bench/gpu/run.sh left in --work (steps.tsv, env.txt, raw/), writes
--out/report.md and --out/report.json, and prints a short summary table to
stdout (last, so it ends up at the tail of the device tool's output).
Standard library only. Exit status: 0 when every check passed, 1 otherwise.

How each check decides (see docs/GPU.md):
  correctness  both runs exit 0; the "RESULT " lines of the native run and of
               the traced Quanta run are identical and non-empty; the trace
               has at least one process line, counts > 0 calls whose name
               starts with cuLaunch and > 0 starting with cuMemAlloc or
               cuMemCreate, and "unwrapped" is empty in every process line
  overhead     medians over rounds of each METRIC; throughput metrics pass
               when median(Quanta) / median(native) >= 0.99; per-launch times
               pass when median(Quanta) - median(native) < 100 ns
  cli          `quanta run` with no command or a missing command exits
               non-zero and writes to stderr; `quanta run -- sh -c 'exit 7'`
               exits 7
  setup        every setup and build step exited 0
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
from typing import Any

THROUGHPUT_MIN_RATIO = 0.99
LAUNCH_MAX_ADDED_NS = 100.0

# (workload, metric, direction, what it is). "higher": throughput, judged by
# ratio; "lower_ns": a per-launch time, judged by nanoseconds added.
METRICS = [
    ("launch_rate", "launches_per_s", "higher", "empty-kernel launches/s incl. final sync"),
    ("launch_rate", "call_ns", "lower_ns", "host ns per cuLaunchKernel (batches of 256, queue never full)"),
    ("launch_rate", "stream_ns", "lower_ns", "host ns per launch over N back-to-back launches (queue fills)"),
    ("launch_rate", "call_ns_min", "lower_ns", "fastest repetition of call_ns (least VM noise)"),
    ("launch_rate", "hostcall_ns", "lower_ns", "host ns per cuCtxGetDevice (no GPU work): the interposer's per-call cost"),
    ("launch_rate", "hostcall_ns_min", "lower_ns", "fastest repetition of hostcall_ns"),
    ("torch_bench", "train_steps_per_s", "higher", "small-MLP training steps/s (launch-bound)"),
    ("torch_bench", "matmul_iters_per_s", "higher", "1024^3 fp32 matmul+tanh iterations/s"),
]

CLI_EXPECT = {
    "cli-no-command": ("nonzero", "`quanta run` with no command"),
    "cli-missing-command": ("nonzero", "`quanta run -- no-such-command-xyz`"),
    "cli-missing-command-no-dashes": ("nonzero", "`quanta run no-such-command-xyz`"),
    "cli-exit-status": ("7", "`quanta run -- sh -c 'exit 7'` passes the exit status through"),
}


# ------------------------------------------------------------------ input --

def read_text(path: str, limit: int = 8 << 20) -> str:
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            return f.read(limit)
    except OSError:
        return ""


def read_steps(work: str) -> list[dict[str, Any]]:
    steps = []
    try:
        with open(os.path.join(work, "steps.tsv"), newline="", encoding="utf-8", errors="replace") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                rc_raw = row.get("rc") or ""
                try:
                    rc: int | None = int(rc_raw)
                except ValueError:
                    rc = None
                try:
                    secs = float(row.get("seconds") or 0)
                except ValueError:
                    secs = 0.0
                steps.append({
                    "name": row.get("name") or "",
                    "kind": row.get("kind") or "",
                    "mode": row.get("mode") or "-",
                    "round": row.get("round") or "-",
                    "rc": rc,
                    "rc_raw": rc_raw,
                    "seconds": secs,
                    "out": row.get("out") or "-",
                    "err": row.get("err") or "-",
                    "trace": row.get("trace") or "-",
                    "command": row.get("command") or "",
                })
    except OSError:
        pass
    return steps


def read_env(work: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in read_text(os.path.join(work, "env.txt")).splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            env.setdefault(k.strip(), v.strip())
    return env


def step_path(work: str, rel: str) -> str | None:
    if not rel or rel == "-":
        return None
    return os.path.join(work, rel)


def result_lines(work: str, step: dict[str, Any]) -> list[str]:
    p = step_path(work, step["out"])
    if not p:
        return []
    return [ln.rstrip("\n") for ln in read_text(p).splitlines() if ln.startswith("RESULT ")]


def metric_values(work: str, step: dict[str, Any]) -> dict[str, float]:
    vals: dict[str, float] = {}
    p = step_path(work, step["out"])
    if not p:
        return vals
    for ln in read_text(p).splitlines():
        parts = ln.split()
        if len(parts) == 3 and parts[0] == "METRIC":
            try:
                vals[parts[1]] = float(parts[2])
            except ValueError:
                pass
    return vals


def tail(work: str, rel: str, n: int = 12) -> str:
    p = step_path(work, rel)
    if not p:
        return ""
    lines = read_text(p).splitlines()
    return "\n".join(ln[:300] for ln in lines[-n:])


def first_line(work: str, rel: str) -> str:
    p = step_path(work, rel)
    if not p:
        return ""
    for ln in read_text(p).splitlines():
        if ln.strip():
            return ln.strip()[:200]
    return ""


def parse_trace(work: str, rel: str) -> dict[str, Any]:
    info: dict[str, Any] = {
        "present": False, "processes": 0, "processes_with_calls": 0, "bad_lines": 0,
        "launches": 0, "allocations": 0, "total_calls": 0,
        "launch_keys": {}, "alloc_keys": {}, "unwrapped": [], "argv0": [],
    }
    p = step_path(work, rel)
    if not p or not os.path.exists(p):
        return info
    info["present"] = True
    unwrapped: set[str] = set()
    argv0: dict[str, int] = {}
    for ln in read_text(p, 64 << 20).splitlines():
        if not ln.strip():
            continue
        try:
            rec = json.loads(ln)
            calls = rec.get("calls") or {}
            if not isinstance(calls, dict):
                raise ValueError("calls is not an object")
        except (ValueError, AttributeError):
            info["bad_lines"] += 1
            continue
        info["processes"] += 1
        a0 = os.path.basename(str(rec.get("argv0", "?")))
        argv0[a0] = argv0.get(a0, 0) + 1
        n_calls = 0
        for k, v in calls.items():
            try:
                v = int(v)
            except (TypeError, ValueError):
                continue
            n_calls += v
            if k.startswith("cuLaunch"):
                info["launches"] += v
                info["launch_keys"][k] = info["launch_keys"].get(k, 0) + v
            if k.startswith("cuMemAlloc") or k.startswith("cuMemCreate"):
                info["allocations"] += v
                info["alloc_keys"][k] = info["alloc_keys"].get(k, 0) + v
        info["total_calls"] += n_calls
        if n_calls:
            info["processes_with_calls"] += 1
        uw = rec.get("unwrapped") or []
        if isinstance(uw, list):
            unwrapped.update(str(x) for x in uw)
        else:
            info["bad_lines"] += 1
    info["unwrapped"] = sorted(unwrapped)
    info["argv0"] = [f"{k} x{v}" for k, v in sorted(argv0.items())]
    return info


# --------------------------------------------------------------- analysis --

def rc_str(step: dict[str, Any] | None) -> str:
    if step is None:
        return "not run"
    return step["rc_raw"] or "?"


def analyse_correctness(work: str, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names: list[str] = []
    for s in steps:
        if s["kind"] == "correct" and s["name"] not in names:
            names.append(s["name"])
    out = []
    for name in names:
        nat = next((s for s in steps if s["kind"] == "correct" and s["name"] == name and s["mode"] == "native"), None)
        qua = next((s for s in steps if s["kind"] == "correct" and s["name"] == name and s["mode"] == "quanta"), None)
        n_lines = result_lines(work, nat) if nat else []
        q_lines = result_lines(work, qua) if qua else []
        equal = bool(n_lines) and n_lines == q_lines and nat is not None and qua is not None \
            and nat["rc"] == 0 and qua["rc"] == 0
        diff = None
        if n_lines != q_lines:
            for i in range(max(len(n_lines), len(q_lines))):
                a = n_lines[i] if i < len(n_lines) else "(missing)"
                b = q_lines[i] if i < len(q_lines) else "(missing)"
                if a != b:
                    diff = {"index": i, "native": a[:300], "quanta": b[:300]}
                    break
        tr = parse_trace(work, qua["trace"]) if qua else parse_trace(work, "-")
        reasons = []
        status = "pass"
        if nat is None or nat["rc"] != 0:
            status = "ERROR"
            reasons.append(f"native run failed (rc {rc_str(nat)}): the workload or the machine, not Quanta")
        if qua is None or qua["rc"] != 0:
            reasons.append(f"Quanta run failed (rc {rc_str(qua)})")
        if nat is not None and nat["rc"] == 0 and not n_lines:
            reasons.append("native printed no RESULT lines")
        if n_lines and q_lines and n_lines != q_lines:
            reasons.append(f"RESULT lines differ (first at line {diff['index'] if diff else '?'})")
        elif n_lines and not q_lines:
            reasons.append("Quanta run printed no RESULT lines")
        if not tr["present"] or tr["processes"] == 0:
            reasons.append("no trace written")
        else:
            if tr["launches"] == 0:
                reasons.append("trace shows no cuLaunch* calls")
            if tr["allocations"] == 0:
                reasons.append("trace shows no cuMemAlloc*/cuMemCreate* calls")
            if tr["unwrapped"]:
                reasons.append(f"unwrapped entry points: {', '.join(tr['unwrapped'][:10])}")
            if tr["bad_lines"]:
                reasons.append(f"{tr['bad_lines']} unparsable trace line(s)")
        if status == "pass" and (reasons or not equal):
            status = "FAIL"
        out.append({
            "workload": name,
            "status": status,
            "results_equal": equal,
            "result_lines": len(n_lines),
            "first_difference": diff,
            "native_rc": rc_str(nat), "quanta_rc": rc_str(qua),
            "native_seconds": nat["seconds"] if nat else None,
            "quanta_seconds": qua["seconds"] if qua else None,
            "launches": tr["launches"], "allocations": tr["allocations"],
            "launch_keys": tr["launch_keys"], "alloc_keys": tr["alloc_keys"],
            "total_calls": tr["total_calls"],
            "trace_processes": tr["processes"],
            "trace_processes_with_calls": tr["processes_with_calls"],
            "trace_argv0": tr["argv0"],
            "unwrapped": tr["unwrapped"],
            "reasons": reasons,
            "native_stderr_tail": tail(work, nat["err"]) if nat and status != "pass" else "",
            "quanta_stderr_tail": tail(work, qua["err"]) if qua and status != "pass" else "",
        })
    return out


def median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def spread_pct(xs: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    m = statistics.median(xs)
    return 100.0 * (max(xs) - min(xs)) / m if m else None


def analyse_overhead(work: str, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    truncated = {s["name"] for s in steps if s["kind"] == "overhead-truncated"}
    for wl, metric, direction, what in METRICS:
        runs = [s for s in steps if s["kind"] == "overhead" and s["name"] == wl]
        per_round: dict[str, dict[str, float | None]] = {}
        failed_runs = []
        for s in runs:
            v = metric_values(work, s).get(metric) if s["rc"] == 0 else None
            if v is None:
                failed_runs.append(f"round {s['round']} {s['mode']} rc {s['rc_raw']}")
            per_round.setdefault(s["round"], {})[s["mode"]] = v
        nat = [r["native"] for r in per_round.values() if r.get("native") is not None]
        qua = [r["quanta"] for r in per_round.values() if r.get("quanta") is not None]
        paired = [r["quanta"] / r["native"] for r in per_round.values()
                  if r.get("native") and r.get("quanta") is not None]
        mn, mq = median(nat), median(qua)
        entry: dict[str, Any] = {
            "workload": wl, "metric": metric, "direction": direction, "what": what,
            "rounds_native": len(nat), "rounds_quanta": len(qua),
            "native": nat, "quanta": qua,
            "native_median": mn, "quanta_median": mq,
            "ratio_of_medians": (mq / mn) if mn and mq is not None else None,
            "paired_ratio_median": median(paired),
            "paired_ratio_min": min(paired) if paired else None,
            "paired_ratio_max": max(paired) if paired else None,
            "native_spread_pct": spread_pct(nat), "quanta_spread_pct": spread_pct(qua),
            "failed_runs": failed_runs,
            "truncated": wl in truncated,
        }
        if mn is None or mq is None:
            entry["status"] = "ERROR"
            entry["detail"] = "no valid runs" + (f" ({'; '.join(failed_runs[:4])})" if failed_runs else "")
        elif direction == "higher":
            ratio = entry["ratio_of_medians"]
            entry["target"] = f"Quanta/native >= {THROUGHPUT_MIN_RATIO}"
            entry["status"] = "pass" if ratio >= THROUGHPUT_MIN_RATIO else "FAIL"
            entry["detail"] = (f"ratio {ratio:.4f} (native {mn:.1f}, Quanta {mq:.1f}; "
                               f"native spread {fmt_pct(entry['native_spread_pct'])}, "
                               f"{len(nat)}/{len(qua)} rounds)")
        else:
            added = mq - mn
            entry["added_ns"] = added
            entry["target"] = f"added < {LAUNCH_MAX_ADDED_NS:.0f} ns"
            entry["status"] = "pass" if added < LAUNCH_MAX_ADDED_NS else "FAIL"
            entry["detail"] = (f"{added:+.1f} ns/launch (native {mn:.1f}, Quanta {mq:.1f}; "
                               f"native spread {fmt_pct(entry['native_spread_pct'])}, "
                               f"{len(nat)}/{len(qua)} rounds)")
        if failed_runs and entry["status"] == "pass":
            entry["status"] = "FAIL"
            entry["detail"] += f"; failed runs: {'; '.join(failed_runs[:4])}"
        out.append(entry)
    return out


def analyse_cli(work: str, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    # A non-zero exit on misuse only means something if the CLI can run a
    # command at all: the exit-status check is the proof that it can.
    probe = next((x for x in steps if x["kind"] == "cli" and x["name"] == "cli-exit-status"), None)
    cli_works = probe is not None and probe["rc_raw"] == CLI_EXPECT["cli-exit-status"][0]
    for name, (expect, what) in CLI_EXPECT.items():
        s = next((x for x in steps if x["kind"] == "cli" and x["name"] == name), None)
        entry: dict[str, Any] = {"check": name, "what": what, "expect": expect}
        if s is None:
            entry.update(status="ERROR", detail="not run", rc=None, stderr_first_line="")
            out.append(entry)
            continue
        msg = first_line(work, s["err"])
        entry.update(rc=s["rc_raw"], stderr_first_line=msg, command=s["command"])
        if expect == "nonzero":
            ok = s["rc"] is not None and s["rc"] not in (0, 124, 137) and bool(msg)
            entry["status"] = "pass" if ok and cli_works else "FAIL"
            entry["detail"] = f"rc={s['rc_raw']}, stderr: {msg!r}" if msg else f"rc={s['rc_raw']}, stderr empty"
            if ok and not cli_works:
                entry["detail"] += " (but `quanta run` cannot run a command at all: see cli-exit-status)"
        else:
            ok = s["rc_raw"] == expect
            entry["status"] = "pass" if ok else "FAIL"
            entry["detail"] = f"rc={s['rc_raw']} (want {expect})"
        out.append(entry)
    return out


def analyse_setup(work: str, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for s in steps:
        if s["kind"] not in ("setup", "build"):
            continue
        ok = s["rc"] == 0
        out.append({
            "step": s["name"], "kind": s["kind"], "rc": s["rc_raw"], "seconds": s["seconds"],
            "command": s["command"], "status": "pass" if ok else "FAIL",
            "stderr_tail": "" if ok else tail(work, s["err"]),
        })
    return out


def bad_input_table(work: str, steps: list[dict[str, Any]]) -> list[dict[str, str]]:
    nat = next((s for s in steps if s["kind"] == "correct" and s["name"] == "bad_input" and s["mode"] == "native"), None)
    qua = next((s for s in steps if s["kind"] == "correct" and s["name"] == "bad_input" and s["mode"] == "quanta"), None)
    n_lines = result_lines(work, nat) if nat else []
    q_lines = result_lines(work, qua) if qua else []

    def split(lines: list[str]) -> dict[str, str]:
        d: dict[str, str] = {}
        for ln in lines:
            parts = ln.split(" ", 2)
            if len(parts) >= 2:
                d.setdefault(parts[1], parts[2] if len(parts) > 2 else "")
        return d

    nd, qd = split(n_lines), split(q_lines)
    keys = list(nd) + [k for k in qd if k not in nd]
    return [{"case": k, "native": nd.get(k, "(missing)"), "quanta": qd.get(k, "(missing)"),
             "same": "yes" if nd.get(k) == qd.get(k) else "NO"} for k in keys]


# ----------------------------------------------------------------- output --

def fmt_pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}%"


def fmt_num(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def md_escape(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def build_checks(correct, overhead, cli, setup) -> list[dict[str, str]]:
    checks = []
    bad_setup = [s["step"] for s in setup if s["status"] != "pass"]
    checks.append({"id": "setup", "status": "pass" if not bad_setup else "FAIL",
                   "detail": "all setup and build steps exited 0" if not bad_setup
                   else "failed: " + ", ".join(bad_setup)})
    for c in correct:
        if c["status"] == "pass":
            detail = (f"equal ({c['result_lines']} lines), launches {c['launches']}, "
                      f"allocs {c['allocations']}, unwrapped none")
        else:
            detail = "; ".join(c["reasons"]) or "results differ"
        checks.append({"id": f"correct/{c['workload']}", "status": c["status"], "detail": detail})
    for o in overhead:
        checks.append({"id": f"overhead/{o['workload']}.{o['metric']}", "status": o["status"], "detail": o["detail"]})
    for c in cli:
        checks.append({"id": f"cli/{c['check']}", "status": c["status"], "detail": c["detail"]})
    return checks


def summary_table(checks: list[dict[str, str]], width: int = 110) -> str:
    idw = max([len("check")] + [len(c["id"]) for c in checks])
    lines = [f"{'check':<{idw}}  {'result':<6}  detail", f"{'-' * idw}  ------  {'-' * 40}"]
    for c in checks:
        d = c["detail"]
        room = max(30, width - idw - 10)
        if len(d) > room:
            d = d[:room - 3] + "..."
        lines.append(f"{c['id']:<{idw}}  {c['status']:<6}  {d}")
    return "\n".join(lines)


def distinct_commands(steps: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    seen = set()
    out = []
    for s in steps:
        if s["kind"] == "overhead-truncated":
            continue
        key = (s["name"], s["mode"])
        if key in seen:
            continue
        seen.add(key)
        out.append((s["name"], s["mode"], s["command"]))
    return out


def write_md(path: str, env: dict[str, str], checks, correct, overhead, cli, setup, bad, steps, overall) -> None:
    L: list[str] = []
    a = L.append
    n_fail = sum(1 for c in checks if c["status"] != "pass")
    a("# Quanta GPU harness report")
    a("")
    a(f"- Date (UTC): {env.get('date_utc', 'unknown')}")
    a(f"- Mode: {env.get('mode', '?')} ({env.get('rounds', '?')} overhead rounds, native and Quanta alternating), "
      f"total {env.get('total_seconds', '?')} s")
    a(f"- Overall: **{overall}** ({len(checks) - n_fail} of {len(checks)} checks passed)")
    a("")
    a("## Machine and software")
    a("")
    a("| item | value |")
    a("| --- | --- |")
    for k, label in [("gpu", "GPU (name, driver, memory, bus)"), ("gpu_count", "GPUs visible"),
                     ("driver_cuda", "CUDA version (driver)"), ("nvcc", "nvcc"), ("nvcc_arch", "nvcc -arch"),
                     ("lcuda", "driver library link flags"),
                     ("torch", "PyTorch"), ("jax", "JAX"), ("jaxlib", "jaxlib"), ("cupy", "CuPy"),
                     ("triton", "Triton"), ("numpy", "NumPy"), ("python", "Python"), ("gcc", "gcc"),
                     ("node", "Node.js"), ("kernel", "kernel"), ("cpu", "CPU"), ("nproc", "CPU threads"),
                     ("git_commit", "git commit"), ("git_dirty_files", "uncommitted files")]:
        if k in env:
            a(f"| {label} | {md_escape(env[k])} |")
    a("")
    a("## Summary")
    a("")
    a("| check | result | detail |")
    a("| --- | --- | --- |")
    for c in checks:
        a(f"| {c['id']} | {c['status']} | {md_escape(c['detail'])} |")
    a("")

    a("## 1. Correctness: native vs `quanta run --trace`")
    a("")
    a("Each workload ran once natively and once under `quanta run --trace --trace-out FILE`. "
      "Pass: both exit 0, the `RESULT` lines are identical, the trace counts kernel launches "
      "(`cuLaunch*`) and allocations (`cuMemAlloc*`, `cuMemCreate*`), and no process reports an "
      "unwrapped entry point.")
    a("")
    a("| workload | result | results equal | RESULT lines | launches | allocations | traced processes (with calls) | unwrapped | native s | Quanta s |")
    a("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in correct:
        a(f"| {c['workload']} | {c['status']} | {'yes' if c['results_equal'] else 'NO'} | {c['result_lines']} | "
          f"{c['launches']} | {c['allocations']} | {c['trace_processes']} ({c['trace_processes_with_calls']}) | "
          f"{md_escape(', '.join(c['unwrapped']) or 'none')} | {fmt_num(c['native_seconds'], 2)} | "
          f"{fmt_num(c['quanta_seconds'], 2)} |")
    a("")
    for c in correct:
        keys = ", ".join(f"{k} {v}" for k, v in sorted(c["launch_keys"].items())) or "none"
        akeys = ", ".join(f"{k} {v}" for k, v in sorted(c["alloc_keys"].items())) or "none"
        a(f"- **{c['workload']}**: launches by entry point: {keys}; allocations: {akeys}; "
          f"all calls {c['total_calls']}; processes: {', '.join(c['trace_argv0']) or 'none'}")
        for r in c["reasons"]:
            a(f"  - {md_escape(r)}")
        if c["first_difference"]:
            d = c["first_difference"]
            a(f"  - first difference, RESULT line {d['index']}: native `{md_escape(d['native'])}` vs "
              f"Quanta `{md_escape(d['quanta'])}`")
    a("")
    fails = [c for c in correct if c["status"] != "pass"]
    for c in fails:
        for label, key in (("native", "native_stderr_tail"), ("Quanta", "quanta_stderr_tail")):
            if c[key]:
                a(f"<details><summary>{c['workload']}: {label} stderr (tail)</summary>")
                a("")
                a("```")
                a(c[key])
                a("```")
                a("</details>")
                a("")

    a("## 2. Overhead: native vs `quanta run` (pass-through), alternating")
    a("")
    a("One process per run; rounds alternate the order (native first, then Quanta first, ...). "
      "Each process prints the median of its own repetitions; the table gives the median over rounds. "
      f"Targets: throughput ratio Quanta/native >= {THROUGHPUT_MIN_RATIO}; "
      f"less than {LAUNCH_MAX_ADDED_NS:.0f} ns added per launch. The native spread, (max - min) / median "
      "over rounds, is the noise floor: a difference smaller than it is not a measurement.")
    a("")
    a("| workload | metric | native median | Quanta median | Quanta/native | added | median of per-round ratios (min-max) | native spread | Quanta spread | rounds N/Q | target | result |")
    a("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for o in overhead:
        ratio = o["ratio_of_medians"]
        added = o.get("added_ns")
        pr = o["paired_ratio_median"]
        pr_s = "n/a" if pr is None else f"{pr:.4f} ({o['paired_ratio_min']:.4f}-{o['paired_ratio_max']:.4f})"
        a(f"| {o['workload']} | {o['metric']} | {fmt_num(o['native_median'], 2)} | {fmt_num(o['quanta_median'], 2)} | "
          f"{'n/a' if ratio is None else f'{ratio:.4f}'} | {'' if added is None else f'{added:+.1f} ns'} | {pr_s} | "
          f"{fmt_pct(o['native_spread_pct'])} | {fmt_pct(o['quanta_spread_pct'])} | "
          f"{o['rounds_native']}/{o['rounds_quanta']}{' (stopped at time budget)' if o['truncated'] else ''} | "
          f"{o.get('target', '')} | {o['status']} |")
    a("")
    for o in overhead:
        a(f"- {o['workload']}.{o['metric']} ({o['what']}): native {', '.join(f'{v:.2f}' for v in o['native'])}; "
          f"Quanta {', '.join(f'{v:.2f}' for v in o['quanta'])}"
          + (f"; failed: {'; '.join(o['failed_runs'])}" if o["failed_runs"] else ""))
    a("")

    a("## 3. Bad input")
    a("")
    a("Driver-API calls with invalid ordinals, bogus pointers, missing files and names, impossible "
      "launch shapes; every CUresult printed natively and under Quanta (the `bad_input` row of "
      "section 1 decides pass/fail; this is the case-by-case view).")
    a("")
    if bad:
        a("| case | native | Quanta | same |")
        a("| --- | --- | --- | --- |")
        for b in bad:
            a(f"| {md_escape(b['case'])} | {md_escape(b['native'])} | {md_escape(b['quanta'])} | {b['same']} |")
    else:
        a("(no output)")
    a("")
    a("`quanta run` misuse:")
    a("")
    a("| check | expectation | rc | stderr (first line) | result |")
    a("| --- | --- | --- | --- | --- |")
    for c in cli:
        exp = "non-zero exit and a message" if c["expect"] == "nonzero" else f"exit {c['expect']}"
        a(f"| {md_escape(c['what'])} | {exp} | {c.get('rc')} | {md_escape(c.get('stderr_first_line', ''))} | {c['status']} |")
    a("")

    a("## Setup and builds")
    a("")
    a("| step | rc | seconds | result |")
    a("| --- | --- | --- | --- |")
    for s in setup:
        a(f"| {s['step']} | {s['rc']} | {s['seconds']:.2f} | {s['status']} |")
    a("")
    for s in setup:
        if s["stderr_tail"]:
            a(f"<details><summary>{s['step']} stderr (tail)</summary>")
            a("")
            a("```")
            a(s["stderr_tail"])
            a("```")
            a("</details>")
            a("")

    a("## Commands")
    a("")
    a("Run from the repository root as `bash bench/gpu/run.sh" + (" --quick" if env.get("mode") == "quick" else "")
      + "`. Every step, exactly as executed (overhead rounds repeat the same command):")
    a("")
    a("```")
    for name, mode, cmd in distinct_commands(steps):
        a(f"[{name}{'' if mode == '-' else ' ' + mode}] {cmd}")
    a("```")
    a("")
    a("Environment for every workload: `PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 "
      "CUBLAS_WORKSPACE_CONFIG=:4096:8`; no other settings (JAX runs with its defaults, "
      "memory preallocation included). Raw stdout, stderr and traces of every step: `raw.tar.gz`.")
    a("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", required=True, help="the harness's work folder (steps.tsv, env.txt, raw/)")
    ap.add_argument("--out", required=True, help="where report.md and report.json go")
    args = ap.parse_args()

    steps = read_steps(args.work)
    env = read_env(args.work)
    correct = analyse_correctness(args.work, steps)
    overhead = analyse_overhead(args.work, steps)
    cli = analyse_cli(args.work, steps)
    setup = analyse_setup(args.work, steps)
    bad = bad_input_table(args.work, steps)
    checks = build_checks(correct, overhead, cli, setup)
    n_fail = sum(1 for c in checks if c["status"] != "pass")
    overall = "pass" if n_fail == 0 and steps else "FAIL"
    checks.append({"id": "overall", "status": overall,
                   "detail": f"{len(checks) - n_fail} of {len(checks)} checks passed"})

    os.makedirs(args.out, exist_ok=True)
    report = {
        "schema": "quanta-gpu-report/1",
        "overall": overall,
        "env": env,
        "targets": {"throughput_min_ratio": THROUGHPUT_MIN_RATIO, "launch_max_added_ns": LAUNCH_MAX_ADDED_NS},
        "checks": checks,
        "correctness": correct,
        "overhead": overhead,
        "cli": cli,
        "setup": setup,
        "bad_input_cases": bad,
        "steps": steps,
    }
    with open(os.path.join(args.out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, sort_keys=False)
    write_md(os.path.join(args.out, "report.md"), env, checks[:-1], correct, overhead, cli, setup, bad, steps, overall)

    gpu = env.get("gpu", "unknown GPU")
    print(f"Quanta GPU harness - {env.get('date_utc', '?')} - {gpu} - CUDA {env.get('driver_cuda', '?')} - "
          f"{env.get('mode', '?')} mode, {env.get('total_seconds', '?')} s")
    print(summary_table(checks))
    print(f"report: {os.path.join(args.out, 'report.md')}")
    return 0 if overall == "pass" else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # noqa: BLE001 - exit 3 tells run.sh the report itself broke
        import traceback
        traceback.print_exc()
        sys.exit(3)
