using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Registry, intake and appraisal each in its own host and schema, sharing only RabbitMQ.</summary>
[Collection(RealServers.Name)]
public sealed class When_a_unit_submits_its_self_assessment : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private SliceClient _slice = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync();
        (_cluster, _slice) = (_services.Cluster, _services.Slice);
    }

    [Fact]
    public async Task The_head_of_the_cluster_reads_it_in_appraisal_with_the_server_timestamp()
    {
        var response = await _slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 45.5m), ("2.3", 0.25m)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var (_, list) = await _slice.HeadListWhenAsync(l => l.GetArrayLength() == 1);
        var received = list[0];
        received.GetProperty("submissionId").GetGuid().Should().Be(receipt.GetProperty("id").GetGuid());
        received.GetProperty("unitId").GetString().Should().Be(_cluster.Member);
        received.GetProperty("submittedAt").GetDateTimeOffset().Should().Be(receipt.GetProperty("submittedAt").GetDateTimeOffset());
        received.GetProperty("criteria").EnumerateArray()
            .Select(c => (c.GetProperty("criterionId").GetString(), c.GetProperty("value").GetDecimal(), c.GetProperty("evidence")[0].GetString()))
            .Should().Equal(("1.1", 45.5m, "minh-chung-1.1.pdf"), ("2.3", 0.25m, "minh-chung-2.3.pdf"));
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
    [InlineData("""{"criteria":[{"criterionId":"1.1","value":"năm mươi"}]}""", "criteria[0].value")]
    [InlineData("""{"criteria":[{"criterionId":"1.1"}]}""", "criteria[0].value")]
    [InlineData("""{"criteria":[{"value":5}]}""", "criteria[0].criterionId")]
    [InlineData("""{"criteria":[{"criterionId":"1.1","value":-1}]}""", "criteria[0].value")]
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
