using System.Net.Mail;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry;

/// <summary>Shape checks shared by the admin API and the YAML import.</summary>
public static class RegistryRules
{
    public const int MaxEmails = 20;

    public static void CheckEmails(this Validation v, string field, IReadOnlyList<string?>? emails)
    {
        if (!v.Items(field, emails, "danh sách thư điện tử", MaxEmails)) return;
        for (var i = 0; i < (emails?.Count ?? 0); i++)
        {
            var email = emails![i]!;
            if (email.Length > Limits.Email || email.Any(char.IsControl)
                || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email.Trim())
                v.Add($"{field}[{i}]", "Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    public static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
}
