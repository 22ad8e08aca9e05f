using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry.Users;

namespace Tdkt.Registry.Accounts;

/// <summary>
/// With the demo data and no account yet: an administrator, a board member, and for each demo cluster's
/// open year its head unit and one member unit, named after their unit ids, with generated passwords
/// printed once. Runs after the demo data is loaded (registered after its seeder).
/// </summary>
internal sealed class DemoAccountSeeder(IServiceScopeFactory scopes, IConfiguration config, DemoAccounts demo,
    ILogger<DemoAccountSeeder> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try { demo.Complete(await SeedAsync(cancellationToken)); }
        catch (Exception e) { demo.Fail(e); throw; }
    }

    private async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken ct)
    {
        if (!config.GetValue<bool>(ConfigKeys.SeedDemoData)) return [];
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        if (await scope.ServiceProvider.GetRequiredService<AccountsDb>().Users.AnyAsync(ct)) return [];
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var openYears = (await db.Years.Where(y => y.OpenedAt != null).ToListAsync(ct))
            .GroupBy(y => y.ClusterId).Select(g => g.MaxBy(y => y.Year)!).OrderBy(y => y.ClusterId);
        var wanted = new List<UserInput>
        {
            new() { Id = "quan-tri", DisplayName = "Quản trị hệ thống", Role = Roles.Admin },
            new() { Id = "ban-tdkt", DisplayName = "Ban Thi đua – Khen thưởng", Role = Roles.Board },
        };
        foreach (var year in openYears)
        {
            wanted.Add(new() { Id = year.HeadUnitId, DisplayName = units[year.HeadUnitId], Role = Roles.Head, Unit = year.HeadUnitId });
            if (year.MemberUnitIds.FirstOrDefault(u => u != year.HeadUnitId) is { } member)
                wanted.Add(new() { Id = member, DisplayName = units[member], Role = Roles.Unit, Unit = member });
        }
        var created = new List<DemoAccount>();
        foreach (var input in wanted.DistinctBy(u => u.Id))
        {
            var (_, password) = await accounts.UpsertAsync(input);
            created.Add(new DemoAccount(input.Role!, input.Id!, password!, input.Unit, input.Unit is null ? null : units[input.Unit]));
        }
        var text = new StringBuilder("Tài khoản demo (mật khẩu chỉ hiện lần này):");
        foreach (var a in created) text.Append($"\n  {a.Role,-6} {a.UserName,-20} {a.Password}  {a.Unit}");
        // On the console, not in the logs: the passwords must not end up in a log store.
        Console.WriteLine(text.ToString());
        log.LogWarning("Created {Count} demo accounts; their passwords were printed on the console", created.Count);
        return created;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
