using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tdkt.Platform.Problems;

public static class FormBody
{
    /// <summary>
    /// The request's multipart form, or a 400 naming the body when it is not one or cannot be read (a missing
    /// boundary, a form cut short): never the framework's exception.
    /// </summary>
    /// <param name="expects">The fields the endpoint reads, for the message.</param>
    public static async Task<(IFormCollection? Form, ValidationProblem? Problem)> ReadFormBodyAsync(this HttpRequest request, string expects, CancellationToken ct)
    {
        var problem = Validation.Problem("body", $"Không đọc được biểu mẫu gửi lên: cần multipart/form-data với {expects}.");
        if (!request.HasFormContentType) return (null, problem);
        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return (null, problem);
        }
    }
}
