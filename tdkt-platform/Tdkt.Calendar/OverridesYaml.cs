using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tdkt.Calendar;

/// <summary>Reads a yearly overrides file (see tdkt-platform/calendar/*.yaml).</summary>
public static class OverridesYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static YearOverrides Parse(string yaml)
    {
        var file = Deserializer.Deserialize<FileDto>(yaml)
            ?? throw new FormatException("Empty overrides file.");
        if (file.Year is < 1900 or > 2199) throw new FormatException($"Bad year {file.Year}.");
        return new YearOverrides(file.Year, Days(file.DaysOff, file.Year), Days(file.WorkingDays, file.Year));
    }

    private static List<OverrideDay> Days(List<DayDto>? days, int year) =>
        (days ?? []).Select(d =>
        {
            var date = DateOnly.ParseExact(d.Date ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            // A decision for year N can touch the last days of N-1 (Tết eve) but not further.
            if (Math.Abs(date.Year - year) > 1) throw new FormatException($"{date} is far from {year}.");
            return new OverrideDay(date, d.Reason ?? "", d.Source ?? "");
        }).ToList();

    private sealed class FileDto
    {
        public int Year { get; set; }
        public List<DayDto>? DaysOff { get; set; }
        public List<DayDto>? WorkingDays { get; set; }
    }

    private sealed class DayDto
    {
        public string? Date { get; set; }
        public string? Reason { get; set; }
        public string? Source { get; set; }
    }
}
