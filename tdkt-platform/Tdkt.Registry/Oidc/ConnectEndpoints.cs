using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Registry.Oidc;

/// <summary>
/// The parts of /connect/authorize, /connect/token and /connect/endsession OpenIddict passes through:
/// who the user or client is. OpenIddict has already checked the client, redirect URI, PKCE and scopes.
/// </summary>
public static class ConnectEndpoints
{
    public static void MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost("/connect/token", TokenAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, AccountDirectory accounts, SignInManager<Account> signIn, IConfiguration config)
    {
        if (context.GetOpenIddictServerRequest() is not { } request) return Results.BadRequest();
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = cookie.Succeeded ? await signIn.ValidateSecurityStampAsync(cookie.Principal) : null;
        if (account is null || await signIn.UserManager.IsLockedOutAsync(account) || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None)) return Refuse(Errors.LoginRequired, "Chưa đăng nhập.");
            if (cookie.Succeeded) await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            // Back to this same request after signing in: a POSTed request comes back as a query string.
            var parameters = request.GetParameters().Where(p => p.Key != Parameters.Prompt)
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value));
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Redirect($"{LoginPage.Path}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        if (await accounts.RoleOfAsync(account) is not { } role) return Refuse(Errors.AccessDenied, "Tài khoản chưa được gán vai trò.");
        var principal = OidcPrincipal.Create(account.UserName!, account.DisplayName, role, account.UnitId, request.GetScopes(), Audience(config));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, AccountDirectory accounts, IOpenIddictApplicationManager applications,
        SignInManager<Account> signIn, IConfiguration config)
    {
        if (context.GetOpenIddictServerRequest() is not { } request) return Results.BadRequest();
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has authenticated the client; its role and unit are the application's properties.
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            if (application is null || await IntegrationClients.RoleOfAsync(applications, application, context.RequestAborted) is not { } client)
                return Refuse(Errors.InvalidClient, "Ứng dụng không có vai trò.");
            var name = await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? request.ClientId!;
            return SignIn(OidcPrincipal.Create(request.ClientId!, name, client.Role, client.Unit, request.GetScopes(), Audience(config)));
        }
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Kiểu cấp quyền không được hỗ trợ.");
        // The code or refresh token was issued to a user: take their current name, role and unit, or refuse if they are gone or locked.
        var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var userName = granted.Principal?.GetClaim(Claims.Subject);
        var account = userName is null ? null : await accounts.FindAsync(userName);
        if (account is null || await signIn.UserManager.IsLockedOutAsync(account) || await accounts.RoleOfAsync(account) is not { } role)
            return Refuse(Errors.InvalidGrant, "Tài khoản không còn dùng được.");
        return SignIn(OidcPrincipal.Create(account.UserName!, account.DisplayName, role, account.UnitId, granted.Principal!.GetScopes(), Audience(config)));
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict redirects to the client's post_logout_redirect_uri when it was given and registered.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static string Audience(IConfiguration config) => config[ConfigKeys.AuthAudience] is { Length: > 0 } a ? a : SigningKey.DefaultAudience;

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
