using System.Collections.Concurrent;
using System.Reflection;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// What a message's order is kept within: its cluster-year (or cluster), read from the contract's ClusterId and
/// Year. Messages of one cluster-year are published in the order they were written; different cluster-years, and
/// messages about no cluster, need no order between them.
/// </summary>
internal static class OrderingKey
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo? Cluster, PropertyInfo? Year)> Properties = new();

    public static string Of(object message)
    {
        var (cluster, year) = Properties.GetOrAdd(message.GetType(), t =>
            (t.GetProperty("ClusterId", typeof(string)), t.GetProperty("Year", typeof(int))));
        if (cluster?.GetValue(message) is not string id) return "";
        return year is null ? id : $"{id}/{year.GetValue(message)}";
    }
}
