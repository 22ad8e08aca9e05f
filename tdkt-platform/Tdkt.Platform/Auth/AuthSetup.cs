using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

public static class AuthSetup
{
    /// <summary>Clocks of the services and the token issuer may differ by this much, no more.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// JWT bearer, two ways: tokens of the local key (HS256 only: `tdkt token`, scripts, tests) and tokens
    /// of the platform's OpenID Connect server (RS256 only), told apart by their issuer. The OIDC tokens
    /// are checked through the configured authority's discovery document, or, with no authority, against
    /// the keys of the server in this same process (the registry configures that scheme when it is here).
    /// Every policy, the default and the fallback one included, requires exactly one known role, so an
    /// endpoint mapped without a rule is still closed to anonymous callers and to made-up roles.
    /// </summary>
    public static void AddTdktAuth(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var authority = config[ConfigKeys.AuthAuthority];
        var audience = config[ConfigKeys.AuthAudience] is { Length: > 0 } a ? a : SigningKey.DefaultAudience;
        var localKey = string.IsNullOrWhiteSpace(authority) || !string.IsNullOrWhiteSpace(config[ConfigKeys.AuthSigningKey])
            ? SigningKey.Resolve(config)
            : null;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddPolicyScheme(JwtBearerDefaults.AuthenticationScheme, "Bearer", o => o.ForwardDefaultSelector = BearerIssuer.SchemeFor)
            .AddJwtBearer(AuthSchemes.Local, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = Parameters(audience, SecurityAlgorithms.HmacSha256);
                o.TokenValidationParameters.ValidIssuer = SigningKey.Issuer;
                // With an authority and no shared key configured, only the authority's tokens are accepted.
                o.TokenValidationParameters.IssuerSigningKey = localKey ?? new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
            })
            .AddJwtBearer(AuthSchemes.Oidc, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = Parameters(audience, SecurityAlgorithms.RsaSha256);
                if (string.IsNullOrWhiteSpace(authority)) return;
                o.Authority = authority;
                o.RequireHttpsMetadata = OidcTransport.RequireHttps(config, authority);
            });
        builder.Services.AddSingleton<IAuthorizationHandler, OwnUnitRequirement>();
        builder.Services.AddSingleton<IAuthorizationHandler, KnownRoleRequirement>();
        builder.Services.AddForbiddenExplained();
        var knownRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new KnownRoleRequirement()).Build();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(knownRole)
            .SetFallbackPolicy(knownRole)
            .AddPolicy(Policies.Admin, p => p.Combine(knownRole).RequireRole(Roles.Admin))
            .AddPolicy(Policies.Board, p => p.Combine(knownRole).RequireRole(Roles.Board, Roles.Admin))
            .AddPolicy(Policies.Head, p => p.Combine(knownRole).RequireRole(Roles.Head).RequireClaim(TdktClaims.Unit))
            .AddPolicy(Policies.OwnUnit, p => p.Combine(knownRole).AddRequirements(new OwnUnitRequirement()));
    }

    private static TokenValidationParameters Parameters(string audience, string algorithm) => new()
    {
        ValidAudience = audience,
        RoleClaimType = TdktClaims.Role,
        NameClaimType = TdktClaims.Subject,
        ClockSkew = ClockSkew,
        RequireExpirationTime = true,
        // Pinning the algorithm refuses any other, "none" included, and an HS256 token signed with a public key.
        ValidAlgorithms = [algorithm],
    };
}
