using Microsoft.AspNetCore.Authorization;

namespace Tdkt.Platform.Auth;

/// <summary>
/// The caller's token carries exactly one role claim, and it is one of the platform's four. A token
/// with a made-up role, or with several roles (a role claim given as an array), is refused everywhere.
/// </summary>
public sealed class KnownRoleRequirement : AuthorizationHandler<KnownRoleRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KnownRoleRequirement requirement)
    {
        var roles = context.User.FindAll(TdktClaims.Role).Select(c => c.Value).ToList();
        if (context.User.Identity?.IsAuthenticated == true && roles.Count == 1 && Roles.All.Contains(roles[0]))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
