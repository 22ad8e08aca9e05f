using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// Checks a template when it is uploaded, so that a mistake shows to the administrator who made it and not to a
/// cluster head on the day the dossier is due: that it is a Word document, that every placeholder names a field of
/// its document and is used as that field can be, that sections close, that the fields the document cannot do
/// without are there, and that filling it with sample data gives a document without Open XML errors.
/// </summary>
public static class TemplateCheck
{
    private const int MaxErrors = 10;

    public static IReadOnlyList<string> Errors(byte[] template, TemplateKind kind)
    {
        var errors = new List<string>();
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(template), false);
            if (document.DocumentType != WordprocessingDocumentType.Document)
                return ["Mẫu phải là văn bản Word (.docx), không phải tệp mẫu (.dotx) hay tệp có macro (.docm)."];
            if (document.MainDocumentPart?.Document?.Body is not { } body) return ["Văn bản Word không có nội dung."];
            errors.AddRange(Validation(document).Select(e => $"Lỗi cấu trúc Open XML: {e}"));
            var used = new HashSet<string>(StringComparer.Ordinal);
            var walk = new Walk(errors, used, kind.Name);
            walk.Siblings(body.ChildElements.ToList(), new Scope(kind.Sample, null));
            foreach (var header in document.MainDocumentPart.HeaderParts) walk.Siblings(header.Header.ChildElements.ToList(), new Scope(kind.Sample, null));
            foreach (var name in kind.Required.Where(r => !used.Contains(r)))
                errors.Add($"Mẫu {kind.Name} phải có {{{{{Marker(kind, name)}}}}}: {kind.Sample.Fields[name].Description.ToLowerInvariant()}.");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            return ["Tệp không mở được như một văn bản Word (.docx)."];
        }
        if (errors.Count == 0) errors.AddRange(DryRun(template, kind));
        return errors.Take(MaxErrors).ToList();
    }

    private static string Marker(TemplateKind kind, string name) =>
        kind.Sample.Fields[name].Kind is TemplateFieldKind.List or TemplateFieldKind.Flag ? "#" + name : name;

    private static IEnumerable<string> Validation(OpenXmlPackage document) =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Take(3).Select(e => $"{e.Description} ({e.Path?.XPath})");

    /// <summary>Fills the template with the sample data and validates what comes out.</summary>
    private static IEnumerable<string> DryRun(byte[] template, TemplateKind kind)
    {
        var filled = TemplateRenderer.Render(template, kind.Sample);
        using var document = WordprocessingDocument.Open(new MemoryStream(filled), false);
        return Validation(document).Select(e => $"Văn bản điền từ mẫu có lỗi Open XML: {e}").ToList();
    }

    private sealed class Walk(List<string> errors, HashSet<string> used, string document)
    {
        public void Siblings(IReadOnlyList<OpenXmlElement> siblings, Scope scope)
        {
            for (var i = 0; i < siblings.Count; i++)
            {
                var element = siblings[i];
                if (Tags.Section(element) is { } marker)
                {
                    if (marker.Sign == '/')
                    {
                        errors.Add($"{{{{/{marker.Name}}}}} đóng một mục chưa mở bằng {{{{#{marker.Name}}}}}.");
                        continue;
                    }
                    var close = Tags.Close(siblings, i);
                    if (close < 0)
                    {
                        errors.Add($"{{{{{marker.Sign}{marker.Name}}}}} chưa được đóng bằng {{{{/{marker.Name}}}}}.");
                        continue;
                    }
                    Siblings(siblings.Skip(i + 1).Take(close - i - 1).ToList(), Inner(marker.Name, scope));
                    i = close;
                }
                else Element(element, scope);
            }
        }

        private Scope Inner(string name, Scope scope)
        {
            switch (scope.Find(name))
            {
                case null:
                    errors.Add($"Mẫu {document} không có trường «{name}».");
                    return scope;
                case { Value: List<TemplateData> items } field:
                    used.Add(name);
                    return new Scope(items.Count > 0 ? items[0] : new TemplateData(), scope);
                case { Kind: TemplateFieldKind.Flag }:
                    used.Add(name);
                    return scope;
                default:
                    errors.Add($"«{name}» không phải danh sách hay điều kiện: viết {{{{{name}}}}}, không có # hay ^.");
                    return scope;
            }
        }

        private void Element(OpenXmlElement element, Scope scope)
        {
            switch (element)
            {
                case Paragraph paragraph: Paragraph(paragraph, scope); break;
                case Table table: Siblings(table.Elements<TableRow>().ToList<OpenXmlElement>(), scope); break;
                case TableRow row: foreach (var cell in row.Elements<TableCell>()) Siblings(cell.ChildElements.ToList(), scope); break;
                case SdtBlock { SdtContentBlock: { } content }: Siblings(content.ChildElements.ToList(), scope); break;
                default: foreach (var p in element.Descendants<Paragraph>()) Paragraph(p, scope); break;
            }
        }

        private void Paragraph(Paragraph paragraph, Scope scope)
        {
            var text = Tags.TextOf(paragraph);
            if (!text.Contains("{{", StringComparison.Ordinal) && !text.Contains("}}", StringComparison.Ordinal)) return;
            var matches = Tags.Tag().Matches(text);
            var rest = Tags.Tag().Replace(text, "");
            if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
                errors.Add($"Dấu ngoặc {{{{ }}}} không khép đúng trong đoạn «{Excerpt(text)}».");
            foreach (var match in matches.Cast<System.Text.RegularExpressions.Match>())
            {
                var (sign, name) = (match.Groups[1].Value, match.Groups[2].Value);
                var field = scope.Find(name);
                if (sign.Length > 0) errors.Add($"{match.Value} phải đứng riêng một đoạn (hoặc một dòng của bảng), trong đoạn «{Excerpt(text)}».");
                else if (field is null) errors.Add($"Mẫu {document} không có trường «{name}» (đoạn «{Excerpt(text)}»).");
                else if (field.Kind is TemplateFieldKind.List or TemplateFieldKind.Flag)
                    errors.Add($"«{name}» là danh sách hay điều kiện: dùng {{{{#{name}}}}} … {{{{/{name}}}}} trên các đoạn riêng.");
                else if (field.Kind == TemplateFieldKind.Block && Tags.Lone(paragraph) != name)
                    errors.Add($"{{{{{name}}}}} là một bảng: phải đứng riêng một đoạn.");
                else used.Add(name);
            }
        }

        private static string Excerpt(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "…";
    }
}
