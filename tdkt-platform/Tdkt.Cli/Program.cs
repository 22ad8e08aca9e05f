using System.CommandLine;
using Tdkt.Cli;

var root = new RootCommand("tdkt – công cụ dòng lệnh của nền tảng thi đua – khen thưởng")
{
    TokenCommand.Create(),
    ImportCommand.Create(),
    MigrateCommand.Create(),
    ScoreCommand.Create(),
    SimulateCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
