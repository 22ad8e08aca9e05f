using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Files;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Reports;

/// <summary>A file of the upload that passed every check: its display name and the type its content proved.</summary>
public sealed record AcceptedFile(IFormFile Form, string Name, FileType Type);

/// <summary>
/// The multipart form of a report: fields kind, title, note and one or more files. Every file is
/// checked (size, type by content, name agreeing with content) before any is stored, so a refused
/// request leaves nothing behind.
/// </summary>
public sealed record ReportUpload(string Kind, string? Title, string? Note, IReadOnlyList<AcceptedFile> Files)
{
    public const int MaxFiles = 10;
    public const string FilesField = "files";

    /// <summary>The body limit of the endpoint: every file at its largest, and room for the form around them.</summary>
    public static long BodyLimit(FileLimits limits) => limits.MaxBytes * MaxFiles + 1024 * 1024;

    public static async Task<(ReportUpload? Upload, ValidationProblem? Problem)> ReadAsync(HttpRequest request, FileLimits limits, CancellationToken ct)
    {
        var (read, unreadable) = await request.ReadFormBodyAsync("các trường kind, title, note và files", ct);
        if (unreadable is not null) return (null, unreadable);
        var form = read!;
        var v = new Validation();
        var kind = Single(v, form, "kind", "Loại báo cáo");
        var title = Single(v, form, "title", "Tiêu đề");
        var note = Single(v, form, "note", "Ghi chú");
        if (form["kind"].Count > 1) { }
        else if (string.IsNullOrWhiteSpace(kind)) v.Add("kind", $"Loại báo cáo là bắt buộc ({ReportKinds.Listed}).");
        else v.Check(ReportKinds.Labels.ContainsKey(kind.Trim()), "kind", $"Loại báo cáo '{Shown(kind)}' không hợp lệ; chỉ nhận: {ReportKinds.Listed}.");
        v.OptionalText("title", title, "Tiêu đề", Limits.Name);
        v.OptionalText("note", note, "Ghi chú", Limits.Text, lineBreaks: true);
        foreach (var other in form.Files.Select(f => f.Name).Where(n => n != FilesField).Distinct())
            v.Add(Shown(other), $"Trường '{Shown(other)}' không nhận tệp; gửi tệp trong trường '{FilesField}'.");
        var files = await CheckFilesAsync(v, form.Files.GetFiles(FilesField), limits, ct);
        return v.IsValid
            ? (new ReportUpload(kind!.Trim(), Blank(title), Blank(note), files), null)
            : (null, v.ToProblem());
    }

    private static async Task<List<AcceptedFile>> CheckFilesAsync(Validation v, IReadOnlyList<IFormFile> files, FileLimits limits, CancellationToken ct)
    {
        var accepted = new List<AcceptedFile>();
        if (files.Count == 0) { v.Add(FilesField, "Phải gửi kèm ít nhất một tệp báo cáo."); return accepted; }
        if (files.Count > MaxFiles) { v.Add(FilesField, $"Mỗi lần gửi tối đa {MaxFiles} tệp."); return accepted; }
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var field = $"{FilesField}[{i}]";
            var name = DisplayName.Of(file.FileName);
            var refusal = Refusal(file, name, limits);
            if (refusal is not null) { v.Add(field, refusal); continue; }
            await using var content = file.OpenReadStream();
            var type = FileSniffer.Identify(content);
            var named = FileType.ForExtension(DisplayName.Extension(name))!;
            if (type is null)
                v.Add(field, $"Tệp '{name}' không được nhận: nội dung không phải tệp {named.Label} hợp lệ (hệ thống kiểm tra theo nội dung, chỉ nhận {FileType.AllowedExtensions}).");
            else if (type != named)
                v.Add(field, $"Tệp '{name}' có đuôi {DisplayName.Extension(name)} nhưng nội dung là tệp {type.Label}; hãy đặt đúng đuôi tệp.");
            else if (!hashes.TryAdd(Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct)), name))
                v.Add(field, $"Tệp '{name}' trùng nội dung với một tệp khác trong cùng lần gửi.");
            else accepted.Add(new AcceptedFile(file, name, type));
        }
        return accepted;
    }

    private static string? Refusal(IFormFile file, string name, FileLimits limits)
    {
        if (FileType.ForExtension(DisplayName.Extension(name)) is null)
            return $"Tệp '{name}' không được nhận: chỉ nhận các loại {FileType.AllowedExtensions}.";
        if (file.Length == 0) return $"Tệp '{name}' rỗng.";
        return file.Length > limits.MaxBytes
            ? $"Tệp '{name}' ({Megabytes(file.Length)}) vượt quá giới hạn {Megabytes(limits.MaxBytes)} cho mỗi tệp."
            : null;
    }

    private static string? Single(Validation v, IFormCollection form, string field, string label)
    {
        if (!form.TryGetValue(field, out var values) || values.Count == 0) return null;
        if (values.Count > 1) { v.Add(field, $"{label} chỉ được gửi một lần."); return null; }
        return values[0];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Small limits (tests, tight deployments) stay readable: 64 KB, not 0.06 MB.
    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    private static string Shown(string value) => new(value.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
