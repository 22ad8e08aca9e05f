using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Instances;

namespace Tdkt.Workflows.Reminders;

public sealed record NoticeView(long Id, string Kind, string ClusterId, int Year, string StepId, string UnitId, DateOnly DueDate,
    string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string Email)
{
    public static NoticeView Of(Notice n) => new(n.Id, n.Kind == NoticeKind.Reminder ? "reminder" : "missed", n.ClusterId, n.Year,
        n.StepId, n.UnitId, n.DueDate, n.Subject, n.Body, n.CreatedAt, n.ReadAt, n.EmailState.ToString().ToLowerInvariant());
}

/// <summary>The in-app inbox: a unit (or the board) lists its reminders and miss notices, newest first, and marks them read.</summary>
public static class ReminderApi
{
    public static void MapReminderApi(this RouteGroupBuilder workflows)
    {
        workflows.MapGet("/units/{unitId}/reminders", (string unitId, bool? unread, HttpRequest request, WorkflowsDb db, CancellationToken ct) =>
            request.HttpContext.User.Is(unitId) ? List(db, unitId, unread, ct) : Forbidden());
        workflows.MapPost("/units/{unitId}/reminders/{id:long}/read", (string unitId, long id, HttpRequest request, WorkflowsDb db, TimeProvider time, CancellationToken ct) =>
            request.HttpContext.User.Is(unitId) ? MarkRead(db, unitId, id, time, ct) : Forbidden());
        workflows.MapGet("/board/reminders", (bool? unread, WorkflowsDb db, CancellationToken ct) => List(db, Obligation.BoardRecipient, unread, ct))
            .RequireAuthorization(Policies.Board);
        workflows.MapPost("/board/reminders/{id:long}/read", (long id, WorkflowsDb db, TimeProvider time, CancellationToken ct) =>
            MarkRead(db, Obligation.BoardRecipient, id, time, ct)).RequireAuthorization(Policies.Board);
    }

    private static Task<Results<Ok<List<NoticeView>>, ProblemHttpResult>> Forbidden() =>
        Task.FromResult<Results<Ok<List<NoticeView>>, ProblemHttpResult>>(Problems.Forbidden("Đơn vị chỉ xem được thông báo của chính mình."));

    private static async Task<Results<Ok<List<NoticeView>>, ProblemHttpResult>> List(WorkflowsDb db, string recipient, bool? unread, CancellationToken ct)
    {
        var query = db.Notices.AsNoTracking().Where(n => n.Recipient == recipient);
        if (unread == true) query = query.Where(n => n.ReadAt == null);
        return TypedResults.Ok((await query.OrderByDescending(n => n.Id).Take(500).ToListAsync(ct)).Select(NoticeView.Of).ToList());
    }

    private static async Task<Results<Ok<List<NoticeView>>, ProblemHttpResult>> MarkRead(WorkflowsDb db, string recipient, long id, TimeProvider time, CancellationToken ct)
    {
        var notice = await db.Notices.FirstOrDefaultAsync(n => n.Id == id && n.Recipient == recipient, ct);
        if (notice is null) return Problems.NotFound($"Không có thông báo số {id}.");
        notice.ReadAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new List<NoticeView> { NoticeView.Of(notice) });
    }
}
