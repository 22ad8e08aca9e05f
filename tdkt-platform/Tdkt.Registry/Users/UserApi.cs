using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Accounts;

namespace Tdkt.Registry.Users;

public sealed record PasswordView(string Password);

public static class UserApi
{
    public static void MapUserApi(this RouteGroupBuilder group)
    {
        group.MapGet("/users", async (AccountDirectory accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.ListAsync(ct)));

        // PUT creates or replaces: an administrator edits a user by sending the whole record. A new
        // account's password is generated and shown in this response only; only its hash is kept.
        group.MapPut("/users/{userId}", async Task<Results<Created<CreatedUser>, Ok<UserView>, ValidationProblem>> (
            string userId, HttpRequest request, RegistryDb db, AccountDirectory accounts, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<UserInput>(ct);
            if (problem is not null) return problem;
            input = input! with { Id = userId };
            var units = await db.Units.Select(u => u.Id).ToListAsync(ct);
            var v = new Validation();
            input.Validate(v, "", units.Contains);
            if (!v.IsValid) return v.ToProblem();
            var (user, password) = await accounts.UpsertAsync(input);
            return password is null
                ? TypedResults.Ok(user)
                : TypedResults.Created($"/registry/users/{user.Id}",
                    new CreatedUser(user.Id, user.DisplayName, user.Role, user.Unit, user.LockedOut, password));
        }).Accepts<UserInput>("application/json");

        group.MapPost("/users/{userId}/password", async Task<Results<Ok<PasswordView>, ProblemHttpResult, ValidationProblem>> (
            string userId, AccountDirectory accounts) =>
        {
            if (!InputRules.IsId(userId)) return new Validation().Id("userId", userId, "Tên đăng nhập").ToProblem();
            return await accounts.ResetPasswordAsync(userId) is { } password
                ? TypedResults.Ok(new PasswordView(password))
                : Problems.NotFound($"Không có tài khoản '{userId}'.");
        });
    }
}
