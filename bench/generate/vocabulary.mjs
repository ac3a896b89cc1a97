// Reads the PROJECTS sections of Pabulib `.pb` files and prints the generator's vocabulary as two
// temporary tables with their PostgreSQL COPY blocks (for psql, on stdin):
//   pg_temp.vocab_titles (n, title, category)   every distinct project title, in file order
//   pg_temp.vocab_categories (n, name, slug)    every distinct project category, most used first
// Usage: node vocabulary.mjs FILE.pb...   (files are read in sorted order, so the output is stable)
//
// Format (https://pabulib.org/format): sections META / PROJECTS / VOTES; records separated by `;`,
// a field holding `;` or `"` is quoted RFC 4180 style (a quoted field may span lines). Only the
// columns `name` and `category` of PROJECTS are used; a `category` may list several, comma-separated
// (the first one counts).
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const files = process.argv.slice(2).sort((a, b) => basename(a).localeCompare(basename(b), "en"));
if (files.length === 0) {
  console.error("usage: node vocabulary.mjs FILE.pb...");
  process.exit(2);
}

/** Splits text into records of fields (RFC 4180 quoting, `;` separator, CR/LF/CRLF line ends). */
function* records(text) {
  let fields = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c === "\r" ? "" : c;
      continue;
    }
    if (c === '"' && field.trim() === "") { quoted = true; wasQuoted = true; field = ""; }
    else if (c === ";") { fields.push(wasQuoted ? field : field.trim()); field = ""; wasQuoted = false; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(wasQuoted ? field : field.trim());
      yield fields;
      fields = []; field = ""; wasQuoted = false;
    } else if (!wasQuoted) field += c;
  }
  if (field !== "" || fields.length > 0) { fields.push(wasQuoted ? field : field.trim()); yield fields; }
}

const clean = (s) => s.replace(/\s+/g, " ").trim();

/** The API's slug rule (src/Domain/Common/Slugs.cs): diacritics off, non-alphanumerics → one hyphen. */
function slug(text) {
  const s = text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return (s || "item").slice(0, 120).replace(/-+$/, "");
}

const titles = [];
const seenTitles = new Set();
const categoryCount = new Map();
for (const file of files) {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  let section = "";
  let header = null;
  for (const rec of records(text)) {
    if (rec.length === 1 && /^(META|PROJECTS|VOTES)$/i.test(rec[0])) { section = rec[0].toUpperCase(); header = null; continue; }
    if (section !== "PROJECTS" || (rec.length === 1 && rec[0] === "")) continue;
    if (!header) { header = rec.map((h) => h.toLowerCase()); continue; }
    const name = clean(rec[header.indexOf("name")] ?? "");
    const ci = header.indexOf("category");
    const category = ci >= 0 ? clean((rec[ci] ?? "").split(",")[0]) : "";
    if (!name) continue;
    const key = name.toLowerCase();
    if (!seenTitles.has(key)) { seenTitles.add(key); titles.push([name, category]); }
    if (category) categoryCount.set(category, (categoryCount.get(category) ?? 0) + 1);
  }
}
if (titles.length === 0) { console.error("no PROJECTS rows found"); process.exit(1); }

// COPY text format: escape backslash, tab, newline, carriage return; \N is NULL.
const esc = (s) => (s === "" || s == null ? "\\N" : s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));
const out = [];
out.push("CREATE TEMP TABLE vocab_titles (n int PRIMARY KEY, title text NOT NULL, category text);");
out.push("CREATE TEMP TABLE vocab_categories (n int PRIMARY KEY, name text NOT NULL, slug text NOT NULL);");
out.push("COPY pg_temp.vocab_titles (n, title, category) FROM STDIN;");
titles.forEach(([t, c], i) => out.push(`${i + 1}\t${esc(t)}\t${esc(c)}`));
out.push("\\.");

const seenSlugs = new Set();
const categories = [...categoryCount.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .filter(([name]) => { const s = slug(name); if (seenSlugs.has(s)) return false; seenSlugs.add(s); return true; });
out.push("COPY pg_temp.vocab_categories (n, name, slug) FROM STDIN;");
categories.forEach(([name], i) => out.push(`${i + 1}\t${esc(name.slice(0, 150))}\t${esc(slug(name))}`));
out.push("\\.");
out.push("ANALYZE pg_temp.vocab_titles;");
process.stdout.write(out.join("\n") + "\n");
