using System.CommandLine;
using Tdkt.Platform.Persistence;
using Tdkt.Registry;
using Tdkt.Registry.Import;

namespace Tdkt.Cli;

/// <summary>
/// `tdkt import clusters.yaml`: loads a registry file into the registry database. Years opened here
/// wait in the registry's outbox and reach the other services when the registry runs. A file that
/// cannot be read or parsed is refused before the database is touched.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp YAML của cụm/khối, đơn vị, năm thi đua, người dùng" };
        var command = new Command("import", "Nạp dữ liệu đăng ký từ tệp YAML") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync(Directory.Exists(path.FullName)
                    ? $"{path.FullName} là một thư mục; cần một tệp YAML." : $"Không tìm thấy tệp {path.FullName}.");
                return 2;
            }
            string text;
            try { text = await File.ReadAllTextAsync(path.FullName, ct); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Không đọc được tệp {path.FullName}: {e.Message}");
                return 2;
            }
            var (document, errors) = RegistryImporter.Parse(text);
            if (document is null) return await ReportAsync(path, errors);
            if (document.Clusters is not { Count: > 0 } && document.Users is not { Count: > 0 })
            {
                await Console.Error.WriteLineAsync($"Tệp {path.Name} không có cụm/khối hay người dùng nào (cần khóa clusters hoặc users).");
                return 1;
            }
            await using var db = CliConfiguration.Open<RegistryDb>(CliConfiguration.Load(), RegistryDb.SchemaName);
            await db.MigrateTdktAsync(ct);
            var (summary, problems) = await db.ImportAsync(document, TimeProvider.System, ct);
            if (summary is null) return await ReportAsync(path, problems);
            Console.WriteLine($"Đã nạp {summary.Clusters} cụm/khối, {summary.Units} đơn vị, {summary.Years} năm thi đua ({summary.YearsOpened} mở mới), {summary.Users} người dùng.");
            // Accounts live in the registry's sign-in stores: only the running registry (POST /registry/import) creates them.
            if (document.Users is { Count: > 0 })
                Console.WriteLine("Người dùng trong tệp không được nạp khi nạp ngoại tuyến: hãy nạp tệp qua API của dịch vụ danh mục (POST /registry/import).");
            return 0;
        });
        return command;
    }

    private static async Task<int> ReportAsync(FileInfo path, Platform.Problems.Validation problems)
    {
        var lines = problems.ToProblem().ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"  {e.Key}: {m}")).ToList();
        await Console.Error.WriteLineAsync($"Tệp {path.Name} không hợp lệ ({lines.Count} lỗi):");
        foreach (var line in lines) await Console.Error.WriteLineAsync(line);
        return 1;
    }
}
