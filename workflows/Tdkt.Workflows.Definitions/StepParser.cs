using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Workflows.Definitions;

internal sealed partial class StepParser(YamlReader reader, ReminderPlan defaultReminders)
{
    private readonly DueRuleParser _due = new(reader);

    /// <summary>Relative anchors met while parsing: (path, step id), checked once every step is known.</summary>
    public List<(string Path, string Anchor, string? Owner)> Anchors { get; } = [];

    public StepDefinition? Parse(YamlNode node, string path)
    {
        var map = reader.Mapping(node, path);
        if (map is null) return null;
        reader.AllowOnly(map, path, "id", "title", "actor", "completedBy", "due", "reminders", "onMissed", "source");
        var id = reader.Text(map, path, "id");
        if (id is not null && !SlugPattern().IsMatch(id))
            reader.Error(YamlReader.Join(path, "id"), $"mã '{id}' chỉ gồm chữ thường không dấu, số và dấu '-' (tối đa 63 ký tự)");
        var title = reader.Text(map, path, "title");
        var actor = reader.Choice(YamlReader.Get(map, "actor"), YamlReader.Join(path, "actor"), Names.Actor);
        var completion = Completion(YamlReader.Get(map, "completedBy"), YamlReader.Join(path, "completedBy"), actor);
        var due = _due.Parse(YamlReader.Get(map, "due"), YamlReader.Join(path, "due"), (p, a) => Anchors.Add((p, a, id)));
        var reminders = YamlReader.Has(map, "reminders")
            ? Reminders(YamlReader.Get(map, "reminders"), YamlReader.Join(path, "reminders"))
            : defaultReminders;
        var onMissed = YamlReader.Has(map, "onMissed")
            ? MissPolicy(YamlReader.Get(map, "onMissed"), YamlReader.Join(path, "onMissed"))
            : Definitions.MissPolicy.Nothing;
        var source = reader.Text(map, path, "source", required: false);
        if (id is null || title is null || actor is null || completion is null || due is null || reminders is null || onMissed is null)
            return null;
        return new StepDefinition(id, title, actor.Value, completion, due, reminders, onMissed, source);
    }

    public ReminderPlan? Reminders(YamlNode? node, string path)
    {
        var map = reader.Mapping(node, path);
        if (map is null) return null;
        reader.AllowOnly(map, path, "workingDaysBefore", "at");
        var offsets = new List<int>();
        var seq = reader.Sequence(map, path, "workingDaysBefore", required: true);
        for (int i = 0; seq is not null && i < seq.Children.Count; i++)
        {
            var itemPath = $"{YamlReader.Join(path, "workingDaysBefore")}[{i}]";
            var offset = reader.Int(seq.Children[i], itemPath, 0, 60, required: true);
            if (offset is null) continue;
            if (offsets.Contains(offset.Value)) reader.Error(itemPath, $"mốc nhắc {offset} bị lặp");
            else offsets.Add(offset.Value);
        }
        TimeOnly? at = null;
        var atText = reader.Text(map, path, "at", required: false);
        if (atText is not null)
        {
            if (TimeOnly.TryParseExact(atText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) at = parsed;
            else reader.Error(YamlReader.Join(path, "at"), $"giờ '{atText}' không hợp lệ (định dạng HH:mm, ví dụ 08:00)");
        }
        return new ReminderPlan(offsets.OrderDescending().ToList(), at);
    }

    private Completion? Completion(YamlNode? node, string path, Actor? actor)
    {
        var map = reader.Mapping(node, path);
        if (map is null) return null;
        reader.AllowOnly(map, path, "event", "match", "where");
        var name = reader.Text(map, path, "event");
        if (name is not null && !EventPattern().IsMatch(name))
            reader.Error(YamlReader.Join(path, "event"), $"tên sự kiện '{name}' phải viết kiểu PascalCase, thì quá khứ (ví dụ CovenantSigned)");
        var match = reader.Choice(YamlReader.Get(map, "match"), YamlReader.Join(path, "match"), Names.Match);
        if (match == MatchScope.Unit && actor is Actor.Cluster or Actor.Board)
            reader.Error(YamlReader.Join(path, "match"), "match: unit chỉ dùng khi bên thực hiện là một đơn vị (each-member, head, deputy)");
        var where = new Dictionary<string, string>();
        if (YamlReader.Get(map, "where") is { } whereNode && reader.Mapping(whereNode, YamlReader.Join(path, "where")) is { } whereMap)
        {
            foreach (var (key, value) in whereMap.Children)
            {
                var field = (key as YamlScalarNode)?.Value ?? "";
                var text = reader.Scalar(value, YamlReader.Join(YamlReader.Join(path, "where"), field));
                if (text is not null) where[field] = text;
            }
        }
        return name is null || match is null ? null : new Completion(name, match.Value, where);
    }

    private MissPolicy? MissPolicy(YamlNode? node, string path)
    {
        var map = reader.Mapping(node, path);
        if (map is null) return null;
        reader.AllowOnly(map, path, "deduct", "exclude", "notify");
        var deduct = reader.Decimal(map, path, "deduct") ?? 0;
        var exclude = reader.Bool(map, path, "exclude") ?? false;
        var notify = new List<Recipient>();
        var seq = reader.Sequence(map, path, "notify", required: false);
        for (int i = 0; seq is not null && i < seq.Children.Count; i++)
        {
            var recipient = reader.Choice(seq.Children[i], $"{YamlReader.Join(path, "notify")}[{i}]", Names.Recipient);
            if (recipient is not null && !notify.Contains(recipient.Value)) notify.Add(recipient.Value);
        }
        return new MissPolicy(deduct, exclude, notify);
    }

    // \A…\z, not ^…$ ("$" accepts a final newline); at most 63 characters like the registry's ids.
    [GeneratedRegex(@"\A(?=.{1,63}\z)[a-z0-9]+(-[a-z0-9]+)*\z")]
    internal static partial Regex SlugPattern();

    [GeneratedRegex(@"\A[A-Z][A-Za-z0-9]*\z")]
    private static partial Regex EventPattern();
}
