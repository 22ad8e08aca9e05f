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
    /// JWT bearer: an external authority when configured, otherwise the local signing key (HS256 only).
    /// Every policy, the default and the fallback one included, requires exactly one known role, so an
    /// endpoint mapped without a rule is still closed to anonymous callers and to made-up roles.
    /// </summary>
    public static void AddTdktAuth(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var authority = config[ConfigKeys.AuthAuthority];
        var audience = config[ConfigKeys.AuthAudience] is { Length: > 0 } a ? a : SigningKey.DefaultAudience;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = audience,
                RoleClaimType = TdktClaims.Role,
                NameClaimType = TdktClaims.Subject,
                ClockSkew = ClockSkew,
                RequireExpirationTime = true,
            };
            if (!string.IsNullOrWhiteSpace(authority)) { o.Authority = authority; return; }
            o.TokenValidationParameters.ValidIssuer = SigningKey.Issuer;
            o.TokenValidationParameters.IssuerSigningKey = SigningKey.Resolve(config);
            // The local key is symmetric: pinning the algorithm refuses any other, "none" included.
            o.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
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
}
