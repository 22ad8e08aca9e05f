using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Workflows.Definitions;

/// <summary>Typed reads from a YAML node tree that record every problem instead of stopping at the first.</summary>
internal sealed class YamlReader(List<ValidationError> errors)
{
    public const string Missing = "thiếu trường bắt buộc";

    public void Error(string path, string message) => errors.Add(new ValidationError(path, message));

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsEmpty(value) ? value : null;

    public static bool Has(YamlMappingNode map, string key) => Get(map, key) is not null;

    public YamlMappingNode? Mapping(YamlNode? node, string path)
    {
        if (node is YamlMappingNode map) return map;
        Error(path, node is null ? Missing : "phải là một bảng khóa – giá trị");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string path, string key, bool required)
    {
        var node = Get(map, key);
        if (node is YamlSequenceNode seq) return seq;
        if (node is not null) Error(Join(path, key), "phải là một danh sách");
        else if (required) Error(Join(path, key), Missing);
        return null;
    }

    public void AllowOnly(YamlMappingNode map, string path, params string[] keys)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
        {
            if (!keys.Contains(key))
                Error(Join(path, key), $"trường không được hỗ trợ (cho phép: {string.Join(", ", keys)})");
        }
    }

    public const int MaxText = 2000;

    public string? Text(YamlMappingNode map, string path, string key, bool required = true) =>
        Scalar(Get(map, key), Join(path, key), required);

    public string? Scalar(YamlNode? node, string path, bool required = true)
    {
        if (node is YamlScalarNode { Value: { } text } && (text.Length > MaxText || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
        {
            Error(path, $"tối đa {MaxText} ký tự, không chứa ký tự điều khiển");
            return null;
        }
        if (node is YamlScalarNode scalar) return scalar.Value;
        if (node is not null) Error(path, "phải là một giá trị đơn");
        else if (required) Error(path, Missing);
        return null;
    }

    public int? Int(YamlMappingNode map, string path, string key, int min, int max, bool required = false) =>
        Int(Get(map, key), Join(path, key), min, max, required);

    public int? Int(YamlNode? node, string path, int min, int max, bool required = false)
    {
        var text = Scalar(node, path, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Error(path, $"phải là số nguyên từ {min} đến {max}, không phải '{text}'");
        return null;
    }

    public decimal? Decimal(YamlMappingNode map, string path, string key)
    {
        var text = Text(map, path, key, required: false);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
            return value;
        Error(Join(path, key), $"phải là số không âm, không phải '{text}'");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string path, string key)
    {
        var text = Text(map, path, key, required: false);
        if (text is null) return null;
        if (text is "true" or "false") return text == "true";
        Error(Join(path, key), $"phải là true hoặc false, không phải '{text}'");
        return null;
    }

    public T? Choice<T>(YamlNode? node, string path, IReadOnlyDictionary<string, T> names, bool required = true)
        where T : struct
    {
        var text = Scalar(node, path, required);
        if (text is null) return null;
        if (names.TryGetValue(text, out var value)) return value;
        Error(path, $"giá trị '{text}' không hợp lệ; chọn một trong: {string.Join(", ", names.Keys)}");
        return null;
    }

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain };
}
