using System.Net;
using System.Text;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The authorization matrix: every operation of the OpenAPI document against every kind of caller,
/// compared with the table below. An endpoint added without a row here fails this test.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Every_endpoint_has_an_access_rule(EmbeddedHost embedded)
{
    // Who may act (anything but 401/403): a = admin, b = board (Ban TĐKT), h = head of the Điện Biên
    // highland cluster (Tủa Chùa), o = head of another cluster (Chợ Đồn, Bắc Kạn), u = member unit
    // Nậm Pồ (the {unitId} of the paths), x = unit of another cluster (Ba Bể). Anonymous callers get
    // 401; a made-up role or several roles in one token get 403, everywhere but on the public operations (*).
    // Not in the table, by design: the sign-in protocol (/connect/*, /.well-known/*) and the login page
    // (/account/*) are anonymous (a browser or a client without a token uses them) and are left out of the
    // API description; OpenIddict checks their callers itself (client secret, PKCE, redirect URIs).
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["GET /registry/clusters"] = "a",
        ["POST /registry/clusters"] = "a",
        ["GET /registry/clusters/{clusterId}"] = "a",
        ["PUT /registry/clusters/{clusterId}"] = "a",
        ["GET /registry/clusters/{clusterId}/units"] = "a",
        ["POST /registry/clusters/{clusterId}/units"] = "a",
        ["PUT /registry/clusters/{clusterId}/units/{unitId}"] = "a",
        ["GET /registry/clusters/{clusterId}/years"] = "a",
        ["POST /registry/clusters/{clusterId}/years"] = "a",
        ["POST /registry/clusters/{clusterId}/years/{year}/open"] = "a",
        ["GET /registry/users"] = "a",
        ["PUT /registry/users/{userId}"] = "a",
        ["POST /registry/users/{userId}/password"] = "a",
        ["POST /registry/clients"] = "a",
        ["GET /registry/me"] = "abhoux",
        ["POST /registry/import"] = "a",
        ["GET /registry/frameworks"] = "a",
        ["POST /registry/frameworks"] = "a",
        ["GET /registry/frameworks/{frameworkId}/versions"] = "a",
        ["GET /registry/frameworks/{frameworkId}/versions/{version}"] = "a",
        ["PUT /registry/frameworks/{frameworkId}/versions/{version}"] = "a",
        ["POST /registry/frameworks/{frameworkId}/versions/{version}/customisation-check"] = "a",
        ["PUT /registry/clusters/{clusterId}/years/{year}/framework"] = "a",
        ["GET /registry/clusters/{clusterId}/years/{year}/framework"] = "abhu",
        ["GET /registry/clusters/{clusterId}/years/{year}"] = "abhu",
        ["GET /registry/calendar/{year}"] = "a",
        ["PUT /registry/calendar/{year}"] = "a",
        ["POST /intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments"] = "u",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments"] = "u",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments/{submissionId}"] = "u",
        ["PUT /intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments/draft"] = "u",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments/draft"] = "u",
        ["POST /intake/clusters/{clusterId}/years/{year}/units/{unitId}/registration"] = "u",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/registration"] = "u",
        // Members see who registered and signed: the seeds ask for transparency between them.
        ["GET /intake/clusters/{clusterId}/years/{year}/registrations/status"] = "abhu",
        ["PUT /intake/clusters/{clusterId}/years/{year}/covenant"] = "h",
        ["GET /intake/clusters/{clusterId}/years/{year}/covenant"] = "abhu",
        ["POST /intake/clusters/{clusterId}/years/{year}/units/{unitId}/covenant/signature"] = "u",
        ["POST /intake/clusters/{clusterId}/years/{year}/units/{unitId}/reports"] = "u",
        // A unit's reports and files: the unit, its cluster-year's head and deputy, the board and admins.
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/reports"] = "abhu",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/reports/{reportId}"] = "abhu",
        ["GET /intake/clusters/{clusterId}/years/{year}/units/{unitId}/reports/{reportId}/files/{sha256}"] = "abhu",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/self-assessments"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/self-assessments/{submissionId}"] = "h",
        // The appraisal of a year: its head (and deputy) change it; the board and administrators read it; the members
        // read it once published to them (not yet in the demo year), and each sees and answers its own explanation requests.
        ["GET /appraisal/clusters/{clusterId}/years/{year}/table"] = "abh",
        ["PUT /appraisal/clusters/{clusterId}/years/{year}/units/{unitId}/values/{section}/{criterionId}"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/units/{unitId}/sheet"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/units/{unitId}/sheet"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/deductions"] = "abh",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/units/{unitId}/deductions"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/deductions/{deductionId}/withdrawal"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/statuses"] = "abh",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/units/{unitId}/statuses"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/statuses/{statusId}/withdrawal"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/explanations"] = "abhu",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/explanations"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/explanations/{requestId}/answer"] = "hu",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/publication"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/objections"] = "abh",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/objections"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/objections/{objectionId}/answer"] = "h",
        ["POST /appraisal/clusters/{clusterId}/years/{year}/finalization"] = "h",
        ["GET /appraisal/clusters/{clusterId}/years/{year}/audit"] = "abh",
        ["GET /appraisal/province/{year}/proposals"] = "ab",
        ["POST /appraisal/province/{year}/caps-check"] = "ab",
        // A conference: its head (and deputy) run it; its members, the board and administrators follow it.
        ["GET /voting/clusters/{clusterId}/years/{year}/conferences"] = "abhu",
        ["PUT /voting/clusters/{clusterId}/years/{year}/conferences/{kind}"] = "h",
        ["POST /voting/clusters/{clusterId}/years/{year}/conferences/{kind}/held"] = "h",
        ["GET /voting/clusters/{clusterId}/years/{year}/conferences/{kind}/attendance"] = "abhu",
        ["POST /voting/clusters/{clusterId}/years/{year}/conferences/{kind}/attendance"] = "h",
        ["GET /voting/clusters/{clusterId}/years/{year}/election"] = "abhu",
        ["POST /voting/clusters/{clusterId}/years/{year}/election"] = "h",
        ["POST /voting/clusters/{clusterId}/years/{year}/election/answers"] = "hu",
        ["POST /voting/clusters/{clusterId}/years/{year}/election/decide"] = "h",
        ["POST /voting/clusters/{clusterId}/years/{year}/election/leadership"] = "h",
        ["POST /voting/clusters/{clusterId}/years/{year}/rounds"] = "h",
        ["GET /voting/clusters/{clusterId}/years/{year}/rounds/choices"] = "h",
        ["GET /voting/clusters/{clusterId}/years/{year}/rounds"] = "abhu",
        ["GET /voting/clusters/{clusterId}/years/{year}/rounds/{number}"] = "abhu",
        ["POST /voting/clusters/{clusterId}/years/{year}/rounds/{number}/code"] = "hu",
        ["POST /voting/clusters/{clusterId}/years/{year}/rounds/{number}/slips"] = "h",
        ["POST /voting/clusters/{clusterId}/years/{year}/rounds/{number}/close"] = "h",
        ["GET /voting/clusters/{clusterId}/years/{year}/minutes"] = "abhu",
        // Public (*): casting needs only the ballot code, and anybody may check a closed round's box or a receipt.
        ["POST /voting/public/ballot-paper"] = "*",
        ["POST /voting/public/ballots"] = "*",
        ["GET /voting/public/clusters/{clusterId}/years/{year}/rounds/{number}"] = "*",
        ["GET /voting/public/receipts/{receipt}"] = "*",
        // The dossier: the head (and deputy) of the year prepare and approve it; Ban TĐKT receives it (administrators too).
        ["GET /dossier/clusters/{clusterId}/years/{year}"] = "abh",
        ["POST /dossier/clusters/{clusterId}/years/{year}/draft"] = "h",
        ["POST /dossier/clusters/{clusterId}/years/{year}/approval"] = "h",
        ["GET /dossier/clusters/{clusterId}/years/{year}/versions/{version}/package"] = "abh",
        // A failed sending to the provincial document system is asked for again by the head or by Ban TĐKT.
        ["POST /dossier/clusters/{clusterId}/years/{year}/versions/{version}/delivery"] = "abh",
        ["GET /dossier/inbox"] = "ab",
        ["GET /dossier/templates/{clusterId}"] = "a",
        ["GET /dossier/templates/{clusterId}/{kind}"] = "a",
        ["PUT /dossier/templates/{clusterId}/{kind}"] = "a",
        ["DELETE /dossier/templates/{clusterId}/{kind}"] = "a",
        ["POST /dossier/clusters/{clusterId}/years/{year}/versions/{version}/acknowledgement"] = "ab",
        ["POST /dossier/clusters/{clusterId}/years/{year}/versions/{version}/return"] = "ab",
        ["GET /workflows/definitions"] = "a",
        ["POST /workflows/definitions"] = "a",
        ["GET /workflows/definitions/{id}/versions/{version}"] = "a",
        ["POST /workflows/definitions/{id}/versions/{version}/publish"] = "a",
        ["POST /workflows/definitions/preview"] = "a",
        ["GET /workflows/clusters/{clusterId}/definition"] = "a",
        ["PUT /workflows/clusters/{clusterId}/definition"] = "a",
        ["POST /workflows/clusters/{clusterId}/years/{year}/dates/{stepId}/preview"] = "ah",
        ["PUT /workflows/clusters/{clusterId}/years/{year}/definition-version"] = "a",
        // Everyone with a role gets the list; a head or a unit gets only the years it follows.
        ["GET /workflows/years"] = "abhoux",
        ["GET /workflows/clusters/{clusterId}/years/{year}/progress"] = "abhu",
        ["GET /workflows/clusters/{clusterId}/years/{year}/escalations"] = "abhu",
        ["GET /workflows/units/{unitId}/reminders"] = "u",
        ["POST /workflows/units/{unitId}/reminders/{id}/read"] = "u",
        ["GET /workflows/board/reminders"] = "ab",
        ["POST /workflows/board/reminders/{id}/read"] = "ab",
    };

    private static readonly (char Code, string Caller, string? Token)[] Callers =
    [
        ('a', "admin", ServiceHost.Token(Roles.Admin)),
        ('b', "board", ServiceHost.Token(Roles.Board)),
        ('h', "head of this cluster", ServiceHost.Token(Roles.Head, "tua-chua")),
        ('o', "head of another cluster", ServiceHost.Token(Roles.Head, "cho-don")),
        ('u', "member unit", ServiceHost.Token(Roles.Unit, "nam-po")),
        ('x', "unit of another cluster", ServiceHost.Token(Roles.Unit, "ba-be")),
        ('-', "anonymous", null),
        ('-', "made-up role", Forged(new() { ["role"] = "superuser", ["unit"] = "nam-po" })),
        ('-', "two roles in one token", Forged(new() { ["role"] = new[] { "admin", "unit" }, ["unit"] = "nam-po" })),
    ];

    [Fact]
    public async Task Each_caller_gets_exactly_what_the_table_allows()
    {
        var operations = await embedded.OperationsAsync();
        operations.Select(o => o.ToString()).Should().BeEquivalentTo(Allowed.Keys,
            "every operation needs a row in the access table, and every row an operation");
        var wrong = new List<string>();
        foreach (var operation in operations)
            foreach (var (code, caller, token) in Callers)
            {
                var status = await SendAsync(operation, token);
                var rule = Allowed[operation.ToString()];
                var allowed = rule == "*" || code != '-' && rule.Contains(code);
                var expected = allowed ? "allowed" : token is null ? "401" : "403";
                var actual = status is HttpStatusCode.Unauthorized ? "401" : status is HttpStatusCode.Forbidden ? "403" : "allowed";
                if (actual != expected) wrong.Add($"{operation} as {caller}: {actual} ({(int)status}), expected {expected}");
            }
        wrong.Should().BeEmpty();
    }

    // Signed with the right key, so only the claims are wrong.
    private static string Forged(Dictionary<string, object> claims) => ServiceHost.Token(claims, DateTime.UtcNow.AddHours(1));

    private async Task<HttpStatusCode> SendAsync(Operation operation, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Example);
        request.Use(token);
        if (operation.BodyType is { } type)
            request.Content = new StringContent(type.Contains("json") ? "{}" : "x: 1", Encoding.UTF8, type);
        using var client = embedded.Client(null);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
