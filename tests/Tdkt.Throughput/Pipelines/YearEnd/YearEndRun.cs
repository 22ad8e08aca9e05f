using System.Net;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>One year-end being driven: the province's clusters, its services, its people's connections, and their names and tokens.</summary>
public sealed record YearEndRun(LoadCluster Load, YearEndServices Services, Province Province)
{
    public YearEndCalendar Calendar => new(Load.Year);
    public IEnumerable<int> Clusters => Enumerable.Range(0, Load.Clusters);

    /// <summary>Every member unit as (cluster, position in it); position 0 is the head.</summary>
    public IEnumerable<(int Cluster, int Unit)> Units =>
        from c in Clusters from u in Enumerable.Range(0, Load.UnitsPerCluster) select (c, u);

    public string YearPath(int cluster) => $"/clusters/{Load.ClusterId(cluster)}/years/{Load.Year}";
    public string Head(int cluster) => Load.UnitId(cluster, 0);
    public string HeadToken(int cluster) => ServiceHost.Token(Roles.Head, Head(cluster));
    public string UnitToken(string unit) => ServiceHost.Token(Roles.Unit, unit);
    public static string BoardToken => ServiceHost.Token(Roles.Board);

    public CovenantClient Covenant(int cluster) =>
        new(Services["intake"], Load.ClusterId(cluster), Load.Year, Head(cluster), Province.Connections);

    public ConferenceClients Conference(int cluster) =>
        new(Services["voting"], Load.ClusterId(cluster), Load.Year, Head(cluster), Province.Connections);

    /// <summary>
    /// Waits until a service's table has the rows of this year the next step needs; the run stops with the count when
    /// it does not.
    /// </summary>
    public async Task ReachAsync(string schema, string table, long expected, string where = "true")
    {
        where = $"\"Year\" = {Load.Year} AND {where}";
        if (!await Services.Tables.ReachAsync(schema, table, expected, TimeSpan.FromMinutes(5), where))
            throw new InvalidOperationException(
                $"{schema}.{table} has {await Services.Tables.CountAsync(schema, table, where)} of {expected} rows ({where}) after 5 minutes.");
    }

    /// <summary>The response of a Tdkt.Testing client, checked and let go.</summary>
    public static async Task ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, " +
                $"got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
