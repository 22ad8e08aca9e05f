using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Problems;

namespace Tdkt.Web.Auth;

/// <summary>
/// A browser that meets an error gets a Vietnamese page, never a stack trace or a JSON document: the identity
/// server not answering is a 503 that says to try again; anything else is logged with its trace id.
/// </summary>
public sealed class PageErrors(ILogger<PageErrors> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.AsksForPage()) return false;
        var signIn = exception is InvalidOperationException && exception.Message.StartsWith("IDX20803", StringComparison.Ordinal);
        log.LogError(exception, "Page {Path} failed (trace {TraceId})", context.Request.Path, context.TraceIdentifier);
        context.Response.StatusCode = signIn ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (signIn) context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "text/html; charset=utf-8";
        var message = signIn
            ? "Dịch vụ đăng nhập chưa sẵn sàng. Vui lòng thử lại sau ít giây."
            : "Đã xảy ra lỗi khi hiển thị trang. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại.";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Không hiển thị được trang</title><link rel="stylesheet" href="/assets/tdkt.css"></head>
            <body><header class="top"><a class="brand" href="/">Thi đua – Khen thưởng</a></header><main>
            <h1>Không hiển thị được trang</h1><div class="alert error">{WebUtility.HtmlEncode(message)}</div>
            <p class="muted">Mã tra cứu: {WebUtility.HtmlEncode(context.TraceIdentifier)}</p><p><a href="/">Về trang chủ</a></p></main></body></html>
            """, cancellationToken);
        return true;
    }
}
