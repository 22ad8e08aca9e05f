using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Web.Api;

namespace Tdkt.Web.Scoring;

/// <summary>The framework assigned to a cluster-year, read from the registry and loaded by the scoring library.</summary>
public sealed record YearFramework(Framework? Framework, string? Title, int? Version, ApiProblem? Problem)
{
    public static async Task<YearFramework> LoadAsync(ApiClient api, string clusterId, int year, CancellationToken ct = default)
    {
        var read = await api.GetAsync<Assignment>("registry", $"/registry/clusters/{clusterId}/years/{year}/framework", ct);
        if (read.Value?.Framework is not { Yaml: { Length: > 0 } yaml } assigned) return new(null, null, null, read.Problem ?? new ApiProblem { Detail = "Năm thi đua chưa được gán bảng điểm." });
        var loaded = FrameworkLoader.Load(yaml);
        return loaded.IsValid
            ? new(loaded.Value, assigned.Name ?? loaded.Value!.Name, assigned.Version, null)
            : new(null, null, null, new ApiProblem { Detail = "Bảng điểm được gán cho năm này không đọc được; đề nghị quản trị viên kiểm tra." });
    }

    private sealed record Assignment(AssignedFramework? Framework);
    private sealed record AssignedFramework(string? FrameworkId, int? Version, string? Name, string? Yaml);
}
