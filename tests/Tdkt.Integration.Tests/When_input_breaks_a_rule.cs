using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>One example per family of bad input: each gets a 400, 413 or 415 naming what is wrong, and changes nothing.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class When_input_breaks_a_rule(EmbeddedHost embedded)
{
    private readonly HttpClient _admin = embedded.Client(ServiceHost.Token(Roles.Admin));

    [Theory]
    [InlineData("abc\n")]
    [InlineData("abc\r\n")]
    [InlineData("a\u0000b")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task An_id_that_is_not_an_id_is_refused_naming_the_field(string id)
    {
        var response = await _admin.PostAsJsonAsync("/registry/clusters", new { id, name = "Cụm thử" });

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain("id");
        (await _admin.GetStringAsync("/registry/clusters")).Should().NotContain("Cụm thử");
    }

    [Theory]
    [InlineData("clusters: ~", "clusters")]
    [InlineData("users: ~", "users")]
    [InlineData("clusters: [~]", "clusters[0]")]
    [InlineData("users: [~]", "users[0]")]
    [InlineData("clusters: [{id: cum-rong, name: Cụm, units: [~]}]", "clusters[0].units[0]")]
    [InlineData("clusters: [{id: cum-rong, name: Cụm, years: [~]}]", "clusters[0].years[0]")]
    [InlineData("clusters: [{id: cum-rong, name: \"Cụm\\0\"}]", "clusters[0].name")]
    public async Task A_missing_list_or_item_in_an_import_is_reported_at_its_path(string yaml, string path)
    {
        var response = await _admin.PostAsync("/registry/import", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain(path);
        (await _admin.GetStringAsync("/registry/clusters")).Should().NotContain("cum-rong");
    }

    [Theory]
    [InlineData("""{"daysOff":[null]}""", "daysOff[0]")]
    [InlineData("""{"workingDays":[null]}""", "workingDays[0]")]
    public async Task A_missing_calendar_day_is_reported_at_its_path(string json, string path)
    {
        var response = await _admin.PutAsync("/registry/calendar/2026", Json(json));

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain(path);
    }

    [Theory]
    [InlineData("""{"dayOff":[]}""", "dayOff")]
    [InlineData("""{"daysOff":[{"date":"02/01/2026","reason":"Tết","sorce":"x"}]}""", "daysOff[0].sorce")]
    public async Task A_field_the_endpoint_does_not_know_is_refused_by_name(string json, string path)
    {
        var response = await _admin.PutAsync("/registry/calendar/2026", Json(json));

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain(path);
    }

    [Fact]
    public async Task A_calendar_year_out_of_range_is_refused_for_reading_as_for_writing()
    {
        (await ErrorsAsync(await _admin.GetAsync("/registry/calendar/1999"), HttpStatusCode.BadRequest)).Should().Contain("year");
        (await ErrorsAsync(await _admin.PutAsync("/registry/calendar/1999", Json("{}")), HttpStatusCode.BadRequest)).Should().Contain("year");
    }

    [Fact]
    public async Task An_empty_body_is_reported_missing()
    {
        var response = await _admin.PostAsync("/registry/clusters", new StringContent("", Encoding.UTF8, "application/json"));

        var errors = await ErrorsAsync(response, HttpStatusCode.BadRequest);
        errors.Should().Contain("body");
    }

    [Fact]
    public async Task A_body_of_another_type_gets_415_naming_the_accepted_types()
    {
        var response = await _admin.PostAsync("/registry/clusters", new StringContent("<cluster/>", Encoding.UTF8, "text/xml"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("application/json");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_gets_413_even_when_sent_chunked(bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/registry/clusters")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', 300 * 1024) + "\"}"))),
        };
        request.Content.Headers.ContentType = new("application/json");
        if (chunked) request.Headers.TransferEncodingChunked = true;
        else request.Content.Headers.ContentLength = 300 * 1024 + 11;
        request.Headers.ExpectContinue = true;

        var response = await _admin.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_bad_query_parameter_is_named()
    {
        var unit = embedded.Client(ServiceHost.Token(Roles.Unit, "nam-po"));

        var response = await unit.GetAsync("/workflows/units/nam-po/reminders?unread=maybe");

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain("unread");
    }

    [Fact]
    public async Task Criterion_ids_that_differ_only_by_spaces_are_duplicates()
    {
        var unit = embedded.Client(ServiceHost.Token(Roles.Unit, "nam-po"));

        var response = await unit.PostAsync("/intake/clusters/dien-bien-vung-cao/years/2022/units/nam-po/self-assessments",
            Json("""{"criteria":[{"criterionId":"1.1","value":1},{"criterionId":" 1.1 ","value":2}]}"""));

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain("criteria[1].criterionId");
    }

    [Fact]
    public async Task Evidence_references_and_names_are_held_to_their_length()
    {
        var unit = embedded.Client(ServiceHost.Token(Roles.Unit, "nam-po"));
        var evidence = JsonSerializer.Serialize(new string('e', 501));

        var response = await unit.PostAsync("/intake/clusters/dien-bien-vung-cao/years/2022/units/nam-po/self-assessments",
            Json($$"""{"criteria":[{"criterionId":"1.8","score":1,"evidence":[{{evidence}}, null]}]}"""));

        (await ErrorsAsync(response, HttpStatusCode.BadRequest)).Should().Contain(["criteria[0].evidence[0]", "criteria[0].evidence[1]"]);
        var name = await _admin.PostAsJsonAsync("/registry/clusters", new { id = "cum-ten-dai", name = new string('x', 201) });
        (await ErrorsAsync(name, HttpStatusCode.BadRequest)).Should().Contain("name");
    }

    [Fact]
    public async Task A_workflow_is_assigned_only_to_a_cluster_the_registry_knows()
    {
        var unknown = await _admin.PutAsJsonAsync("/workflows/clusters/khong-co-cum-nay/definition", new { definitionId = "db-cum-vung-cao" });
        var known = await _admin.PutAsJsonAsync("/workflows/clusters/dien-bien-vung-cao/definition", new { definitionId = "db-cum-vung-cao" });

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        known.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_head_submits_its_own_units_papers_with_its_head_token()
    {
        var head = embedded.Client(ServiceHost.Token(Roles.Head, "tua-chua"));

        var response = await head.PostAsync("/intake/clusters/dien-bien-vung-cao/years/2022/units/tua-chua/self-assessments",
            SampleSheets.Of("db-huyen-vung-cao").Body("tua-chua"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];
    }
}
