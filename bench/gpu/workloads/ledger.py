"""The daemon's ledger and NVML's per-process figures, for the vGPU memory harness.

  ledger.py ps SOCKET                      one `ps` answer as JSON (the daemon's protocol)
  ledger.py wait-used SOCKET VGPU BYTES T  polls every 10 ms until vGPU VGPU uses at most
                                           BYTES on its first GPU; prints the wait in ms
                                           (or "timeout" after T seconds)
  ledger.py snapshot SOCKET                the ledger's per-process usage beside NVML's
                                           (nvidia-smi --query-compute-apps), as JSON
Talks to the daemon's Unix socket directly (no Node start-up per poll), so a wait is
measured to about 10 ms."""
import json
import socket
import subprocess
import sys
import time


def ps(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    s.sendall(b'{"v":1,"id":1,"op":"ps"}\n')
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk:
            break
        buf += chunk
    s.close()
    return json.loads(buf)


def nvml_apps():
    try:
        out = subprocess.run(["nvidia-smi", "--query-compute-apps=pid,used_memory", "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:  # no driver tools here: no figures
        return {}
    apps = {}
    for line in out.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            apps[int(parts[0])] = int(parts[1]) * 2**20
    return apps


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "ps":
        print(json.dumps(ps(path)))
    elif cmd == "wait-used":
        name, limit, timeout = sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            v = next((v for v in ps(path)["vgpus"] if v["name"] == name), None)
            if v is not None and v["gpus"][0]["used"] <= limit:
                print(f"{(time.monotonic() - t0) * 1000:.0f}")
                return
            time.sleep(0.01)
        print("timeout")
    elif cmd == "snapshot":
        apps = nvml_apps()
        rows = []
        for v in ps(path)["vgpus"]:
            for p in v["processes"]:
                rows.append({"vgpu": v["name"], "pid": p["pid"], "ledger": p["used"][0], "nvml": apps.get(p["pid"])})
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
