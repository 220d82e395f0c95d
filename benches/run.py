#!/usr/bin/env python3
"""Whole-process benchmarks of `leaflet build`, with the targets beside them.

    python3 benches/run.py            # after `cargo build --release`

Prints, for the shipped default set (4 locales) and for a 400-leaflet batch
(100 generated offices x 4 locales): CPU time (user + system), wall time,
peak memory and bytes per leaflet; the batch's scaling from 1 to 2 threads;
and the watch latency from saving an .ftl file to the rebuilt PDF on disk.
Each figure is the median of several runs. Both print-file settings are
measured: the FOGRA39 profile embedded (the shipped default) and named only
(`embed_profile = false`).
"""
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "leaflet"


def project_copy(embed_profile):
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="leaflet-bench-"))
    for name in ["layouts", "locales", "fonts", "icons"]:
        shutil.copytree(ROOT / name, tmp / name)
    for name in ["links.toml", "office.toml"]:
        shutil.copy(ROOT / name, tmp / name)
    layout = tmp / "layouts" / "trifold-a4.toml"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(
        text.replace("embed_profile = true", f"embed_profile = {'true' if embed_profile else 'false'}"),
        encoding="utf-8",
    )
    rows = ["id,level,district,province,phone,phone_tel,portal,zalo"]
    rows += [
        f"office-{n:03},commune,Thử Nghiệm {n},Gia Lai,(0000) 000 {n:03},+84000000{n:03},https://example.com/office-{n},"
        for n in range(1, 101)
    ]
    (tmp / "offices.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp


def run(args, cwd, runs, env=None, check=True):
    """Median CPU ms, wall ms, max peak RSS MB over `runs` runs."""
    cpu, wall, rss = [], [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # wait4 gives this child's own peak memory.
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall.append((time.perf_counter() - start) * 1000)
        # `check` exits 1 when it finds errors, as it should here.
        if check and os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"bench: {' '.join(map(str, args))} failed")
        cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
        rss.append(usage.ru_maxrss / 1024)
        del before
    return statistics.median(cpu), statistics.median(wall), max(rss)


def pdf_sizes(out):
    files = [p for p in out.rglob("*.pdf")]
    return len(files), sum(p.stat().st_size for p in files)


def watch_latency(project, samples=8):
    """ms from saving an .ftl file to the rebuilt PDF being on disk."""
    out = project / "watch-out"
    proc = subprocess.Popen(
        [BIN, "--project", project, "watch", "--locale", "en", "--out", out],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pdf = out / "trifold-a4" / "en.pdf"
    ftl = project / "locales" / "en" / "leaflet.ftl"
    original = ftl.read_text(encoding="utf-8")
    latencies = []
    try:
        deadline = time.time() + 30
        while not pdf.exists() and time.time() < deadline:
            time.sleep(0.01)
        time.sleep(0.5)
        for i in range(samples):
            # The PDF counts as rebuilt when its bytes change (files are
            # replaced atomically, so a changed file is a complete one).
            before = pdf.read_bytes()
            saved = time.perf_counter()
            ftl.write_text(original.replace("cover-title = ONLINE PUBLIC SERVICES", f"cover-title = ONLINE SERVICES {i}"), encoding="utf-8")
            while pdf.read_bytes() == before:
                if time.perf_counter() - saved > 10:
                    raise SystemExit("bench: watch did not rebuild")
                time.sleep(0.001)
            latencies.append((time.perf_counter() - saved) * 1000)
            time.sleep(0.6)
    finally:
        proc.kill()
        ftl.write_text(original, encoding="utf-8")
    return statistics.median(latencies)


def large_catalogue(messages=35000):
    """A project whose vi and en files hold `messages` more messages: en
    lacks every 7th, and every 100th has lost its variable (a finding)."""
    project = project_copy(True)
    vi, en = ["", "## Benchmark messages"], ["", "## Benchmark messages"]
    for n in range(messages):
        vi.append(f"bench-{n} = Dòng thử nghiệm số {n} của huyện {{ $district }}")
        if n % 100 == 0:
            en.append(f"bench-{n} = Test line {n} of the district")
        elif n % 7:
            en.append(f"bench-{n} = Test line {n} of {{ $district }} district")
    for code, lines in (("vi", vi), ("en", en)):
        ftl = project / "locales" / code / "leaflet.ftl"
        ftl.write_text(ftl.read_text(encoding="utf-8") + "\n".join(lines) + "\n", encoding="utf-8")
    return project


def main():
    if not BIN.exists():
        sys.exit("bench: build first: cargo build --release")
    print(f"machine: {os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}")
    print(f"{'measure':<44} {'figure':>14}   target")
    for embed in (True, False):
        project = project_copy(embed)
        label = "profile embedded" if embed else "profile named"
        out = project / "out"
        cpu, wall, rss = run([BIN, "build", "--out", out], project, 31)
        n, size = pdf_sizes(out)
        print(f"{'default set (' + label + '): CPU':<44} {cpu:>11.1f} ms   <= 25 ms")
        print(f"{'default set: wall':<44} {wall:>11.1f} ms")
        print(f"{'default set: peak memory':<44} {rss:>11.1f} MB")
        print(f"{'default set: bytes per leaflet':<44} {size / n / 1024:>11.1f} KB   <= 30 KB")
        batch = project / "batch"
        env1 = dict(os.environ, RAYON_NUM_THREADS="1")
        cpu2, wall2, rss2 = run([BIN, "build", "--variants", "offices.csv", "--out", batch], project, 3)
        n, size = pdf_sizes(batch)
        cpu1, wall1, _ = run([BIN, "build", "--variants", "offices.csv", "--out", batch], project, 3, env1)
        print(f"{'400-leaflet batch (' + label + '): CPU/leaflet':<44} {cpu2 / n:>11.2f} ms   <= 4 ms")
        print(f"{'batch: wall, 2 threads':<44} {wall2 / 1000:>11.2f} s")
        print(f"{'batch: speed-up 1 -> 2 threads':<44} {wall1 / wall2:>11.2f} x    >= 1.67 x (1.2x of linear)")
        print(f"{'batch: peak memory':<44} {rss2:>11.1f} MB   <= 150 MB")
        print(f"{'batch: bytes per leaflet':<44} {size / n / 1024:>11.1f} KB   <= 30 KB")
        if embed:
            print(f"{'watch: save .ftl -> PDF on disk':<44} {watch_latency(project):>11.1f} ms   <= 50 ms")
        shutil.rmtree(project)
    project = large_catalogue()
    for command in (["check"], ["status"], ["check", "--format", "json"], ["status", "--format", "json"]):
        cpu, wall, rss = run([BIN, *command], project, 5, check=False)
        label = f"35,000 messages: {' '.join(command)}: CPU"
        print(f"{label:<44} {cpu:>11.1f} ms   < 1000 ms (wall {wall:.0f} ms, {rss:.0f} MB)")
    shutil.rmtree(project)


if __name__ == "__main__":
    main()
