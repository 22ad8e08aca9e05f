namespace Tdkt.Contracts;

/// <summary>A member unit checked in at a conference, with the delegate who speaks and votes for it.</summary>
public record ConferenceDelegate(string UnitId, string UnitName, string DelegateName, string DelegatePosition);
