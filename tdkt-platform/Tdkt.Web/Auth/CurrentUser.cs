using Microsoft.AspNetCore.Http;
using Tdkt.Platform.Auth;
using Tdkt.Web.Api;

namespace Tdkt.Web.Auth;

/// <summary>
/// The signed-in person as the pages need them: claims from the sign-in, and the unit's and cluster's names and
/// years from the registry (/registry/me), read once per request.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, ApiClient api)
{
    private Task<Me?>? _me;

    private System.Security.Claims.ClaimsPrincipal User => accessor.HttpContext?.User ?? new();
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
    public string Role => User.FindFirst(TdktClaims.Role)?.Value ?? "";
    public string UserName => User.FindFirst(TdktClaims.Subject)?.Value ?? "";
    public string DisplayName => User.FindFirst("name")?.Value ?? UserName;
    public string? UnitId => User.FindFirst(TdktClaims.Unit)?.Value;

    public string? UnitName => Loaded?.Unit?.Name;
    public string? ClusterId => Loaded?.Unit?.ClusterId;
    public string? ClusterName => Loaded?.Unit?.ClusterName;
    /// <summary>The latest emulation year of the unit's cluster, the one its pages open on.</summary>
    public int? CurrentYear => Loaded?.Unit?.Years is { Count: > 0 } years ? years.Max() : null;

    private Me? Loaded => _me is { IsCompletedSuccessfully: true } t ? t.Result : null;

    /// <summary>Pages and the layout both await this; the registry is asked once.</summary>
    public Task LoadAsync() => _me ??= Fetch();

    /// <summary>Whether the person may act for this unit: their own unit only (a head is a member unit too).</summary>
    public bool ActsFor(string unitId) => string.Equals(User.MemberUnit(), unitId, StringComparison.Ordinal);

    private async Task<Me?> Fetch()
    {
        if (!IsSignedIn) return null;
        var result = await api.GetAsync<Me>("registry", "/registry/me");
        return result.Value;
    }

    private sealed record Me(string? UserName, string? DisplayName, string? Role, MeUnit? Unit);
    private sealed record MeUnit(string Id, string Name, string ClusterId, string? ClusterName, List<int>? Years);
}
