// newsdex's page: the URL holds the whole state; every value from the index goes into the page as text
// (textContent, never innerHTML), so hostile headlines and bodies show as written and never run.
'use strict';

const FACETS = ['person', 'org', 'place', 'source', 'category', 'language'];
const PAGE_SIZE = 10;
const $ = (id) => document.getElementById(id);

// ---- state <-> URL -------------------------------------------------------------------------------------
function readState() {
  const p = new URLSearchParams(location.search);
  const s = { q: p.get('q') || '', sort: p.get('sort') || 'relevance', collapse: p.get('collapse') === '1',
              page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), from: p.get('from') || '',
              to: p.get('to') || '', article: p.get('article') || '', filters: {} };
  for (const f of FACETS) s.filters[f] = p.getAll(f);
  return s;
}

function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.collapse) p.set('collapse', '1');
  if (s.page > 1) p.set('page', String(s.page));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const f of FACETS) for (const v of s.filters[f]) p.append(f, v);
  if (s.article) p.set('article', s.article);
  const qs = p.toString();
  return qs ? '/?' + qs : '/';
}

function go(change) {
  const s = Object.assign(readState(), change);
  if (!('page' in change)) s.page = 1;
  if (!('article' in change)) s.article = '';
  history.pushState(null, '', stateUrl(s));
  render();
}

// ---- helpers -------------------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path, params) {
  // %20 for spaces, never '+': cpp-httplib 0.11 reads '+' in a parameter as a plus (a must-clause).
  const query = params ? [...params].map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&') : '';
  const url = path + (query ? '?' + query : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw Object.assign(new Error(body.error ? body.error.message : res.statusText), { body, status: res.status });
  return body;
}

// Byte offsets (UTF-8, as the API gives them) -> pieces of text, with `wrap` making nodes of the marked ones.
function markedText(text, marks, wrap) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > bytes.length) continue;
    if (m.start > at) out.push(document.createTextNode(dec.decode(bytes.subarray(at, m.start))));
    out.push(wrap(dec.decode(bytes.subarray(m.start, m.end)), m));
    at = m.end;
  }
  if (at < bytes.length) out.push(document.createTextNode(dec.decode(bytes.subarray(at))));
  return out;
}

function searchLink(label, query, cls) {
  const a = el('a', { href: stateUrl({ q: query, sort: 'relevance', collapse: false, page: 1, from: '', to: '',
                                       article: '', filters: Object.fromEntries(FACETS.map((f) => [f, []])) }) }, label);
  if (cls) a.className = cls;
  a.addEventListener('click', (e) => { e.preventDefault(); history.pushState(null, '', a.getAttribute('href')); render(); });
  return a;
}

function showError(err, query) {
  const box = $('error');
  box.replaceChildren(el('div', {}, err.message));
  const column = err.body && err.body.error && err.body.error.column;
  if (column && query) {
    box.append(el('pre', {}, query + '\n' + ' '.repeat(column - 1) + '^'));
  }
  box.hidden = false;
}

// ---- search view ---------------------------------------------------------------------------------------
function searchParams(s, extra) {
  const p = new URLSearchParams();
  p.set('q', s.q);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.collapse) p.set('collapse', '1');
  for (const f of FACETS) for (const v of s.filters[f]) p.append(f, v);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

function renderChips(s) {
  const chips = [];
  const chip = (label, change) => el('span', { class: 'chip' }, label,
    el('button', { type: 'button', 'aria-label': 'remove ' + label, onclick: () => go(change) }, '\u00d7'));
  for (const f of FACETS) {
    for (const v of s.filters[f]) {
      chips.push(chip(f + ': ' + v, { filters: { ...s.filters, [f]: s.filters[f].filter((x) => x !== v) } }));
    }
  }
  if (s.from || s.to) chips.push(chip('date: ' + (s.from || '…') + ' to ' + (s.to || '…'), { from: '', to: '' }));
  $('chips').replaceChildren(...chips);
}

function renderFacets(s, facets) {
  const boxes = [];
  for (const f of FACETS) {
    const values = (facets[f] || []).filter((v) => !s.filters[f].includes(v.value));
    if (!values.length) continue;
    const list = el('ul', {});
    for (const v of values) {
      const add = () => go({ filters: { ...s.filters, [f]: [...s.filters[f], v.value] } });
      list.append(el('li', {}, el('button', { type: 'button', class: 'facet-value', 'data-facet': f, onclick: add },
        el('span', { class: 'value' }, v.value), el('span', { class: 'count' }, v.count))));
    }
    boxes.push(el('section', { class: 'facet', 'data-facet': f }, el('h3', {}, f), list));
  }
  $('facets').replaceChildren(...boxes);
}

