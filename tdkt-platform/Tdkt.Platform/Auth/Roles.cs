namespace Tdkt.Platform.Auth;

public static class Roles
{
    public const string Admin = "admin";
    /// <summary>Ban Thi đua – Khen thưởng (the Commendation Board).</summary>
    public const string Board = "board";
    /// <summary>A cluster head unit acting for its cluster-year.</summary>
    public const string Head = "head";
    public const string Unit = "unit";

    public static IReadOnlyList<string> All { get; } = [Admin, Board, Head, Unit];
}

public static class TdktClaims
{
    public const string Role = "role";
    public const string Unit = "unit";
    public const string Subject = "sub";
}

public static class Policies
{
    public const string Admin = "admin";
    public const string Board = "board";
    public const string Head = "head";
    /// <summary>A unit acting for the unit named by the route's {unitId}, and for no other.</summary>
    public const string OwnUnit = "own-unit";
}
