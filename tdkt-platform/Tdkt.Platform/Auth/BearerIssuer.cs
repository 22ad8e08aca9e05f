using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Net.Http.Headers;

namespace Tdkt.Platform.Auth;

public static class AuthSchemes
{
    /// <summary>Tokens signed with the local key (HS256).</summary>
    public const string Local = "local";
    /// <summary>Tokens of the platform's OpenID Connect server (RS256).</summary>
    public const string Oidc = "oidc";
}

/// <summary>
/// Picks the bearer scheme by the token's issuer, read without validating: the chosen scheme validates
/// everything, so a token naming the wrong issuer only meets the stricter check of the other scheme.
/// </summary>
public static class BearerIssuer
{
    public static string SchemeFor(HttpContext context)
    {
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthSchemes.Local;
        var token = header["Bearer ".Length..].Trim();
        try
        {
            var issuer = new JsonWebTokenHandler().CanReadToken(token) ? new JsonWebToken(token).Issuer : null;
            return string.IsNullOrEmpty(issuer) || issuer == SigningKey.Issuer ? AuthSchemes.Local : AuthSchemes.Oidc;
        }
        catch (ArgumentException)
        {
            return AuthSchemes.Local;
        }
    }
}
