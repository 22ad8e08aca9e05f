using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Tdkt.Dossier.Samples;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>An administrator downloads a cluster's proposal-letter template, rewrites a sentence in it, and uploads it.</summary>
[Collection(RealServers.Name)]
public sealed class When_an_administrator_replaces_a_dossier_template
{
    private const string Own = "Trân trọng đề nghị Chủ tịch Ủy ban nhân dân {{tinh}} xét tặng cho các tập thể của {{ten_cum}}./.";
    private const string Filled = "Trân trọng đề nghị Chủ tịch Ủy ban nhân dân tỉnh xét tặng cho các tập thể của Cụm thi đua ngành Y tế./.";
    private const string Default = "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.";

    [Fact]
    public async Task The_next_draft_is_written_from_it_and_going_back_to_the_default_undoes_it()
    {
        await using var year = await DossierYearFromMessages.DraftedAsync(new Dictionary<string, string?>());
        using var admin = year.Admin;
        var templates = $"/dossier/templates/{year.ClusterId}";
        var shipped = await admin.GetByteArrayAsync($"{templates}/proposal-letter");

        var uploaded = await UploadAsync(admin, templates, TemplateEdit.Rewrite(shipped, "Kính trình Chủ tịch", Own));
        uploaded.StatusCode.Should().Be(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        (await LetterOfNewDraftAsync(year)).Should().Contain(Filled).And.NotContain(Default);
        var list = await admin.GetFromJsonAsync<JsonElement>(templates);
        list.GetProperty("documents")[0].GetProperty("own").GetBoolean().Should().BeTrue();

        (await admin.DeleteAsync($"{templates}/proposal-letter")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LetterOfNewDraftAsync(year)).Should().Contain(Default).And.NotContain(Filled);
        (await admin.GetByteArrayAsync($"{templates}/proposal-letter")).Should().Equal(shipped);
    }

    [Fact]
    public async Task A_template_naming_an_unknown_field_is_refused_with_the_field_and_the_cluster_keeps_the_default()
    {
        await using var year = await DossierYearFromMessages.DraftedAsync(new Dictionary<string, string?>());
        using var admin = year.Admin;
        var templates = $"/dossier/templates/{year.ClusterId}";
        var shipped = await admin.GetByteArrayAsync($"{templates}/proposal-letter");

        using var refused = await UploadAsync(admin, templates, TemplateEdit.Rewrite(shipped, "Kính trình Chủ tịch", "Kính trình {{chu_tich_tinh}}./."));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("file")[0].GetString().Should().Contain("«chu_tich_tinh»");
        (await admin.GetFromJsonAsync<JsonElement>(templates)).GetProperty("documents")[0].GetProperty("own").GetBoolean().Should().BeFalse();
        (await LetterOfNewDraftAsync(year)).Should().Contain(Default);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string templates, byte[] docx)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(docx), "file", "mau-to-trinh.docx" } };
        return await admin.PutAsync($"{templates}/proposal-letter", form);
    }

    /// <summary>The head regenerates the draft; the text of its proposal letter.</summary>
    private static async Task<string> LetterOfNewDraftAsync(DossierYearFromMessages year)
    {
        var draft = await year.Head.PostAsync($"{year.Path}/draft", null);
        draft.StatusCode.Should().Be(HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(new MemoryStream(await year.Head.GetByteArrayAsync($"{year.Path}/versions/1/package")));
        using var letter = new MemoryStream();
        zip.GetEntry("01-to-trinh.docx")!.Open().CopyTo(letter);
        using var document = WordprocessingDocument.Open(new MemoryStream(letter.ToArray()), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
