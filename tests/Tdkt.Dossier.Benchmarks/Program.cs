Tdkt.Benchmarks.InProcessBenchmarks.Run(typeof(Tdkt.Dossier.Benchmarks.DossierBenchmark).Assembly, args);
