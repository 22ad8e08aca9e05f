using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;
using Tdkt.Registry.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Registry.Oidc;

/// <summary>
/// At every start, after the stores are migrated: the four roles exist, and the web app's client is
/// registered with its current secret and addresses (ports change between runs).
/// </summary>
internal sealed class OidcClientsSetup(IServiceScopeFactory scopes, IConfiguration config, ILogger<OidcClientsSetup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountDirectory>().EnsureRolesAsync();
        if (string.IsNullOrWhiteSpace(config[ConfigKeys.WebClientSecret]) && DatabaseSetup.IsPostgres(config))
        {
            // A secret generated here could not reach a web app in another process or container.
            log.LogWarning("The web client {ClientId} is not registered: set {Key}", WebClientSecret.ClientId, ConfigKeys.WebClientSecret);
            return;
        }
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = WebClient(WebClientSecret.Resolve(config), PublicUrls(config));
        if (await applications.FindByClientIdAsync(WebClientSecret.ClientId, cancellationToken) is { } existing)
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        else
            await applications.CreateAsync(descriptor, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Tdkt:Web:PublicUrls, else the host's own Urls; a 127.0.0.1 address also as localhost.</summary>
    public static IReadOnlyList<string> PublicUrls(IConfiguration config)
    {
        var configured = config[ConfigKeys.WebPublicUrls] is { Length: > 0 } p ? p : config[ConfigKeys.Urls] ?? "http://127.0.0.1:5080";
        var urls = new List<string>();
        foreach (var url in configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var uri)) continue;
            var baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            urls.Add(baseUrl);
            if (uri.Host == "127.0.0.1") urls.Add(baseUrl.Replace("://127.0.0.1", "://localhost"));
        }
        return urls.Distinct().ToList();
    }

    private static OpenIddictApplicationDescriptor WebClient(string secret, IReadOnlyList<string> bases)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientSecret.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Ứng dụng web TĐKT",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + OidcScopes.Api,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var b in bases)
        {
            descriptor.RedirectUris.Add(new Uri(b + "/signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri(b + "/signout-callback-oidc"));
        }
        return descriptor;
    }
}