function renderHit(hit) {
  const snippet = el('p', { class: 'snippet' },
    ...markedText(hit.snippet.text, hit.snippet.highlights.map(([start, end]) => ({ start, end })),
                  (text) => el('mark', {}, text)));
  const title = el('a', { href: '#', class: 'title' }, hit.title || '(no headline)');
  title.setAttribute('href', stateUrl(Object.assign(readState(), { article: hit.id })));
  title.addEventListener('click', (e) => { e.preventDefault(); go({ article: hit.id, page: readState().page }); });
  const meta = el('div', { class: 'meta' }, hit.source || '', hit.source ? ' · ' : '', hit.date || 'no date');
  if (hit.duplicates) meta.append(' · +' + hit.duplicates + ' near-duplicates');
  return el('li', { class: 'hit' }, el('h2', {}, title), meta, snippet);
}

function renderPages(s, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), 1000);
  const nav = [];
  const link = (n, label) => el('button', { type: 'button', class: n === s.page ? 'current' : '',
                                            onclick: () => go({ page: n }) }, label);
  if (s.page > 1) nav.push(link(s.page - 1, '‹ previous'));
  for (let n = Math.max(1, s.page - 3); n <= Math.min(pages, s.page + 3); ++n) nav.push(link(n, String(n)));
  if (s.page < pages) nav.push(link(s.page + 1, 'next ›'));
  $('pages').replaceChildren(...(pages > 1 ? nav : []));
}

async function renderSearch(s) {
  const params = searchParams(s, { limit: PAGE_SIZE, offset: (s.page - 1) * PAGE_SIZE,
                                   facet: FACETS.join(','), 'facet-limit': 8 });
  if (s.from) params.set('from', s.from);
  if (s.to) params.set('to', s.to);
  // The timeline counts over every date, so the selection can be seen and changed.
  const timelineParams = searchParams(s, { limit: 0, facet: 'month', 'facet-limit': 0 });
  const [result, timeline] = await Promise.all([api('/api/search', params), api('/api/search', timelineParams)]);
  const total = result.total;
  $('summary').textContent = (result.total_exact ? '' : 'about ') + total + (total === 1 ? ' match' : ' matches') +
    (result.suggestion ? '' : '');
  if (result.suggestion) {
    $('summary').append(' · did you mean ', searchLink(result.suggestion, result.suggestion, 'suggestion'), '?');
  }
  $('results').replaceChildren(...result.hits.map(renderHit));
  renderFacets(s, result.facets);
  renderTimeline(s, timeline.facets.month || []);
  renderPages(s, total);
}

// ---- timeline: bars per month; drag across it to choose a range ----------------------------------------
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(y + '-' + String(m).padStart(2, '0'));
    if (++m > 12) { m = 1; ++y; }
  }
  return out;
}

