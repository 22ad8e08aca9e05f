using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_a_unit_sends_a_report_with_files : IAsyncLifetime
{
    private const string PdfName = "Báo cáo tổng kết năm 2025 – Điện Biên.pdf";
    private const string DocxName = "Phụ lục số liệu.docx";
    private ReportServices _services = null!;
    private TestCluster Cluster => _services.Cluster;

    public async Task InitializeAsync() => _services = await ReportServices.StartAsync();

    [Fact]
    public async Task The_unit_lists_it_downloads_the_same_bytes_under_their_Vietnamese_names_and_ReportSubmitted_carries_them()
    {
        var (pdf, docx) = (SampleFiles.Pdf(), SampleFiles.Docx());

        var response = await _services.SendAsync(Cluster.Member, "annual", (PdfName, pdf), (DocxName, docx));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("kind").GetString().Should().Be("annual");
        Files(receipt).Should().Equal(Expected(PdfName, pdf), Expected(DocxName, docx));
        var list = await (await _services.ListAsync(Cluster.Member)).Content.ReadFromJsonAsync<JsonElement>();
        list.GetArrayLength().Should().Be(1);
        list[0].GetProperty("id").GetGuid().Should().Be(receipt.GetProperty("id").GetGuid());
        Files(list[0]).Should().Equal(Files(receipt));

        foreach (var (file, bytes, type) in new[] { (0, pdf, "application/pdf"), (1, docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document") })
        {
            var download = await _services.GetAsync(receipt.GetProperty("files")[file].GetProperty("download").GetString()!, ServiceHost.Token(Roles.Unit, Cluster.Member));
            download.StatusCode.Should().Be(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
            download.Content.Headers.ContentType!.MediaType.Should().Be(type);
            download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
            download.Content.Headers.ContentDisposition.FileNameStar.Should().Be(file == 0 ? PdfName : DocxName);
        }

        var published = await Eventually.Until(() => Task.FromResult(_services.Listener.Received.Where(r => r.ClusterId == Cluster.Id).ToList()),
            r => r.Count > 0, what: "ReportSubmitted to reach its consumer");
        published.Should().ContainSingle();
        published[0].ReportId.Should().Be(receipt.GetProperty("id").GetGuid());
        published[0].UnitId.Should().Be(Cluster.Member);
        published[0].Kind.Should().Be("annual");
        published[0].Files.Select(f => (f.Name, f.Sha256, f.Size)).Should().Equal(Expected(PdfName, pdf), Expected(DocxName, docx));
    }

    [Fact]
    public async Task The_head_downloads_a_members_file_and_a_unit_of_another_cluster_may_not()
    {
        var receipt = await (await _services.SendAsync(Cluster.Member, "six-month", (PdfName, SampleFiles.Pdf()))).Content.ReadFromJsonAsync<JsonElement>();
        var download = receipt.GetProperty("files")[0].GetProperty("download").GetString()!;

        (await _services.GetAsync(download, ServiceHost.Token(Roles.Head, Cluster.Head))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _services.GetAsync(download, ServiceHost.Token(Roles.Board))).StatusCode.Should().Be(HttpStatusCode.OK);
        var outsider = await _services.GetAsync(download, ServiceHost.Token(Roles.Unit, Cluster.Outsider));
        outsider.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        outsider.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_program_renamed_pdf_is_refused_naming_the_file_and_nothing_is_stored()
    {
        var response = await _services.SendAsync(Cluster.Member, "annual", (DocxName, SampleFiles.Docx()), ("bao-cao.pdf", SampleFiles.Exe()));

        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        errors.Should().ContainKey("files[1]");
        errors["files[1]"].Should().Contain(m => m.Contains("bao-cao.pdf") && m.Contains("nội dung"));
        await NothingStored();
    }

    [Fact]
    public async Task A_docx_named_pdf_is_refused_saying_what_its_content_is()
    {
        var response = await _services.SendAsync(Cluster.Member, "annual", ("bao-cao.pdf", SampleFiles.Docx()));

        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        errors["files[0]"].Should().Contain(m => m.Contains("bao-cao.pdf") && m.Contains("Word (.docx)"));
        await NothingStored();
    }

    [Fact]
    public async Task A_file_over_the_limit_gets_problem_details_naming_it_and_nothing_is_stored()
    {
        var response = await _services.SendAsync(Cluster.Member, "annual", (DocxName, SampleFiles.Docx()), (PdfName, SampleFiles.Pdf(padTo: (int)ReportServices.MaxBytes + 1)));

        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        errors["files[1]"].Should().Contain(m => m.Contains(PdfName) && m.Contains("64 KB"));
        await NothingStored();
    }

    [Fact]
    public async Task A_request_larger_than_every_file_together_may_be_gets_problem_details_and_nothing_is_stored()
    {
        var response = await _services.SendAsync(Cluster.Member, "annual", (PdfName, SampleFiles.Pdf(padTo: 3 * 1024 * 1024)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        await NothingStored();
    }

    [Fact]
    public async Task The_same_file_sent_in_two_reports_is_stored_once()
    {
        var pdf = SampleFiles.Pdf("Một nội dung");

        (await _services.SendAsync(Cluster.Member, "six-month", ("lan-1.pdf", pdf))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _services.SendAsync(Cluster.Member, "annual", ("lan-2.pdf", pdf))).StatusCode.Should().Be(HttpStatusCode.Created);

        (await _services.StoredReportsOf(Cluster.Member)).Should().Be(2);
        _services.Store.List().Should().Equal(Sha(pdf));
    }

    [Fact]
    public async Task Only_the_head_or_deputy_sends_the_clusters_draft_summary()
    {
        var response = await _services.SendAsync(Cluster.Member, "summary-draft", (PdfName, SampleFiles.Pdf()));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _services.SendAsync(Cluster.Head, "summary-draft", (PdfName, SampleFiles.Pdf()))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_naming_the_field()
    {
        var errors = await ProblemErrors(await _services.SendAsync(Cluster.Member, "quarterly", (PdfName, SampleFiles.Pdf())), HttpStatusCode.BadRequest);

        errors.Should().ContainKey("kind");
        await NothingStored();
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannual", "body")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannual\r\n--b--\r\n", "files")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--b--\r\n", "file")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannual\r\n--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nad-hoc\r\n--b--\r\n", "kind")]
    public async Task A_malformed_form_is_refused_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        using var client = _services.Intake.Client(ServiceHost.Token(Roles.Unit, Cluster.Member));
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var errors = await ProblemErrors(await client.PostAsync(_services.ReportsOf(Cluster.Member), content), HttpStatusCode.BadRequest);

        errors.Should().ContainKey(field);
        await NothingStored();
    }

    private async Task NothingStored()
    {
        (await _services.StoredReportsOf(Cluster.Member)).Should().Be(0);
        _services.Store.List().Should().BeEmpty();
    }

    private static async Task<Dictionary<string, string[]>> ProblemErrors(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    private static List<(string, string, long)> Files(JsonElement report) =>
        report.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("sha256").GetString()!, f.GetProperty("size").GetInt64())).ToList();

    private static (string, string, long) Expected(string name, byte[] bytes) => (name, Sha(bytes), bytes.LongLength);

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
