using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tdkt.Testing;

/// <summary>Counts what a host sends to its databases: every command and every transaction begun, across all services.</summary>
public sealed partial class DatabaseActivity : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int _commands;
    private int _transactions;

    public int Commands => Volatile.Read(ref _commands);
    public int Transactions => Volatile.Read(ref _transactions);

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }

    /// <summary>Commands that change rows (EF's inserts, updates and deletes, raw SQL included).</summary>
    public int Writes => Volatile.Read(ref _writes);

    private int _writes;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CountWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        CountWrite(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountWrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        CountWrite(command);
        return ValueTask.FromResult(result);
    }

    private void CountWrite(DbCommand command)
    {
        if (WriteStatement().IsMatch(command.CommandText)) Interlocked.Increment(ref _writes);
    }

    // A statement at the start of a line: "FOR UPDATE" inside a SELECT is not a write.
    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex WriteStatement();

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref _transactions);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _transactions);
        return ValueTask.FromResult(result);
    }

    /// <summary>Waits until nothing has been written for <paramref name="quietFor"/>: what an accepted request set off (messages, consumers) is done.</summary>
    public async Task WritesSettledAsync(TimeSpan quietFor, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = Writes;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(quietFor);
            if (Writes == last) return;
            last = Writes;
        }
        throw new TimeoutException($"The host kept writing for {timeout}.");
    }

    /// <summary>Waits until a whole second passes with at most <paramref name="quiet"/> commands (start-up work done).</summary>
    public async Task SettleAsync(int quiet, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var before = Commands;
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (Commands - before <= quiet) return;
        }
        throw new TimeoutException($"The host kept its databases busy for {timeout}: {Commands} commands so far.");
    }
}
