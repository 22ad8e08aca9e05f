using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tdkt.Platform.Auth;

/// <summary>The caller is a unit and the route's {unitId} is its own.</summary>
public sealed class OwnUnitRequirement : AuthorizationHandler<OwnUnitRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnUnitRequirement requirement)
    {
        var routeUnit = (context.Resource as HttpContext)?.GetRouteValue("unitId") as string;
        var callerUnit = context.User.Unit();
        if (context.User.IsInRole(Roles.Unit) && routeUnit is not null
            && string.Equals(routeUnit, callerUnit, StringComparison.Ordinal))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
