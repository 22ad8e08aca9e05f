using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Tests;

public sealed class When_a_bearer_token_arrives
{
    [Fact]
    public void A_local_token_goes_to_the_local_scheme_and_one_of_the_sign_in_server_to_the_oidc_scheme()
    {
        var key = new SymmetricSecurityKey(RandomBytes());
        var local = new TokenIssuer(key).Issue(Roles.Admin, null, "admin", TimeSpan.FromHours(1), DateTimeOffset.UtcNow);
        var oidc = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "http://127.0.0.1:5080/",
            Claims = new Dictionary<string, object> { ["sub"] = "quan-tri" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

        BearerIssuer.SchemeFor(Request("Bearer " + local)).Should().Be(AuthSchemes.Local);
        BearerIssuer.SchemeFor(Request("Bearer " + oidc)).Should().Be(AuthSchemes.Oidc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic abc")]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer a.b.c")]
    public void Anything_else_goes_to_the_local_scheme_which_refuses_it(string? header) =>
        BearerIssuer.SchemeFor(Request(header)).Should().Be(AuthSchemes.Local);

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, false)]
    [InlineData("http://localhost:8080", null, false)]
    [InlineData("http://0.0.0.0:8080", null, true)]
    [InlineData("http://registry:8080", "false", false)]
    [InlineData("http://127.0.0.1:5080", "true", true)]
    public void Sign_in_needs_https_except_on_loopback_or_when_configured_off(string urls, string? configured, bool required)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.Urls] = urls, [ConfigKeys.AuthRequireHttps] = configured,
        }).Build();
        OidcTransport.RequireHttps(config, null).Should().Be(required);
    }

    [Fact]
    public void The_web_client_secret_is_generated_once_for_its_owner_only_unless_configured()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tdkt-web-secret-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ConfigKeys.DataDirectory] = directory }).Build();
            var first = WebClientSecret.Resolve(config);
            WebClientSecret.Resolve(config).Should().Be(first).And.HaveLength(44);
            if (!OperatingSystem.IsWindows())
                File.GetUnixFileMode(Path.Combine(directory, "web-client.secret")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            config[ConfigKeys.WebClientSecret] = "configured-secret";
            WebClientSecret.Resolve(config).Should().Be("configured-secret");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] RandomBytes() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    private static HttpContext Request(string? authorization)
    {
        var context = new DefaultHttpContext();
        if (authorization is not null) context.Request.Headers.Authorization = authorization;
        return context;
    }
}
