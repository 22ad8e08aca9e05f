using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>
/// A cluster-year only the voting service hears of: opened and finalized by the messages the registry and appraisal
/// would publish, with a shipped framework (so its conference rules), any number of members, ranked in member order.
/// </summary>
public static class VotingOnlyYear
{
    public static string Framework(string id)
    {
        using var stream = typeof(RegistryService).Assembly.GetManifestResourceStream("framework:" + id)!;
        return new StreamReader(stream).ReadToEnd();
    }

    public static async Task<(ConferenceClients Clients, string[] Units)> OpenAsync(ServiceHost voting, string frameworkId, int members,
        Func<string[], IReadOnlyList<ProposedAward>>? awards = null)
    {
        var clusterId = $"cum-{Guid.NewGuid():N}"[..20];
        const int year = 2024;
        var units = Enumerable.Range(1, members).Select(i => $"{clusterId}-dv{i:00}").ToArray();
        var bus = voting.Services.GetRequiredService<IBus>();
        await bus.Publish(new ClusterYearOpened(clusterId, year, "Cụm thi đua thử nghiệm", units[0], units[1],
            units.Select((u, i) => new ClusterMember(u, $"Đơn vị {i + 1}", [])).ToList(), DateTimeOffset.UtcNow,
            new AssignedFramework(frameworkId, 1, frameworkId, Framework(frameworkId))));
        var ranked = units.Select((u, i) => new FinalUnitScore(u, $"Đơn vị {i + 1}", i == 0, [], 0, 0, 100 - i, i + 1, [], "eligible", [], false)).ToList();
        await bus.Publish(new ScoresFinalized(clusterId, year, DateTimeOffset.UtcNow, frameworkId, 1, ranked,
            awards?.Invoke(units) ?? [new ProposedAward("co", "Cờ thi đua", 1, "proposed", [units[0]], [], 0, 0, [])]));
        var clients = new ConferenceClients(voting.Address, clusterId, year, units[0]);
        await Eventually.Until(async () =>
        {
            using var h = clients.Head();
            return await h.GetAsync($"{clients.Path}/election");
        }, r => r.IsSuccessStatusCode, what: "the voting service has the year");
        await clients.ElectionReadyAsync();
        return (clients, units);
    }
}
