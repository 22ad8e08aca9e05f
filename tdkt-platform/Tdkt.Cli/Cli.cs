using System.CommandLine;

namespace Tdkt.Cli;

/// <summary>
/// The `tdkt` program. A user who gets something wrong reads one line saying what and a non-zero exit
/// code, never a stack trace: wrong arguments exit 2, anything that fails while running exits 1.
/// </summary>
public static class Cli
{
    public static RootCommand Root() => new("tdkt – công cụ dòng lệnh của nền tảng thi đua – khen thưởng")
    {
        TokenCommand.Create(),
        ImportCommand.Create(),
        MigrateCommand.Create(),
        ScoreCommand.Create(),
        SimulateCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        // Without a command, the list of commands is the most useful answer.
        var parse = Root().Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0 && !AsksForHelp(args))
        {
            foreach (var error in parse.Errors) await Console.Error.WriteLineAsync($"Lệnh không hợp lệ: {error.Message}");
            await Console.Error.WriteLineAsync($"Xem hướng dẫn: {CommandPath(parse)} --help");
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Đã hủy.");
            return 130;
        }
        catch (Exception e)
        {
            // The message is meant for a person; the stack trace only for us, and only when asked for.
            await Console.Error.WriteLineAsync($"Lỗi: {Innermost(e).Message}");
            if (Environment.GetEnvironmentVariable("TDKT_DEBUG") is "1") await Console.Error.WriteLineAsync(e.ToString());
            return 1;
        }
    }

    private static bool AsksForHelp(string[] args) => args.Any(a => a is "-h" or "--help" or "-?" or "/?" or "--version");

    private static string CommandPath(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "tdkt" : $"tdkt {parse.CommandResult.Command.Name}";

    private static Exception Innermost(Exception e) => e is AggregateException { InnerExceptions: [var only] } ? Innermost(only) : e;
}
