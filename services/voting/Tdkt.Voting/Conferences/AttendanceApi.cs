using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Voting.Conferences;

public sealed record CheckInBody(string? UnitId, string? DelegateName, string? DelegatePosition);

public sealed record AttendeeView(string UnitId, string UnitName, bool Present, string? DelegateName, string? DelegatePosition);

public sealed record AttendanceView(string Kind, IReadOnlyList<AttendeeView> Members, QuorumView Quorum);

/// <summary>The head checks in each member unit's delegate (name and position); checking in again corrects it.</summary>
public static class AttendanceApi
{
    public static void MapAttendanceApi(this RouteGroupBuilder year)
    {
        year.MapGet("/conferences/{kind}/attendance", async Task<Results<Ok<AttendanceView>, ProblemHttpResult>> (
            string clusterId, int year, string kind, ClaimsPrincipal user, VotingDb db, CancellationToken ct) =>
        {
            var (y, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (!ConferenceKinds.All.Contains(kind)) return ConferenceApi.UnknownKind(kind);
            return TypedResults.Ok(await ViewAsync(db, y!, kind, ct));
        });

        year.MapPost("/conferences/{kind}/attendance", async Task<Results<Ok<AttendanceView>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string kind, HttpRequest request, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (!ConferenceKinds.All.Contains(kind)) return ConferenceApi.UnknownKind(kind);
            var (body, bad) = await request.ReadJsonBodyAsync<CheckInBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation();
            if (string.IsNullOrWhiteSpace(body!.UnitId)) v.Add("unitId", "Đơn vị dự họp là bắt buộc.");
            else v.Check(y!.Copy.HasMember(body.UnitId), "unitId", $"Đơn vị '{body.UnitId}' không thuộc {y.Name} năm {year}.");
            v.Text("delegateName", body.DelegateName, "Họ tên đại biểu");
            v.Text("delegatePosition", body.DelegatePosition, "Chức vụ của đại biểu");
            if (!v.IsValid) return v.ToProblem();
            if (await db.Conferences.FindAsync([clusterId, year, kind], ct) is not { } c)
                return Problems.Conflict($"{ConferenceKinds.Name(kind)} năm {year} chưa được lên lịch.");
            if (c.HeldAt is not null) return Problems.Conflict($"{ConferenceKinds.Name(kind)} năm {year} đã kết thúc; không điểm danh thêm được.");
            var row = await db.CheckIns.FindAsync([clusterId, year, kind, body.UnitId!], ct);
            if (row is null) db.CheckIns.Add(row = new CheckIn { ClusterId = clusterId, Year = year, Kind = kind, UnitId = body.UnitId!,
                UnitName = y!.UnitName(body.UnitId!), DelegateName = "", DelegatePosition = "" });
            (row.DelegateName, row.DelegatePosition, row.CheckedInAt) = (body.DelegateName!.Trim(), body.DelegatePosition!.Trim(), time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await ViewAsync(db, y!, kind, ct));
        }).Accepts<CheckInBody>("application/json");
    }

    public static async Task<AttendanceView> ViewAsync(VotingDb db, VotingYear y, string kind, CancellationToken ct)
    {
        var present = await db.CheckIns.AsNoTracking()
            .Where(c => c.ClusterId == y.Copy.ClusterId && c.Year == y.Copy.Year && c.Kind == kind).ToListAsync(ct);
        var members = y.Copy.Members.Select(m => present.FirstOrDefault(p => p.UnitId == m.UnitId) is { } p
            ? new AttendeeView(m.UnitId, m.Name, true, p.DelegateName, p.DelegatePosition)
            : new AttendeeView(m.UnitId, m.Name, false, null, null)).ToList();
        return new AttendanceView(kind, members, await Quorum.OfAsync(db, y, kind, ct));
    }
}
