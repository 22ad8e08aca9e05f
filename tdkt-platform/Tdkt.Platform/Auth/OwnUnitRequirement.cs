using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tdkt.Platform.Auth;

/// <summary>
/// The caller acts for the unit named by the route's {unitId}: a member unit, or a cluster head, which
/// is also a member unit and sends its own unit's papers with its head token.
/// </summary>
public sealed class OwnUnitRequirement : AuthorizationHandler<OwnUnitRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnUnitRequirement requirement)
    {
        var routeUnit = (context.Resource as HttpContext)?.GetRouteValue("unitId") as string;
        if (routeUnit is not null && string.Equals(routeUnit, context.User.MemberUnit(), StringComparison.Ordinal))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
