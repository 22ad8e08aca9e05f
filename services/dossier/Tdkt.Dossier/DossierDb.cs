using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Dossier;

public sealed class DossierDb(DbContextOptions<DossierDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "dossier";
    public override string Schema => SchemaName;
}
