using System.Globalization;

namespace Tdkt.Scoring.Validation;

/// <summary>Vietnamese number formatting for traces and messages (decimal comma: 0,25).</summary>
public static class Num
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string F(decimal value) => value.ToString("#,##0.####", Vi);
}
