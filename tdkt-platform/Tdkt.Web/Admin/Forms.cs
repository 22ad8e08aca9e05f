namespace Tdkt.Web.Admin;

/// <summary>Small helpers for the administrator's forms.</summary>
public static class Forms
{
    /// <summary>The input's class when the service refused that field: "invalid", else none.</summary>
    public static string? Invalid(Api.ApiProblem? problem, string field) => problem?.For(field).Any() == true ? "invalid" : null;

    /// <summary>A comma, semicolon or line separated list typed in one box, blanks dropped.</summary>
    public static List<string> List(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
