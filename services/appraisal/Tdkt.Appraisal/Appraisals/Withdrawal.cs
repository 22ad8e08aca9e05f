using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tdkt.Platform.Problems;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>Body of a withdrawal: why a deduction or a status no longer counts (kept for the audit trail).</summary>
public sealed record WithdrawRequest(string? Reason);

public static class Withdrawal
{
    /// <summary>The head's context and the reason for withdrawing; or the problem that refuses it.</summary>
    public static async Task<(AppraisalContext? Context, string? Reason, ValidationProblem? Invalid, ProblemHttpResult? Refused)> ReadWithdrawalAsync(
        this AppraisalDb db, string clusterId, int year, HttpRequest request, ClaimsPrincipal user, string label, CancellationToken ct)
    {
        var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
        if (problem is not null) return (null, null, null, problem);
        var (body, bad) = await request.ReadJsonBodyAsync<WithdrawRequest>(ct);
        if (bad is not null) return (null, null, bad, null);
        var v = new Validation().Text("reason", body!.Reason, label, Limits.Text);
        return v.IsValid ? (c, body.Reason!.Trim(), null, null) : (null, null, v.ToProblem(), null);
    }
}
