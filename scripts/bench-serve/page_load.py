#!/usr/bin/python3
"""The first load of `newsdex serve`'s page in headless Chromium, by Navigation Timing: N loads in one browser,
its cache emptied before each, timed from navigation start to the first render of results (the page's
performance.mark 'newsdex-ready', set when the first search has been drawn) and to the load event. The first
load is also the new browser's first page (renderer start-up included).

usage: page_load.py URL [--loads N]
Prints one JSON object: {"loads": [{"ready_ms", "load_ms", "response_ms"}, ...]}. Exits 77 when Chromium, its
driver or Selenium is missing (as tests/browser/browser_test.py does)."""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "browser"))
import browser_test  # noqa: E402  (make_driver, the installed-or-skip checks)

READY_JS = """
const ready = performance.getEntriesByName('newsdex-ready');
const nav = performance.getEntriesByType('navigation')[0];
return ready.length && nav && nav.loadEventEnd > 0
    ? {ready_ms: ready[0].startTime, load_ms: nav.loadEventEnd, response_ms: nav.responseEnd} : null;
"""


def timed_load(driver, url, timeout=30):
    driver.get("about:blank")
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(url)
    deadline = time.time() + timeout
    while time.time() < deadline:
        timing = driver.execute_script(READY_JS)
        if timing:
            return {k: round(v, 1) for k, v in timing.items()}
        time.sleep(0.05)
    raise RuntimeError(f"{url}: the page did not render within {timeout} s")


def loads(url, n, work):
    """n loads in one browser, its cache emptied before each; the first is also the browser's first page."""
    driver = browser_test.make_driver(os.path.join(work, "profile"))
    try:
        driver.set_page_load_timeout(30)
        return [timed_load(driver, url) for _ in range(n)]
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    for path in (browser_test.CHROMIUM, browser_test.DRIVER):
        if not os.path.exists(path):
            browser_test.skip(f"{path} is not installed (scripts/install-deps installs it)")
    work = tempfile.mkdtemp(prefix="newsdex-page-load-")
    try:
        print(json.dumps({"loads": loads(args.url, args.loads, work)}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
