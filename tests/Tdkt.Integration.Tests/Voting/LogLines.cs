using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>Every log line a host writes, with its scopes, as text.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    public IReadOnlyCollection<string> All => _lines;
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(LogLines owner, string category) : ILogger
    {
        private static readonly AsyncLocal<List<object?>> Scopes = new();

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            (Scopes.Value ??= []).Add(state);
            return new Pop();
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = Scopes.Value is { Count: > 0 } s ? " | " + string.Join(" | ", s.Select(Describe)) : "";
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {Describe(state)}{scopes} {exception}");
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : state?.ToString() ?? "";

        private sealed class Pop : IDisposable
        {
            public void Dispose()
            {
                if (Scopes.Value is { Count: > 0 } s) s.RemoveAt(s.Count - 1);
            }
        }
    }
}

public static class LogLinesSetup
{
    public static IServiceCollection AddLogLines(this IServiceCollection services, LogLines lines) =>
        services.AddSingleton<ILoggerProvider>(lines);
}
