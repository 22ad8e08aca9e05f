using System.Net.Mail;
using System.Text.RegularExpressions;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry;

/// <summary>Shape checks shared by the admin API and the YAML import.</summary>
public static partial class RegistryRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex IdPattern();

    public static void CheckId(this Validation v, string field, string? id, string label)
    {
        if (string.IsNullOrWhiteSpace(id)) v.Add(field, $"{label} là bắt buộc.");
        else if (!IdPattern().IsMatch(id))
            v.Add(field, $"{label} '{id}' chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (2–63 ký tự).");
    }

    public static void CheckEmails(this Validation v, string field, IReadOnlyList<string>? emails)
    {
        for (var i = 0; i < (emails?.Count ?? 0); i++)
            if (!MailAddress.TryCreate(emails![i], out var parsed) || parsed.Address != emails[i].Trim())
                v.Add($"{field}[{i}]", $"Địa chỉ thư điện tử '{emails[i]}' không hợp lệ.");
    }

    public static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
}
