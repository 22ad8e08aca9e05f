using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Registry, intake and appraisal each in its own host and schema, sharing only RabbitMQ, each tracing.</summary>
[Collection(RealServers.Name)]
public sealed class When_a_unit_submits_its_self_assessment : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private SliceClient _slice = null!;
    private readonly ExportedTraces _traces = new();

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync(configure: _traces.Export);
        (_cluster, _slice) = (_services.Cluster, _services.Slice);
    }

    [Fact]
    public async Task The_head_of_the_cluster_reads_it_in_appraisal_with_the_server_timestamp()
    {
        var response = await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 45.5m)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var (_, list) = await _slice.HeadListWhenAsync(l => l.GetArrayLength() == 1);
        var received = list[0];
        received.GetProperty("submissionId").GetGuid().Should().Be(receipt.GetProperty("id").GetGuid());
        received.GetProperty("unitId").GetString().Should().Be(_cluster.Member);
        received.GetProperty("submittedAt").GetDateTimeOffset().Should().Be(receipt.GetProperty("submittedAt").GetDateTimeOffset());
        received.GetProperty("criteria").EnumerateArray()
            .Select(c => (c.GetProperty("criterionId").GetString(), c.GetProperty("score").GetDecimal(), c.GetProperty("evidence")[0].GetString()))
            .Should().Equal(("1.1", 45.5m, "minh-chung-1.1.pdf"));
    }

    [Fact]
    public async Task One_trace_runs_from_the_request_to_appraisal_s_consumer()
    {
        var response = await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 45.5m)));
        response.StatusCode.Should().Be(HttpStatusCode.Created);

        var chain = await TracedChainFromAppraisalsConsumer();

        var request = chain.First(a => a.Kind == ActivityKind.Server);
        request.GetTagItem("http.request.method").Should().Be("POST");
        request.GetTagItem("http.response.status_code").Should().Be(201);
        ((string?)request.GetTagItem("http.route")).Should().Contain("/self-assessments");
        chain.Select(a => a.TraceId).Distinct().Should().ContainSingle();
        // Consumer first, up to the request: the outbox row carried the request's trace to the publication, the headers on to appraisal.
        chain.Select(a => $"{a.Source.Name}: {a.DisplayName}").Should().ContainInOrder(
            "MassTransit: appraisal-self-assessment-submitted process",
            "MassTransit: Tdkt.Contracts:SelfAssessmentSubmitted send",
            "Tdkt.Platform: outbox publish SelfAssessmentSubmitted",
            $"Microsoft.AspNetCore: {request.DisplayName}");
    }

    /// <summary>Appraisal's consumer of the submission and its ancestors, once they reach back to a request.</summary>
    private async Task<IReadOnlyList<Activity>> TracedChainFromAppraisalsConsumer()
    {
        IReadOnlyList<Activity> Chain()
        {
            var consumer = _traces.All.FirstOrDefault(a => a.GetTagItem("messaging.masstransit.consumer_type") is string type
                && type.Contains("Tdkt.Appraisal.SelfAssessments.SelfAssessmentSubmittedConsumer"));
            return consumer is null ? [] : _traces.Chain(consumer);
        }
        try
        {
            return await Eventually.Until(() => Task.FromResult(Chain()), c => c.Any(a => a.Kind == ActivityKind.Server));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Appraisal's consumer was not traced back to the request. Exported:{Environment.NewLine}{_traces}");
        }
    }

    [Fact]
    public async Task The_receipt_gives_the_self_score_computed_with_the_years_framework()
    {
        var body = JsonContent.Create(new { criteria = new object[] { new { criterionId = "1.1", score = 812.25m }, new { criterionId = "1.2", done = true } } });

        var response = await _slice.SubmitWhenOpenAsync(_cluster.Member, body);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("selfScore").GetDecimal().Should().Be(822.25m, "812,25 by hand plus 10 for the report sent on time");
        receipt.GetProperty("version").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Every_version_is_kept_and_numbered_in_order()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 10m)));
        await _slice.SubmitAsync(_cluster.Member, _cluster.Member, TestCluster.Body(("1.1", 20m)));
        await _slice.SubmitAsync(_cluster.Member, _cluster.Member, TestCluster.Body(("1.1", 30m)));

        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        var versions = await unit.GetFromJsonAsync<JsonElement>(_cluster.SelfAssessmentsOf(_cluster.Member));
        versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("selfScore").GetDecimal()))
            .Should().Equal((1, 10m), (2, 20m), (3, 30m));
    }

    [Fact]
    public async Task Unknown_criteria_values_over_the_maximum_and_missing_inputs_are_refused_naming_the_criterion()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Head, TestCluster.Body(("1.1", 10m)));
        var body = JsonContent.Create(new { criteria = new object[] { new { criterionId = "zz.99", score = 1 }, new { criterionId = "1.1", score = 1001 } } });
        var missing = JsonContent.Create(new { criteria = new object[] { new { criterionId = "1.2", done = true } } });

        var refused = await _slice.SubmitAsync(_cluster.Member, _cluster.Member, body);
        var incomplete = await _slice.SubmitAsync(_cluster.Member, _cluster.Member, missing);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("criteria[zz.99]")[0].GetString().Should().Contain("Không có tiêu chí mã \"zz.99\"");
        errors.GetProperty("criteria[1.1].score")[0].GetString().Should()
            .StartWith("Tiêu chí 1.1 «Kết quả thực hiện nhiệm vụ»").And.Contain("vượt điểm tối đa");
        incomplete.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("criteria[1.1]")[0].GetString()
            .Should().Be("Tiêu chí 1.1 «Kết quả thực hiện nhiệm vụ» chưa có số liệu tự chấm.");
        (await StoredSubmissionsOf(_cluster.Member)).Should().Be(0);
    }

    [Fact]
    public async Task Evidence_may_cite_a_file_the_unit_uploaded_and_no_other()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Head, TestCluster.Body(("1.1", 10m)));
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        using var form = new MultipartFormDataContent { { new StringContent("annual"), "kind" } };
        form.Add(new ByteArrayContent("%PDF-1.4\n% minh chứng\n%%EOF\n"u8.ToArray()), "files", "minh-chung.pdf");
        var report = await (await unit.PostAsync($"/intake/clusters/{_cluster.Id}/years/{_cluster.Year}/units/{_cluster.Member}/reports", form))
            .Content.ReadFromJsonAsync<JsonElement>();
        var uploaded = report.GetProperty("files")[0].GetProperty("sha256").GetString()!;
        object Citing(string evidence) => new { criteria = new[] { new { criterionId = "1.1", score = 10m, evidence = new[] { evidence } } } };

        var cited = await unit.PostAsJsonAsync(_cluster.SelfAssessmentsOf(_cluster.Member), Citing(uploaded));
        var unknown = await unit.PostAsJsonAsync(_cluster.SelfAssessmentsOf(_cluster.Member), Citing(new string('a', 64)));

        cited.StatusCode.Should().Be(HttpStatusCode.Created);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("criteria[1.1].evidence")[0].GetString()
            .Should().Contain("chưa được đơn vị tải lên");
        (await StoredSubmissionsOf(_cluster.Member)).Should().Be(1);
    }

    [Fact]
    public async Task A_draft_may_be_incomplete_and_is_read_back_until_the_unit_submits()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Head, TestCluster.Body(("1.1", 10m)));
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        var draftPath = _cluster.SelfAssessmentsOf(_cluster.Member) + "/draft";

        var saved = await unit.PutAsync(draftPath, JsonContent.Create(new { criteria = new object[] { new { criterionId = "1.2", done = true } } }));
        var read = await unit.GetFromJsonAsync<JsonElement>(draftPath);
        await _slice.SubmitAsync(_cluster.Member, _cluster.Member, TestCluster.Body(("1.1", 5m)));

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        read.GetProperty("criteria").GetProperty("1.2").GetProperty("done").GetBoolean().Should().BeTrue();
        (await unit.GetAsync(draftPath)).StatusCode.Should().Be(HttpStatusCode.NotFound, "submitting replaces the draft");
    }

    [Fact]
    public async Task A_unit_cannot_submit_for_another_unit()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 10m)));

        var response = await _slice.SubmitAsync(_cluster.Member, _cluster.Head, TestCluster.Body(("1.1", 99m)));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().Be("Đơn vị chỉ được gửi và xem hồ sơ của chính đơn vị mình.");
        (await StoredSubmissionsOf(_cluster.Head)).Should().Be(0);
    }

    [Fact]
    public async Task A_unit_outside_the_cluster_cannot_submit()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 10m)));

        var response = await _slice.SubmitAsync(_cluster.Outsider, _cluster.Outsider, TestCluster.Body(("1.1", 99m)));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Contain("không phải thành viên");
        (await StoredSubmissionsOf(_cluster.Outsider)).Should().Be(0);
    }

    [Theory]
    [InlineData("""{"criteria":[{"criterionId":"1.1","score":"năm mươi"}]}""", "criteria[0].score")]
    [InlineData("""{"criteria":[{"criterionId":"1.1"}]}""", "criteria[1.1]")]
    [InlineData("""{"criteria":[{"score":5}]}""", "criteria[0].criterionId")]
    [InlineData("""{"criteria":[{"criterionId":"1.1","score":-1}]}""", "criteria[1.1].score")]
    [InlineData("""{"criteria":[{"criterionId":"1.1","value":40}]}""", "criteria[1.1].value")]
    [InlineData("""{"criteria":[]}""", "criteria")]
    [InlineData("""{"criteria":[{"criterionId":"1.1","value":1},""", "criteria[1]")]
    public async Task A_malformed_body_is_refused_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 10m)));

        var response = await _slice.SubmitAsync(_cluster.Head, _cluster.Head, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(f => f.StartsWith(field));
        (await StoredSubmissionsOf(_cluster.Head)).Should().Be(0);
    }

    [Fact]
    public async Task Only_the_head_of_that_cluster_year_may_read_the_submissions()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 10m)));

        (await _slice.HeadListAsync(_cluster.Outsider)).Status.Should().Be(HttpStatusCode.Forbidden);
        using var anonymous = new HttpClient { BaseAddress = _services.Appraisal.Address };
        (await anonymous.GetAsync(_cluster.AppraisalList)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var asUnit = _services.Appraisal.Client(ServiceHost.Token(Roles.Unit, _cluster.Head));
        (await asUnit.GetAsync(_cluster.AppraisalList)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private Task<int> StoredSubmissionsOf(string unit) => _services.StoredSubmissionsOf(unit);

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
