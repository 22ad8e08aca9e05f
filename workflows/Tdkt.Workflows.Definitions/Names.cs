namespace Tdkt.Workflows.Definitions;

/// <summary>The spelling of each enum value in definition files.</summary>
internal static class Names
{
    public static readonly IReadOnlyDictionary<string, DefinitionStatus> Status =
        new Dictionary<string, DefinitionStatus> { ["draft"] = DefinitionStatus.Draft, ["published"] = DefinitionStatus.Published };

    public static readonly IReadOnlyDictionary<string, YearBasis> YearBasis =
        new Dictionary<string, YearBasis> { ["calendar"] = Definitions.YearBasis.Calendar, ["school"] = Definitions.YearBasis.School };

    public static readonly IReadOnlyDictionary<string, Actor> Actor = new Dictionary<string, Actor>
    {
        ["each-member"] = Definitions.Actor.EachMember,
        ["head"] = Definitions.Actor.Head,
        ["deputy"] = Definitions.Actor.Deputy,
        ["cluster"] = Definitions.Actor.Cluster,
        ["board"] = Definitions.Actor.Board,
    };

    public static readonly IReadOnlyDictionary<string, MatchScope> Match =
        new Dictionary<string, MatchScope> { ["unit"] = MatchScope.Unit, ["cluster"] = MatchScope.Cluster };

    public static readonly IReadOnlyDictionary<string, Shift> Shift = new Dictionary<string, Shift>
    {
        ["next"] = Definitions.Shift.Next,
        ["previous"] = Definitions.Shift.Previous,
        ["none"] = Definitions.Shift.None,
    };

    public static readonly IReadOnlyDictionary<string, Recipient> Recipient = new Dictionary<string, Recipient>
    {
        ["unit"] = Definitions.Recipient.Unit,
        ["head"] = Definitions.Recipient.Head,
        ["deputy"] = Definitions.Recipient.Deputy,
        ["board"] = Definitions.Recipient.Board,
    };
}
