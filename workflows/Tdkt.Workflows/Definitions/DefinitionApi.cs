using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;

namespace Tdkt.Workflows.Definitions;

public sealed record SaveDefinitionInput(string? Yaml);

public sealed record DefinitionSummary(string Id, int Version, string Title, string Status, DateTimeOffset SavedAt, DateTimeOffset? PublishedAt)
{
    public static DefinitionSummary Of(StoredDefinition d) =>
        new(d.Id, d.Version, d.Title, d.Published ? "published" : "draft", d.SavedAt, d.PublishedAt);
}

/// <summary>Administrators save definition versions as drafts, then publish them; a published version is frozen.</summary>
public static class DefinitionApi
{
    public static void MapDefinitionApi(this RouteGroupBuilder workflows)
    {
        var group = workflows.MapGroup("/definitions").RequireAuthorization(Policies.Admin);

        group.MapGet("/", async (WorkflowsDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.Definitions.AsNoTracking().OrderBy(d => d.Id).ThenBy(d => d.Version).ToListAsync(ct))
                .Select(DefinitionSummary.Of).ToList()));

        group.MapGet("/{id}/versions/{version:int}", async Task<Results<Ok<StoredDefinition>, ProblemHttpResult>> (
            string id, int version, WorkflowsDb db, CancellationToken ct) =>
            await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Version == version, ct) is { } d
                ? TypedResults.Ok(d)
                : Problems.NotFound($"Không có quy trình '{id}' phiên bản {version}."));

        group.MapPost("/", SaveAsync).Accepts<SaveDefinitionInput>("application/json");

        group.MapDefinitionPreviewApi();

        group.MapPost("/{id}/versions/{version:int}/publish", async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> (
            string id, int version, WorkflowsDb db, TimeProvider time, CancellationToken ct) =>
        {
            var stored = await db.Definitions.FirstOrDefaultAsync(d => d.Id == id && d.Version == version, ct);
            if (stored is null) return Problems.NotFound($"Không có quy trình '{id}' phiên bản {version}.");
            if (stored.Published) return Problems.Conflict($"Quy trình '{id}' phiên bản {version} đã được ban hành.");
            stored.Published = true;
            stored.PublishedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(DefinitionSummary.Of(stored));
        });
    }

    private static async Task<Results<Ok<DefinitionSummary>, Created<DefinitionSummary>, ValidationProblem>> SaveAsync(
        HttpRequest request, WorkflowsDb db, TimeProvider time, CancellationToken ct)
    {
        var (input, problem) = await request.ReadJsonBodyAsync<SaveDefinitionInput>(ct);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(input!.Yaml)) return Validation.Problem("yaml", "Nội dung YAML của quy trình là bắt buộc.");
        var loaded = WorkflowDefinitionLoader.Load(input.Yaml);
        if (loaded.Definition is not { } definition) return ToProblem(loaded.Errors);
        var stored = await db.Definitions.Where(d => d.Id == definition.Id).ToListAsync(ct);
        var conflicts = DefinitionVersions.CheckSave(definition, stored.Select(DefinitionCatalog.Parse));
        if (conflicts.Count > 0) return ToProblem(conflicts);
        var existing = stored.FirstOrDefault(d => d.Version == definition.Version);
        var row = existing ?? new StoredDefinition { Id = definition.Id, Version = definition.Version, Title = "", Yaml = "" };
        (row.Title, row.Yaml, row.SavedAt, row.Published) = (definition.Title, input.Yaml, time.GetUtcNow(), false);
        if (existing is null) db.Definitions.Add(row);
        await db.SaveChangesAsync(ct);
        return existing is null
            ? TypedResults.Created($"/workflows/definitions/{row.Id}/versions/{row.Version}", DefinitionSummary.Of(row))
            : TypedResults.Ok(DefinitionSummary.Of(row));
    }

    private static ValidationProblem ToProblem(IEnumerable<ValidationError> errors) => new Validation().AddYaml(errors).ToProblem();

    /// <summary>Each error of a definition's text at yaml.&lt;its path&gt;, as the editor highlights them.</summary>
    internal static Validation AddYaml(this Validation v, IEnumerable<ValidationError> errors)
    {
        foreach (var e in errors) v.Add($"yaml.{e.Path}", e.Message);
        return v;
    }
}
