using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Reads criteria recursively; sub-criteria must add up to their parent's maximum.</summary>
internal static class CriterionReader
{
    public static List<Criterion> ReadList(Node parent, string key, List<(string Id, string Path)> ids, bool required) =>
        parent.Maps(key, required).Select(n => Read(n, ids)).ToList();

    public static Criterion Read(Node n, List<(string Id, string Path)> ids)
    {
        var id = n.Str("id", required: true) ?? "";
        ids.Add((id, n.At("id")));
        var name = n.Str("name", required: true) ?? "";
        var max = n.Dec("max", required: true) ?? 0;
        if (n.Has("max") && max <= 0) n.Errors.Add(n.At("max"), $"Điểm tối đa phải lớn hơn 0 (nhận được {Num.F(max)})");
        var children = ReadList(n, "criteria", ids, required: false);
        if (n.Has("criteria") && children.Count == 0) n.Errors.Add(n.At("criteria"), "Danh sách tiêu chí con rỗng");
        var kind = KindReader.Read(n, max, children.Count > 0) ?? new ManualKind();
        var childSum = children.Sum(c => c.Max);
        if (children.Count > 0 && childSum != max)
            n.Errors.Add(n.At("max"), $"các tiêu chí con cộng lại {Num.F(childSum)}, tiêu chí ghi {Num.F(max)}");
        n.Str("note");
        n.RejectUnknownKeys();
        return new Criterion(id, name, max, kind, children);
    }
}
