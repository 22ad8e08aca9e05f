using System.CommandLine;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Rendering;
using Tdkt.Scoring.Validation;

namespace Tdkt.Cli;

/// <summary>
/// `tdkt score --framework f.yaml --sheets s.yaml [--format table]`: computes a cluster-year from files, without
/// any service or database. Exit 0 with the result; 1 with every problem of an invalid framework or sheet;
/// 2 when a file cannot be read. Writes through the invocation's writers so tests can run it in-process.
/// </summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var framework = new Option<FileInfo>("--framework") { Description = "Tệp bảng chấm điểm (YAML)", Required = true };
        var sheets = new Option<FileInfo>("--sheets") { Description = "Tệp phiếu chấm điểm của các đơn vị trong cụm (YAML hoặc JSON)", Required = true };
        var format = new Option<string>("--format") { Description = "Định dạng kết quả: json hoặc table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("score", "Tính điểm, xếp hạng và đề xuất khen thưởng của một cụm/khối từ tệp") { framework, sheets, format };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var frameworkFile = parse.GetValue(framework)!;
            var sheetsFile = parse.GetValue(sheets)!;
            foreach (var file in new[] { frameworkFile, sheetsFile }.Where(f => !f.Exists))
            {
                await error.WriteLineAsync($"Không tìm thấy tệp {file.FullName}.");
                return 2;
            }
            var loaded = FrameworkLoader.Load(await File.ReadAllTextAsync(frameworkFile.FullName, ct));
            if (!loaded.IsValid) return await ReportAsync(error, $"Bảng điểm {frameworkFile.Name} không hợp lệ", loaded.Errors);
            var sheetsLoaded = SheetsLoader.Load(await File.ReadAllTextAsync(sheetsFile.FullName, ct), loaded.Value!);
            if (!sheetsLoaded.IsValid) return await ReportAsync(error, $"Phiếu chấm {sheetsFile.Name} không hợp lệ", sheetsLoaded.Errors);
            var result = ClusterScorer.Score(loaded.Value!, sheetsLoaded.Value!);
            if (!result.IsValid) return await ReportAsync(error, $"Không tính được điểm của {sheetsFile.Name}", result.Errors);
            await output.WriteLineAsync(parse.GetValue(format) == "table" ? TableRenderer.Render(result.Value!) : JsonRenderer.Render(result.Value!));
            return 0;
        });
        return command;
    }

    private static async Task<int> ReportAsync(TextWriter error, string title, IReadOnlyList<ValidationError> errors)
    {
        await error.WriteLineAsync($"{title} ({errors.Count} lỗi):");
        foreach (var e in errors) await error.WriteLineAsync($"  {e}");
        return 1;
    }
}
