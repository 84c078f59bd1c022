#!/usr/bin/env bash
# Times `lede list --json` against a Python script that loads every front matter with
# PyYAML's C loader, on the same generated corpus, in the same session.
# Usage: Benchmarks/compare-python.sh [N=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT

swift build -c release --product lede >/dev/null
swift build -c release --product lede-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
"$bin/lede-bench" generate "$count" "$corpus"
bytes=$(du -sb "$corpus" | cut -f1)

cat > "$corpus.py" <<'PY'
import os, sys, yaml
loaded = 0
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        if text.startswith("---\n"):
            yaml.load(text[4:].split("\n---", 1)[0], Loader=yaml.CSafeLoader)
            loaded += 1
print(loaded, "front matters", file=sys.stderr)
PY

measure() {  # prints "seconds maxrss_kb"
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
}
cat "$corpus"/*/* > /dev/null   # warm the page cache for both
read -r python_seconds _ <<<"$(measure python3 "$corpus.py" "$corpus")"
read -r lede_seconds lede_kb <<<"$(measure "$bin/lede" list --json "$corpus")"
rm -f "$corpus.py"
echo "corpus:        $count articles, $((bytes / 1048576)) MB"
echo "python+CSafeLoader: ${python_seconds} s"
echo "lede list --json:   ${lede_seconds} s, peak RSS $((lede_kb / 1024)) MB ($(python3 -c "print(f'{$lede_kb*1024/$bytes:.2f}')")× the corpus)"
echo "speed-up:           $(python3 -c "print(f'{$python_seconds/$lede_seconds:.1f}')")×"
