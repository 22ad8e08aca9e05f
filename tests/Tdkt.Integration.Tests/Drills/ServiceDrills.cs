using Xunit.Abstractions;
using Xunit.Sdk;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// One running drill host at a time: the pairs of one service share it (ordered by <see cref="ByService"/>), and the
/// next service's first pair stops it. A host that did not start fails each of its pairs with the same cause.
/// </summary>
public sealed class ServiceDrills : IAsyncLifetime
{
    private ServiceDrill? _current;
    private (string Service, Exception Error)? _failed;

    public async Task<ServiceDrill> ForAsync(DrilledService service)
    {
        if (_current?.Service.Name == service.Name) return _current;
        if (_failed is { } f && f.Service == service.Name) throw new InvalidOperationException($"The {service.Name} drill host did not start.", f.Error);
        await DisposeAsync();
        try
        {
            return _current = await ServiceDrill.StartAsync(service);
        }
        catch (Exception e)
        {
            _failed = (service.Name, e);
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_current is not null) await _current.DisposeAsync();
        _current = null;
    }
}

/// <summary>Theory rows in the order of their arguments (service first), so each service's host starts once.</summary>
public sealed class ByService : ITestCaseOrderer
{
    public const string Name = "Tdkt.Integration.Tests.Drills.ByService";
    public const string Assembly = "Tdkt.Integration.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => string.Join('\u0001', t.TestMethodArguments?.Select(a => a?.ToString()) ?? []), StringComparer.Ordinal)
            .ThenBy(t => t.DisplayName, StringComparer.Ordinal);
}
