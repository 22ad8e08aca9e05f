namespace Tdkt.Workflows.Definitions;

/// <summary>A step's deadline rule as an administrator reads it when checking a definition.</summary>
public static class DueRuleText
{
    public static string Kind(DueRule rule) => rule switch
    {
        FixedDateRule => "fixed",
        WindowRule => "window",
        _ => "relative",
    };

    public static string Describe(WorkflowDefinition definition, StepDue due, DueRule rule)
    {
        var text = Rule(definition, rule);
        return due.Scheduled is null ? text : $"Ngày do Trưởng cụm ấn định; theo quy trình: {char.ToLower(text[0])}{text[1..]}";
    }

    private static string Rule(WorkflowDefinition definition, DueRule rule) => rule switch
    {
        FixedDateRule { Exclusive: true } r => $"Trước ngày {r.Date}{Year(r.YearOffset)} (hạn là ngày liền trước){Shifted(r.Shift)}",
        FixedDateRule r => $"Ngày {r.Date}{Year(r.YearOffset)}{Shifted(r.Shift)}",
        WindowRule r => $"Ngày cuối của khoảng {r.From}–{r.To}{Year(r.YearOffset)}{Shifted(r.Shift)}",
        RelativeRule r => Relative(definition, r),
        _ => rule.GetType().Name,
    };

    private static string Relative(WorkflowDefinition definition, RelativeRule r)
    {
        var anchor = $"«{definition.Step(r.AnchorStep)?.Title ?? r.AnchorStep}»";
        if (r.Amount == 0) return $"Cùng ngày {anchor}{(r.WorkingDays ? Shifted(Shift.Next) : Shifted(r.Shift))}";
        var days = r.WorkingDays ? "ngày làm việc" : "ngày";
        var direction = r.Direction == Direction.Before ? "trước" : "sau";
        // Counting working days always lands on one; calendar days may need the shift.
        return $"{r.Amount} {days} {direction} {anchor}{(r.WorkingDays ? "" : Shifted(r.Shift))}";
    }

    private static string Year(int offset) => offset switch
    {
        0 => "",
        1 => " năm sau",
        -1 => " năm trước",
        _ => $" (năm thi đua {offset:+0;-0})",
    };

    private static string Shifted(Shift shift) => shift switch
    {
        Shift.Next => "; gặp ngày nghỉ thì chuyển sang ngày làm việc kế tiếp",
        Shift.Previous => "; gặp ngày nghỉ thì chuyển về ngày làm việc liền trước",
        _ => "",
    };
}
