using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Registry.Years;

namespace Tdkt.Registry.Frameworks;

/// <summary>
/// Assigning a framework version to a year. Before opening it may change freely; an open year keeps the
/// version it has. The check and the save are one UPDATE: the year's opening time and framework are
/// concurrency tokens, so an opening or another assignment in between makes the save fail instead of
/// slipping past the check (see <see cref="YearLocks"/>).
/// </summary>
public static class FrameworkAssignment
{
    /// <summary>Null when assigned (the caller saves); otherwise why the year's framework cannot change.</summary>
    public static string? Assign(this RegistryDb db, EmulationYear year, FrameworkVersion version, TimeProvider time)
    {
        if (year.FrameworkId == version.FrameworkId && year.FrameworkVersion == version.Version) return null;
        if (year.OpenedAt is not null && year.FrameworkId is not null)
            return Locked(year);
        (year.FrameworkId, year.FrameworkVersion) = (version.FrameworkId, version.Version);
        if (year.OpenedAt is null) return null;
        // Opened without one: this first assignment is announced; every later change is refused above.
        version.Revision++;
        db.PublishViaOutbox(new ClusterYearFrameworkAssigned(year.ClusterId, year.Year, Announced(version), time.GetUtcNow()), time);
        return null;
    }

    public static string Locked(EmulationYear year) =>
        $"Năm thi đua {year.Year} của cụm/khối '{year.ClusterId}' đã mở với bảng điểm '{year.FrameworkId}' phiên bản " +
        $"{year.FrameworkVersion}; các đơn vị đã chấm theo bảng điểm này nên không thể đổi. " +
        "Bảng điểm chỉ được chọn trước khi mở năm thi đua.";

    public static AssignedFramework Announced(FrameworkVersion v) => new(v.FrameworkId, v.Version, v.Name, v.Yaml);

    public static Task<FrameworkVersion?> FindVersionAsync(this RegistryDb db, string frameworkId, int? version, CancellationToken ct) =>
        version is { } n
            ? db.FrameworkVersions.FirstOrDefaultAsync(f => f.FrameworkId == frameworkId && f.Version == n, ct)
            : db.FrameworkVersions.Where(f => f.FrameworkId == frameworkId).OrderByDescending(f => f.Version).FirstOrDefaultAsync(ct);
}
