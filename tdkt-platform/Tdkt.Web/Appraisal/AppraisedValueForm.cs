using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Web.Api;
using Tdkt.Web.Components;
using Tdkt.Web.Scoring;

namespace Tdkt.Web.Appraisal;

/// <summary>
/// The head's form for one criterion of one unit: the same inputs as the unit's (fields a[{id}].…), a comment and the
/// revision it started from, read into appraisal's request; a 409's "current" read back for the page to show.
/// </summary>
public static class AppraisedValueForm
{
    public const string Prefix = "a";

    public static object Body(Criterion criterion, IFormCollection form)
    {
        var input = SelfAssessmentForm.ReadOne(criterion, form, Prefix) ?? new CriterionInput();
        return new
        {
            score = input.Score, tier = input.Tier, value = input.Value, plan = input.Plan, count = input.Count, total = input.Total,
            done = input.Done, evidence = input.Evidence, comment = form["comment"].ToString(),
            revision = int.TryParse(form["revision"], out var r) ? r : (int?)null,
        };
    }

    /// <summary>"điểm 35 (phiên bản 2, do thu-tua-chua lưu; nhận xét: …)" from a 409's current value.</summary>
    public static string? Current(ApiProblem? problem)
    {
        if (problem?.Extensions?.GetValueOrDefault("current") is not { ValueKind: JsonValueKind.Object } current) return null;
        var value = current.Deserialize<CurrentValue>(ApiClient.Json);
        return value is null ? null
            : $"{Inputs.Of(value.Input)} (phiên bản {value.Revision}, do {value.By} lưu lúc {Vn.Time(value.At)}; nhận xét: {value.Comment})";
    }

    private sealed record CurrentValue(CriterionInput? Input, string? Comment, string? By, DateTimeOffset At, int Revision);
}
