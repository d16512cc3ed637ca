-- wrk reporter: after wrk's own summary, one machine-readable line that public-pages.sh parses.
-- Latencies are in microseconds; status errors are responses with a status of 400 or more,
-- socket errors are connect/read/write failures and timeouts.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d "
      .. "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d status_errors=%d bytes=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status, summary.bytes))
end
