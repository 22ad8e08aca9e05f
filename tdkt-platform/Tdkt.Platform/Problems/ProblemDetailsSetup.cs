using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tdkt.Platform.Problems;

public static class ProblemDetailsSetup
{
    /// <summary>RFC 7807 for every error, with Vietnamese titles for the statuses end users meet.</summary>
    public static IServiceCollection AddTdktProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            if (status == StatusCodes.Status400BadRequest && ctx.Exception is BadHttpRequestException bad)
                ctx.ProblemDetails.Detail = bad.Message;
            ctx.ProblemDetails.Title = VietnameseTitle(status) ?? ctx.ProblemDetails.Title;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });

    public static string? VietnameseTitle(int status) => status switch
    {
        400 => "Dữ liệu gửi lên không hợp lệ.",
        401 => "Bạn cần đăng nhập để thực hiện thao tác này.",
        403 => "Bạn không có quyền thực hiện thao tác này.",
        404 => "Không tìm thấy dữ liệu yêu cầu.",
        409 => "Dữ liệu xung đột với trạng thái hiện tại.",
        413 => "Dữ liệu gửi lên quá lớn.",
        415 => "Định dạng dữ liệu không được hỗ trợ.",
        500 => "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.",
        503 => "Dịch vụ tạm thời không sẵn sàng.",
        _ => null,
    };
}
