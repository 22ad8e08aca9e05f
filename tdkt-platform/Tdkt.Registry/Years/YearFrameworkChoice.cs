using Tdkt.Platform.Problems;
using Tdkt.Registry.Frameworks;

namespace Tdkt.Registry.Years;

/// <summary>The framework a new or imported year names, found before the year is opened with it.</summary>
public static class YearFrameworkChoice
{
    /// <summary>Adds an error by field when the named framework or version does not exist.</summary>
    public static async Task<FrameworkVersion?> FindAsync(this RegistryDb db, YearInput input, string prefix, Validation v, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Framework)) return null;
        var found = await db.FindVersionAsync(input.Framework.Trim(), input.FrameworkVersion, ct);
        if (found is null)
            v.Add(RegistryRules.Join(prefix, input.FrameworkVersion is null ? "framework" : "frameworkVersion"),
                input.FrameworkVersion is null
                    ? $"Không có bảng điểm '{input.Framework}'."
                    : $"Bảng điểm '{input.Framework}' không có phiên bản {input.FrameworkVersion}.");
        return found;
    }
}
