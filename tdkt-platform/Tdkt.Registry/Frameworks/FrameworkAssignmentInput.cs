using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Frameworks;

/// <summary>Body of PUT /registry/clusters/{clusterId}/years/{year}/framework.</summary>
public sealed record FrameworkAssignmentInput
{
    public string? FrameworkId { get; init; }
    public int? Version { get; init; }

    public void Validate(Validation v)
    {
        v.Require("frameworkId", FrameworkId, "Mã bảng điểm");
        if (Version is null) v.Add("version", "Phiên bản bảng điểm là bắt buộc.");
        else v.Check(Version >= 1, "version", "Phiên bản bảng điểm phải là số nguyên từ 1 trở lên.");
    }
}
