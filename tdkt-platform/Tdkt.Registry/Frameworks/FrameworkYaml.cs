using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Registry.Frameworks;

/// <summary>Reads an uploaded framework file and validates it with the scoring library, reporting every problem.</summary>
public static class FrameworkYaml
{
    /// <summary>The body limit of the endpoints that take a framework file (RequestRules refuses more with 413).</summary>
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(string? Yaml, ValidationProblem? Problem)> ReadYamlBodyAsync(this HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return (await reader.ReadToEndAsync(ct), null);
    }

    /// <summary>The framework, or every `path: message` of the loader keyed by path (the whole file is "body").</summary>
    public static (Framework? Framework, Validation Errors) Load(string yaml)
    {
        var v = new Validation();
        var result = FrameworkLoader.Load(yaml);
        foreach (var e in result.Errors) v.Add(e.Path.Length == 0 ? "body" : e.Path, e.Message);
        if (!result.IsValid) return (null, v);
        // The id becomes part of the API's paths, so it follows the registry's id rule.
        v.Id("id", result.Value!.Id, "Mã bảng điểm");
        return v.IsValid ? (result.Value, v) : (null, v);
    }
}
