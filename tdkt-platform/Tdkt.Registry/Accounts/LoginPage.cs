using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Tdkt.Registry.Accounts;

/// <summary>
/// The registry's sign-in page, where /connect/authorize sends a browser without a login cookie.
/// Server-rendered (no script), every value HTML-encoded, and it only ever redirects within this site.
/// </summary>
public static class LoginPage
{
    public const string Path = "/account/login";
    public const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedOut = "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Thử lại sau 15 phút.";

    // Vietnamese letters stay readable; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void MapLoginPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, returnUrl, userName: null, error: null))
            .AllowAnonymous().ExcludeFromDescription();

        endpoints.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, SignInManager<Account> signIn) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
                return Page(context, antiforgery, null, null, "Phiên đăng nhập đã hết hạn, vui lòng thử lại.", StatusCodes.Status400BadRequest);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            string userName = form["userName"].ToString().Trim(), password = form["password"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            var result = userName.Length is > 0 and <= 256 && password.Length is > 0 and <= 256
                ? await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true)
                : SignInResult.Failed;
            if (result.Succeeded) return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
            return Page(context, antiforgery, returnUrl, userName, result.IsLockedOut ? LockedOut : WrongPassword);
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>A path of this site: not "//host" or "/\host", which browsers take for another site.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? userName, string? error,
        int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var e = Encoder;
        var html = $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập</title>
              <link rel="stylesheet" href="/assets/tdkt.css">
            </head>
            <body>
              <header class="top"><span class="brand">Thi đua – Khen thưởng</span></header>
              <main class="login card">
                <h1>Đăng nhập</h1>
                <p class="muted">Hệ thống quản lý thi đua – khen thưởng</p>
                {(error is null ? "" : $"<div class=\"alert error\" role=\"alert\">{e.Encode(error)}</div>")}
                <form method="post" action="{Path}">
                  <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? "")}">
                  <input type="hidden" name="returnUrl" value="{e.Encode(IsLocal(returnUrl) ? returnUrl! : "")}">
                  <div class="field"><label for="userName">Tên đăng nhập</label>
                  <input type="text" id="userName" name="userName" autocomplete="username" required value="{e.Encode(userName ?? "")}"></div>
                  <div class="field"><label for="password">Mật khẩu</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required></div>
                  <button id="sign-in" type="submit">Đăng nhập</button>
                </form>
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
