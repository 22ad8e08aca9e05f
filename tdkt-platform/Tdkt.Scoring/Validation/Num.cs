using System.Globalization;

namespace Tdkt.Scoring.Validation;

/// <summary>Vietnamese number formatting for traces and messages (decimal comma: 0,25; thousands: 1.000).</summary>
public static class Num
{
    /// <summary>Built by hand so that formatting never depends on ICU or an installed culture.</summary>
    public static NumberFormatInfo Vietnamese { get; } = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    public static string F(decimal value) => value.ToString("#,##0.####", Vietnamese);
}
