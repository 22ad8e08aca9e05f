using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Registry.Oidc;

public static class OidcSetup
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// The OpenID Connect server: authorization code with PKCE for the web app, client credentials for
    /// integrations, RS256-signed access tokens left unencrypted so every service can validate them.
    /// </summary>
    public static void AddOidcServer(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var requireHttps = OidcTransport.RequireHttps(config, null);
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AccountsDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // S256 only: a "plain" challenge is the verifier itself and protects nothing once seen.
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes(OidcScopes.All);
                o.RegisterClaims(Claims.Subject, Claims.Name, Claims.Role, TdktClaims.Unit);
                o.SetAccessTokenLifetime(AccessTokenLifetime).SetIdentityTokenLifetime(AccessTokenLifetime);
                o.AddSigningKey(OidcKeys.Signing(config)).AddEncryptionKey(OidcKeys.Encryption(config));
                o.DisableAccessTokenEncryption();
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps) aspNetCore.DisableTransportSecurityRequirement();
            });
        builder.Services.AddHostedService<OidcClientsSetup>();
        if (string.IsNullOrWhiteSpace(config[ConfigKeys.AuthAuthority])) builder.Services.ValidateWithThisServer();
    }

    /// <summary>
    /// With no authority configured, the services of this process check OIDC tokens against this server's
    /// own signing keys: no HTTP round trip to itself. The issuer is not compared: the same server answers
    /// under several addresses (127.0.0.1, localhost, a public name), and only it holds the private key.
    /// </summary>
    private static void ValidateWithThisServer(this IServiceCollection services) =>
        services.AddOptions<JwtBearerOptions>(AuthSchemes.Oidc).Configure<IOptionsMonitor<OpenIddictServerOptions>>((o, server) =>
        {
            o.TokenValidationParameters.IssuerSigningKeys = server.CurrentValue.SigningCredentials.Select(c => c.Key).ToList();
            o.TokenValidationParameters.ValidateIssuer = false;
        });
}
