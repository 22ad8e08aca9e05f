using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Tdkt.Testing;

/// <summary>
/// One service (or several, like Tdkt.Host) in its own WebApplication with its own DI container,
/// listening on a free loopback port: the same composition the real hosts use, not a test server.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public const string SigningKey = "tdkt-test-signing-key-0123456789-abcdefghijklmnop";

    private static readonly Lazy<string> OidcSigningKey = new(() =>
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    });

    private ServiceHost(WebApplication app, Uri address) => (App, Address) = (app, address);

    public WebApplication App { get; }
    public Uri Address { get; }
    public IServiceProvider Services => App.Services;

    public static Task<ServiceHost> StartAsync(IDictionary<string, string?> configuration, params ITdktService[] services) =>
        StartAsync(configuration, _ => { }, services);

    /// <param name="configure">Registers extra services, e.g. an EF Core interceptor every service database will use.</param>
    public static async Task<ServiceHost> StartAsync(IDictionary<string, string?> configuration,
        Action<IServiceCollection> configure, params ITdktService[] services)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.Urls] = "http://127.0.0.1:0",
            [ConfigKeys.AuthSigningKey] = SigningKey,
            // Configured, so a registry on PostgreSQL writes no keys into the repository's data folder.
            [ConfigKeys.AuthOidcSigningKey] = OidcSigningKey.Value,
            [ConfigKeys.AuthOidcEncryptionKey] = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("tdkt-test-oidc-encryption-key-32")),
            [ConfigKeys.OutboxPollMilliseconds] = "200",
            // Test output stays readable; failures show their own details.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddTdktPlatform(string.Join('+', services.Select(s => s.Name)), services);
        configure(builder.Services);
        var app = builder.Build();
        app.MapTdktPlatformEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServiceHost(app, new Uri(address));
    }

    /// <summary>Configuration for a service on the test PostgreSQL database and RabbitMQ broker.</summary>
    /// <param name="broker">A virtual host of the test's own, or null for the shared test broker.</param>
    public static Dictionary<string, string?> OnRealServers(string postgresConnection, BrokerVirtualHost? broker = null) => new()
    {
        [ConfigKeys.DatabaseProvider] = "postgres",
        [ConfigKeys.PostgresConnection] = postgresConnection,
        [ConfigKeys.RabbitMqConnection] = broker?.Connection ?? TestServers.RabbitMq,
    };

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string Token(string role, string? unitId = null) =>
        new TokenIssuer(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(SigningKey)))
            .Issue(role, unitId, unitId ?? role, TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    /// <summary>A token signed with the test key whose claims, algorithm or lifetime the caller chooses, e.g. to forge a role.</summary>
    public static string Token(IDictionary<string, object> claims, DateTime expires, string algorithm = SecurityAlgorithms.HmacSha256) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Tdkt.Platform.Auth.SigningKey.Issuer,
            Audience = Tdkt.Platform.Auth.SigningKey.DefaultAudience,
            Claims = new Dictionary<string, object>(claims) { [TdktClaims.Subject] = "test" },
            NotBefore = expires.AddHours(-1),
            IssuedAt = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(SigningKey)), algorithm),
        });

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
