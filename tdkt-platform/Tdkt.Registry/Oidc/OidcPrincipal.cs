using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Tdkt.Platform.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Registry.Oidc;

public static class OidcScopes
{
    public const string Api = "tdkt-api";
    public static readonly string[] All = [Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, Api];
}

/// <summary>The claims a token of this server carries, in the access token and the identity token alike.</summary>
public static class OidcPrincipal
{
    public static ClaimsPrincipal Create(string subject, string name, string role, string? unit, ImmutableArray<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name).SetClaim(Claims.Role, role);
        if (!string.IsNullOrEmpty(unit)) identity.SetClaim(TdktClaims.Unit, unit);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        identity.SetScopes(scopes.Intersect(OidcScopes.All));
        identity.SetResources(audience);
        return new ClaimsPrincipal(identity);
    }
}
