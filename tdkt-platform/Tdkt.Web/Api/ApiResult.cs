using System.Text.Json.Serialization;

namespace Tdkt.Web.Api;

/// <summary>An API's answer: the value, or the problem details it refused with (Vietnamese, naming the fields).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}

public sealed record ApiProblem
{
    public int? Status { get; init; }
    public string? Title { get; init; }
    public string? Detail { get; init; }
    public Dictionary<string, string[]>? Errors { get; init; }
    /// <summary>Members beyond RFC 7807's, e.g. the value now stored that a 409 carries as "current".</summary>
    [JsonExtensionData] public Dictionary<string, System.Text.Json.JsonElement>? Extensions { get; init; }

    /// <summary>What the user reads at the top of the page: the detail, else the title, else the field messages.</summary>
    [JsonIgnore]
    public string Message => Detail ?? (Errors is { Count: > 0 } ? "Dữ liệu chưa hợp lệ, xem các ô được đánh dấu." : Title ?? "Thao tác không thành công.");

    /// <summary>The messages for one field, and for its sub-fields (criteria[0] covers criteria[0].value).</summary>
    public IEnumerable<string> For(string field) => Errors is null ? [] : Errors
        .Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)
            || e.Key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
            || e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
        .SelectMany(e => e.Value);

    public static ApiProblem Unreachable(string service) => new()
    {
        Status = 503,
        Title = "Dịch vụ tạm thời không trả lời",
        Detail = $"Không kết nối được dịch vụ {service}. Vui lòng thử lại sau ít phút; dữ liệu chưa bị thay đổi.",
    };
}
