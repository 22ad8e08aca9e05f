using System.Diagnostics;
using System.Net;

namespace Tdkt.Throughput.Pipelines;

/// <summary>Every submission sent once, by <c>clients</c> concurrent clients taking the next one as soon as they are free.</summary>
public static class Burst
{
    public sealed record Outcome(HttpStatusCode Status, double Milliseconds);

    public sealed record Report(IReadOnlyList<Outcome> Outcomes, TimeSpan Elapsed)
    {
        public int Accepted => Outcomes.Count(o => o.Status == HttpStatusCode.Created);
        public double AcceptRate => Accepted / Elapsed.TotalSeconds;

        public double Percentile(double p)
        {
            var sorted = Outcomes.Select(o => o.Milliseconds).Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }

        public string Refused => string.Join(", ", Outcomes.Where(o => o.Status != HttpStatusCode.Created)
            .GroupBy(o => (int)o.Status).Select(g => $"{g.Count()}×{g.Key}"));
    }

    public static async Task<Report> RunAsync(Uri intake, IReadOnlyList<Submission> submissions, int clients, Func<HttpContent> body)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = intake, Timeout = TimeSpan.FromMinutes(2) };
        var outcomes = new Outcome[submissions.Count];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < submissions.Count; i = Interlocked.Increment(ref next))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, submissions[i].Path) { Content = body() };
                request.Headers.Authorization = new("Bearer", submissions[i].Token);
                var started = watch.Elapsed;
                using var response = await http.SendAsync(request);
                outcomes[i] = new Outcome(response.StatusCode, (watch.Elapsed - started).TotalMilliseconds);
            }
        }));
        return new Report(outcomes, watch.Elapsed);
    }
}
