using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tdkt.Platform.Problems;

/// <summary>Problem results with the platform's Vietnamese titles.</summary>
public static class Problems
{
    public static ProblemHttpResult Forbidden(string detail) => Make(StatusCodes.Status403Forbidden, detail);
    public static ProblemHttpResult NotFound(string detail) => Make(StatusCodes.Status404NotFound, detail);
    public static ProblemHttpResult Conflict(string detail) => Make(StatusCodes.Status409Conflict, detail);

    /// <summary>Writes 503 with Retry-After from middleware, before any endpoint runs: the client may send the request again.</summary>
    public static Task ServiceUnavailableAsync(HttpContext context, string detail, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Make(StatusCodes.Status503ServiceUnavailable, detail).ExecuteAsync(context);
    }

    private static ProblemHttpResult Make(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: ProblemDetailsSetup.VietnameseTitle(status));
}
