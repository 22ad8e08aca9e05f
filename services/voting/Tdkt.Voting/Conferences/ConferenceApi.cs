using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Voting.Conferences;

/// <param name="Date">dd/MM/yyyy (or yyyy-MM-dd).</param>
public sealed record ScheduleBody(string? Date, string? Venue);

public sealed record ConferenceView(string Kind, string Name, DateOnly Date, string Venue, DateTimeOffset? HeldAt, QuorumView Quorum);

/// <summary>
/// The head schedules each conference of the year (and moves it): the workflows runtime re-plans the deadlines
/// counted from it on ConferenceScheduled, which makes this the one way a conference date is set. Holding it
/// publishes ConferenceHeld; the summary conference is held only with its quorum present.
/// </summary>
public static class ConferenceApi
{
    public static void MapConferenceApi(this RouteGroupBuilder year)
    {
        year.MapGet("/conferences", async Task<Results<Ok<List<ConferenceView>>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (y, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var list = await db.Conferences.AsNoTracking().Where(c => c.ClusterId == clusterId && c.Year == year).ToListAsync(ct);
            var views = new List<ConferenceView>();
            foreach (var c in list.OrderBy(c => c.Date))
                views.Add(new(c.Kind, ConferenceKinds.Name(c.Kind), c.Date, c.Venue, c.HeldAt, await Quorum.OfAsync(db, y!, c.Kind, ct)));
            return TypedResults.Ok(views);
        });

        year.MapPut("/conferences/{kind}", async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string kind, HttpRequest request, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (!ConferenceKinds.All.Contains(kind)) return UnknownKind(kind);
            var (body, bad) = await request.ReadJsonBodyAsync<ScheduleBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation();
            var date = ParseDate(v, body!.Date, year);
            v.Text("venue", body.Venue, "Địa điểm");
            if (!v.IsValid) return v.ToProblem();
            var c = await db.Conferences.FindAsync([clusterId, year, kind], ct);
            if (c?.HeldAt is not null) return Problems.Conflict($"{ConferenceKinds.Name(kind)} năm {year} đã được tổ chức; không thể đổi ngày.");
            var previous = c?.Date;
            var now = time.GetUtcNow();
            if (c is null) db.Conferences.Add(c = new Conference { ClusterId = clusterId, Year = year, Kind = kind, Venue = "", ScheduledBy = "" });
            (c.Date, c.Venue, c.ScheduledBy, c.ScheduledAt) = (date, body.Venue!.Trim(), user.Who(), now);
            db.PublishViaOutbox(new ConferenceScheduled(clusterId, year, kind, date, c.Venue, previous, c.ScheduledBy, now), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new ConferenceView(kind, ConferenceKinds.Name(kind), c.Date, c.Venue, null, await Quorum.OfAsync(db, y!, kind, ct)));
        }).Accepts<ScheduleBody>("application/json");

        year.MapPost("/conferences/{kind}/held", async Task<Results<Ok<ConferenceView>, ProblemHttpResult>> (
            string clusterId, int year, string kind, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (!ConferenceKinds.All.Contains(kind)) return UnknownKind(kind);
            if (await db.Conferences.FindAsync([clusterId, year, kind], ct) is not { } c)
                return Problems.Conflict($"{ConferenceKinds.Name(kind)} năm {year} chưa được lên lịch.");
            if (c.HeldAt is not null) return Problems.Conflict($"{ConferenceKinds.Name(kind)} năm {year} đã được ghi nhận là đã tổ chức.");
            var quorum = await Quorum.OfAsync(db, y!, kind, ct);
            if (kind == ConferenceKinds.Summary && !quorum.Met) return Problems.Conflict(quorum.Message);
            c.HeldAt = time.GetUtcNow();
            db.PublishViaOutbox(new ConferenceHeld(clusterId, year, kind, c.Date, c.HeldAt.Value), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new ConferenceView(kind, ConferenceKinds.Name(kind), c.Date, c.Venue, c.HeldAt, quorum));
        });
    }

    public static ProblemHttpResult UnknownKind(string kind) =>
        Problems.NotFound($"Không có loại hội nghị \"{kind}\"; dùng mid-year-review, pre-meeting hoặc summary.");

    /// <summary>From the first day of the emulation year to the end of the next (a summary conference is held early next year).</summary>
    private static DateOnly ParseDate(Validation v, string? text, int year)
    {
        if (!InputRules.TryDate(text, out var date))
        {
            v.Add("date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 13/01/2023.");
            return default;
        }
        if (date.Year < year || date.Year > year + 1)
            v.Add("date", $"Ngày hội nghị của năm thi đua {year} phải từ 01/01/{year} đến 31/12/{year + 1}.");
        return date;
    }
}
