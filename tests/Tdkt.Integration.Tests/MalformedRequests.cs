using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Tdkt.Integration.Tests;

/// <summary>One generated request: an operation with a path, and a body with its content type.</summary>
public sealed record Probe(Operation Operation, string Path, string? Body, string? ContentType, bool Chunked = false)
{
    public HttpRequestMessage Build()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), Path);
        if (Body is null) return request;
        request.Content = Chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Body)))
            : new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
        if (ContentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        if (Chunked) request.Headers.TransferEncodingChunked = true;
        // A client that sends a large body asks first, as HTTP says: the server may refuse before reading it.
        if (Body.Length > 64 * 1024) request.Headers.ExpectContinue = true;
        return request;
    }

    public override string ToString() =>
        $"{Operation.Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)} [{ContentType}{(Chunked ? ", chunked" : "")}] " +
        (Body is null ? "(no body)" : Body.Length > 80 ? Body[..80] + "…" : Body);
}

/// <summary>The families of bad input, applied to every operation of the OpenAPI document.</summary>
public static partial class MalformedRequests
{
    private static readonly string[] BadIds =
    [
        "abc\n", "abc\r\n", "ab\0c", "a", "-abc", "ABC", "a b", "ab/c", "..", "ĐiệnBiên", "🙂🙂", "abc\t", "x;drop table",
        new string('a', 64), new string('a', 5000), "%", "a%00", "\u202Eabc",
    ];

    private static readonly string[] BadNumbers = ["0", "-1", "1999", "2147483648", "99999999999999999999", "abc", "1e3", "1.5", " 2022", "2022\n"];

    private static readonly string[] BrokenJson =
    [
        "", "{", "[]", "null", "123", "\"text\"", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "\u0000",
        new string('[', 5000) + new string(']', 5000), "{\"x\":" + new string('{', 200) + new string('}', 200) + "}",
    ];

    private static readonly string[] BadValues =
    [
        "null", "[null]", "[[null]]", "{}", "[]", "[{}]", "\"\"", "\"   \"", "-1", "1e400", "99999999999999999999999",
        "true", "\"\\u0000\"", "\"abc\\n\"", "\"" + new string('x', 20_000) + "\"", "[" + string.Join(',', Enumerable.Repeat("\"x\"", 2000)) + "]",
        "[" + string.Join(',', Enumerable.Repeat("{\"criterionId\":\"1.1\",\"value\":1}", 600)) + "]", "\"13/13/2022\"", "\"31/02/2023\"",
    ];

    private static readonly string[] Fields =
    [
        "id", "name", "kind", "authority", "emails", "displayName", "role", "unit", "year", "head", "deputy", "members", "open",
        "criteria", "yaml", "definitionId", "date", "daysOff", "workingDays", "frameworkId", "version",
    ];

    private static readonly string[] BrokenYaml =
    [
        "clusters: ~", "clusters: [~]", "users: ~", "users: [~]", "clusters: [{id: ab, name: X, units: [~]}]",
        "clusters: [{id: ab, name: X, years: [~]}]", "clusters: [{id: ab, name: X, units: ~, years: ~}]",
        "clusters:\n  - id: \"abc\\n\"\n    name: X", "clusters:\n  - id: abc\n    name: \"X\\0\"", "users:\n  - id: \"u\\n\"\n    displayName: A\n    role: admin",
        ":::", "\t- a", "- a\n- b", "{", "[", "x: !!binary AAAA", "x: &a [*a]", "clusters: 5", "clusters: {a: 1}",
        "id: \"f\\n\"\nname: X", "id: ~", "groups: [~]", "groups: [{criteria: [~]}]", "{" + new string('[', 3000),
        "clusters:\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"  - id: c{i}\n    name: C\n")),
    ];

    public static IEnumerable<Probe> For(Operation operation)
    {
        var path = operation.Example;
        foreach (Match parameter in Parameter().Matches(operation.Path))
        {
            var numeric = parameter.Value is "{year}" or "{version}" or "{id}" && !operation.Path.Contains("/definitions/{id}");
            foreach (var bad in numeric ? BadNumbers : BadIds)
                yield return WithBody(operation, Operation.Fill(operation.Path.Replace(parameter.Value, Uri.EscapeDataString(bad))));
        }
        if (operation.Method == "GET")
            foreach (var query in new[] { "?unread=maybe", "?unread=", "?unread=%00", "?unread=1&unread=2" })
                yield return new Probe(operation, path + query, null, null);
        if (operation.BodyType is not { } type) yield break;
        var json = type.Contains("json");
        foreach (var body in json ? BrokenJson : BrokenYaml) yield return new Probe(operation, path, body, type);
        if (json)
            foreach (var field in Fields)
                foreach (var value in BadValues)
                    yield return new Probe(operation, path, $"{{\"{field}\":{value}}}", type);
        var huge = json ? "{\"x\":\"" + new string('x', 3 * 1024 * 1024) + "\"}" : "x: " + new string('x', 3 * 1024 * 1024);
        var overLimit = json ? "{\"x\":\"" + new string('x', 300 * 1024) + "\"}" : "x: " + new string('x', 2100 * 1024);
        yield return new Probe(operation, path, huge, type);
        yield return new Probe(operation, path, overLimit, type, Chunked: true);
        yield return new Probe(operation, path, json ? "{}" : "x: 1", "text/xml");
        yield return new Probe(operation, path, json ? "{}" : "x: 1", null);
        yield return new Probe(operation, path, null, type);
    }

    private static Probe WithBody(Operation operation, string path) =>
        new(operation, path, operation.BodyType is null ? null : operation.BodyType.Contains("json") ? "{}" : "x: 1", operation.BodyType);


    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Parameter();
}
