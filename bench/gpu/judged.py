"""What the GPU harnesses' judges share (memory_report.py, compute_report.py): reading a
run's raw outputs, recording checks against targets, and writing the judged table as
<stem>-report.md and <stem>-report.json."""
import argparse
import json
import re
from pathlib import Path


def raw_and_out() -> tuple[Path, Path]:
    """The judge's command line: --raw RAW (the harness's raw folder) --out OUT."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    return Path(a.raw), Path(a.out)


class JudgedReport:
    def __init__(self, raw: Path):
        self.raw = raw
        self.rows = []

    def text(self, name: str) -> str:
        p = self.raw / name
        return p.read_text(errors="replace") if p.exists() else ""

    def value(self, name: str, key: str, tag: str = "RESULT"):
        """The number on the line `<tag> <key> <number>` of <name>.out, or None (the
        workloads print RESULT lines, the C microbenchmarks METRIC lines)."""
        m = re.search(rf"^{tag} {re.escape(key)} (\S+)", self.text(f"{name}.out"), re.M)
        return float(m.group(1)) if m else None

    def check(self, area: str, what: str, value, target: str, ok):
        """ok None: shown for information, not judged."""
        self.rows.append({"area": area, "check": what, "value": value, "target": target, "pass": None if ok is None else bool(ok)})

    def write(self, out: Path, stem: str, title: str, note: str = "", extra: dict | None = None) -> int:
        """Writes the table (and prints it); returns the exit status: 0 if every judged check passed."""
        out.mkdir(parents=True, exist_ok=True)
        env = self.text("env.txt").strip()
        judged = [x for x in self.rows if x["pass"] is not None]
        passed = sum(x["pass"] for x in judged)
        lines = [f"# {title}", "", "```", env, "```", "",
                 f"{passed} of {len(judged)} judged checks passed ({len(self.rows) - len(judged)} shown for information).{note}", "",
                 "| area | check | value | target | result |", "|---|---|---|---|---|"]
        lines += [f"| {x['area']} | {x['check']} | {x['value']} | {x['target']} | {'info' if x['pass'] is None else 'PASS' if x['pass'] else 'FAIL'} |" for x in self.rows]
        (out / f"{stem}-report.md").write_text("\n".join(lines) + "\n")
        (out / f"{stem}-report.json").write_text(json.dumps({"env": env, "checks": self.rows, **(extra or {})}, indent=1) + "\n")
        print("\n".join(lines))
        return 0 if passed == len(judged) else 1
