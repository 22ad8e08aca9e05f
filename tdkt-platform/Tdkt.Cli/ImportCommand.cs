using System.CommandLine;
using Tdkt.Platform.Persistence;
using Tdkt.Registry;
using Tdkt.Registry.Import;

namespace Tdkt.Cli;

/// <summary>
/// `tdkt import clusters.yaml`: loads a registry file into the registry database. Years opened here
/// wait in the registry's outbox and reach the other services when the registry runs.
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
            if (!path.Exists) { Console.Error.WriteLine($"Không tìm thấy tệp {path.FullName}."); return 2; }
            var (document, errors) = RegistryImporter.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            await using var db = CliConfiguration.Open<RegistryDb>(CliConfiguration.Load(), RegistryDb.SchemaName);
            await db.MigrateTdktAsync(ct);
            var (summary, problems) = document is null ? (null, errors) : await db.ImportAsync(document, TimeProvider.System, ct);
            if (summary is null)
            {
                foreach (var (field, messages) in problems.ToProblem().ProblemDetails.Errors)
                    foreach (var message in messages) Console.Error.WriteLine($"{field}: {message}");
                return 1;
            }
            Console.WriteLine($"Đã nạp {summary.Clusters} cụm/khối, {summary.Units} đơn vị, {summary.Years} năm thi đua ({summary.YearsOpened} mở mới), {summary.Users} người dùng.");
            return 0;
        });
        return command;
    }
}
