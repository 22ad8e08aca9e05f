using Tdkt.Cli;

return await Cli.RunAsync(args);
