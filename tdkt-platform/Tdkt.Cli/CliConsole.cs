using Spectre.Console;

namespace Tdkt.Cli;

/// <summary>
/// Spectre's console for this process. Output that goes to a file or a pipe is read by programs and
/// people later: no ANSI codes, no colours, no live display, and lines never wrapped at a guessed width.
/// </summary>
public static class CliConsole
{
    public static bool IsTerminal => !Console.IsOutputRedirected;

    public static IAnsiConsole Create()
    {
        if (IsTerminal) return AnsiConsole.Console;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = Unlimited;
        return console;
    }

    // Wide enough for any line we print, small enough that Spectre's layout arithmetic cannot overflow.
    private const int Unlimited = 100_000;
}
