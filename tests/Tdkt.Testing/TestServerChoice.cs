namespace Tdkt.Testing;

/// <summary>Where a test server (the broker, the database) comes from.</summary>
public enum TestServerSource
{
    /// <summary>Its variable: the servers tests/rig/servers.sh started as plain processes, or the developer's own.</summary>
    Variable,
    /// <summary>A container this test process starts with Testcontainers, because a Docker engine answers.</summary>
    Container,
    /// <summary>Neither: the tests cannot run, and say how to give them a server.</summary>
    None,
}

public static class TestServerChoice
{
    /// <summary>A variable that is set always wins (the rig, or a server of the developer's own); otherwise Docker, when its engine answers.</summary>
    public static TestServerSource Choose(string? variable, Func<bool> dockerAnswers) =>
        !string.IsNullOrEmpty(variable) ? TestServerSource.Variable
        : dockerAnswers() ? TestServerSource.Container
        : TestServerSource.None;
}
