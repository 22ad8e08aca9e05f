using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Tdkt.Workflows;

/// <summary>
/// One pipeline per delivery channel (the in-app inbox, written by the timer transaction; e-mail),
/// each with its own retry and circuit breaker, so a failing channel never holds up the other.
/// </summary>
public static class WorkflowResilience
{
    public static ResiliencePipeline Channel(string name) => new ResiliencePipelineBuilder { Name = name }
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
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not BrokenCircuitException and not OperationCanceledException),
        })
        .AddTimeout(TimeSpan.FromSeconds(30))
        .Build();
}
