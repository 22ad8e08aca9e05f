using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Tdkt.Platform.Problems;

/// <summary>An endpoint's own body limit, above the platform's default.</summary>
public sealed record BodyLimit(long Bytes);

/// <summary>
/// The rules every request body meets before an endpoint sees it, so no endpoint can forget one:
/// a body where the endpoint accepts one (400 naming "body"), of an accepted type (415 naming the
/// types), within the size limit (413, also when sent chunked). Failures the framework detects while
/// binding (a bad query parameter, a body cut short) become problem details naming what was wrong.
/// </summary>
public static partial class RequestRules
{
    public const long DefaultBodyLimit = 256 * 1024;

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    public static IApplicationBuilder UseRequestRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        // Routing itself answers a body of a type no endpoint at this path accepts: say which types they accept.
        if (endpoint is not null && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null
            && endpoint.DisplayName?.StartsWith("415 ", StringComparison.Ordinal) == true)
        {
            await Unsupported(context.Request.ContentType, AcceptedAt(context)).ExecuteAsync(context);
            return;
        }
        var limit = endpoint?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? DefaultBodyLimit;
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength > limit) { await RefuseTooLargeAsync(context, size, limit); return; }
        if (size is { IsReadOnly: false }) size.MaxRequestBodySize = limit;
        if (endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0, IsOptional: false } accepts
            && BodyProblem(context.Request, accepts.ContentTypes) is { } problem)
        {
            await problem.ExecuteAsync(context);
            return;
        }
        try
        {
            // A chunked body has no length to check up front: read it (up to the limit) before the endpoint
            // does, so one over the limit gets 413 even when the endpoint would have refused its start.
            if (IsChunked(context.Request))
            {
                context.Request.EnableBuffering();
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                context.Request.Body.Position = 0;
            }
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await (e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(limit) : Binding(e)).ExecuteAsync(context);
        }
    });

    /// <summary>A body this large is read and dropped before the refusal, a larger one is not.</summary>
    public const long DrainedAtMost = 32 * 1024 * 1024;

    /// <summary>
    /// Answered once the client has sent its body, up to <see cref="DrainedAtMost"/>: answered at once, the server closed
    /// the connection while the client was still writing, and the client often saw a broken pipe instead of the problem
    /// details (an upload of 3 MB to a 64 KB limit did, now and then). A client that asked to continue first has sent nothing.
    /// </summary>
    private static async Task RefuseTooLargeAsync(HttpContext context, IHttpMaxRequestBodySizeFeature? size, long limit)
    {
        var waitsToContinue = context.Request.Headers.Expect.Any(e => string.Equals(e, "100-continue", StringComparison.OrdinalIgnoreCase));
        if (!waitsToContinue && context.Request.ContentLength <= DrainedAtMost && size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = DrainedAtMost;
            try { await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted); }
            catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException) { }
        }
        await TooLarge(limit).ExecuteAsync(context);
    }

    private static IResult? BodyProblem(HttpRequest request, IReadOnlyList<string> accepted)
    {
        if (request.ContentLength is not > 0 && !IsChunked(request)) return Validation.Problem("body", "Thiếu nội dung yêu cầu: thao tác này cần dữ liệu gửi kèm.");
        var type = request.ContentType?.Split(';')[0].Trim();
        if (type is not null && accepted.Any(a => string.Equals(a, type, StringComparison.OrdinalIgnoreCase))) return null;
        return Unsupported(type, accepted);
    }

    private static IResult Unsupported(string? type, IEnumerable<string> accepted) => TypedResults.Problem(
        $"Định dạng '{type?.Split(';')[0].Trim() ?? "(không có)"}' không được hỗ trợ. Chỉ nhận Content-Type: {string.Join(", ", accepted)}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: ProblemDetailsSetup.VietnameseTitle(StatusCodes.Status415UnsupportedMediaType));

    // The content types of the endpoints whose route and method match the request.
    private static IEnumerable<string> AcceptedAt(HttpContext context) =>
        context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(context.Request.Method) != false
                && new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText ?? ""), new RouteValueDictionary())
                    .TryMatch(context.Request.Path, new RouteValueDictionary()))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct();

    private static bool IsChunked(HttpRequest request) =>
        request.ContentLength is null && request.Headers.TransferEncoding.Count > 0;

    private static IResult TooLarge(long limit) => TypedResults.Problem(
        $"Nội dung gửi lên vượt quá giới hạn {limit / 1024:N0} KB của thao tác này.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: ProblemDetailsSetup.VietnameseTitle(StatusCodes.Status413PayloadTooLarge));

    // The framework's message names the parameter: 'Failed to bind parameter "bool? unread" from "abc".'
    private static IResult Binding(BadHttpRequestException e) =>
        BoundParameter().Match(e.Message) is { Success: true } m
            ? Validation.Problem(m.Groups["name"].Value, $"Giá trị của tham số '{m.Groups["name"].Value}' không hợp lệ.")
            : Validation.Problem("body", "Yêu cầu không đọc được: nội dung không đầy đủ hoặc sai định dạng.");

    [GeneratedRegex("""parameter "[^"]*?(?<name>\w+)" from""")]
    private static partial Regex BoundParameter();
}
