using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;

namespace Tdkt.Web.Auth;

/// <summary>
/// A cookie for the browser, filled by the authorization code flow (with PKCE) against the registry's OpenID
/// Connect server; the access token stays server-side in the cookie's ticket and goes to the APIs.
/// </summary>
public static class WebSignIn
{
    public const string CookieScheme = "tdkt-web";
    public const string OidcScheme = "tdkt-oidc";
    public const string PagePolicy = "web-page";
    public const string SignOutPath = "/dang-xuat";
    private static readonly TimeSpan Session = TimeSpan.FromHours(8);

    public static void AddWebSignIn(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthentication()
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "tdkt.web";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = Session;
                o.SlidingExpiration = false;
                o.ForwardChallenge = OidcScheme;
                o.AccessDeniedPath = "/khong-duoc-phep";
            })
            .AddOpenIdConnect(OidcScheme, o =>
            {
                o.SignInScheme = CookieScheme;
                o.Authority = (config[ConfigKeys.WebAuthority] is { Length: > 0 } a ? new Uri(a) : SelfAddress.From(config)).ToString();
                o.RequireHttpsMetadata = o.Authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
                o.ClientId = WebClientSecret.ClientId;
                o.ClientSecret = WebClientSecret.Resolve(config);
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "tdkt-api" }) o.Scope.Add(scope);
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = TdktClaims.Role;
                o.UseTokenLifetime = true;
                o.SignedOutRedirectUri = "/";
                o.Events.OnRemoteFailure = context =>
                {
                    // A stale or replayed sign-in (the back button, an expired attempt) starts over instead of failing.
                    context.Response.Redirect("/?dang-nhap-lai=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorizationBuilder().AddPolicy(PagePolicy, p => p
            .AddAuthenticationSchemes(CookieScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new KnownRoleRequirement()));
    }

    public static void MapWebSignIn(this IEndpointRouteBuilder endpoints)
    {
        // A form post with its antiforgery token: signing out cannot be triggered by a link on another site.
        endpoints.MapPost(SignOutPath, (HttpContext context) => TypedResults.SignOut(
                new AuthenticationProperties { RedirectUri = "/" }, [CookieScheme, OidcScheme]))
            .RequireAuthorization(PagePolicy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
    }
}
