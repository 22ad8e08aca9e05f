using System.Net;
using System.Text.Json;
using FluentAssertions;

namespace Tdkt.Integration.Tests;

/// <summary>The OpenAPI document says what each operation needs and may answer, and a reference page shows it.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class When_the_API_is_described(EmbeddedHost embedded)
{
    [Fact]
    public async Task Every_operation_but_the_public_voting_ones_names_the_bearer_scheme_and_all_name_their_problem_responses()
    {
        using var client = embedded.Client(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString()
            .Should().Be("bearer");
        foreach (var path in root.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                // The public voting operations (casting with a ballot code, checking a box or a receipt) take no token.
                if (path.Name.StartsWith("/voting/public/"))
                    operation.Value.TryGetProperty("security", out _).Should().BeFalse($"{operation.Name} {path.Name} is public");
                else
                {
                    responses.Should().Contain(["401", "403"], $"{operation.Name} {path.Name} needs a token");
                    operation.Value.GetProperty("security").GetArrayLength().Should().Be(1);
                }
                if (operation.Value.TryGetProperty("requestBody", out _))
                    responses.Should().Contain(["400", "413", "415"], $"{operation.Name} {path.Name} takes a body");
                if (path.Name.Contains('{')) responses.Should().Contain("404", $"{path.Name} names something that may not exist");
            }
    }

    [Fact]
    public async Task The_API_reference_page_is_served_without_a_token()
    {
        using var client = embedded.Client(null);

        var page = await client.GetAsync("/scalar/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }
}
