using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Accounts;

namespace Tdkt.Registry.Import;

public static class ImportApi
{
    private const int MaxBytes = 2 * 1024 * 1024;

    public static void MapImportApi(this RouteGroupBuilder group) =>
        group.MapPost("/import", async Task<Results<Ok<ImportSummary>, ValidationProblem>> (
            HttpRequest request, RegistryDb db, AccountDirectory accounts, TimeProvider time, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var (document, errors) = RegistryImporter.Parse(await reader.ReadToEndAsync(ct));
            if (document is null) return errors.ToProblem();
            var (summary, problems) = await db.ImportAsync(document, time, ct, accounts);
            return summary is null ? problems.ToProblem() : TypedResults.Ok(summary);
        }).Accepts<string>("application/yaml", "text/plain").WithBodyLimit(MaxBytes);
}
