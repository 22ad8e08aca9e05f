using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Tdkt.Benchmarks;

/// <summary>Runs a project's BenchmarkDotNet benchmarks as every benchmark project here does.</summary>
public static class InProcessBenchmarks
{
    // In-process: no second build of a generated project on a machine whose cores are shared.
    public static void Run(Assembly benchmarks, string[] args) =>
        BenchmarkSwitcher.FromAssembly(benchmarks).Run(args, DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator));
}
