using System.CommandLine;
using System.Diagnostics;
using Tdkt.Cli;

namespace Tdkt.Cli.Tests;

/// <summary>What a user sees after running a command: its exit code and what it printed.</summary>
public sealed record Run(int ExitCode, string Output, string Error);

/// <summary>Runs `tdkt …` in-process through a root like Program.cs's, or as the real `dotnet tdkt.dll` process.</summary>
public static class TdktCommand
{
    public static string Shipped(string file) => Path.Combine(AppContext.BaseDirectory, "frameworks", file);

    public static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "frameworks", "samples", file);

    public static async Task<Run> InProcessAsync(params string[] args)
    {
        var root = new RootCommand("tdkt") { ScoreCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(exit, output.ToString(), error.ToString());
    }

    public static Task<Run> ProcessAsync(params string[] args) => ProcessAsync(new Dictionary<string, string>(), TimeSpan.FromMinutes(1), args);

    /// <param name="environment">Added to this process's environment, e.g. a data folder of the test's own.</param>
    public static async Task<Run> ProcessAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tdkt.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tdkt {string.Join(' ', args)} did not exit within {timeout}.");
        }
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>A file in a fresh temporary folder, for the invalid inputs each test writes.</summary>
    public static string TempFile(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tdkt-cli-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
