namespace Tdkt.Registry.Units;

/// <summary>An đơn vị thành viên, with the addresses its deadline reminders go to.</summary>
public sealed class MemberUnit
{
    public required string Id { get; set; }
    public required string ClusterId { get; set; }
    public required string Name { get; set; }
    public List<string> Emails { get; set; } = [];
}
