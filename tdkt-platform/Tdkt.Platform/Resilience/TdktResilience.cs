using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Tdkt.Platform.Resilience;

public static class TdktResilience
{
    /// <summary>
    /// One publish to the broker: a short timeout per attempt (a lost connection otherwise waits for
    /// reconnection), a few quick retries, and a breaker so a down broker is not hammered; the outbox
    /// keeps the message meanwhile, so giving up here loses nothing.
    /// </summary>
    public static ResiliencePipeline BrokerPublish() => new ResiliencePipelineBuilder()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 4,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(5),
        })
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            UseJitter = true,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not BrokenCircuitException),
        })
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();
}
