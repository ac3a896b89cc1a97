# shellcheck shell=bash
# compare_runs RUN_DIR...: the comparison of scripts/bench runs (scripts/bench --repeat N sources this
# file and calls it with the run directories of its runs). Prints, per query and system, the req/s of
# every run and their spread ((max − min) / mean), the time to steady state of every run, and the
# targets of issue 13 §4 as met in how many runs: steady state within 5 s of start, spread of our
# req/s within 15 %, ≥ 1.5× PostGraphile on Q1–Q4 and ≥ 0.5× the floor on Q1, Q2 and Q4 in every run.
# Run it by hand too: `source bench/compare-runs.sh; compare_runs .data/bench/runs/A .data/bench/runs/B ...`.
compare_runs() {
    local dir results=() steadies=()
    for dir in "$@"; do
        results+=("$dir/results.tsv")
        if [[ -f $dir/steady.tsv ]]; then steadies+=("$dir/steady.tsv"); fi
    done
    echo
    echo "Comparison of $# runs: ${*##*/}"
    # shellcheck disable=SC2016  # (awk program text)
    awk -F'\t' -v runs="$#" '
    FNR == 1 { run++; next }
    FILENAME ~ /steady\.tsv$/ { steady[$1, run - runs] = $4; ready[$1, run - runs] = $2; seen_steady[$1] = 1; next }
    $3 == "ok" { rps[$1, $2, run] = $4; seen[$1] = 1 }
    function spread(sys, q,    r, v, lo, hi, sum, n) {
        n = 0; sum = 0
        for (r = 1; r <= runs; r++) if ((sys, q, r) in rps) {
            v = rps[sys, q, r] + 0; sum += v; n++
            if (n == 1 || v < lo) lo = v
            if (n == 1 || v > hi) hi = v
        }
        return n == runs && sum > 0 ? (hi - lo) / (sum / n) : -1
    }
    function every(q, other, least,    r, met) {
        met = 0
        for (r = 1; r <= runs; r++)
            if (("ours", q, r) in rps && (other, q, r) in rps && rps["ours", q, r] / rps[other, q, r] >= least) met++
        return met
    }
    END {
        n = split("ours postgraphile floor", order, " ")
        printf "%-5s %-13s", "query", "system"
        for (r = 1; r <= runs; r++) printf " %9s", "run " r
        printf " %8s\n", "spread"
        for (q = 1; q <= 4; q++) for (i = 1; i <= n; i++) {
            s = order[i]; if (!(s in seen)) continue
            printf "%-5s %-13s", "Q" q, s
            for (r = 1; r <= runs; r++) printf " %9s", (s, "Q" q, r) in rps ? sprintf("%.1f", rps[s, "Q" q, r]) : "–"
            sp = spread(s, "Q" q)
            printf " %8s\n", sp < 0 ? "–" : sprintf("%.0f %%", sp * 100)
        }
        print ""
        for (i = 1; i <= n; i++) {
            s = order[i]; if (!(s in seen_steady)) continue
            line = ""
            for (r = 1; r <= runs; r++) line = line (r > 1 ? " / " : "") ((s, r) in steady ? ready[s, r] " → " steady[s, r] : "–")
            printf "ready → steady state, seconds after start, %-13s %s\n", s ":", line
        }
        print ""
        print "Targets over the runs:"
        if ("ours" in seen_steady) {
            met = 0; for (r = 1; r <= runs; r++) if (("ours", r) in steady && steady["ours", r] != "never" && steady["ours", r] <= 5) met++
            printf "  steady state within 5 s of start: %s (%d of %d runs)\n", met == runs ? "met" : "NOT met", met, runs
        }
        for (q = 1; q <= 4; q++) {
            sp = spread("ours", "Q" q); fl = spread("floor", "Q" q)
            line = sprintf("  Q%d: spread of our req/s %s (≤ 15 %%: %s; the floor: %s)", q, sp < 0 ? "–" : sprintf("%.0f %%", sp * 100),
                sp >= 0 && sp <= 0.15 ? "met" : "NOT met", fl < 0 ? "–" : sprintf("%.0f %%", fl * 100))
            if ("postgraphile" in seen) { m = every("Q" q, "postgraphile", 1.5); line = line sprintf("; ≥ 1.5× PostGraphile in %d of %d runs (%s)", m, runs, m == runs ? "met" : "NOT met") }
            if ("floor" in seen && q != 3) { m = every("Q" q, "floor", 0.5); line = line sprintf("; ≥ 0.5× the floor in %d of %d runs (%s)", m, runs, m == runs ? "met" : "NOT met") }
            print line
        }
    }' "${results[@]}" "${steadies[@]}"
}
