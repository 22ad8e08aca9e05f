using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tdkt.Platform.Problems;

/// <summary>
/// Reads a JSON body so that a malformed one becomes a 400 naming the field, instead of the
/// framework's generic binding failure. Request records keep every member nullable and are
/// validated explicitly, so a missing field is reported the same way as a wrong one.
/// </summary>
public static partial class JsonBody
{
    // A field the endpoint does not know is refused by name: a misspelt "dayOff" must not silently mean "no days off".
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(T? Value, ValidationProblem? Problem)> ReadJsonBodyAsync<T>(
        this HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, Validation.Problem("body", "Nội dung phải ở định dạng JSON (Content-Type: application/json)."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, ct);
            return value is null
                ? (null, Validation.Problem("body", "Thiếu nội dung yêu cầu."))
                : (value, null);
        }
        catch (JsonException e) when (UnknownMember().Match(e.Message) is { Success: true } unknown)
        {
            var (at, name) = (FieldOf(e.Path), unknown.Groups[1].Value);
            var field = at == "body" ? name : at.EndsWith(name, StringComparison.Ordinal) ? at : $"{at}.{name}";
            return (null, Validation.Problem(field, $"Trường '{name}' không thuộc dữ liệu của thao tác này."));
        }
        catch (JsonException e)
        {
            return (null, Validation.Problem(FieldOf(e.Path), "Giá trị không đúng định dạng hoặc sai kiểu dữ liệu."));
        }
    }

    // "$.criteria[0].value" → "criteria[0].value"; the root itself is the body.
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    // System.Text.Json: "The JSON property 'x' could not be mapped to any .NET member contained in type '…'."
    [System.Text.RegularExpressions.GeneratedRegex("property '([^']*)' could not be mapped")]
    private static partial System.Text.RegularExpressions.Regex UnknownMember();
}
