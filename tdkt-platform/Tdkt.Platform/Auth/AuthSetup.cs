using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Auth;

public static class AuthSetup
{
    /// <summary>JWT bearer: an external authority when configured, otherwise the local signing key.</summary>
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
            };
            if (!string.IsNullOrWhiteSpace(authority)) { o.Authority = authority; return; }
            o.TokenValidationParameters.ValidIssuer = SigningKey.Issuer;
            o.TokenValidationParameters.IssuerSigningKey = SigningKey.Resolve(config);
        });
        builder.Services.AddSingleton<IAuthorizationHandler, OwnUnitRequirement>();
        builder.Services.AddForbiddenExplained();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Board, p => p.RequireRole(Roles.Board, Roles.Admin))
            .AddPolicy(Policies.Head, p => p.RequireRole(Roles.Head).RequireClaim(TdktClaims.Unit))
            .AddPolicy(Policies.OwnUnit, p => p.AddRequirements(new OwnUnitRequirement()));
    }
}
