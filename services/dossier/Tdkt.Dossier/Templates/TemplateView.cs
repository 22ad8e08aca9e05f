namespace Tdkt.Dossier.Templates;

/// <summary>A cluster's templates: for each document, whether the cluster has its own, and the fields it may use.</summary>
public sealed record TemplateSetView(string ClusterId, string ClusterName, IReadOnlyList<TemplateView> Documents);

public sealed record TemplateView(string Kind, string Name, bool Own, string? FileName, long? Size, DateTimeOffset? UploadedAt, string? UploadedBy,
    IReadOnlyList<string> Required, IReadOnlyList<FieldView> Fields)
{
    public static TemplateView Of(TemplateKind kind, ClusterTemplate? own) => new(kind.Id, kind.Name, own is not null, own?.FileName, own?.Size,
        own?.UploadedAt, own?.UploadedBy, kind.Required, FieldView.Of(kind.Sample));
}

/// <summary>A placeholder: text, flag (yes/no section), list (repeated section, with its own fields) or block (a table).</summary>
public sealed record FieldView(string Name, string Kind, string Description, IReadOnlyList<FieldView>? Fields)
{
    public static IReadOnlyList<FieldView> Of(TemplateData data) => data.Fields.Values.Select(f => new FieldView(f.Name,
        f.Kind.ToString().ToLowerInvariant(), f.Description,
        f.Value is List<TemplateData> items && items.Count > 0 ? Of(items[0]) : null)).ToList();
}
