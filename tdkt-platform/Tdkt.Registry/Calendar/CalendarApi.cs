using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Calendar;

/// <summary>
/// The yearly calendar decisions (extra days off, make-up working days) an administrator enters.
/// Saving a year replaces its decisions and announces CalendarOverridesChanged, on which the
/// workflows service rebuilds its working calendar and recomputes deadlines.
/// </summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this RouteGroupBuilder registry)
    {
        registry.MapGet("/calendar/{year:int}", async Task<Results<Ok<CalendarOverridesChanged>, ValidationProblem>> (int year, RegistryDb db, CancellationToken ct) =>
            CalendarInput.IsYear(year)
                ? TypedResults.Ok(Announce(year, await db.Set<CalendarOverride>().Where(c => c.Year == year).OrderBy(c => c.Date).ToListAsync(ct), default))
                : Validation.Problem("year", CalendarInput.YearRule));

        registry.MapPut("/calendar/{year:int}", async Task<Results<Ok<CalendarOverridesChanged>, ValidationProblem>> (
            int year, HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<CalendarInput>(ct);
            if (problem is not null) return problem;
            var v = new Validation();
            var days = input!.Validate(v, year);
            if (!v.IsValid) return v.ToProblem();
            // Replacing a year's days is all or nothing: the deletion and the new days commit together.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var set = db.Set<CalendarOverride>();
            set.RemoveRange(await set.Where(c => c.Year == year).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            set.AddRange(days);
            var announced = Announce(year, days, time.GetUtcNow());
            db.PublishViaOutbox(announced, time);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return TypedResults.Ok(announced);
        }).Accepts<CalendarInput>("application/json");
    }

    private static CalendarOverridesChanged Announce(int year, List<CalendarOverride> days, DateTimeOffset at) => new(
        year,
        days.Where(d => d.Kind == CalendarOverride.DayOff).Select(d => new CalendarDay(d.Date, d.Reason, d.Source)).ToList(),
        days.Where(d => d.Kind == CalendarOverride.WorkingDay).Select(d => new CalendarDay(d.Date, d.Reason, d.Source)).ToList(),
        at);
}