function renderTimeline(s, months) {
  const box = $('timeline');
  const counts = new Map(months.map((v) => [v.value.slice(0, 7), v.count]));
  const keys = [...counts.keys()].sort();
  if (keys.length < 2) { box.replaceChildren(); return; }
  const all = monthsBetween(keys[0], keys[keys.length - 1]);
  const max = Math.max(...counts.values());
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${all.length} 40`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.id = 'timeline-svg';
  all.forEach((month, i) => {
    const n = counts.get(month) || 0;
    const h = n ? Math.max(1, 38 * n / max) : 0;
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', i + 0.1); bar.setAttribute('width', 0.8);
    bar.setAttribute('y', 40 - h); bar.setAttribute('height', h);
    const inRange = (!s.from || month >= s.from.slice(0, 7)) && (!s.to || month <= s.to.slice(0, 7));
    bar.setAttribute('class', inRange && (s.from || s.to) ? 'bar selected' : 'bar');
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = month + ': ' + n;
    bar.append(tip);
    svg.append(bar);
  });
  const band = document.createElementNS(ns, 'rect');
  band.setAttribute('class', 'band'); band.setAttribute('y', 0); band.setAttribute('height', 40);
  band.setAttribute('width', 0);
  svg.append(band);
  const at = (e) => {
    const r = svg.getBoundingClientRect();
    return Math.min(all.length - 1, Math.max(0, Math.floor((e.clientX - r.left) / r.width * all.length)));
  };
  let start = null;
  const show = (a, b) => { band.setAttribute('x', Math.min(a, b)); band.setAttribute('width', Math.abs(b - a) + 1); };
  svg.addEventListener('pointerdown', (e) => { start = at(e); show(start, start); svg.setPointerCapture(e.pointerId); });
  svg.addEventListener('pointermove', (e) => { if (start !== null) show(start, at(e)); });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = at(e);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    go({ from: all[a], to: all[b] });
  });
  box.replaceChildren(svg, el('div', { class: 'axis' }, el('span', {}, all[0]), el('span', {}, all[all.length - 1])));
}

// ---- article view --------------------------------------------------------------------------------------
async function renderArticle(s) {
  const id = encodeURIComponent(s.article);
  const [a, similar] = await Promise.all([api('/api/article/' + id), api('/api/similar/' + id, new URLSearchParams({ limit: 5 }))
    .catch(() => ({ hits: [] }))]);
  const view = $('article');
  const back = el('button', { type: 'button', class: 'back', onclick: () => history.back() }, '‹ back to results');
  const wrap = (field) => (text, m) => {
    const link = searchLink(text, m.query, 'mark ' + m.kind);
    link.title = m.kind + ': ' + m.value;
    return link;
  };
  const marks = (field) => a.marks.filter((m) => m.field === field);
  const meta = el('div', { class: 'meta' }, a.source || '', a.source ? ' · ' : '', a.date || 'no date');
  if (a.url) meta.append(' · ', el('span', { class: 'url' }, a.url));
  const entities = el('dl', { class: 'entities' });
  for (const [kind, names] of Object.entries(a.entities)) {
    if (!names.length) continue;
    entities.append(el('dt', {}, kind), el('dd', {}, ...names.flatMap((n, i) => [i ? ', ' : '',
      searchLink(n, kind + ':"' + n.replace(/"/g, ' ') + '"', 'mark ' + kind)])));
  }
  if (a.mentions.length) {
    entities.append(el('dt', {}, 'mentions'), el('dd', {}, ...a.mentions.flatMap((d, i) => [i ? ', ' : '',
      searchLink(d, 'mentions:' + d, 'mark date')])));
  }
  const body = a.body === null ? [el('em', {}, 'The index keeps no text of this article (ingest --store none).')]
                               : markedText(a.body, marks('body'), wrap('body'));
  const similarList = el('ol', { class: 'similar' }, ...similar.hits.map((h) => {
    const link = el('a', { href: stateUrl(Object.assign(readState(), { article: h.id })) }, h.title || '(no headline)');
    link.addEventListener('click', (e) => { e.preventDefault(); go({ article: h.id, page: readState().page }); });
    return el('li', {}, link, ' ', el('span', { class: 'meta' }, h.date || ''));
  }));
  view.replaceChildren(back, el('h1', {}, ...markedText(a.title || '(no headline)', marks('title'), wrap('title'))),
    meta, entities, el('div', { class: 'body' }, ...body), el('h3', {}, 'Similar articles'), similarList);
}

// ---- rendering -----------------------------------------------------------------------------------------
let generation = 0;
async function render() {
  const s = readState();
  const mine = ++generation;
  $('q').value = s.q;
  $('sort').value = s.sort;
  $('collapse').checked = s.collapse;
  $('error').hidden = true;
  renderChips(s);
  document.body.classList.toggle('reading', Boolean(s.article));
  $('article').hidden = !s.article;
  document.title = s.q ? s.q + ' — newsdex' : 'newsdex';
  try {
    if (s.article) await renderArticle(s);
    else await renderSearch(s);
    if (mine === generation) {
      document.body.dataset.ready = String(mine);
      // Navigation Timing mark: the first one is the page's first load, results shown (scripts/bench reads it).
      performance.mark('newsdex-ready');
    }
  } catch (err) {
    if (mine !== generation) return;
    showError(err, s.q);
    $('results').replaceChildren();
    $('summary').textContent = '';
    document.body.dataset.ready = String(mine);
  }
}

// Completions of the word being typed (names and words of the index), offered in the input's datalist.
let suggestTimer = null;
function suggest() {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const text = $('q').value;
    const last = text.split(/\s+/).pop();
    if (last.length < 2 || last.includes(':')) return;
    try {
      const r = await api('/api/suggest', new URLSearchParams({ q: last, limit: 8 }));
      const head = text.slice(0, text.length - last.length);
      $('completions').replaceChildren(...r.completions.map((c) => el('option', { value: head + c.query })));
    } catch (e) { /* completions are a convenience */ }
  }, 150);
}

function start() {
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); go({ q: $('q').value.trim() }); });
  $('sort').addEventListener('change', () => go({ sort: $('sort').value }));
  $('collapse').addEventListener('change', () => go({ collapse: $('collapse').checked }));
  $('q').addEventListener('input', suggest);
  $('home').addEventListener('click', (e) => { e.preventDefault(); history.pushState(null, '', '/'); render(); });
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
    if (e.key === '/' && !typing) { e.preventDefault(); $('q').focus(); $('q').select(); }
  });
  window.addEventListener('popstate', render);
  render();
}

start();
