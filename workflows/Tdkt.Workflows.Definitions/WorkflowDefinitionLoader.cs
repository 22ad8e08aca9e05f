using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Workflows.Definitions;

/// <summary>Reads a definition from YAML text and reports every problem, each with its path, in one pass.</summary>
public static class WorkflowDefinitionLoader
{
    private static readonly string[] RootKeys = ["id", "version", "status", "title", "seed", "yearBasis", "reminders", "steps"];

    public static LoadResult Load(string yaml)
    {
        var errors = new List<ValidationError>();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            return new LoadResult(null, [new ValidationError($"(dòng {e.Start.Line}, cột {e.Start.Column})", "lỗi cú pháp YAML: " + e.Message)]);
        }
        var definition = Parse(root, new YamlReader(errors));
        return new LoadResult(errors.Count == 0 ? definition : null, errors);
    }

    private static WorkflowDefinition? Parse(YamlNode? node, YamlReader reader)
    {
        var map = reader.Mapping(node, "(gốc)");
        if (map is null) return null;
        reader.AllowOnly(map, "", RootKeys);
        var id = reader.Text(map, "", "id");
        if (id is not null && !StepParser.SlugPattern().IsMatch(id))
            reader.Error("id", $"mã '{id}' chỉ gồm chữ thường không dấu, số và dấu '-' (tối đa 63 ký tự)");
        var version = reader.Int(map, "", "version", 1, 100_000, required: true);
        var status = reader.Choice(YamlReader.Get(map, "status"), "status", Names.Status);
        var title = reader.Text(map, "", "title");
        var seed = reader.Text(map, "", "seed");
        var basis = reader.Choice(YamlReader.Get(map, "yearBasis"), "yearBasis", Names.YearBasis, required: false) ?? YearBasis.Calendar;
        var defaults = YamlReader.Has(map, "reminders")
            ? new StepParser(reader, ReminderPlan.None).Reminders(YamlReader.Get(map, "reminders"), "reminders")
            : ReminderPlan.None;
        var steps = Steps(map, reader, defaults ?? ReminderPlan.None);
        if (id is null || version is null || status is null || title is null || seed is null || steps is null) return null;
        return new WorkflowDefinition(id, version.Value, status.Value, title, seed, basis, steps);
    }

    private static List<StepDefinition>? Steps(YamlMappingNode map, YamlReader reader, ReminderPlan defaults)
    {
        var seq = reader.Sequence(map, "", "steps", required: true);
        if (seq is null) return null;
        if (seq.Children.Count == 0) reader.Error("steps", "cần ít nhất một bước");
        var parser = new StepParser(reader, defaults);
        var steps = new List<StepDefinition>();
        var firstIndex = new Dictionary<string, int>();
        for (int i = 0; i < seq.Children.Count; i++)
        {
            var step = parser.Parse(seq.Children[i], $"steps[{i}]");
            var id = (seq.Children[i] as YamlMappingNode) is { } m ? YamlReader.Get(m, "id") is YamlScalarNode s ? s.Value : null : null;
            if (id is not null && !firstIndex.TryAdd(id, i))
                reader.Error($"steps[{i}].id", $"mã bước '{id}' trùng với steps[{firstIndex[id]}]");
            if (step is not null) steps.Add(step);
        }
        foreach (var (path, anchor, owner) in parser.Anchors)
        {
            if (anchor == owner) reader.Error(path, "một bước không thể lấy chính nó làm mốc");
            else if (!firstIndex.ContainsKey(anchor)) reader.Error(path, $"không có bước '{anchor}'");
        }
        return steps;
    }
}
