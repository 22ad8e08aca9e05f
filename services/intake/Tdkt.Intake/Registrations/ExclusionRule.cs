namespace Tdkt.Intake.Registrations;

/// <summary>
/// Không xét thi đua: a unit that did not register and sign the year's covenant is not considered.
/// Seeds: 000_feb39f9c9f96780e.txt, II.1 d) ("Không xét thi đua đối với đơn vị, địa phương không đăng ký
/// và ký kết giao ước thi đua hằng năm"), and 001_2b8ea61da5c95e1f.txt, which says the same for the health
/// cluster ("không đăng ký và ký kết giao ước thi đua hàng năm của cụm").
/// </summary>
public static class ExclusionRule
{
    public const string SeedText = "Không xét thi đua đối với đơn vị, địa phương không đăng ký và ký kết giao ước thi đua hằng năm";

    /// <summary>Why the unit is excluded as things stand, in Vietnamese; null when it registered and signed.</summary>
    public static string? Reason(int year, bool registered, bool signed)
    {
        var missing = (registered, signed) switch
        {
            (true, true) => null,
            (false, false) => "chưa đăng ký thi đua và chưa ký kết giao ước thi đua",
            (false, true) => "chưa đăng ký thi đua",
            (true, false) => "chưa ký kết giao ước thi đua",
        };
        return missing is null ? null : $"Không xét thi đua năm {year}: đơn vị {missing} (quy định: «{SeedText}»).";
    }
}
