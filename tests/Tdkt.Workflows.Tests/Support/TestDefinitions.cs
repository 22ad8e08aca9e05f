namespace Tdkt.Workflows.Tests.Support;

/// <summary>Small definitions for the tests, saved and published through the admin API like an administrator would.</summary>
public static class TestDefinitions
{
    /// <summary>One step for every member, due Monday 10/03 (in 2025), reminded 3 and 1 working days before and on the day.</summary>
    public static string OneMemberStep(string id) => $$"""
        id: {{id}}
        version: 1
        status: draft
        title: "Quy trình kiểm thử"
        seed: "kiểm thử"
        reminders:
          workingDaysBefore: [3, 1, 0]
          at: "08:00"
        steps:
          - id: self-assessment
            title: "Gửi bảng tự chấm điểm"
            actor: each-member
            completedBy: { event: SelfAssessmentSubmitted, match: unit }
            due: { date: "10/03" }
            onMissed:
              deduct: 2
              notify: [unit, head]
        """;
}
