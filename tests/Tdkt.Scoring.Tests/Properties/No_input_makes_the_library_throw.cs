using FsCheck;
using FsCheck.Fluent;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Properties;

public class No_input_makes_the_library_throw
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static readonly string Yt = Shipped.Text(Shipped.Yt);

    private const string Sheets = """
        cluster: Cụm
        year: 2024
        units:
          - id: a
            name: A
            criteria: { "1.1": { count: 3 }, "2.1": { tier: kha }, "3.4.3": { counts: { ntvt: 2 } }, "3.4.4": { value: 60 } }
            facts: [ no_covenant ]
          - { id: b, name: B, criteria: { "1.3": { score: 50 } } }
        """;

    /// <summary>Cuts a slice out of the text or replaces it with a character that matters to YAML.</summary>
    private static Gen<string> Mutated(string text) =>
        from start in Gen.Choose(0, text.Length - 1)
        from length in Gen.Choose(0, 40)
        from filler in Gen.Elements("", ":", "-", "{", "]", "\n", "  ", "'", "9e99", "-1", "null", "[]")
        select text[..start] + filler + text[Math.Min(text.Length, start + length)..];

    [Fact]
    public void A_damaged_framework_file_gives_errors_not_exceptions() =>
        Prop.ForAll(Mutated(Yt).ToArbitrary(), text =>
        {
            var result = FrameworkLoader.Load(text);
            return result.IsValid || result.Errors.Count > 0;
        }).Check(Many);

    [Fact]
    public void A_damaged_sheets_file_gives_errors_or_a_result_never_an_exception() =>
        Prop.ForAll(Mutated(Sheets).ToArbitrary(), text =>
        {
            var framework = Shipped.Load(Shipped.Yt);
            var sheets = SheetsLoader.Load(text, framework);
            if (!sheets.IsValid) return sheets.Errors.Count > 0;
            var result = ClusterScorer.Score(framework, sheets.Value!);
            return result.IsValid || result.Errors.Count > 0;
        }).Check(Many);
}
