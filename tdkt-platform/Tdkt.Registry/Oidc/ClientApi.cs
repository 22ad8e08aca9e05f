using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Users;

namespace Tdkt.Registry.Oidc;

public sealed record ClientInput(string? ClientId, string? DisplayName, string? Role, string? Unit);

public sealed record CreatedClient(string ClientId, string DisplayName, string Role, string? Unit, string ClientSecret);

public static class ClientApi
{
    /// <summary>POST /registry/clients: an integration client; its secret is in this response only.</summary>
    public static void MapClientApi(this RouteGroupBuilder group) =>
        group.MapPost("/clients", async Task<Results<Created<CreatedClient>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, RegistryDb db, IOpenIddictApplicationManager applications, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<ClientInput>(ct);
            if (problem is not null) return problem;
            var units = await db.Units.Select(u => u.Id).ToListAsync(ct);
            var v = new Validation();
            v.Id("clientId", input!.ClientId, "Mã ứng dụng");
            v.Text("displayName", input.DisplayName, "Tên ứng dụng");
            UserInput.ValidateRole(v, "", input.Role, input.Unit, units.Contains);
            if (!v.IsValid) return v.ToProblem();
            if (input.ClientId == WebClientSecret.ClientId || await applications.FindByClientIdAsync(input.ClientId!, ct) is not null)
                return Problems.Conflict($"Đã có ứng dụng '{input.ClientId}'.");
            var secret = await IntegrationClients.CreateAsync(applications, input.ClientId!, input.DisplayName!.Trim(), input.Role!, input.Unit, ct);
            return TypedResults.Created($"/registry/clients/{input.ClientId}",
                new CreatedClient(input.ClientId!, input.DisplayName.Trim(), input.Role!, input.Unit, secret));
        }).Accepts<ClientInput>("application/json");
}
