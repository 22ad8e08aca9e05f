Tdkt.Benchmarks.InProcessBenchmarks.Run(typeof(Tdkt.Scoring.Benchmarks.YtClusterBenchmark).Assembly, args);
