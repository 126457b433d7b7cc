//! What the benchmarks share.

/// A whole number from the environment (`QINGXI_BENCH_MB`, `QINGXI_BENCH_RUNS`), or
/// `default` when it is unset or not a number.
pub fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
