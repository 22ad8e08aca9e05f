using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Problems;

namespace Tdkt.Platform.Auth;

/// <summary>
/// A refused request says why, in Vietnamese, instead of a bare 403: which rule the caller's
/// token did not meet.
/// </summary>
internal sealed class ForbiddenExplained : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        // A browser on a page gets its sign-in scheme's own answer (the web app's "not allowed" page), not JSON.
        if (!result.Forbidden || context.Request.AsksForPage())
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        var failed = result.AuthorizationFailure?.FailedRequirements.FirstOrDefault();
        var detail = failed switch
        {
            KnownRoleRequirement => $"Token phải mang đúng một vai trò trong số: {string.Join(", ", Roles.All)}.",
            OwnUnitRequirement => "Đơn vị chỉ được gửi và xem hồ sơ của chính đơn vị mình.",
            Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement roles =>
                $"Thao tác này dành cho vai trò: {string.Join(", ", roles.AllowedRoles)}.",
            Microsoft.AspNetCore.Authorization.Infrastructure.ClaimsAuthorizationRequirement claim =>
                $"Token thiếu thông tin '{claim.ClaimType}'.",
            _ => null,
        };
        await Problems.Problems.Forbidden(detail ?? "Bạn không có quyền thực hiện thao tác này.").ExecuteAsync(context);
    }
}

internal static class ForbiddenExplainedSetup
{
    public static IServiceCollection AddForbiddenExplained(this IServiceCollection services) =>
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenExplained>();
}
