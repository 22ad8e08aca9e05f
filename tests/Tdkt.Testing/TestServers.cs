namespace Tdkt.Testing;

/// <summary>
/// The real servers: those tests/run.sh started (or the developer's own), through the variables; without a variable,
/// containers this process starts when a Docker engine answers (<see cref="TestServerChoice"/>).
/// </summary>
public static class TestServers
{
    public const string RabbitMqVariable = "TDKT_TEST_RABBITMQ";
    public const string PostgresVariable = "TDKT_TEST_POSTGRES";
    public const string BrokerControlVariable = "TDKT_TEST_BROKER_CONTROL";
    public const string PostgresControlVariable = "TDKT_TEST_POSTGRES_CONTROL";

    public static string RabbitMq => Resolve(RabbitMqVariable, () => TestContainers.RabbitMq);
    public static string Postgres => Resolve(PostgresVariable, () => TestContainers.Postgres);
    public static string? BrokerControl => Environment.GetEnvironmentVariable(BrokerControlVariable);
    /// <summary>The rig's script that stops and starts the PostgreSQL server it started; unset on a server of the developer's own.</summary>
    public static string? PostgresControl => Environment.GetEnvironmentVariable(PostgresControlVariable);

    public const string SofficeVariable = "TDKT_TEST_SOFFICE";

    /// <summary>LibreOffice's soffice, which the rig installs with poppler-utils (pdftotext) for the tests that read documents as printed.</summary>
    public static string Soffice => Environment.GetEnvironmentVariable(SofficeVariable) is { Length: > 0 } path ? path : "/usr/bin/soffice";

    private static string Resolve(string variable, Func<string> container)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return TestServerChoice.Choose(value, DockerEngine.Answers) switch
        {
            TestServerSource.Variable => value!,
            TestServerSource.Container => container(),
            _ => throw new InvalidOperationException(
                $"{variable} is not set and no Docker engine answers: run the tests with `bash tests/run.sh`, which starts RabbitMQ and PostgreSQL, " +
                "set it to a server of your own, or start Docker (the tests then start containers)."),
        };
    }
}
