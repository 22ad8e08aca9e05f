using System.CommandLine;
using Tdkt.Appraisal;
using Tdkt.Dossier;
using Tdkt.Intake;
using Tdkt.Platform.Persistence;
using Tdkt.Registry;
using Tdkt.Voting;
using Tdkt.Workflows;

namespace Tdkt.Cli;

/// <summary>`tdkt migrate`: brings every service's schema to the latest version (the services also do it at start).</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Cập nhật lược đồ cơ sở dữ liệu của mọi dịch vụ");
        command.SetAction(async (_, ct) =>
        {
            var config = CliConfiguration.Load();
            ServiceDb[] databases =
            [
                CliConfiguration.Open<RegistryDb>(config, RegistryDb.SchemaName),
                CliConfiguration.Open<IntakeDb>(config, IntakeDb.SchemaName),
                CliConfiguration.Open<AppraisalDb>(config, AppraisalDb.SchemaName),
                CliConfiguration.Open<VotingDb>(config, VotingDb.SchemaName),
                CliConfiguration.Open<DossierDb>(config, DossierDb.SchemaName),
                CliConfiguration.Open<WorkflowsDb>(config, WorkflowsDb.SchemaName),
            ];
            foreach (var db in databases)
            {
                await db.MigrateTdktAsync(ct);
                Console.WriteLine($"{db.Schema}: đã cập nhật lược đồ.");
                await db.DisposeAsync();
            }
            return 0;
        });
        return command;
    }
}
