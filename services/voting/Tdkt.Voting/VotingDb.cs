using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Voting;

public sealed class VotingDb(DbContextOptions<VotingDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "voting";
    public override string Schema => SchemaName;
}
