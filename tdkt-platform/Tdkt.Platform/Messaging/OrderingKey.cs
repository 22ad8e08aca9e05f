using System.Collections.Concurrent;
using System.Reflection;
using Tdkt.Contracts;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// What a message's order is kept within: its cluster-year (or cluster), read from the contract's ClusterId and
/// Year. Messages of one cluster-year are published in the order they were written; different cluster-years, and
/// messages about no cluster, need no order between them.
/// </summary>
public static class OrderingKey
{
    /// <summary>
    /// Messages about one unit's obligation only, ordered within the unit: a cluster's reminders all fall due at one
    /// instant, and kept in the cluster-year's order they went out one confirm after another.
    /// </summary>
    private static readonly HashSet<Type> PerUnit = [typeof(DeadlineReminderDue), typeof(DeadlineMissed)];

    private static readonly ConcurrentDictionary<Type, (PropertyInfo? Cluster, PropertyInfo? Year, PropertyInfo? Unit)> Properties = new();

    public static string Of(object message)
    {
        var (cluster, year, unit) = Properties.GetOrAdd(message.GetType(), t =>
            (t.GetProperty("ClusterId", typeof(string)), t.GetProperty("Year", typeof(int)),
                PerUnit.Contains(t) ? t.GetProperty("UnitId", typeof(string)) : null));
        if (cluster?.GetValue(message) is not string id) return "";
        var key = year is null ? id : $"{id}/{year.GetValue(message)}";
        return unit?.GetValue(message) is string unitId ? $"{key}/{unitId}" : key;
    }
}
