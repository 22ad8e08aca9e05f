using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Accounts;

/// <summary>
/// The sign-in stores: Identity's users and roles and OpenIddict's applications, authorizations, scopes
/// and tokens. Apart from the registry's data so password hashes and tokens never travel with an export
/// of the registry, and so the stores' own schema can follow the libraries' versions.
/// </summary>
public sealed class AccountsDb(DbContextOptions<AccountsDb> options) : IdentityDbContext<Account>(options)
{
    public const string SchemaName = "accounts";

    // One save at a time per SQLite file (Platform.Persistence.SqliteWriteGate); the turn is given back however the save ends.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = await Platform.Persistence.SqliteWriteGate.TakeTurnAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var turn = Platform.Persistence.SqliteWriteGate.TakeTurn(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // SQLite has no schemas (one file per service instead) and warns when one is configured.
        if (!Database.IsSqlite()) builder.HasDefaultSchema(SchemaName);
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<Account>(e =>
        {
            e.Property(a => a.DisplayName).HasMaxLength(Limits.Name);
            e.Property(a => a.UnitId).HasMaxLength(Limits.ShortCode);
        });
    }
}
