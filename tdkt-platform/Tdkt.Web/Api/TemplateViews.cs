namespace Tdkt.Web.Api;

/// <summary>A cluster's dossier templates, as the dossier service gives them to the administrator's page.</summary>
public sealed record TemplateSetView(string ClusterId, string ClusterName, List<TemplateView> Documents);

public sealed record TemplateView(string Kind, string Name, bool Own, string? FileName, long? Size, DateTimeOffset? UploadedAt, string? UploadedBy,
    List<string> Required, List<TemplateFieldView> Fields);

public sealed record TemplateFieldView(string Name, string Kind, string Description, List<TemplateFieldView>? Fields)
{
    /// <summary>How the field is written in a template.</summary>
    public string Placeholder => Kind is "list" or "flag" ? $"{{{{#{Name}}}}} … {{{{/{Name}}}}}" : $"{{{{{Name}}}}}";

    public string KindText => Kind switch
    {
        "list" => "danh sách (lặp lại)",
        "flag" => "điều kiện (có/không)",
        "block" => "bảng (đứng riêng một đoạn)",
        _ => "văn bản",
    };
}
