using System.Text.Json;

namespace Tdkt.Web.Admin;

// The shapes the administrator's pages read from the registry and workflows APIs (only what they show).

public sealed record ClusterView(string Id, string Name, string? Kind, string? Authority)
{
    public string KindText => Kind is "block" or "Block" or "1" ? "Khối thi đua" : "Cụm thi đua";
}

public sealed record UnitView(string Id, string ClusterId, string Name, List<string>? Emails);

public sealed record YearView(string ClusterId, int Year, string HeadUnitId, string? DeputyUnitId, List<string>? MemberUnitIds,
    DateTimeOffset? OpenedAt, string? FrameworkId, int? FrameworkVersion);

/// <summary>A user as the registry lists them; <c>unit</c> or <c>unitId</c> depending on the registry's version.</summary>
public sealed record UserView(string Id, string? DisplayName, string? Role, string? Unit, string? UnitId, bool? LockedOut)
{
    public string? UnitOf => Unit ?? UnitId;
}

/// <summary>The answer to creating a user or resetting a password: the generated password, shown once.</summary>
public sealed record PasswordView(string? Password);

public sealed record FrameworkSummaryView(string FrameworkId, string Name, int LatestVersion, int Versions);

public sealed record FrameworkUseView(string ClusterId, int Year, bool Opened);

public sealed record FrameworkVersionView(string FrameworkId, int Version, string Name, DateTimeOffset CreatedAt,
    DateTimeOffset? ChangedAt, bool Locked, List<FrameworkUseView>? UsedBy, string? Yaml);

public sealed record DefinitionSummaryView(string Id, int Version, string Title, string Status, DateTimeOffset SavedAt,
    DateTimeOffset? PublishedAt)
{
    public bool Published => Status == "published";
}

public sealed record StoredDefinitionView(string Id, int Version, string Title, string Yaml, bool Published);

public sealed record AssignmentView(string ClusterId, string DefinitionId, DateTimeOffset AssignedAt);

public sealed record CalendarDayView(DateOnly Date, string Reason, string Source);

public sealed record CalendarView(int Year, List<CalendarDayView>? DaysOff, List<CalendarDayView>? WorkingDays);

/// <summary>A step of a definition planned on a cluster-year, read leniently (the preview's fields may grow).</summary>
public sealed record PreviewStepView(string StepId, string Title, DateOnly? Due, string? DueText, string? Computed,
    string? NotDatedReason, List<PreviewReminderView> Reminders);

public sealed record PreviewReminderView(DateOnly? Date, string? DateText, bool Passed, List<string> Recipients);

public static class PreviewReader
{
    /// <summary>
    /// The steps of POST /workflows/definitions/preview, read from JSON by the names the service uses
    /// (stepId/id, dueText/due, computed/explanation…), so a renamed or missing field shows as blank, not as an error.
    /// </summary>
    public static List<PreviewStepView> Steps(JsonElement preview)
    {
        if (Prop(preview, "steps") is not { ValueKind: JsonValueKind.Array } steps) return [];
        return steps.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).Select(s =>
        {
            var due = Date(Prop(s, "due") ?? Prop(s, "dueDate"));
            var reminders = Prop(s, "reminders") is { ValueKind: JsonValueKind.Array } r
                ? r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).Select(Reminder).ToList() : [];
            return new PreviewStepView(Text(s, "stepId") ?? Text(s, "id") ?? "", Text(s, "title") ?? "", due,
                Text(s, "dueText") ?? (due is { } d ? Components.Vn.Deadline(d) : null),
                Text(s, "computed") ?? Text(s, "explanation") ?? Text(s, "how"), Text(s, "notDatedReason"), reminders);
        }).ToList();
    }

    private static PreviewReminderView Reminder(JsonElement r)
    {
        var date = Date(Prop(r, "date") ?? Prop(r, "day"));
        var recipients = Prop(r, "recipients") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : Text(x, "name") ?? Text(x, "unitId") ?? "").ToList()
            : [];
        return new(date, Text(r, "dateText") ?? (date is { } d ? Components.Vn.Deadline(d) : null),
            Prop(r, "passed") is { ValueKind: JsonValueKind.True }, recipients);
    }

    private static JsonElement? Prop(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object) return null;
        foreach (var p in e.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    private static string? Text(JsonElement e, string name) =>
        Prop(e, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static DateOnly? Date(JsonElement? e) =>
        e is { ValueKind: JsonValueKind.String } v && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", out var d) ? d : null;
}
