using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Tdkt.Web.Api;
using Tdkt.Web.Auth;

namespace Tdkt.Web.Scoring;

/// <summary>The live score of the self-assessment form: the page's script posts the form here as the unit types.</summary>
public static class ScoreEndpoint
{
    public const string Path = "/tu-cham-diem/tinh-diem";

    public static void MapScoreEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path + "/{clusterId}/{year:int}", async (string clusterId, int year, [FromForm] IFormCollection form,
            CurrentUser me, ApiClient api, CancellationToken ct) =>
        {
            var framework = await YearFramework.LoadAsync(api, clusterId, year, ct);
            if (framework.Framework is not { } fw) return Results.Json(new { error = framework.Problem?.Message });
            var unit = me.UnitId ?? "";
            var clusterYear = await api.GetAsync<ClusterYearView>("registry", $"/registry/clusters/{clusterId}/years/{year}", ct);
            var isHead = clusterYear.Value?.Head.Id == unit;
            var scored = SelfAssessmentForm.Score(fw, unit, SelfAssessmentForm.Read(fw, form), SelfAssessmentForm.ReadBonus(fw, form, isHead), isHead);
            return Results.Json(new
            {
                total = scored.Total is { } t ? Components.Vn.Number(t) : null,
                points = scored.Points.ToDictionary(p => p.Key, p => Components.Vn.Number(p.Value)),
                errors = scored.Errors,
            });
        }).RequireAuthorization(WebSignIn.PagePolicy).ExcludeFromDescription();
}
