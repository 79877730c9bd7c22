"""The serve workload of scripts/bench (issue 19): `newsdex serve` under load beside `newsdex batch`, in one run.

On one index of a corpus (Reuters-21578 in scripts/bench) and its bench query set (1,031 queries):
  1. batch     `newsdex batch --threads T` over the queries twice; each query's own search time ("elapsed_ms",
               measured on its worker) from the second, warm pass: p50, p99, mean.
  2. load      a fresh `newsdex serve --threads T`; one untimed pass of the queries (1 client), then for each
               client count, --serve-requests GET /api/search?q=QUERY by wrk (the queries in turn, keep-alive,
               2 wrk threads): latency p50/p99 at the client, errors (connect, read, write, timeout, non-2xx),
               and the server's own search time of every response ("elapsed_ms").
  Steps 1 and 2 run --repeat times, alternating; the report holds each run and the medians.
  3. page      a fresh server: headless Chromium loads the page --page-loads times (page_load.py: Navigation
               Timing, the cache emptied before each load, first render of results).
  4. memory    the same server: RSS (VmRSS) before any request, then after each round of 10,000 requests (8
               clients), half of them plain searches and half the page's own search (six facets), to
               --serve-rss-requests in all.
Everything here is opt-in (`scripts/bench --workloads serve`); scripts/test never runs it.
"""
import glob
import heapq
import json
import os
import re
import signal
import statistics
import subprocess
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
LUA = os.path.join(HERE, "queries.lua")
PAGE_LOAD = os.path.join(HERE, "page_load.py")
# What web/app.js asks for a search page (FACETS, 'facet-limit' 8, PAGE_SIZE 10).
PAGE_SEARCH = "&limit=10&facet=person,org,place,source,category,language&facet-limit=8"
WRK_THREADS = 2
RSS_ROUND = 10000
TARGET_P99_RATIO = 1.3
TARGET_PAGE_MS = 300


def percentile(values, p):
    """Nearest rank, as ../shared/bench does."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


class Server:
    """`newsdex serve` on a free port; stopped with SIGTERM."""

    def __init__(self, newsdex, index, threads, work, log):
        self.out = open(os.path.join(work, "serve.out"), "w+")
        self.err_path = os.path.join(work, "serve.err")
        cmd = [newsdex, "serve", "--index", index, "--port", "0", "--threads", str(threads)]
        log("+ " + " ".join(cmd))
        self.proc = subprocess.Popen(cmd, stdout=self.out, stderr=open(self.err_path, "w"))
        self.url = None
        for _ in range(600):
            self.out.seek(0)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", self.out.read())
            if m:
                self.url = f"http://127.0.0.1:{m.group(1)}"
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError("newsdex serve did not start: " + open(self.err_path).read())

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            kb = int(re.search(r"VmRSS:\s+(\d+) kB", f.read()).group(1))
        return round(kb / 1024, 1)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.stop()


def wrk(url, paths, clients, total, work, log):
    """`total` requests by wrk at `clients` connections; its JSON line plus the server's search times."""
    threads = min(WRK_THREADS, clients)
    prefix = os.path.join(work, "wrk-done")
    for path in glob.glob(prefix + ".*"):
        os.remove(path)
    cmd = ["wrk", f"-t{threads}", f"-c{clients}", "-d3600s", "--timeout", "10s", "-s", LUA, url, "--", paths,
           str(-(-total // threads)), prefix]
    log("+ " + " ".join(cmd))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    while len(glob.glob(prefix + ".*")) < threads and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.1)  # the last file is opened before it is written
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate()
    result = json.loads(out.strip().splitlines()[-1])
    elapsed = []
    for path in glob.glob(prefix + ".*"):
        with open(path) as f:
            elapsed += [float(v) for v in f.read().split() if v != "-"]
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "timeout", "non2xx"))
    result["req_per_s"] = round(result["requests"] / (result["duration_us"] / 1e6), 1)
    result["server_p50_ms"] = percentile(elapsed, 50)
    result["server_p99_ms"] = percentile(elapsed, 99)
    return result


def queueing_floor(service_ms, clients, workers, requests):
    """p99 latency of an ideal server (no overhead, `workers` searches at once, first come first served) under
    `clients` closed-loop clients sending the queries in turn, each query taking its batch search time: what
    queueing alone costs, the floor for any server with that many search threads."""
    free = [0.0] * workers
    senders = [(0.0, c) for c in range(clients)]
    latencies = []
    for i in range(requests):
        sent, client = heapq.heappop(senders)
        start = max(sent, heapq.heappop(free))
        end = start + service_ms[i % len(service_ms)]
        heapq.heappush(free, end)
        heapq.heappush(senders, (end, client))
        latencies.append(end - sent)
    return percentile(latencies, 99)


