namespace Tdkt.Registry.Accounts;

/// <param name="Unit">The unit's name, for head and unit accounts.</param>
public sealed record DemoAccount(string Role, string UserName, string Password, string? UnitId, string? Unit);

/// <summary>
/// The demo accounts created at this start, with their passwords, for in-process callers (the browser
/// tests sign in with them). Empty when none were created (no demo data, or accounts existed already).
/// </summary>
public sealed class DemoAccounts
{
    private readonly TaskCompletionSource<IReadOnlyList<DemoAccount>> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when demo seeding is done (or was not needed).</summary>
    public Task<IReadOnlyList<DemoAccount>> Ready => _ready.Task;

    internal void Complete(IReadOnlyList<DemoAccount> accounts) => _ready.TrySetResult(accounts);

    internal void Fail(Exception e) => _ready.TrySetException(e);
}
