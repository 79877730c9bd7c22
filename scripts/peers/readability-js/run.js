// Readability.js peer for scripts/eval-html: reads NAME<TAB>PATH lines (HTML, gzip allowed) on stdin, writes one
// JSON object per page ({id, title, byline, published, site, lang, body}) and, on stderr, the extraction seconds
// (wall) and CPU seconds (user + system, the process's threads together).
const fs = require("fs");
const zlib = require("zlib");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const lines = fs.readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
const pages = lines.map((l) => {
  const [id, path] = l.split("\t");
  let bytes = fs.readFileSync(path);
  if (path.endsWith(".gz")) bytes = zlib.gunzipSync(bytes);
  return { id, html: bytes.toString("utf8") };
});
let seconds = 0;
let cpuMicros = 0;
for (const page of pages) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let article = null;
  try {
    const dom = new JSDOM(page.html, { url: "http://fakehost/test/" + page.id + "/" });
    article = new Readability(dom.window.document).parse();
  } catch (e) {
    article = null;
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  cpuMicros += cpu.user + cpu.system;
  const body = article && article.textContent ? article.textContent : "";
  process.stdout.write(JSON.stringify({
    id: page.id, title: article ? article.title : "", byline: article ? article.byline : "",
    published: article ? article.publishedTime : "", site: article ? article.siteName : "",
    lang: article ? article.lang : "", body,
  }) + "\n");
}
process.stderr.write("seconds " + seconds + "\ncpu_seconds " + cpuMicros / 1e6 + "\n");
