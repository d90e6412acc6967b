#!/usr/bin/env bash
# libFuzzer on the code that takes bytes from strangers (Sources/supportbot-fuzz): the ticket
# webhook decoder, the signature verifier and the PII redactor. Not run by CI (minutes each);
# figures go to docs/benchmarks.md. A crash leaves its input in Tests/Fuzz/findings/; after the
# fix, move it to Tests/Fuzz/corpus/<target>/ where `swift test` replays it (FuzzRegressionTests).
#
#   Tests/Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH="${1:-300}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(webhook signature redactor)
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

echo "==> building supportbot-fuzz with libFuzzer and AddressSanitizer (its own build folder)" >&2
swift build -c release --product supportbot-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING >/dev/null
BIN="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/supportbot-fuzz"
mkdir -p Tests/Fuzz/findings
for target in "${TARGETS[@]}"; do
    work="$(mktemp -d)"
    cp Tests/Fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    echo "==> $target for ${SECONDS_EACH}s" >&2
    set +e
    FUZZ_TARGET="$target" "$BIN" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="Tests/Fuzz/findings/$target-" "$work" \
        2>"$work.log"
    status=$?
    set -e
    grep -E "^stat::number_of_executed_units|^stat::new_units_added|^stat::peak_rss_mb|cov: " "$work.log" | tail -4
    if [ $status != 0 ]; then
        grep -E "ERROR|==[0-9]+==|Fatal error|artifact" "$work.log" | head -20 >&2
        echo "$target: FINDING (exit $status); input saved under Tests/Fuzz/findings/" >&2
    else
        echo "$target: no findings" >&2
    fi
    rm -rf "$work" "$work.log"
done
