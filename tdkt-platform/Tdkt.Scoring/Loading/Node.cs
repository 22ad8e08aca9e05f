using System.Globalization;
using Tdkt.Scoring.Validation;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Scoring.Loading;

/// <summary>
/// A mapping being read, with its path. Every getter records a problem instead of throwing,
/// so one pass over a file reports all its errors.
/// </summary>
internal sealed class Node(YamlMappingNode map, string path, Errors errors)
{
    private readonly YamlMappingNode _map = map;
    private readonly HashSet<string> _read = [];

    /// <summary>Far above any real score or plan; keeps decimal arithmetic from overflowing.</summary>
    public const decimal Limit = 1_000_000_000_000m;

    public string Path { get; } = path;

    public Errors Errors { get; } = errors;

    public static Node? Root(YamlNode? node, Errors errors)
    {
        if (node is YamlMappingNode map) return new Node(map, "", errors);
        if (node is not null) errors.Add("", "Phải là một bảng khóa: giá trị");
        return null;
    }

    public string At(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => Get(key) is not null;

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;
    }

    public IEnumerable<string> Keys =>
        _map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public string? Str(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null) return Missing<string>(key, required);
        if (node is YamlScalarNode { Value: { } s } && s.Trim().Length > 0) return s.Trim();
        Errors.Add(At(key), "Phải là một chuỗi ký tự không rỗng");
        return null;
    }

    public decimal? Dec(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null) return Missing<decimal?>(key, required);
        if (node is YamlScalarNode { Value: { } s } &&
            decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            if (Math.Abs(d) <= Limit) return d;
            Errors.Add(At(key), $"Số quá lớn (giới hạn {Num.F(Limit)})");
            return null;
        }
        Errors.Add(At(key), $"Phải là một số (nhận được \"{Text(node)}\")");
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var d = Dec(key, required);
        if (d is null) return null;
        if (d == decimal.Truncate(d.Value) && d >= int.MinValue && d <= int.MaxValue) return (int)d.Value;
        Errors.Add(At(key), $"Phải là một số nguyên (nhận được {Num.F(d.Value)})");
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null) return Missing<bool?>(key, required);
        var s = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        if (s is "true" or "yes" or "có") return true;
        if (s is "false" or "no" or "không") return false;
        Errors.Add(At(key), $"Phải là true hoặc false (nhận được \"{Text(node)}\")");
        return null;
    }

    public Node? Map(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null) return Missing<Node>(key, required);
        if (node is YamlMappingNode m) return new Node(m, At(key), Errors);
        Errors.Add(At(key), "Phải là một bảng khóa: giá trị");
        return null;
    }

    /// <summary>A list of mappings; each item's path is key[i].</summary>
    public IReadOnlyList<Node> Maps(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null) return Missing<IReadOnlyList<Node>>(key, required) ?? [];
        if (node is not YamlSequenceNode seq)
        {
            Errors.Add(At(key), "Phải là một danh sách");
            return [];
        }
        var result = new List<Node>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode m) result.Add(new Node(m, $"{At(key)}[{i}]", Errors));
            else Errors.Add($"{At(key)}[{i}]", "Phải là một bảng khóa: giá trị");
        }
        return result;
    }

    /// <summary>Entries of a mapping whose keys are names chosen by the author (ids).</summary>
    public IReadOnlyList<(string Key, Node Value)> Entries(string key)
    {
        var child = Map(key);
        if (child is null) return [];
        var list = new List<(string, Node)>();
        foreach (var (k, v) in child._map.Children.Select(p => (p.Key, p.Value)))
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            child._read.Add(name);
            if (v is YamlMappingNode m) list.Add((name, new Node(m, $"{child.Path}[{name}]", Errors)));
            else Errors.Add($"{child.Path}[{name}]", "Phải là một bảng khóa: giá trị");
        }
        return list;
    }

    public IReadOnlyList<string> StrList(string key)
    {
        var node = Get(key);
        if (node is null) return [];
        if (node is YamlScalarNode { Value: { } one }) return [one];
        if (node is not YamlSequenceNode seq)
        {
            Errors.Add(At(key), "Phải là một danh sách chuỗi");
            return [];
        }
        var list = new List<string>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode { Value: { } s }) list.Add(s.Trim());
            else Errors.Add($"{At(key)}[{i}]", "Phải là một chuỗi");
        }
        return list;
    }

    /// <summary>Reports keys nobody asked for: usually a typo that would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in Keys.Where(k => !_read.Contains(k)))
            Errors.Add(At(key), key.Contains(' ') && Get(key) is null
                ? "Khóa không được hỗ trợ (nếu đây là phần sau dấu phẩy của một tên, đặt cả tên trong dấu ngoặc kép)"
                : "Khóa không được hỗ trợ");
    }

    private T? Missing<T>(string key, bool required)
    {
        if (required) Errors.Add(At(key), "Thiếu giá trị bắt buộc");
        return default;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    private static string Text(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString();
}
