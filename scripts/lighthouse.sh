#!/usr/bin/env bash
# Lighthouse 12 (mobile, its default) against a running app: fails unless every page scores 100 in
# accessibility, best practices and SEO and at least 95 in performance (issue 23, item 9).
#
#   scripts/lighthouse.sh [base address] [path ...]
#   scripts/lighthouse.sh http://localhost:8080 / /check /dosing/renal
#
# Needs Node.js (npx fetches lighthouse@12 from the npm registry once) and Chromium; set CHROME_PATH
# when Chromium is not on the PATH as "chromium". Reports land in target/lighthouse/.
set -euo pipefail

base=${1:-http://localhost:8080}
shift || true
if [ "$#" -eq 0 ]; then
  set -- / /check /dosing/renal /dosing/discontinuation /interactions /safety /adverse-effects /titration/plan /changes /sources
fi
chrome=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
out=target/lighthouse
mkdir -p "$out"
failed=0
for path in "$@"; do
  name=$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_')
  report="$out/${name:-root}.json"
  npx --yes lighthouse@12 "$base$path" --quiet --chrome-path="$chrome" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$report"
  node - "$report" "$path" <<'JS' || failed=1
const [report, path] = process.argv.slice(2);
const { categories, audits } = require(require('path').resolve(report));
const minimum = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
let ok = true;
const scores = Object.entries(minimum).map(([id, min]) => {
  const score = Math.round(categories[id].score * 100);
  if (score < min) {
    ok = false;
    const failing = categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => ref.id);
    console.error(`  ${path}: ${id} ${score} < ${min}: ${failing.join(', ')}`);
  }
  return `${id} ${score}`;
});
console.log(`${ok ? 'ok  ' : 'FAIL'} ${path}: ${scores.join(', ')}`);
process.exit(ok ? 0 : 1);
JS
done
exit "$failed"