def run_batch(newsdex, index, queries, threads, work, log):
    """`newsdex batch --threads T` over the queries twice; figures of the second (warm) pass."""
    twice = os.path.join(work, "batch-twice.tsv")
    with open(queries) as f, open(twice, "w") as w:
        lines = [line.rstrip("\n").split("\t", 1) for line in f if line.strip()]
        for suffix in ("cold", "warm"):
            for qid, query in lines:
                w.write(f"{qid}-{suffix}\t{query}\n")
    cmd = [newsdex, "batch", twice, "--index", index, "--threads", str(threads)]
    log("+ " + " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"batch exited {proc.returncode}: {proc.stderr}")
    warm, errors = [], 0
    for line in proc.stdout.splitlines():
        o = json.loads(line)
        if not o["id"].endswith("-warm"):
            continue
        if "error" in o:
            errors += 1
        else:
            warm.append(o["elapsed_ms"])
    return {"queries": len(warm) + errors, "errors": errors, "p50_ms": percentile(warm, 50),
            "p99_ms": percentile(warm, 99), "mean_ms": round(statistics.mean(warm), 3) if warm else None,
            "service_ms": warm}


def path_files(queries, work):
    """The plain searches, and the memory round's mix of plain and page searches."""
    plain, mixed = os.path.join(work, "paths-plain.txt"), os.path.join(work, "paths-mixed.txt")
    with open(queries) as f, open(plain, "w") as p, open(mixed, "w") as m:
        for i, line in enumerate(f):
            if not line.strip():
                continue
            q = urllib.parse.quote(line.rstrip("\n").split("\t", 1)[1], safe="")
            p.write(f"/api/search?q={q}\n")
            m.write(f"/api/search?q={q}" + (PAGE_SEARCH if i % 2 else "") + "\n")
    return plain, mixed


def ensure_index(newsdex, corpus, index, threads, log):
    if os.path.isdir(index):
        log(f"serve: reusing {index} (delete it to ingest again)")
        return
    cmd = [newsdex, "ingest", "--quiet", "--threads", str(threads), "--index", index, corpus]
    log("+ " + " ".join(cmd))
    rc = subprocess.run(cmd).returncode
    if rc not in (0, 1):  # 1: some article skipped (Reuters-21578 has one with neither title nor body)
        raise RuntimeError(f"ingest exited {rc}")


def run(newsdex, corpus, queries, out, settings, log):
    """The whole workload; writes and returns out/serve.json's content."""
    os.makedirs(out, exist_ok=True)
    index = os.path.join(out, "index")
    ensure_index(newsdex, corpus, index, settings["threads"], log)
    load_before = os.getloadavg()[0]
    plain, mixed = path_files(queries, out)
    n_queries = sum(1 for line in open(queries) if line.strip())
    runs = []
    for r in range(settings["repeat"]):
        log(f"serve: run {r + 1} of {settings['repeat']}")
        one = {"batch": run_batch(newsdex, index, queries, settings["threads"], out, log), "load": {}}
        with Server(newsdex, index, settings["threads"], out, log) as server:
            wrk(server.url, plain, 1, n_queries, out, log)  # warm-up, untimed
            for clients in settings["clients"]:
                load = wrk(server.url, plain, clients, settings["requests"], out, log)
                load["floor_p99_ms"] = queueing_floor(one["batch"]["service_ms"], clients, settings["threads"],
                                                      settings["requests"])
                one["load"][str(clients)] = load
        runs.append(one)
    with Server(newsdex, index, settings["threads"], out, log) as server:
        memory = {"rss_mb": [(0, server.rss_mb())]}
        page = None
        if settings["page_loads"] > 0:
            proc = subprocess.run(["/usr/bin/python3", PAGE_LOAD, server.url + "/", "--loads",
                                   str(settings["page_loads"])], capture_output=True, text=True)
            page = json.loads(proc.stdout) if proc.returncode == 0 else {"error": (proc.stdout + proc.stderr)[-500:]}
        memory["rss_mb"].append((0, server.rss_mb()))
        done, errors = 0, 0
        while done < settings["rss_requests"]:
            res = wrk(server.url, mixed, 8, min(RSS_ROUND, settings["rss_requests"] - done), out, log)
            done += res["requests"]
            errors += res["errors"]
            memory["rss_mb"].append((done, server.rss_mb()))
        memory["requests"], memory["errors"] = done, errors
    result = {"corpus": corpus, "queries": queries, "n_queries": n_queries, "settings": settings, "runs": runs,
              "page": page, "memory": memory, "loadavg": [load_before, os.getloadavg()[0]],
              "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    with open(os.path.join(out, "serve.json"), "w") as f:
        json.dump(result, f, indent=1)
    return result


# ---- the report ------------------------------------------------------------------------------------------

def fmt(v, digits=1):
    return "-" if v is None else f"{v:,.{digits}f}"


def section(res, command):
    """Markdown for docs/performance.md."""
    s = res["settings"]
    runs = res["runs"]
    lines = [f"Written by `{command}` on {res['when']}. Data: `{os.path.basename(res['corpus'])}` (Reuters-21578, "
             f"21,578 articles), the bench's {res['n_queries']:,} queries (`{os.path.basename(res['queries'])}`: "
             "../shared/bench/make-queries --n 1000 --seed 42, with the 31 human queries), each query's default "
             "search (10 hits, snippets, spelling). batch: `newsdex batch --threads "
             f"{s['threads']}` over the queries twice, each query's search time on its worker (\"elapsed_ms\") in "
             f"the second pass. serve: `newsdex serve --threads {s['threads']}` after one untimed pass, "
             f"{s['requests']:,} requests per client count by wrk (keep-alive, {WRK_THREADS} wrk threads on the "
             "same 2 cores), latency at the client; server-side = the responses' own \"elapsed_ms\"; floor = the "
             f"p99 of an ideal server with {s['threads']} search threads and no overhead under the same clients, "
             "simulated from batch's search times (queueing alone)."
             + (f" Machine load (1-minute average) {res['loadavg'][0]:.1f} at the start, {res['loadavg'][1]:.1f} at "
                "the end; nothing else should run." if "loadavg" in res else ""), "",
             "| run | clients | batch p50 / p99 ms | serve p50 / p99 ms | serve p99 ÷ batch p99 | server-side p99 ms | "
             "floor p99 ms (÷ batch) | req/s | errors |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def with_ratios(b, lo):
        return dict(lo, ratio=lo["p99_us"] / 1000 / b["p99_ms"], floor_ratio=lo["floor_p99_ms"] / b["p99_ms"])

    def row(name, b, c, lo):
        return (f"| {name} | {c} | {fmt(b['p50_ms'], 2)} / {fmt(b['p99_ms'], 2)} | "
                f"{fmt(lo['p50_us'] / 1000, 2)} / {fmt(lo['p99_us'] / 1000, 2)} | **{lo['ratio']:.2f}×** | "
                f"{fmt(lo['server_p99_ms'], 2)} | {fmt(lo['floor_p99_ms'], 2)} ({lo['floor_ratio']:.2f}×) | "
                f"{fmt(lo['req_per_s'], 0)} | {lo['errors']} of {lo['requests']:,} |")

    for i, one in enumerate(runs):
        for c in s["clients"]:
            lines.append(row(str(i + 1), one["batch"], c, with_ratios(one["batch"], one["load"][str(c)])))
    if len(runs) > 1:
        # Each cell the median over runs; the ratios are the medians of the runs' ratios.
        med_b = {k: median([o["batch"][k] for o in runs]) for k in ("p50_ms", "p99_ms")}
        for c in s["clients"]:
            loads = [with_ratios(o["batch"], o["load"][str(c)]) for o in runs]
            med = {k: median([lo[k] for lo in loads])
                   for k in ("p50_us", "p99_us", "req_per_s", "server_p99_ms", "floor_p99_ms", "ratio", "floor_ratio")}
            med["errors"] = sum(lo["errors"] for lo in loads)
            med["requests"] = sum(lo["requests"] for lo in loads)
            lines.append(row("median", med_b, c, med))
    ratios = {c: median([with_ratios(o["batch"], o["load"][str(c)])["ratio"] for o in runs]) for c in s["clients"]}
    lines += ["", "Median of the runs' ratios, serve p99 ÷ batch p99: " + "; ".join(
        f"{c} clients {ratios[c]:.2f}×" for c in s["clients"]) + f" (target at 8 clients: within {TARGET_P99_RATIO}×)."]
    page = res.get("page")
    if page and "loads" in page:
        ready = [p["ready_ms"] for p in page["loads"]]
        load = [p["load_ms"] for p in page["loads"]]
        lines += ["", f"Page first load (headless Chromium, Navigation Timing, cache emptied before each of "
                      f"{len(ready)} loads, a fresh server): first render of results "
                      f"{', '.join(fmt(v, 0) for v in ready)} ms (median {fmt(median(ready), 0)} ms; the first is "
                      f"also the new browser's first page); load event median {fmt(median(load), 0)} ms. "
                      f"Target: under {TARGET_PAGE_MS} ms."]
    elif page:
        lines += ["", f"Page load not measured: {page.get('error', '?')}"]
    mem = res["memory"]
    rss = mem["rss_mb"]
    lines += ["", f"Server memory over {mem['requests']:,} requests (8 clients; half plain searches, half the page's "
                  f"search with six facets), errors {mem['errors']}: RSS {fmt(rss[0][1])} MB at start, "
                  f"{fmt(rss[1][1])} MB after the page loads, then after each {RSS_ROUND:,}: "
                  + ", ".join(fmt(v) for _, v in rss[2:]) + " MB."]
    return "\n".join(lines) + "\n"
