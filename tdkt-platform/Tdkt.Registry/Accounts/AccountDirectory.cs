using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Registry.Users;

namespace Tdkt.Registry.Accounts;

/// <summary>An account as administrators see it: never its password or hash.</summary>
public sealed record UserView(string Id, string DisplayName, string? Role, string? Unit, bool LockedOut);

/// <summary>An account just created, with the password shown this once.</summary>
public sealed record CreatedUser(string Id, string DisplayName, string? Role, string? Unit, bool LockedOut, string Password);

/// <summary>The accounts as the registry's endpoints, its import and its demo seeding change them.</summary>
public sealed class AccountDirectory(UserManager<Account> users, RoleManager<IdentityRole> roles, AccountsDb db, TimeProvider time)
{
    public async Task<List<UserView>> ListAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.UserId, r => roleNames.GetValueOrDefault(r.RoleId));
        return accounts.Select(a => View(a, userRoles[a.Id].FirstOrDefault())).ToList();
    }

    public Task<Account?> FindAsync(string userName) => users.FindByNameAsync(userName);

    /// <summary>Creates the account (with a generated password, returned) or updates its name, role and unit (null).</summary>
    public async Task<(UserView View, string? Password)> UpsertAsync(UserInput input, bool withPassword = true)
    {
        await EnsureRolesAsync();
        var account = await users.FindByNameAsync(input.Id!);
        string? password = null;
        if (account is null)
        {
            account = new Account { UserName = input.Id, DisplayName = input.DisplayName!.Trim(), UnitId = input.Unit };
            password = withPassword ? Passwords.Generate() : null;
            Check(password is null ? await users.CreateAsync(account) : await users.CreateAsync(account, password));
        }
        else
        {
            account.DisplayName = input.DisplayName!.Trim();
            account.UnitId = input.Unit;
            Check(await users.UpdateAsync(account));
        }
        var current = await users.GetRolesAsync(account);
        if (current.Count != 1 || current[0] != input.Role)
        {
            if (current.Count > 0) Check(await users.RemoveFromRolesAsync(account, current));
            Check(await users.AddToRoleAsync(account, input.Role!));
            // Sessions opened under the old role end: the login cookie is checked against the stamp.
            Check(await users.UpdateSecurityStampAsync(account));
        }
        return (View(account, input.Role), password);
    }

    /// <summary>A new generated password replacing the old one, and the lockout lifted; null when there is no such account.</summary>
    public async Task<string?> ResetPasswordAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } account) return null;
        var password = Passwords.Generate();
        if (await users.HasPasswordAsync(account)) Check(await users.RemovePasswordAsync(account));
        Check(await users.AddPasswordAsync(account, password));
        Check(await users.SetLockoutEndDateAsync(account, null));
        Check(await users.ResetAccessFailedCountAsync(account));
        return password;
    }

    public async Task<string?> RoleOfAsync(Account account) => (await users.GetRolesAsync(account)).FirstOrDefault();

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    private UserView View(Account a, string? role) =>
        new(a.UserName!, a.DisplayName, role, a.UnitId, a.LockoutEnd is { } end && end > time.GetUtcNow());

    // Input is validated before it gets here: a failure is a fault, not the caller's mistake.
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
