using FluentAssertions;
using Tdkt.Dossier.Versions;

namespace Tdkt.Dossier.Tests;

public sealed class When_the_server_makes_PDF_copies
{
    private static readonly PackagePart[] Parts =
    [
        new("01-to-trinh.docx", "proposal-letter", [1]),
        new("02-bien-ban-hoi-nghi.docx", "minutes", [2]),
        new("03-bang-tong-hop-diem.docx", "score-table", [3]),
        new("04-bien-ban-kiem-phieu.docx", "vote-count", [4]),
        new("05-bao-cao-thanh-tich-tua-chua.docx", "achievement-report", [5], "tua-chua"),
    ];

    [Fact]
    public async Task Each_written_document_has_its_PDF_right_after_it_and_the_achievement_report_has_none()
    {
        using var office = new StandInOffice(StandInOffice.Copying);

        var parts = await office.Copies(new WarningLog()).BesideDocumentsAsync(Parts, CancellationToken.None);

        parts.Select(p => (p.Name, p.Kind)).Should().Equal(
            ("01-to-trinh.docx", "proposal-letter"), ("01-to-trinh.pdf", "proposal-letter-pdf"),
            ("02-bien-ban-hoi-nghi.docx", "minutes"), ("02-bien-ban-hoi-nghi.pdf", "minutes-pdf"),
            ("03-bang-tong-hop-diem.docx", "score-table"), ("03-bang-tong-hop-diem.pdf", "score-table-pdf"),
            ("04-bien-ban-kiem-phieu.docx", "vote-count"), ("04-bien-ban-kiem-phieu.pdf", "vote-count-pdf"),
            ("05-bao-cao-thanh-tich-tua-chua.docx", "achievement-report"));
        parts.Single(p => p.Name == "03-bang-tong-hop-diem.pdf").Content.Should().Equal(3);
    }

    [Fact]
    public async Task Two_conversions_at_once_use_two_LibreOffice_profiles_of_their_own()
    {
        using var office = new StandInOffice(StandInOffice.Copying);
        var copies = office.Copies(new WarningLog());

        await Task.WhenAll(copies.BesideDocumentsAsync(Parts, CancellationToken.None), copies.BesideDocumentsAsync(Parts, CancellationToken.None));

        var profiles = File.ReadAllLines(Path.Combine(office.Folder, "profiles.txt"));
        profiles.Should().HaveCount(2).And.OnlyHaveUniqueItems().And.AllSatisfy(p => p.Should().StartWith("file:///"));
    }

    [Fact]
    public async Task Without_an_office_path_the_package_is_left_as_it_is()
    {
        var copies = new PdfCopies(new PdfCopies.Settings(null, PdfCopies.Settings.DefaultTimeout), new WarningLog());

        (await copies.BesideDocumentsAsync(Parts, CancellationToken.None)).Should().Equal(Parts);
    }

    [Fact]
    public async Task A_failed_conversion_leaves_the_documents_without_PDFs_and_logs_why()
    {
        using var office = new StandInOffice("echo 'javaldx: could not find a Java Runtime Environment' >&2\nexit 81");
        var log = new WarningLog();

        var parts = await office.Copies(log).BesideDocumentsAsync(Parts, CancellationToken.None);

        parts.Should().Equal(Parts);
        log.Warnings.Should().ContainSingle().Which.Should().Contain("exited with 81").And.Contain("javaldx");
    }

    [Fact]
    public async Task A_conversion_that_overruns_is_stopped_with_its_children_and_leaves_the_documents_without_PDFs()
    {
        // Like soffice, a launcher whose child does the work; the child never finishes.
        using var office = new StandInOffice("sleep 600 &\necho $! > \"{folder}/child.pid\"\nwait");
        var log = new WarningLog();

        var parts = await office.Copies(log, TimeSpan.FromSeconds(2)).BesideDocumentsAsync(Parts, CancellationToken.None);

        parts.Should().Equal(Parts);
        log.Warnings.Should().ContainSingle().Which.Should().Contain("did not finish");
        var child = int.Parse(File.ReadAllText(Path.Combine(office.Folder, "child.pid")).Trim());
        (await GoneAsync(child)).Should().BeTrue("the converting child is stopped with its launcher");
    }

    /// <summary>Whether the process ended (a zombie waiting for its reaper counts as ended), given a few seconds to die.</summary>
    private static async Task<bool> GoneAsync(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return true;
            try
            {
                var text = File.ReadAllText(stat);
                if (text[(text.LastIndexOf(')') + 2)..].StartsWith('Z')) return true;
            }
            catch (IOException) { return true; }
            await Task.Delay(100);
        }
        return false;
    }
}
