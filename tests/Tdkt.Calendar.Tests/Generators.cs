using FsCheck;
using FsCheck.Fluent;

namespace Tdkt.Calendar.Tests;

internal static class Generators
{
    public static Gen<DateOnly> Days(int fromYear, int toYear)
    {
        var first = new DateOnly(fromYear, 1, 1).DayNumber;
        var last = new DateOnly(toYear, 12, 31).DayNumber;
        return Gen.Choose(first, last).Select(DateOnly.FromDayNumber);
    }
}
