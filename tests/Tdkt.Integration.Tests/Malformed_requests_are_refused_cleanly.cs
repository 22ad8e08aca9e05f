using System.Net;
using System.Text;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Thousands of malformed requests, generated from the OpenAPI document, against the embedded host:
/// bad ids in every path parameter, bad query values, broken, mistyped, null-laden, oversized and
/// mislabelled bodies. None may get a 5xx, every refusal is RFC 7807 problem details, and none of the
/// refused requests writes to any database.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Malformed_requests_are_refused_cleanly(EmbeddedHost embedded, ITestOutputHelper output)
{
    [Fact]
    public async Task No_request_gets_a_server_error_and_no_refused_one_leaves_a_row()
    {
        var requests = (await embedded.OperationsAsync()).SelectMany(MalformedRequests.For).ToList();
        requests.Count.Should().BeGreaterThanOrEqualTo(2000);
        var failures = new List<string>();
        var refused = 0;
        using var client = embedded.Client(null);
        foreach (var probe in requests)
        {
            var writesBefore = embedded.Activity.Writes;
            using var request = probe.Build();
            request.Use(TokenFor(probe.Operation.Path));
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status < 400 && probe.Operation.Method == "GET") continue;
            if (status < 400)
            {
                // Something slipped through as valid: let what it set off (messages, consumers) finish first.
                await embedded.Activity.WritesSettledAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(30));
                continue;
            }
            refused++;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500) failures.Add($"{status} for {probe}: {Cut(body)}");
            // Kestrel itself refuses a NUL in the path with a bare 400, before any platform code runs.
            else if (probe.Path.Contains("%00") && status == 400) { }
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{status} without problem details for {probe}: {Cut(body)}");
            if (embedded.Activity.Writes != writesBefore) failures.Add($"{status} for {probe}, but it wrote to a database");
        }
        output.WriteLine($"{requests.Count} malformed requests sent, {refused} refused, {failures.Count} failures.");
        foreach (var failure in failures) output.WriteLine(failure);
        failures.Should().BeEmpty();
    }

    // The caller that gets past authorization, so the request reaches the endpoint's own checks.
    private static string TokenFor(string path) => path switch
    {
        _ when path.StartsWith("/intake/") || path.StartsWith("/workflows/units/") => ServiceHost.Token(Roles.Unit, "nam-po"),
        _ when path.StartsWith("/appraisal/") || path.Contains("/dates/") => ServiceHost.Token(Roles.Head, "tua-chua"),
        _ => ServiceHost.Token(Roles.Admin),
    };

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
