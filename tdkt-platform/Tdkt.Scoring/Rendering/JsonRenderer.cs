using System.Text.Encodings.Web;
using System.Text.Json;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Computation;

namespace Tdkt.Scoring.Rendering;

/// <summary>Renders a cluster computation as JSON: per unit total, groups, bonus, deductions, rank, status, reasons; then awards.</summary>
public static class JsonRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Vietnamese text stays readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ClusterResult result, bool includeTraces = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("framework", result.FrameworkId);
            w.WriteString("cluster", result.ClusterName);
            if (result.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
            w.WriteStartArray("units");
            foreach (var u in result.Units) Unit(w, u, includeTraces);
            w.WriteEndArray();
            w.WriteStartArray("awards");
            foreach (var a in result.Awards) Award(w, a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Unit(Utf8JsonWriter w, UnitResult u, bool traces)
    {
        w.WriteStartObject();
        w.WriteString("id", u.UnitId);
        w.WriteString("name", u.UnitName);
        w.WriteNumber("rank", u.Rank);
        Strings(w, "tiedWith", u.TiedWith);
        w.WriteNumber("total", u.Total);
        w.WriteString("totalTrace", u.TotalTrace.Text);
        w.WriteString("status", Status(u.Status));
        Strings(w, "reasons", u.Reasons);
        w.WriteStartArray("groups");
        foreach (var g in u.Groups)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            w.WriteString("name", g.Name);
            w.WriteNumber("max", g.Max);
            w.WriteNumber("points", g.Points);
            if (traces) Criteria(w, g.Criteria);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("bonus", u.Bonus);
        if (traces) Criteria(w, u.BonusItems, "bonusItems");
        w.WriteNumber("deductions", u.Deductions);
        w.WriteStartArray("deductionItems");
        foreach (var d in u.DeductionItems)
        {
            w.WriteStartObject();
            w.WriteString("type", d.Type);
            w.WriteString("name", d.Name);
            w.WriteNumber("count", d.Count);
            w.WriteNumber("points", d.Points);
            w.WriteString("reason", d.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Criteria(Utf8JsonWriter w, IReadOnlyList<CriterionResult> criteria, string name = "criteria")
    {
        w.WriteStartArray(name);
        foreach (var c in criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteNumber("max", c.Max);
            w.WriteNumber("points", c.Points);
            w.WriteString("trace", c.Trace.Text);
            if (c.Evidence.Count > 0) Strings(w, "evidence", c.Evidence);
            if (c.Children.Count > 0) Criteria(w, c.Children);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Award(Utf8JsonWriter w, AwardProposal a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.AwardId);
        w.WriteString("name", a.AwardName);
        w.WriteNumber("seats", a.Seats);
        w.WriteString("outcome", a.Outcome switch
        {
            AwardOutcome.VoteRequired => "vote_required",
            AwardOutcome.NoCandidate => "no_candidate",
            _ => "proposed",
        });
        Strings(w, "proposed", a.Proposed);
        Strings(w, "voteCandidates", a.VoteCandidates);
        w.WriteNumber("voteSeats", a.VoteSeats);
        w.WriteNumber("seatsForVoteLosers", a.SeatsForVoteLosers);
        Strings(w, "notes", a.Notes);
        w.WriteEndObject();
    }

    internal static string Status(UnitStatus s) => s switch
    {
        UnitStatus.Eligible => "eligible",
        UnitStatus.Ineligible => "ineligible",
        UnitStatus.Excluded => "excluded",
        _ => "deferred",
    };

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
