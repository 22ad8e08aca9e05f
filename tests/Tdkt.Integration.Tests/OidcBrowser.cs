using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Tdkt.Integration.Tests;

/// <summary>
/// What a browser and the web app do in the authorization code flow with PKCE, driven over plain HTTP:
/// cookies kept, redirects read rather than followed.
/// </summary>
public sealed partial class OidcBrowser(Uri registry) : IDisposable
{
    public const string WebClient = "tdkt-web";
    public const string RedirectUri = "http://web.test/signin-oidc";

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = registry,
    };

    /// <summary>The login page's answer to these credentials (its HTML, or a redirect when signed in).</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string userName, string password, string returnUrl = "")
    {
        var page = await _http.GetStringAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = AntiforgeryField().Match(page);
        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
            ["password"] = password,
        }));
    }

    /// <summary>Signs in through the whole flow and returns the token response (access_token, id_token…).</summary>
    public async Task<JsonElement> SignInAsync(string userName, string password, string clientSecret)
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = WebClient, ["response_type"] = "code", ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile roles tdkt-api", ["state"] = "s1", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        using var first = await _http.GetAsync(authorize);
        var toLogin = Location(first);
        if (!toLogin.StartsWith("/account/login")) throw new InvalidOperationException($"Expected the login page, got {first.StatusCode} {toLogin}");
        var returnUrl = Uri.UnescapeDataString(toLogin[(toLogin.IndexOf("returnUrl=", StringComparison.Ordinal) + 10)..]);
        using var login = await PostLoginAsync(userName, password, returnUrl);
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Sign-in refused: " + await login.Content.ReadAsStringAsync());
        using var second = await _http.GetAsync(Location(login));
        var callback = new Uri(Location(second));
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        if (query["code"] is not { } code) throw new InvalidOperationException("No code: " + callback);
        using var token = await _http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
            ["client_id"] = WebClient, ["client_secret"] = clientSecret,
        }));
        var body = await token.Content.ReadAsStringAsync();
        if (!token.IsSuccessStatusCode) throw new InvalidOperationException($"Token endpoint: {token.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Where the registry sends the browser for this authorization request (the login page, or the web app).</summary>
    public async Task<string> AuthorizeRedirectAsync(string query)
    {
        using var response = await _http.GetAsync("/connect/authorize?" + query);
        return Location(response);
    }

    /// <summary>Signs out at the registry as the web app does; returns where the browser is sent.</summary>
    public async Task<string> SignOutAsync(string idToken)
    {
        using var response = await _http.GetAsync("/connect/endsession?id_token_hint=" + Uri.EscapeDataString(idToken)
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString("http://web.test/signout-callback-oidc"));
        return Location(response);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect: {response.StatusCode}");

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex AntiforgeryField();

    public void Dispose() => _http.Dispose();
}
