using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Problems;

/// <summary>
/// A request that failed because the database is away (restarting, unreachable, busy) is answered 503 with Retry-After,
/// as problem details, instead of 500: the client may send it again, and an operator sees a warning, not a crash.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;
    public const string Detail = "Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng gửi lại yêu cầu sau ít giây.";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!exception.IsDatabaseUnavailable()) return false;
        // One line, no stack: while the database restarts every request lands here.
        log.LogWarning("{Method} {Path} refused with 503: the database is unavailable ({Error})",
            context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Detail = Detail },
        });
    }
}
