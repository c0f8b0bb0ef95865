// Benchmark driver (release build). Filled in by the benchmark work.
print("caveat-bench: no benchmark yet")
