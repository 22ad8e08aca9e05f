using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Audit;
using Tdkt.Platform.Problems;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal.Appraisals;

public static class AppraisalApi
{
    public static void MapAppraisalTableApi(this RouteGroupBuilder year)
    {
        year.MapGet("/table", async Task<Results<Ok<AppraisalTableView>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (c, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var values = await db.AppraisedValues.AsNoTracking().Where(v => v.ClusterId == clusterId && v.Year == year).ToListAsync(ct);
            return TypedResults.Ok(AppraisalTable.Build(c!, await db.BuildAsync(c!.Year, ct), values));
        });

        year.MapPut("/units/{unitId}/values/{section}/{criterionId}", SaveValueAsync).Accepts<AppraisedValueRequest>("application/json");
    }

    private static async Task<Results<Ok<AppraisedValue>, ValidationProblem, ProblemHttpResult>> SaveValueAsync(
        string clusterId, int year, string unitId, string section, string criterionId, HttpRequest request, ClaimsPrincipal user,
        AppraisalDb db, TimeProvider time, CancellationToken ct)
    {
        var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
        if (problem is not null) return problem;
        if (!c!.Year.HasMember(unitId)) return Problems.NotFound($"Đơn vị '{unitId}' không thuộc {c.Year.ClusterName} năm {year}.");
        if (section is not ("criteria" or "bonus")) return Problems.NotFound("Phần của phiếu chấm phải là 'criteria' (tiêu chí) hoặc 'bonus' (điểm thưởng).");
        var (body, bad) = await request.ReadJsonBodyAsync<AppraisedValueRequest>(ct);
        if (bad is not null) return bad;
        var v = body!.Validate();
        if (!v.IsValid) return v.ToProblem();
        var input = body.ToInput();
        var sheets = await db.BuildAsync(c.Year, ct);
        var sheet = sheets.Appraised.Units.First(u => u.UnitId == unitId);
        var check = ValueCheck.Check(c.Framework, sheet, section, criterionId, input);
        if (!check.IsValid) return check.ToProblem();

        var stored = await db.AppraisedValues.FindAsync([clusterId, year, unitId, section, criterionId], ct);
        if ((stored?.Revision ?? 0) != body.Revision) return Stale(stored);
        var old = stored is null ? (section == "criteria" ? sheets.Self.Units.First(u => u.UnitId == unitId).Criteria : sheets.Self.Units.First(u => u.UnitId == unitId).Bonus)
            .GetValueOrDefault(criterionId).Describe() : stored.Input.Describe();
        if (stored is null)
            db.AppraisedValues.Add(stored = new AppraisedValue { ClusterId = clusterId, Year = year, UnitId = unitId, Section = section, CriterionId = criterionId, Comment = "", By = "" });
        (stored.Input, stored.Comment, stored.By, stored.At, stored.Revision) = (input, body.Comment!.Trim(), user.Who(), time.GetUtcNow(), stored.Revision + 1);
        db.Record(c, user, time, "value", unitId, criterionId, old, input.Describe(), stored.Comment);
        try
        {
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(stored);
        }
        // Another person saved the same criterion between our read and our write.
        catch (DbUpdateException e) when (!e.IsDatabaseUnavailable())
        {
            db.ChangeTracker.Clear();
            return Stale(await db.AppraisedValues.AsNoTracking().FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year
                && x.UnitId == unitId && x.Section == section && x.CriterionId == criterionId, ct));
        }
    }

    /// <summary>409 with the value now stored, so the second person sees what the first one saved.</summary>
    private static ProblemHttpResult Stale(AppraisedValue? current) => TypedResults.Problem(
        $"Tiêu chí này vừa được {current?.By ?? "người khác"} thẩm định (phiên bản {current?.Revision ?? 0}): {current?.Input.Describe() ?? "(chưa có)"}. " +
        "Hãy xem giá trị hiện tại rồi lưu lại nếu vẫn muốn thay đổi.",
        statusCode: StatusCodes.Status409Conflict, title: "Xung đột dữ liệu",
        extensions: new Dictionary<string, object?> { ["current"] = current });
}
