using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Users;

public static class UserApi
{
    public static void MapUserApi(this RouteGroupBuilder group)
    {
        group.MapGet("/users", async (RegistryDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Users.OrderBy(u => u.Id).ToListAsync(ct)));

        // PUT creates or replaces: an administrator edits a user by sending the whole record.
        group.MapPut("/users/{userId}", async Task<Results<Ok<UserAccount>, ValidationProblem>> (string userId, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<UserInput>(ct);
            if (problem is not null) return problem;
            input = input! with { Id = userId };
            var units = await db.Units.Select(u => u.Id).ToListAsync(ct);
            var v = new Validation();
            input.Validate(v, "", units.Contains);
            if (!v.IsValid) return v.ToProblem();
            var user = await input.UpsertAsync(db, ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(user);
        }).Accepts<UserInput>("application/json");
    }
}
