using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Tdkt.Appraisal;
using Tdkt.Dossier;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Voting;
using Tdkt.Workflows;

namespace Tdkt.Embedded;

/// <summary>The embedded default: every service in one process, in-memory bus, one SQLite file per service.</summary>
public static class EmbeddedPlatform
{
    public static ITdktService[] Services() =>
        [new RegistryService(), new IntakeService(), new AppraisalService(), new VotingService(), new DossierService(), new WorkflowsService()];

    /// <summary>Defaults that any other source (appsettings, environment, command line) overrides.</summary>
    public static void UseEmbeddedDefaults(this ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [ConfigKeys.Urls] = "http://127.0.0.1:5080",
                [ConfigKeys.DatabaseProvider] = "sqlite",
                [ConfigKeys.SeedDemoData] = "true",
                [ConfigKeys.OutboxPollMilliseconds] = "500",
                // A person watches this console: one readable line per event, and not one per HTTP request or
                // bus endpoint (the startup banner says where the host listens, so the lifetime's lines go too).
                [ConfigKeys.LoggingFormat] = LoggingSetup.Plain,
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                ["Logging:LogLevel:MassTransit"] = "Warning",
            },
        });
}
