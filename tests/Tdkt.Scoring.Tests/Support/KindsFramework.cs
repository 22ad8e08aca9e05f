using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Tests.Support;

/// <summary>A framework with one criterion of each kind, each worth 10 points, for edge tests.</summary>
internal static class KindsFramework
{
    public const string Yaml = """
        id: kinds
        name: Mỗi loại một tiêu chí
        scale: 103
        groups:
          - id: g
            name: Nhóm
            max: 103
            criteria:
              - { id: manual, name: Thủ công, max: 10 }
              - { id: tiered, name: Xếp loại, max: 10, kind: tiered, tiers: [ { id: a, name: Tốt, points: 10 }, { id: b, name: Khá, points: 6 } ] }
              - { id: pct, name: Tỷ lệ kế hoạch, max: 10, kind: percent_of_plan }
              - { id: bands, name: Khoảng, max: 10, kind: bands, of_plan: true, bands: [ { min: 95, points: 10 }, { min: 90, below: 95, points: 8 } ] }
              - { id: rank, name: Thứ hạng, max: 10, kind: rank, first: 10, step: 2, floor: 4 }
              - { id: item, name: Mỗi trường hợp, max: 10, kind: per_item, points_each: 0.5 }
              - { id: ded, name: Trừ trong tiêu chí, max: 10, kind: deduction, per: 0.25, cap: 5, unit: ngày }
              - { id: ratio, name: Tỷ lệ nhiệm vụ, max: 10, kind: ratio, points_each: 10 }
              - { id: done, name: Đã thực hiện, max: 10, kind: done }
              - { id: over, name: Vượt chỉ tiêu, max: 3, kind: over_target, points_per_percent: 0.5 }
              - id: sub
                name: Có tiêu chí con
                max: 10
                criteria:
                  - { id: sub.a, name: Con a, max: 4 }
                  - { id: sub.b, name: Con b, max: 6, kind: done }
        """;

    public static Framework Framework { get; } = FrameworkLoader.Load(Yaml).GetValueOrThrow();

    /// <summary>Scores one unit whose sheet is the given YAML criteria block.</summary>
    public static Result<ClusterResult> ScoreUnit(string criteriaYaml) => ScoreUnits($"""
        units:
          - id: u
            name: Đơn vị
            criteria: {criteriaYaml}
        """);

    public static Result<ClusterResult> ScoreUnits(string sheetsYaml)
    {
        var sheets = SheetsLoader.Load(sheetsYaml, Framework);
        return sheets.IsValid ? ClusterScorer.Score(Framework, sheets.Value!) : Result<ClusterResult>.Fail(sheets.Errors);
    }
}
