using Tdkt.Platform.Problems;
using Tdkt.Registry.Clusters;

namespace Tdkt.Registry.Years;

public sealed record YearInput
{
    public int? Year { get; init; }
    public string? Head { get; init; }
    public string? Deputy { get; init; }
    /// <summary>The member units taking part; every unit of the cluster when absent.</summary>
    public List<string?>? Members { get; init; }
    /// <summary>Open the year at once (announce it to the other services).</summary>
    public bool Open { get; init; }
    /// <summary>The scoring framework the year is scored with; it must be chosen before the year opens, so the
    /// opening announces it. The latest version when <see cref="FrameworkVersion"/> is absent.</summary>
    public string? Framework { get; init; }
    public int? FrameworkVersion { get; init; }

    public void Validate(Validation v, string prefix, IReadOnlyCollection<string> clusterUnits)
    {
        v.Check(Year is >= 2000 and <= 2100, RegistryRules.Join(prefix, "year"), "Năm thi đua phải từ 2000 đến 2100.");
        if (!v.Items(RegistryRules.Join(prefix, "members"), Members, "danh sách đơn vị thành viên")) return;
        var members = MembersOr(clusterUnits);
        for (var i = 0; i < members.Count; i++)
            v.Check(clusterUnits.Contains(members[i]), $"{RegistryRules.Join(prefix, "members")}[{i}]",
                $"Đơn vị '{members[i]}' không thuộc cụm/khối này.");
        v.Check(members.Distinct().Count() >= 2, RegistryRules.Join(prefix, "members"), "Cụm/khối phải có ít nhất 2 đơn vị thành viên.");
        if (string.IsNullOrWhiteSpace(Head)) v.Add(RegistryRules.Join(prefix, "head"), "Đơn vị Cụm trưởng là bắt buộc.");
        else v.Check(members.Contains(Head), RegistryRules.Join(prefix, "head"), $"Cụm trưởng '{Head}' phải là đơn vị thành viên của năm thi đua.");
        if (FrameworkVersion is not null && string.IsNullOrWhiteSpace(Framework))
            v.Add(RegistryRules.Join(prefix, "framework"), "Có phiên bản bảng điểm thì phải có mã bảng điểm.");
        if (Deputy is null) return;
        v.Check(members.Contains(Deputy), RegistryRules.Join(prefix, "deputy"), $"Cụm phó '{Deputy}' phải là đơn vị thành viên của năm thi đua.");
        v.Check(Deputy != Head, RegistryRules.Join(prefix, "deputy"), "Cụm phó phải khác Cụm trưởng.");
    }

    /// <summary>
    /// A year created without a head takes the head and deputy its cluster's summary conference chose for it
    /// (the deputy too only when none is given).
    /// </summary>
    public YearInput WithElected(NextLeadership? elected) =>
        string.IsNullOrWhiteSpace(Head) && elected is not null && elected.ForYear == Year
            ? this with { Head = elected.Head, Deputy = Deputy ?? elected.Deputy }
            : this;

    public void ApplyTo(EmulationYear year, IReadOnlyCollection<string> clusterUnits)
    {
        year.HeadUnitId = Head!;
        year.DeputyUnitId = Deputy;
        year.MemberUnitIds = MembersOr(clusterUnits).Distinct().ToList();
    }

    public EmulationYear ToEntity(string clusterId, IReadOnlyCollection<string> clusterUnits)
    {
        var year = new EmulationYear { ClusterId = clusterId, Year = Year!.Value, HeadUnitId = "" };
        ApplyTo(year, clusterUnits);
        return year;
    }

    // Called only once Validate has refused missing members.
    private List<string> MembersOr(IReadOnlyCollection<string> clusterUnits) => Members?.Select(m => m!).ToList() ?? [.. clusterUnits];
}
