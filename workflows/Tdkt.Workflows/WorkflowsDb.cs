using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Workflows;

public sealed class WorkflowsDb(DbContextOptions<WorkflowsDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "workflows";
    public override string Schema => SchemaName;
}
