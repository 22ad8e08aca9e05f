using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Tdkt.Platform.Problems;

namespace Tdkt.Platform.Hosting;

/// <summary>
/// The OpenAPI document tells the truth about what every operation needs and may answer: the bearer
/// scheme, and the problem responses the platform's shared rules produce (RequestRules, the
/// authorization policies, validation, missing resources and conflicts).
/// </summary>
public static class OpenApiSetup
{
    public const string Scheme = "Bearer";

    public static IServiceCollection AddTdktOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token with one role claim (admin, board, head, unit) and, for head and unit, a unit claim: `tdkt token --role unit --unit nam-po`.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // A public operation (casting with a ballot code) takes no token, but refuses bad input the same way.
            if (!metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
                Add(operation, 401, "Chưa đăng nhập, token hết hạn hoặc không hợp lệ.");
                Add(operation, 403, "Token không mang quyền cho thao tác này (vai trò, đơn vị, cụm).");
            }
            var method = context.Description.HttpMethod ?? "GET";
            var body = metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Count > 0);
            var parameters = context.Description.ParameterDescriptions.Count > 0;
            if (body || parameters) Add(operation, 400, "Dữ liệu hoặc tham số không hợp lệ; `errors` nêu từng trường sai.");
            if (context.Description.RelativePath?.Contains('{') == true) Add(operation, 404, "Không tìm thấy đối tượng trong đường dẫn.");
            if (method is "POST" or "PUT" or "DELETE") Add(operation, 409, "Xung đột với trạng thái hiện tại (đã tồn tại, đã ban hành, đang được dùng).");
            if (body)
            {
                Add(operation, 413, "Nội dung gửi lên vượt quá giới hạn của thao tác.");
                Add(operation, 415, "Content-Type không được hỗ trợ.");
            }
            return Task.CompletedTask;
        });
    });

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd(status.ToString(), new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        });
    }
}
